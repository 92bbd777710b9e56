// parity <command> [options]: the operator's command line (package.json "bin"; npm run parity --).
// Each command lives in scripts/cli/; the npm scripts (db:seed, db:migrate, token, x12,
// codes:icd10) run the same functions.
import { importIcd10Command } from './cli/icd10.ts';
import { migrateCommand } from './cli/migrate.ts';
import { operationsCommand } from './cli/operations.ts';
import { scrubCommand } from './cli/scrub.ts';
import { seedCommand } from './cli/seed.ts';
import type { Command } from './cli/shared.ts';
import { tokenCommand } from './cli/token.ts';
import { x12Command } from './cli/x12.ts';

const commands: Record<string, { run: Command; summary: string }> = {
  migrate: { run: (argv) => migrateCommand(argv), summary: 'apply pending migrations to the configured database' },
  seed: { run: (argv) => seedCommand(argv), summary: 'fill an empty database with the demo clinic [--seed N --anchor YYYY-MM-DD --patients N]' },
  scrub: { run: (argv) => scrubCommand(argv), summary: 'judge every open claim and print a summary by payer and deny rule' },
  'import-icd10': { run: (argv) => importIcd10Command(argv), summary: 'load an official CMS ICD-10-CM order file <file> [--release YYYY] [--prune]' },
  token: { run: (argv) => tokenCommand(argv), summary: 'mint a development token --role ROLE [--payer CODE]' },
  x12: { run: (argv) => x12Command(argv), summary: 'export 837P/837I, import 835, write 270, read 271 (parity x12 for its usage)' },
  operations: { run: (argv) => operationsCommand(argv), summary: 'list the registered operations partners run by hash [--manifest]' },
};

const usage = `usage: parity <command> [options]

${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

The database is the configured one (DATABASE_URL, or PGLITE_DATA_DIR for the embedded one).
parity <command> --help shows a command's options.`;

/**
 * Runs the parity command line.
 *
 * @param argv - the arguments after "parity"
 * @returns the exit code
 */
export async function parity(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  return command.run(rest);
}

process.exitCode = await parity(process.argv.slice(2));
