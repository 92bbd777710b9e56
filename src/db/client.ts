import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { statementNames } from './prepared.ts';

export type { PrismaClient };

/**
 * How long opening a PostgreSQL connection may take. A pool whose connections were lost (a
 * restart, pg_terminate_backend) opens new ones on the next requests; while the server is down,
 * those requests fail after this long with SERVICE_UNAVAILABLE (src/db/availability.ts).
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/** An open database: the Prisma client, and the adapter factory the schema engine needs. */
export interface Database {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * The PostgreSQL connection pool the server (and the benchmark's copy of it) runs on.
 *
 * @param url - postgres://user@host:port/database
 */
export function postgresPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    // node-postgres waits for a connection forever by default: when the server is down or
    // unreachable, a request (or start-up) fails after this long instead of hanging.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Dead peers (a failover, a dropped network) are noticed on idle connections too.
    keepAlive: true,
    // Parallel query only for statements that are really large. At the default setup cost (1000)
    // PostgreSQL planned the policy context's authorization-use statement (a few hundred rows
    // found by index) with two parallel workers, and starting them took 50-70 ms of a statement
    // that runs in 3-5 ms alone (measured on the benchmark dataset, 2 cores). The analytics
    // aggregates over a whole organization still cost far more and still go parallel.
    options: '-c parallel_setup_cost=10000',
  });
  // A connection that dies (a restart, pg_terminate_backend) makes its client emit 'error',
  // sometimes twice (the server's FATAL message, then the closed socket). pg-pool listens while
  // a client is idle and only once during pool.query, so the second one would be an uncaught
  // exception that stops the server (node-postgres issues 2499, 2762). Every client keeps a
  // listener of its own: the query that was running fails (a typed 503), and the pool drops
  // the broken client when it comes back.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Prisma's adapter over the pool. Statements the server sends again and again are prepared once
 * per connection (src/db/prepared.ts), unless `preparedStatements` is false: a connection pooler
 * that hands each transaction another server connection (PgBouncer in transaction mode before
 * 1.21) cannot keep them.
 *
 * @param pool - from postgresPool()
 */
export function postgresAdapter(pool: pg.Pool, { preparedStatements = true }: { preparedStatements?: boolean } = {}): PrismaPg {
  return new PrismaPg(pool, preparedStatements ? { statementNameGenerator: statementNames() } : {});
}

/**
 * Opens the configured database: embedded PGlite in a data folder, or PostgreSQL through
 * node-postgres. Both speak PostgreSQL, so one schema and one migration history serve both.
 *
 * @param config - which database, from loadConfig()
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = postgresPool(config.url);
    const adapterFactory = postgresAdapter(pool, { preparedStatements: config.preparedStatements });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    let closed: Promise<void> | null = null;
    return {
      kind: 'postgres',
      prisma,
      adapterFactory,
      // The pool is ours (the adapter only borrows it, for the client and for migrations).
      close: () => (closed ??= prisma.$disconnect().then(() => pool.end())),
    };
  }
  if (!config.dataDir.startsWith('memory://')) {
    await mkdir(config.dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(config.dataDir);
  return fromPGlite(pglite);
}

/**
 * Wraps an already-open PGlite instance (tests use in-memory ones).
 *
 * @param pglite - the PGlite database
 */
export function fromPGlite(pglite: PGlite): Database {
  const adapterFactory = commitFailuresReported(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'pglite',
    prisma,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * The PGlite driver adapter (pglite-prisma-adapter 0.7) loses an error raised by COMMIT: it runs
 * each transaction in PGlite's transaction() and catches that promise's rejection where nothing
 * hears it, so a transaction that fails at commit (a deferred constraint, such as a claim total
 * that is not the sum of its lines) is rolled back while Prisma reports success. This wraps the
 * adapter so that a commit awaits PGlite's own outcome and throws its error, as on PostgreSQL.
 * It also keeps PGlite's array types current after migration scripts (see `connect`).
 * test/reliability.invariants.int.test.ts fails without it.
 *
 * @param pglite - the database (its transaction method is wrapped to keep each outcome)
 */
function commitFailuresReported(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const outcomes = new WeakMap<object, { settled?: Promise<unknown> }>();
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = ((callback: (tx: Transaction) => Promise<unknown>) => {
    const outcome: { settled?: Promise<unknown> } = {};
    const settled = transaction(async (tx) => {
      outcomes.set(tx, outcome);
      return callback(tx);
    });
    // Heard here as well, so that an outcome nobody awaits is never an unhandled rejection.
    settled.catch(() => undefined);
    outcome.settled = settled;
    return settled;
  }) as PGlite['transaction'];
  const factory = new PrismaPGlite(pglite);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    connect: async () => {
      const adapter = await factory.connect();
      // PGlite reads the database's array types once, when it opens, to serialize array
      // parameters; the enum arrays a migration creates (Part2Consent.purposes) would be sent as
      // a bare string ("malformed array literal") until the next start. Read them again after
      // every script (the schema engine runs migrations as scripts).
      const executeScript = adapter.executeScript.bind(adapter);
      adapter.executeScript = async (script) => {
        try {
          await executeScript(script);
        } finally {
          await pglite.refreshArrayTypes();
        }
      };
      const start = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const tx = await start(isolationLevel);
        // The adapter's transaction keeps PGlite's transaction object as `client`.
        const outcome = outcomes.get((tx as unknown as { client: object }).client);
        const commit = tx.commit.bind(tx);
        tx.commit = async () => {
          await commit();
          await outcome?.settled;
        };
        return tx;
      };
      return adapter;
    },
  };
}
