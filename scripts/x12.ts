// npm run x12 -- <command> ...: the same as `parity x12` (scripts/cli/x12.ts).
import { x12Command } from './cli/x12.ts';

process.exitCode = await x12Command(process.argv.slice(2), 'npm run x12 --');
