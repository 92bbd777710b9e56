// Parity as the benchmark runs it: src/server.ts on the benchmark database, with production
// settings, every SQL statement counted (src/db/statement-counter.ts), and a token of an ADMIN of
// the dataset's organization. Used by the load-test server (bench/servers/parity.ts) and by the
// analytics measures, which ask the API in-process (bench/analytics.ts).

import { mintToken } from '../../src/auth/tokens.ts';
import { loadConfig } from '../../src/config.ts';
import { postgresAdapter, postgresPool, type Database } from '../../src/db/client.ts';
import { countingAdapterFactory, StatementCounter } from '../../src/db/statement-counter.ts';
import { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createServer, type ParityServer } from '../../src/server.ts';
import { benchAdminSubject, benchOrganizationId } from '../dataset.ts';

export interface ParityApp {
  server: ParityServer;
  /** Every statement the server's Prisma client sends. */
  counter: StatementCounter;
  /** `authorization: Bearer ...` of an ADMIN of the dataset's organization. */
  headers: Record<string, string>;
  close: () => Promise<void>;
}

export async function parityApp(databaseUrl: string): Promise<ParityApp> {
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: 'benchmark-secret-of-at-least-thirty-two-characters',
    // Requests are logged at info in production; the benchmark keeps warnings only, as the
    // other two servers log nothing per request.
    LOG_LEVEL: 'warn',
    // One token sends every request of the benchmark: the per-token budget must not throttle it.
    RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const counter = new StatementCounter();
  // The server's own pool and adapter (its settings, error listeners and prepared statements),
  // with every statement counted.
  const pool = postgresPool(databaseUrl);
  const adapterFactory = countingAdapterFactory(postgresAdapter(pool), counter);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const db: Database = { kind: 'postgres', prisma, adapterFactory, close: () => prisma.$disconnect().then(() => pool.end()) };
  const server = createServer(config, db);
  const token = await mintToken(config.auth, { subject: benchAdminSubject, role: 'ADMIN', organizationId: benchOrganizationId });
  return {
    server,
    counter,
    headers: { authorization: `Bearer ${token}` },
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
