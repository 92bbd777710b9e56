// npm run db:seed [-- --seed N --anchor YYYY-MM-DD --patients N]: the same as `parity seed`
// (scripts/cli/seed.ts): fills an empty database with the demo clinic group.
import { seedCommand } from './cli/seed.ts';

process.exitCode = await seedCommand(process.argv.slice(2), 'npm run db:seed --');
