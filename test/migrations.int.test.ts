import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, pendingMigrations, readMigrations } from '../src/db/migrate.ts';
import { createBlankDatabase, databaseKind, type TestDatabase } from './setup/database.ts';

describe(`migrations on ${databaseKind}`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createBlankDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('apply cleanly to an empty database, once', async () => {
    const all = (await readMigrations()).migrationDirectories.map((m) => m.path);
    expect(all.length).toBeGreaterThan(0);
    expect(await pendingMigrations(db.adapterFactory)).toEqual(all);

    expect(await applyMigrations(db.adapterFactory)).toEqual(all);
    expect(await pendingMigrations(db.adapterFactory)).toEqual([]);
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);

    const recorded = await db.prisma.$queryRaw<Array<{ migration_name: string; finished_at: Date | null }>>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(recorded.map((r) => r.migration_name)).toEqual(all);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('leave a database the generated client can read and write, array parameters of new types included', async () => {
    const payer = await db.prisma.payer.create({
      data: { name: 'Migration Check Payer (fictional)', kind: 'COMMERCIAL', policyId: 'harbor-choice', payerCode: 'MIGCHK' },
    });
    expect(await db.prisma.payer.findUnique({ where: { id: payer.id } })).toMatchObject({ payerCode: 'MIGCHK' });
    // Array parameters of types the migrations created (an enum array), in the same connection:
    // embedded PGlite read its array types when it opened, before they existed (src/db/client.ts).
    expect(await db.prisma.part2Consent.findMany({ where: { purposes: { has: 'PAYMENT' } } })).toEqual([]);
    expect(await db.prisma.part2Consent.count({ where: { purposes: { hasSome: ['TREATMENT', 'PAYMENT'] } } })).toBe(0);
  });
});
