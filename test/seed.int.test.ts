import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import type { PrismaClient } from '../src/db/client.ts';
import { buildDemoClinic, seedDemoClinic } from '../src/seed/index.ts';
import { createTestDatabase, databaseKind, seedOptions, type TestDatabase } from './setup/database.ts';

/** A digest of every table's rows, ordered, without the columns databases fill at insert time. */
async function digest(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  const result: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    const rows = await prisma.$queryRawUnsafe<Array<{ row: Record<string, unknown> }>>(
      `SELECT to_jsonb(t) - 'createdAt' - 'updatedAt' AS row FROM "${table}" t`,
    );
    const lines = rows.map((r) => JSON.stringify(r.row, Object.keys(r.row).sort())).sort();
    result[table] = createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return result;
}

describe(`demo clinic seed on ${databaseKind}`, () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase('empty'), createTestDatabase('empty')]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('is deterministic: the same seed and anchor give the same database', async () => {
    await seedDemoClinic(first.prisma, seedOptions);
    await seedDemoClinic(second.prisma, seedOptions);
    const [a, b] = await Promise.all([digest(first.prisma), digest(second.prisma)]);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(a).toEqual(b);
  });

  it('differs for another seed', async () => {
    const policies = await loadPayerPolicies();
    const a = buildDemoClinic({ ...seedOptions, patients: 40 }, policies);
    const b = buildDemoClinic({ ...seedOptions, seed: 7, patients: 40 }, policies);
    expect(a.patients.map((p) => p.lastName)).not.toEqual(b.patients.map((p) => p.lastName));
  });

  it('looks like a real clinic group', async () => {
    const prisma = first.prisma;
    expect(await prisma.location.count()).toBe(2);
    expect(await prisma.payer.count()).toBe(5);
    const providers = await prisma.provider.groupBy({ by: ['licensureType'], _count: true });
    expect(providers).toHaveLength(9);
    expect(providers.reduce((n, p) => n + p._count, 0)).toBeGreaterThanOrEqual(20);
    expect(await prisma.patient.count()).toBe(400);

    const statuses = await prisma.claim.groupBy({ by: ['status'], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(
      ['ACCEPTED', 'APPEALED', 'DENIED', 'DRAFT', 'PAID', 'PARTIALLY_PAID', 'SUBMITTED', 'WRITTEN_OFF'],
    );
    const carcs = await prisma.remittanceAdjustment.findMany({ distinct: ['reasonCode'], select: { reasonCode: true } });
    expect(carcs.map((c) => c.reasonCode)).toEqual(expect.arrayContaining(['45', '197', '119', '4']));

    const months = await prisma.$queryRaw<Array<{ months: number }>>`
      SELECT count(DISTINCT date_trunc('month', "serviceDate"))::int AS months FROM "Session"`;
    expect(months[0]?.months).toBeGreaterThanOrEqual(6);
    expect(await prisma.programDay.count({ where: { levelOfCare: 'PHP' } })).toBeGreaterThan(50);
    expect(await prisma.programDay.count({ where: { levelOfCare: 'IOP' } })).toBeGreaterThan(50);
    expect(await prisma.authorization.count()).toBeGreaterThan(20);

    const part2Patients = await prisma.patient.count({ where: { episodes: { some: { program: { isPart2: true } } } } });
    expect(part2Patients).toBeGreaterThan(5);
    expect(await prisma.part2Consent.count({ where: { revokedAt: { not: null } } })).toBeGreaterThan(0);

    const mismatched = await prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "Claim" c
      WHERE c."totalCharge" <> (SELECT sum(l."chargeAmount") FROM "ClaimLine" l WHERE l."claimId" = c.id)`;
    expect(mismatched[0]?.n).toBe(0);
  });
});
