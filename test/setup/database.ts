import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { fromPGlite, openDatabase, type Database } from '../../src/db/client.ts';
import { adminQuery, databaseUrl, type TemplateKind } from './templates.ts';

export { seedAnchorDate, seedOptions } from './templates.ts';

/** Which database this test run uses: set per vitest project. */
export const databaseKind = process.env.PARITY_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
  /** PostgreSQL only: the connection URL of this test's database. */
  url?: string;
}

/**
 * A database of this test file's own: a copy of the migrated (and, when asked, seeded)
 * template, on PGlite or PostgreSQL as the vitest project says. Close it in afterAll.
 *
 * @param template - 'empty' (migrated only) or 'seeded' (with the demo clinic)
 */
export async function createTestDatabase(template: TemplateKind = 'empty'): Promise<TestDatabase> {
  if (databaseKind === 'pglite') {
    const tarball = await readFile(inject('pgliteTemplates')[template]);
    const pglite = new PGlite('memory://', { loadDataDir: new Blob([tarball]) });
    return fromPGlite(pglite);
  }
  const name = `parity_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplates')[template]}"`);
  const url = databaseUrl(name);
  const db = await openDatabase({ kind: 'postgres', url });
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * An empty database with no migrations applied (for migration tests).
 */
export async function createBlankDatabase(): Promise<TestDatabase> {
  if (databaseKind === 'pglite') {
    return fromPGlite(new PGlite('memory://'));
  }
  const name = `parity_b_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const db = await openDatabase({ kind: 'postgres', url });
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
