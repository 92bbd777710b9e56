import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { loadClaimSnapshots } from '../src/loaders/claim-snapshots.ts';
import { evaluate } from '../src/policy/engine.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';

describe(`the policy context loader on ${databaseKind}`, () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  const counter = new StatementCounter();

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    prisma = new PrismaClient({ adapter: countingAdapterFactory(db.adapterFactory, counter) });
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await db.close();
  });

  it('loads a page of 100 claims in as many statements as a page of 10', async () => {
    const ids = (await db.prisma.claim.findMany({ select: { id: true }, orderBy: { patientControlNumber: 'asc' }, take: 100 })).map((c) => c.id);
    await loadClaimSnapshots(prisma, ids.slice(0, 1));
    counter.reset();
    const ten = await loadClaimSnapshots(prisma, ids.slice(0, 10));
    const tenStatements = counter.count;
    counter.reset();
    const hundred = await loadClaimSnapshots(prisma, ids);
    expect(ten.size).toBe(10);
    expect(hundred.size).toBe(100);
    expect(counter.count).toBe(tenStatements);
    expect(tenStatements).toBeLessThan(25);
  });

  it('carries session times, prior visits of other claims and the units other claims used', async () => {
    const line = await db.prisma.claimLine.findFirstOrThrow({
      where: { sessionId: { not: null }, claim: { claimType: 'PROFESSIONAL', status: 'PAID' } },
      include: { session: true, claim: true },
      orderBy: { id: 'asc' },
    });
    const snapshot = (await loadClaimSnapshots(prisma, [line.claimId])).get(line.claimId);
    const loadedLine = snapshot?.lines.find((l) => l.lineNumber === line.lineNumber);
    expect(loadedLine?.sessionStart).toBe(line.session?.startTime.toISOString());
    expect(loadedLine?.sessionEnd).toBe(line.session?.endTime.toISOString());
    expect(snapshot?.coverage.policyId).toBeTruthy();

    const others = await db.prisma.claimLine.count({
      where: {
        claimId: { not: line.claimId },
        serviceDate: { lte: line.claim.serviceTo },
        claim: { patientId: line.claim.patientId, payerId: line.claim.payerId, status: { notIn: ['DENIED', 'WRITTEN_OFF'] } },
      },
    });
    expect(snapshot?.usage.reduce((sum, entry) => sum + entry.count, 0)).toBe(others);
  });

  it('gives program claims their program days, episode and authorization with units used elsewhere', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({
      where: { claimType: 'INSTITUTIONAL', authorizationId: { not: null }, status: 'PAID' },
      include: { lines: true },
      orderBy: { patientControlNumber: 'asc' },
    });
    const snapshot = (await loadClaimSnapshots(prisma, [claim.id])).get(claim.id);
    expect(snapshot?.episode).not.toBeNull();
    const dates = new Set(claim.lines.map((l) => l.serviceDate.toISOString().slice(0, 10)));
    for (const date of dates) {
      expect(snapshot?.programDays.some((d) => d.date === date)).toBe(true);
    }
    const authorization = snapshot?.authorizations.find((a) => a.id === claim.authorizationId);
    expect(authorization?.unitType).toBe('DAYS');
    const otherDays = await db.prisma.claimLine.findMany({
      where: { claimId: { not: claim.id }, claim: { authorizationId: claim.authorizationId, status: { notIn: ['DENIED', 'WRITTEN_OFF'] } } },
      distinct: ['serviceDate'],
      select: { serviceDate: true },
    });
    expect(authorization?.unitsUsed).toBe(otherDays.length);
  });

  it('judges every seeded claim by a version of its payer’s policy', async () => {
    const registry = await loadPayerPolicies();
    const ids = (await db.prisma.claim.findMany({ select: { id: true } })).map((c) => c.id);
    const snapshots = await loadClaimSnapshots(prisma, ids);
    expect(snapshots.size).toBe(ids.length);
    for (const snapshot of snapshots.values()) {
      const result = evaluate(registry, snapshot, { today: seedAnchorDate });
      expect(result.policyVersion).not.toBeNull();
    }
  });
});
