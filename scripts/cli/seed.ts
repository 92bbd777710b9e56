// parity seed [--seed N --anchor YYYY-MM-DD --patients N]: fills an empty database with the demo
// clinic group, with a progress bar. Applies pending migrations first.
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { isCalendarDate, isoDate } from '../../src/domain/dates.ts';
import { isEmpty, seedDemoClinic } from '../../src/seed/index.ts';
import { CommandError, runCommand, UsageError } from './shared.ts';

/** @param argv - the command's arguments */
export function seedCommand(argv: string[], program = 'parity seed'): Promise<number> {
  const usage = `usage: ${program} [--seed N] [--anchor YYYY-MM-DD] [--patients N]`;
  return runCommand(argv, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string', default: '20240101' },
        anchor: { type: 'string', default: isoDate(new Date()) },
        patients: { type: 'string', default: '400' },
      },
    });
    if (!isCalendarDate(values.anchor) || !/^\d+$/.test(values.seed) || !/^\d+$/.test(values.patients)) {
      throw new UsageError('--seed and --patients are whole numbers, --anchor a date written YYYY-MM-DD.');
    }
    const db = await openDatabase(loadConfig().database);
    try {
      await applyMigrations(db.adapterFactory);
      if (!(await isEmpty(db.prisma))) {
        throw new CommandError('The database already holds data; seed an empty database (for PGlite, remove its data folder).');
      }
      const bar = new SingleBar({ format: 'Seeding {bar} {percentage}% | {value}/{total} rows | {table}' }, Presets.shades_classic);
      bar.start(1, 0, { table: '' });
      const counts = await seedDemoClinic(
        db.prisma,
        { seed: Number(values.seed), anchorDate: values.anchor, patients: Number(values.patients) },
        (done, total, table) => {
          bar.setTotal(total);
          bar.update(done, { table });
        },
      );
      bar.stop();
      console.table(counts);
    } finally {
      await db.close();
    }
  }, usage);
}
