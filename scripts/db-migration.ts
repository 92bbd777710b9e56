// npm run db:migration -- <name>: writes the next migration from prisma/schema.prisma.
import path from 'node:path';
import { createMigration } from '../src/db/migrate.ts';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run db:migration -- <name>   (for example: add_claim_notes)');
  process.exit(2);
}
const folder = await createMigration(name);
console.log(
  folder
    ? `wrote ${path.relative(process.cwd(), folder)}/migration.sql`
    : 'prisma/schema.prisma and prisma/migrations agree: no migration written',
);
