// parity migrate: applies pending migrations to the configured database, and loads the shipped
// code sets into a database that has none.
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { ensureReferenceData } from '../../src/db/reference-data.ts';
import { runCommand, UsageError } from './shared.ts';

/** @param argv - the command's arguments (none) */
export function migrateCommand(argv: string[], program = 'parity migrate'): Promise<number> {
  return runCommand(argv, async () => {
    if (argv.length > 0) {
      throw new UsageError(`${program} takes no arguments.`);
    }
    const db = await openDatabase(loadConfig().database);
    try {
      const applied = await applyMigrations(db.adapterFactory);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      const codes = await ensureReferenceData(db.prisma);
      if (codes > 0) {
        console.log(`Loaded ${codes} ICD-10-CM codes (the shipped behavioral-health set).`);
      }
    } finally {
      await db.close();
    }
  }, `usage: ${program}`);
}
