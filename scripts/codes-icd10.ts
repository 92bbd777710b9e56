// npm run codes:icd10 -- <icd10cm-order file> [--release 2026] [--prune]: the same as
// `parity import-icd10` (scripts/cli/icd10.ts).
import { importIcd10Command } from './cli/icd10.ts';

process.exitCode = await importIcd10Command(process.argv.slice(2), 'npm run codes:icd10 --');
