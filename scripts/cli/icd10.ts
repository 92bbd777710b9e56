// parity import-icd10 <icd10cm-order file> [--release 2026] [--prune]
// Loads an official CMS ICD-10-CM order file (icd10cm-order-<year>.txt, from the CMS ICD-10
// page) into the configured database's code set, over the shipped behavioral-health subset.
// --prune deletes the codes the release does not contain (a complete file replaces the set).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { Icd10FileError, loadIcd10Codes, parseIcd10OrderFile } from '../../src/domain/codes/icd10.ts';
import { CommandError, runCommand, UsageError } from './shared.ts';

/** @param argv - the command's arguments */
export function importIcd10Command(argv: string[], program = 'parity import-icd10'): Promise<number> {
  const usage = `usage: ${program} <icd10cm-order file> [--release 2026] [--prune]`;
  return runCommand(argv, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { release: { type: 'string' }, prune: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (!file) {
      throw new UsageError('Which file? Name the ICD-10-CM order file to load.');
    }
    const release = values.release ?? /(\d{4})/.exec(path.basename(file))?.[1] ?? 'custom';
    let rows;
    try {
      rows = parseIcd10OrderFile(await readFile(file, 'utf8'));
    } catch (error) {
      throw new CommandError(error instanceof Icd10FileError ? `Not an ICD-10-CM order file: ${error.message}` : `Cannot read ${file}: ${(error as Error).message}`);
    }
    const db = await openDatabase(loadConfig().database);
    const bar = new SingleBar({ format: 'ICD-10-CM {bar} {value}/{total} codes', hideCursor: true }, Presets.shades_classic);
    try {
      bar.start(rows.length, 0);
      const result = await loadIcd10Codes(db.prisma, rows, release, { prune: values.prune, onProgress: (done) => bar.update(done) });
      bar.stop();
      console.log(`Release ${release}: ${result.rows} codes, ${result.inserted} new, ${result.existing} already present${values.prune ? `, ${result.pruned} removed` : ''}.`);
    } finally {
      bar.stop();
      await db.close();
    }
  }, usage);
}
