// npm run token -- --role BILLER [--subject S] [--org ID] [--payer CODE] [--expires 8h]
// The same as `parity token` (scripts/cli/token.ts).
import { tokenCommand } from './cli/token.ts';

process.exitCode = await tokenCommand(process.argv.slice(2), 'npm run token --');
