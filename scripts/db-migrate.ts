// npm run db:migrate: applies pending migrations to the configured database.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const config = loadConfig();
const db = await openDatabase(config.database);
try {
  const applied = await applyMigrations(db.adapterFactory);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await db.close();
}
