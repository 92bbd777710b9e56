// npm run db:migrate: the same as `parity migrate` (scripts/cli/migrate.ts).
import { migrateCommand } from './cli/migrate.ts';

process.exitCode = await migrateCommand(process.argv.slice(2), 'npm run db:migrate');
