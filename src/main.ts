// npm start: read the configuration, open the database, apply pending migrations, seed the demo
// clinic when the database is empty, and serve the API until SIGINT or SIGTERM.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { applyMigrations, readMigrations } from './db/migrate.ts';
import { describeDatabaseError } from './db/availability.ts';
import { ensureReferenceData } from './db/reference-data.ts';
import { isoDate } from './domain/dates.ts';
import { isEmpty, seedDemoClinic } from './seed/index.ts';
import { mintToken } from './auth/tokens.ts';
import { createServer } from './server.ts';
import { startTracing } from './observability/tracing.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const tracing = config.tracing ? startTracing() : null;
  const db = await openDatabaseOrExplain(config);
  await refuseUnknownMigrations(db);
  const applied = await applyMigrations(db.adapterFactory).catch((error: unknown) => {
    throw new StartupError(`Cannot apply the database migrations (prisma/migrations): ${describeDatabaseError(error)}`);
  });
  if (applied.length > 0) {
    console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
  await refuseMissingMigrations(db);
  const codes = await ensureReferenceData(db.prisma);
  if (codes > 0) {
    console.log(`Loaded ${codes} ICD-10-CM codes (the shipped behavioral-health set)`);
  }
  if (config.seedOnEmpty && (await isEmpty(db.prisma))) {
    const started = Date.now();
    await seedDemoClinic(db.prisma, { anchorDate: isoDate(new Date()) });
    console.log(`Seeded the demo clinic in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (config.database.kind === 'pglite') {
    // Embedded PostgreSQL runs no autovacuum: without statistics the planner misjudges the
    // row-access conditions every query carries (src/auth/scope.ts) by orders of magnitude.
    await db.prisma.$executeRawUnsafe('ANALYZE');
  }
  const server = createServer(config, db, { graphiqlHeaders: await developmentHeaders(config, db) });
  const url = await server.listen();
  console.log(`Parity is serving GraphQL${config.env === 'production' ? '' : ' and GraphiQL'} at ${url}`);
  console.log(
    config.database.kind === 'pglite'
      ? `Database: embedded PGlite in ${config.database.dataDir}`
      : 'Database: PostgreSQL (DATABASE_URL)',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then stopping.`);
    await server.close();
    await db.close();
    await tracing?.shutdown();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function openDatabaseOrExplain(config: Config): Promise<Database> {
  try {
    const db = await openDatabase(config.database);
    await db.prisma.$queryRaw`SELECT 1`;
    return db;
  } catch (error) {
    const where =
      config.database.kind === 'postgres'
        ? 'the PostgreSQL server named by DATABASE_URL'
        : `the embedded database in ${config.database.dataDir} (is another Parity process using it?)`;
    throw new StartupError(`Cannot open ${where}: ${describeDatabaseError(error)}`);
  }
}

/** The migrations this version ships (prisma/migrations), oldest first; none is an incomplete install. */
async function shippedMigrations(): Promise<string[]> {
  const shipped = (await readMigrations()).migrationDirectories.map((m) => m.path);
  if (shipped.length === 0) {
    throw new StartupError('No migrations found in prisma/migrations: this installation is incomplete (the folder ships with Parity).');
  }
  return shipped;
}

/** The migrations recorded in the database (not rolled back), and whether each finished. */
async function recordedMigrations(db: Database): Promise<Array<{ name: string; finished: boolean }>> {
  const [table] = await db.prisma.$queryRaw<Array<{ exists: boolean }>>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`;
  if (!table?.exists) {
    return [];
  }
  return db.prisma.$queryRaw<Array<{ name: string; finished: boolean }>>`
    SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL`;
}

/**
 * Before migrating: refuses a database that has a migration this version does not have (a newer
 * Parity migrated it, or the code was rolled back), and changes nothing in it.
 */
async function refuseUnknownMigrations(db: Database): Promise<void> {
  const shipped = await shippedMigrations();
  const unknown = (await recordedMigrations(db)).map((r) => r.name).filter((name) => !shipped.includes(name));
  if (unknown.length > 0) {
    throw new StartupError(
      `The database has migration(s) this version of Parity does not know: ${unknown.join(', ')}. A newer version migrated it; run that version, or restore a backup taken before.`,
    );
  }
}

/** After migrating: refuses to serve unless every shipped migration is recorded as finished. */
async function refuseMissingMigrations(db: Database): Promise<void> {
  const applied = new Set((await recordedMigrations(db)).filter((r) => r.finished).map((r) => r.name));
  const missing = (await shippedMigrations()).filter((name) => !applied.has(name));
  if (missing.length > 0) {
    throw new StartupError(`The database lacks migration(s) ${missing.join(', ')}: run npm run db:migrate and read its message.`);
  }
}

class StartupError extends Error {}

/**
 * Outside production, with the built-in secret or a configured one, GraphiQL opens with a token
 * of the demo administrator so that the demo clinic can be explored at once.
 */
async function developmentHeaders(config: Config, db: Database): Promise<Record<string, string> | undefined> {
  if (config.env === 'production' || config.auth.kind !== 'secret') {
    return undefined;
  }
  const admin = await db.prisma.userAccount.findFirst({
    where: { subject: 'demo-admin' },
    select: { subject: true, organizationId: true },
  });
  if (!admin) {
    return undefined;
  }
  const token = await mintToken(config.auth, { subject: admin.subject, role: 'ADMIN', organizationId: admin.organizationId, expiresIn: '30d' });
  return { Authorization: `Bearer ${token}` };
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error('Parity failed to start:', error);
  }
  process.exit(1);
});
