import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { loadClaimSnapshots } from '../src/loaders/claim-snapshots.ts';
import { evaluate } from '../src/policy/engine.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';

function fail(): never {
  throw new Error('missing snapshot');
}

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
    await loadClaimSnapshots(prisma, ids.slice(0, 1), 'every row');
    counter.reset();
    const ten = await loadClaimSnapshots(prisma, ids.slice(0, 10), 'every row');
    const tenStatements = counter.count;
    counter.reset();
    const hundred = await loadClaimSnapshots(prisma, ids, 'every row');
    expect(ten.size).toBe(10);
    expect(hundred.size).toBe(100);
    expect(counter.count).toBe(tenStatements);
    expect(tenStatements).toBeLessThan(25);
  });

  it('sends the same statements for lists that pad to the same length (PostgreSQL keeps them prepared)', async () => {
    // Three and four claims of one patient with one payer and the same providers: every list the
    // loader sends pads to the same length, so each statement's text is the same. A fifth pads
    // the claims' list to eight.
    const claims = await db.prisma.claim.findMany({
      select: { id: true, patientId: true, payerId: true, renderingProviderId: true, lines: { select: { renderingProviderId: true } } },
      orderBy: { id: 'asc' },
    });
    const providersOf = (c: (typeof claims)[number]) =>
      [c.renderingProviderId, ...c.lines.map((l) => l.renderingProviderId)].filter((id) => id !== null).sort().join();
    const groups = new Map<string, string[]>();
    for (const c of claims) {
      const key = `${c.patientId} ${c.payerId} ${providersOf(c)}`;
      groups.set(key, [...(groups.get(key) ?? []), c.id]);
    }
    const ids = [...groups.values()].find((group) => group.length >= 5) ?? fail();
    const texts = async (claimIds: string[]) => {
      counter.reset();
      const snapshots = await loadClaimSnapshots(prisma, claimIds, 'every row');
      expect(snapshots.size).toBe(claimIds.length);
      return counter.statements.slice().sort();
    };
    const three = await texts(ids.slice(0, 3));
    const four = await texts(ids.slice(0, 4));
    expect(four).toEqual(three);
    // Five claims: the claims' statement is another text, and no other is.
    const five = await texts(ids.slice(0, 5));
    expect(five.filter((text) => !four.includes(text))).toHaveLength(1);
  });

  it('carries session times, prior visits of other claims and the units other claims used', async () => {
    const line = await db.prisma.claimLine.findFirstOrThrow({
      where: { sessionId: { not: null }, claim: { claimType: 'PROFESSIONAL', status: 'PAID' } },
      include: { session: true, claim: true },
      orderBy: { id: 'asc' },
    });
    const snapshot = (await loadClaimSnapshots(prisma, [line.claimId], 'every row')).get(line.claimId);
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
    const snapshot = (await loadClaimSnapshots(prisma, [claim.id], 'every row')).get(claim.id);
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

  it('counts the units of an authorization used by claims outside the prior-visits window', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({
      where: { claimType: 'INSTITUTIONAL', authorizationId: { not: null }, status: 'PAID' },
      include: { lines: { orderBy: { lineNumber: 'asc' } } },
      orderBy: { patientControlNumber: 'asc' },
    });
    const unitsUsed = async () =>
      (await loadClaimSnapshots(prisma, [claim.id], 'every row')).get(claim.id)?.authorizations.find((a) => a.id === claim.authorizationId)?.unitsUsed;
    const before = await unitsUsed();
    // Another claim under the same authorization, three years earlier: far outside the two years
    // of prior visits the context reads, yet a day of the authorization used.
    const { id: _id, lines, createdAt: _c, updatedAt: _u, submittedFindings: _f, ...columns } = claim;
    const line = lines[0] ?? fail();
    const earlier = new Date(claim.serviceFrom.getTime() - 3 * 365 * 86_400_000);
    const other = await db.prisma.claim.create({
      data: {
        ...columns,
        patientControlNumber: `${claim.patientControlNumber}-OLD`,
        serviceFrom: earlier,
        serviceTo: earlier,
        totalCharge: line.chargeAmount,
        lines: {
          create: {
            lineNumber: 1,
            serviceDate: earlier,
            procedureCode: line.procedureCode,
            revenueCode: line.revenueCode,
            units: line.units,
            chargeAmount: line.chargeAmount,
            diagnosisPointers: line.diagnosisPointers,
          },
        },
      },
    });
    try {
      expect(await unitsUsed()).toBe((before ?? fail()) + 1);
    } finally {
      // One transaction: the charge invariant is checked at its end, when both are gone.
      await db.prisma.$transaction([db.prisma.claimLine.deleteMany({ where: { claimId: other.id } }), db.prisma.claim.delete({ where: { id: other.id } })]);
    }
  });

  it('judges every seeded claim by a version of its payer’s policy, and the demo payers answered as their policies say', async () => {
    const registry = await loadPayerPolicies();
    const claims = await db.prisma.claim.findMany({
      select: { id: true, status: true, submittedAt: true, remittances: { select: { adjustments: { select: { reasonCode: true } } } } },
    });
    const snapshots = await loadClaimSnapshots(prisma, claims.map((c) => c.id), 'every row');
    expect(snapshots.size).toBe(claims.length);
    let denied = 0;
    let predicted = 0;
    for (const claim of claims) {
      const snapshot = snapshots.get(claim.id);
      const today = claim.submittedAt?.toISOString().slice(0, 10) ?? seedAnchorDate;
      const result = evaluate(registry, snapshot ?? fail(), { today });
      expect(result.policyVersion).not.toBeNull();
      if (claim.status === 'PAID' || claim.status === 'PARTIALLY_PAID') {
        expect(result.willPay, `paid claim ${claim.id}`).toBe(true);
      }
      if (claim.status === 'DENIED') {
        denied += 1;
        const carcs = new Set(claim.remittances.flatMap((r) => r.adjustments.map((a) => a.reasonCode)));
        if (result.findings.some((f) => f.severity === 'deny' && f.carc !== undefined && carcs.has(f.carc))) {
          predicted += 1;
        }
      }
    }
    // Most denials are ones the payer's policy predicts; the rest are medical-necessity and
    // similar reviews no rule can foresee.
    expect(denied).toBeGreaterThan(100);
    expect(predicted / denied).toBeGreaterThan(0.6);
  });
});
