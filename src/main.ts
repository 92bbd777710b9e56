// npm start: read the configuration, open the database, apply pending migrations, seed the demo
// clinic when the database is empty, and serve the API until SIGINT or SIGTERM.
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { applyMigrations } from './db/migrate.ts';
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
  const applied = await applyMigrations(db.adapterFactory);
  if (applied.length > 0) {
    console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
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
    throw new StartupError(`Cannot open ${where}: ${(error as Error).message}`);
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
