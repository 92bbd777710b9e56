import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '../src/db/migrate.ts';

describe('prisma/schema.prisma and prisma/migrations', () => {
  it('agree: a database built from the migrations needs no further change', async () => {
    const sql = await diffMigrationsToSchema();
    expect(sql, `the schema has changes no migration holds; run npm run db:migration -- <name>:\n${sql}`).toBe('');
  }, 120_000);
});
