// Template databases for the integration tests: built once per test run (global setup), then
// copied for each test file, so every file gets an isolated database in about a second.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fromPGlite, openDatabase, type Database } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { ensureReferenceData } from '../../src/db/reference-data.ts';
import { seedDemoClinic } from '../../src/seed/index.ts';

/** The anchor ("today") of the seeded template, fixed so tests can assert on its data. */
export const seedAnchorDate = '2026-06-30';
export const seedOptions = { seed: 20_240_101, anchorDate: seedAnchorDate } as const;

export type TemplateKind = 'empty' | 'seeded';

/** Connection URL of the PostgreSQL server the tests use (trust authentication). */
export const postgresAdminUrl =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs SQL on the PostgreSQL server's maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect().catch((error: Error) => {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresAdminUrl} (${error.message}). Start it, or set TEST_POSTGRES_URL.`,
    );
  });
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepare(db: Database, kind: TemplateKind): Promise<void> {
  await applyMigrations(db.adapterFactory);
  await ensureReferenceData(db.prisma);
  if (kind === 'seeded') {
    await seedDemoClinic(db.prisma, seedOptions);
  }
  // Statistics for the planner, as a running server has them (src/main.ts; autovacuum on PostgreSQL).
  await db.prisma.$executeRawUnsafe('ANALYZE');
}

/** Builds PGlite templates and writes them as data-directory tarballs; returns their paths. */
export async function buildPgliteTemplates(): Promise<Record<TemplateKind, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parity-test-'));
  const paths = {} as Record<TemplateKind, string>;
  for (const kind of ['empty', 'seeded'] as const) {
    const pglite = new PGlite('memory://');
    const db = fromPGlite(pglite);
    await prepare(db, kind);
    const dump = await pglite.dumpDataDir('none');
    paths[kind] = path.join(dir, `${kind}.tar`);
    await writeFile(paths[kind], Buffer.from(await dump.arrayBuffer()));
    await db.close();
  }
  return paths;
}

/** Builds PostgreSQL template databases; returns their names. */
export async function buildPostgresTemplates(runId: string): Promise<Record<TemplateKind, string>> {
  const names = {} as Record<TemplateKind, string>;
  for (const kind of ['empty', 'seeded'] as const) {
    const name = `parity_tpl_${kind}_${runId}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const db = await openDatabase({ kind: 'postgres', url: databaseUrl(name) });
    try {
      await prepare(db, kind);
    } finally {
      await db.close();
    }
    names[kind] = name;
  }
  return names;
}
