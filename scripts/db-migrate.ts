// npm run db:migrate: applies pending migrations to the configured database, and loads the shipped
// code sets into a database that has none.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { ensureReferenceData } from '../src/db/reference-data.ts';

const config = loadConfig();
const db = await openDatabase(config.database);
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
