// Invariants the database keeps whoever writes (migration 20261124100000_reliability_invariants
// and the claim state machine's trigger): statements that bypass the code are refused; the demo
// seed keeps them; property-based runs (fast-check) of status changes, through the database and
// through the services, never leave the allowed graph.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { canTransition, claimStatuses, type ClaimStatusValue } from '../src/domain/claim-status.ts';
import { DomainError, InvalidStateError } from '../src/errors.ts';
import { submitClaim, updateDraftClaim, writeOffClaim } from '../src/services/claims.ts';
import { transitionLevelOfCare } from '../src/services/authorizations.ts';
import { fileAppeal, recordRemittance, resolveAppeal } from '../src/services/remittances.ts';
import type { WriteContext } from '../src/services/write.ts';
import { claimIntegrity } from './reliability.checks.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';

/** Carries a measurement out of a transaction that must roll back. */
class ProbeResult extends Error {
  constructor(readonly integrity: Awaited<ReturnType<typeof claimIntegrity>>) {
    super('probe');
  }
}

/** What a statement the database refuses rejects with: the constraint's name, or its message. */
const totalRefused = /Claim_total_equals_lines|lines add up to/;

describe(`invariants kept by the database (${databaseKind})`, { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let organizationId = '';
  let ticks = 0;

  /** A write context of the services, on the unscoped client, each call one second later than the last. */
  async function context(): Promise<WriteContext> {
    ticks += 1;
    return {
      prisma: db.prisma,
      actor: { subject: 'property-test', role: 'BILLER', organizationId, purpose: null, requestId: null, operationName: null, operationHash: null },
      now: new Date(Date.parse(`${seedAnchorDate}T18:00:00.000Z`) + ticks * 1_000),
      policies: await loadPayerPolicies(),
      idempotencyTtlMs: 3_600_000,
      rowAccess: async () => 'every row',
    };
  }

  /** A copy of a seeded claim (no lines, so a total of 0) in a given status. */
  async function claimIn(status: ClaimStatusValue): Promise<string> {
    const id = crypto.randomUUID();
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Claim" (id, "organizationId", "patientId", "payerId", "coverageId", "billingLocationId", "claimType",
         status, "patientControlNumber", "serviceFrom", "serviceTo", "totalCharge")
       SELECT $1::uuid, "organizationId", "patientId", "payerId", "coverageId", "billingLocationId", "claimType",
         $2::"ClaimStatus", $3, "serviceFrom", "serviceTo", 0 FROM "Claim" ORDER BY "patientControlNumber" LIMIT 1`,
      id,
      status,
      `INV${id.slice(0, 12)}`,
    );
    return id;
  }

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    organizationId = (await db.prisma.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } })).id;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('holds in the seeded demo clinic: totals, open episodes, units, and histories that follow the state machine to the claim’s status', async () => {
    const integrity = await claimIntegrity(db.prisma);
    expect(integrity).toMatchObject({ totalsApart: 0, lineless: 0, historyApart: 0 });
    expect(integrity.claims).toBeGreaterThan(1_000);
    // The check sees a history that skips a step (rolled back: a probe, not a change).
    const probe = await db.prisma
      .$transaction(async (tx) => {
        const claim = await tx.claim.findFirstOrThrow({ where: { status: 'PAID' }, orderBy: { id: 'asc' } });
        await tx.claimStatusChange.create({ data: { claimId: claim.id, fromStatus: 'DENIED', toStatus: 'PAID', changedAt: new Date(), actor: 'probe' } });
        throw new ProbeResult(await claimIntegrity(tx));
      })
      .catch((e: unknown) => (e instanceof ProbeResult ? e.integrity : Promise.reject(e)));
    expect(probe).toMatchObject({ totalsApart: 0, lineless: 0, historyApart: 1 });
    const [others] = await db.prisma.$queryRaw<Array<{ doubleOpen: number; negativeUnits: number }>>`
      SELECT
        (SELECT count(*)::int FROM (SELECT 1 FROM "Episode" WHERE status = 'OPEN' GROUP BY "patientId", "programId" HAVING count(*) > 1) d) AS "doubleOpen",
        (SELECT count(*)::int FROM "Authorization" WHERE "unitsApproved" < 0 OR "unitsRequested" < 0) AS "negativeUnits"`;
    expect(others).toEqual({ doubleOpen: 0, negativeUnits: 0 });
    const steps = await db.prisma.$queryRaw<Array<{ from: ClaimStatusValue; to: ClaimStatusValue }>>`
      SELECT DISTINCT "fromStatus"::text AS "from", "toStatus"::text AS "to" FROM "ClaimStatusChange" WHERE "fromStatus" IS NOT NULL`;
    expect(steps.filter((s) => !canTransition(s.from, s.to))).toEqual([]);
  });

  it('refuses a claim whose total is not the sum of its lines, at commit, whatever the order of the statements', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({
      where: { status: 'DRAFT', remittances: { none: {} }, lines: { some: { lineNumber: 2 } } },
      include: { lines: { orderBy: { lineNumber: 'asc' } } },
      orderBy: { id: 'asc' },
    });
    const other = await db.prisma.claim.findFirstOrThrow({ where: { status: 'DRAFT', id: { not: claim.id } }, orderBy: { id: 'asc' } });
    const line = claim.lines[0];
    const second = claim.lines[1];
    if (line === undefined || second === undefined) {
      throw new Error('the seeded claim has two lines');
    }
    const run = (...statements: string[]) =>
      db.prisma.$transaction(async (tx) => {
        for (const sql of statements) {
          await tx.$executeRawUnsafe(sql);
        }
      });
    const total = `UPDATE "Claim" SET "totalCharge" = "totalCharge" + 1 WHERE id = '${claim.id}'`;
    const charge = `UPDATE "ClaimLine" SET "chargeAmount" = "chargeAmount" + 1 WHERE id = '${line.id}'`;

    await expect(run(total)).rejects.toThrow(totalRefused);
    await expect(run(charge)).rejects.toThrow(totalRefused);
    await expect(run(`DELETE FROM "ClaimLine" WHERE id = '${second.id}'`)).rejects.toThrow(totalRefused);
    await expect(run(`UPDATE "ClaimLine" SET "claimId" = '${other.id}' WHERE id = '${second.id}'`)).rejects.toThrow(totalRefused);
    await expect(run(`INSERT INTO "ClaimLine" (id, "claimId", "lineNumber", "serviceDate", "procedureCode", units, "chargeAmount")
                      VALUES (gen_random_uuid(), '${claim.id}', 99, '2026-06-01', '90834', 1, 10)`)).rejects.toThrow(totalRefused);
    // Nothing of the refused transactions remains.
    const unchanged = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: { orderBy: { lineNumber: 'asc' } } } });
    expect(unchanged.totalCharge.toFixed(2)).toBe(claim.totalCharge.toFixed(2));
    expect(unchanged.lines.map((l) => [l.id, l.chargeAmount.toFixed(2)])).toEqual(claim.lines.map((l) => [l.id, l.chargeAmount.toFixed(2)]));

    // Lines and total changed together pass, in either order; so does removing a line with its charge.
    await run(charge, total);
    await run(total.replace('+ 1', '- 1'), charge.replace('+ 1', '- 1'));
    await run(`DELETE FROM "ClaimLine" WHERE id = '${second.id}'`, `UPDATE "Claim" SET "totalCharge" = "totalCharge" - ${second.chargeAmount.toFixed(2)} WHERE id = '${claim.id}'`);
    // A new claim with a total needs its lines in the same transaction; deleting a claim takes its lines with it.
    const fresh = await claimIn('DRAFT');
    await expect(run(`UPDATE "Claim" SET "totalCharge" = 10 WHERE id = '${fresh}'`)).rejects.toThrow(totalRefused);
    await run(
      `UPDATE "Claim" SET "totalCharge" = 10 WHERE id = '${fresh}'`,
      `INSERT INTO "ClaimLine" (id, "claimId", "lineNumber", "serviceDate", "procedureCode", units, "chargeAmount") VALUES (gen_random_uuid(), '${fresh}', 1, '2026-06-01', '90834', 1, 10)`,
    );
    await run(`DELETE FROM "Claim" WHERE id = '${fresh}'`);
    expect(await db.prisma.claimLine.count({ where: { claimId: fresh } })).toBe(0);
  });

  it('refuses negative authorization units, lines without units, a 13th diagnosis, a session ending before it starts, and a second posting of a remittance', async () => {
    const authorization = await db.prisma.authorization.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const line = await db.prisma.claimLine.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const session = await db.prisma.session.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const remittance = await db.prisma.remittance.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const refused = [
      db.prisma.authorization.update({ where: { id: authorization.id }, data: { unitsApproved: -1 } }),
      db.prisma.authorization.update({ where: { id: authorization.id }, data: { unitsRequested: -5 } }),
      db.prisma.concurrentReview.create({ data: { authorizationId: authorization.id, reviewedOn: new Date('2026-06-01'), outcome: 'REDUCED', unitsAdded: -3 } }),
      db.prisma.claimLine.update({ where: { id: line.id }, data: { units: 0 } }),
      db.prisma.claimDiagnosis.create({ data: { claimId: line.claimId, position: 13, icd10Code: 'F33.1' } }),
      db.prisma.session.update({ where: { id: session.id }, data: { endTime: session.startTime } }),
      db.prisma.remittance.create({
        data: {
          organizationId: remittance.organizationId,
          claimId: remittance.claimId,
          payerId: remittance.payerId,
          payerClaimControlNumber: remittance.payerClaimControlNumber,
          claimStatusCode: '1',
          chargeAmount: remittance.chargeAmount,
          paidAmount: remittance.paidAmount,
          patientResponsibility: remittance.patientResponsibility,
          paidOn: remittance.paidOn,
        },
      }),
    ];
    const outcomes = await Promise.all(refused.map((p) => Promise.resolve(p).then(() => 'written', (e: Error) => (/P2002|Unique constraint/.test(`${(e as { code?: string }).code} ${e.message}`) ? 'unique' : /23514|check constraint|violates check/i.test(e.message) ? 'check' : e.message))));
    expect(outcomes).toEqual(['check', 'check', 'check', 'check', 'check', 'check', 'unique']);
    expect((await db.prisma.authorization.findUniqueOrThrow({ where: { id: authorization.id } })).unitsApproved).toBe(authorization.unitsApproved);
  });

  it('keeps one open episode per patient and program, even when 20 level-of-care moves of one episode race', async () => {
    const open = await db.prisma.episode.findFirstOrThrow({ where: { status: 'OPEN', levelOfCare: 'PHP', program: { isPart2: false }, startDate: { lt: new Date('2026-06-25') } }, orderBy: { id: 'asc' } });
    await expect(
      db.prisma.episode.create({ data: { patientId: open.patientId, programId: open.programId, levelOfCare: 'IOP', status: 'OPEN', startDate: new Date('2026-06-29') } }),
    ).rejects.toMatchObject({ code: 'P2002' });
    // A closed one is no trouble.
    await db.prisma.episode.create({ data: { patientId: open.patientId, programId: open.programId, levelOfCare: 'IOP', status: 'CLOSED', startDate: new Date('2026-01-05'), endDate: new Date('2026-01-30') } });

    const results = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const ctx = await context();
        return transitionLevelOfCare(ctx, { episodeId: open.id, toLevel: 'IOP', transitionOn: '2026-07-01' }).then(
          (r) => `moved to ${r.toEpisodeId}`,
          (e: unknown) => (e instanceof InvalidStateError ? 'InvalidStateError' : String(e)),
        );
      }),
    );
    expect(results.filter((r) => r.startsWith('moved'))).toHaveLength(1);
    expect(results.filter((r) => r === 'InvalidStateError')).toHaveLength(19);
    expect(await db.prisma.episode.count({ where: { patientId: open.patientId, programId: open.programId, status: 'OPEN' } })).toBe(1);
  });

  it('property: random sequences of status changes written straight to the database follow the state machine, step by step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...claimStatuses), fc.array(fc.constantFrom(...claimStatuses), { minLength: 1, maxLength: 10 }), async (start, targets) => {
        const id = await claimIn(start);
        let status: ClaimStatusValue = start;
        for (const to of targets) {
          const allowed = to === status || canTransition(status, to);
          const written = await db.prisma.$executeRawUnsafe(`UPDATE "Claim" SET status = $1::"ClaimStatus" WHERE id = $2::uuid`, to, id).then(
            () => true,
            () => false,
          );
          expect(written, `${status} -> ${to}`).toBe(allowed);
          status = written ? to : status;
          expect((await db.prisma.claim.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe(status);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('property: random sequences of writes through the services keep every claim on the allowed graph, its history a path to its status', async () => {
    const pool = await db.prisma.claim.findMany({ where: { program: { isPart2: false } }, select: { id: true }, orderBy: { id: 'asc' }, take: 400 });
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('submit' as const) }),
      fc.record({ kind: fc.constant('remit' as const), outcome: fc.constantFrom('PAID', 'DENIED', 'PARTIAL') }),
      fc.record({ kind: fc.constant('appeal' as const) }),
      fc.record({ kind: fc.constant('resolve' as const), outcome: fc.constantFrom('OVERTURNED' as const, 'UPHELD' as const, 'WITHDRAWN' as const) }),
      fc.record({ kind: fc.constant('writeOff' as const) }),
      fc.record({ kind: fc.constant('staleEdit' as const) }),
    );
    let postings = 0;
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pool.length - 1 }), fc.array(operation, { minLength: 1, maxLength: 8 }), async (index, operations) => {
        const claimId = pool[index]?.id ?? '';
        for (const op of operations) {
          const before = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
          const historyBefore = await db.prisma.claimStatusChange.count({ where: { claimId } });
          const ctx = await context();
          const totalCents = Math.round(Number(before.totalCharge) * 100);
          const amount = (cents: number) => (cents / 100).toFixed(2);
          let run: Promise<unknown>;
          switch (op.kind) {
            case 'submit':
              run = submitClaim(ctx, { claimId, expectedVersion: before.version, overrideReason: 'property test' });
              break;
            case 'remit': {
              postings += 1;
              const paid = op.outcome === 'PAID' ? totalCents : op.outcome === 'DENIED' ? 0 : Math.floor(totalCents / 2);
              const reason = op.outcome === 'DENIED' ? '197' : '50';
              run = recordRemittance(ctx, {
                claimId,
                payerClaimControlNumber: `PROP-${postings}`,
                paidAmount: amount(paid),
                patientResponsibility: '0',
                paidOn: seedAnchorDate,
                adjustments: paid === totalCents ? [] : [{ group: 'CO', reasonCode: reason, amount: amount(totalCents - paid) }],
              });
              break;
            }
            case 'appeal':
              run = fileAppeal(ctx, { claimId, reason: 'property test' });
              break;
            case 'resolve': {
              const appeal = await db.prisma.appeal.findFirst({ where: { claimId, status: 'FILED' }, orderBy: { level: 'desc' } });
              run = resolveAppeal(ctx, { appealId: appeal?.id ?? crypto.randomUUID(), outcome: op.outcome });
              break;
            }
            case 'writeOff':
              run = writeOffClaim(ctx, { claimId, expectedVersion: before.version, reason: 'property test' });
              break;
            case 'staleEdit':
              run = updateDraftClaim(ctx, { claimId, expectedVersion: before.version - 1 });
              break;
          }
          const outcome = await run.then(
            () => 'done',
            (e: unknown) => {
              if (!(e instanceof DomainError)) {
                throw e;
              }
              return e.code;
            },
          );
          tally.set(`${op.kind}: ${outcome}`, (tally.get(`${op.kind}: ${outcome}`) ?? 0) + 1);
          if (op.kind === 'staleEdit') {
            expect(['VERSION_CONFLICT', 'INVALID_STATE']).toContain(outcome);
          }
          const after = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
          const added = await db.prisma.claimStatusChange.findMany({ where: { claimId, changedAt: ctx.now }, select: { fromStatus: true, toStatus: true }, orderBy: { sequence: 'asc' } });
          expect(await db.prisma.claimStatusChange.count({ where: { claimId } })).toBe(historyBefore + added.length);
          if (outcome !== 'done') {
            // A refused write changes nothing.
            expect([after.status, after.version, added.length]).toEqual([before.status, before.version, 0]);
            continue;
          }
          // The new history rows, in the order they were recorded, are a path along allowed
          // transitions from the old status to the new one.
          let at: ClaimStatusValue = before.status;
          for (const step of added) {
            expect(step.fromStatus, `${at} in ${JSON.stringify(added)}`).toBe(at);
            expect(canTransition(at, step.toStatus), `${at} -> ${step.toStatus}`).toBe(true);
            at = step.toStatus;
          }
          expect(at).toBe(after.status);
          expect(after.version).toBeGreaterThanOrEqual(before.version);
          if (after.status !== before.status) {
            expect(after.version).toBeGreaterThan(before.version);
          }
        }
      }),
      { numRuns: 30 },
    );
    // The runs reached both sides: writes done, and writes refused by the state machine.
    const kinds = [...tally.keys()];
    expect(kinds.some((k) => k.endsWith(': done'))).toBe(true);
    expect(kinds.some((k) => k.endsWith(': INVALID_STATE'))).toBe(true);
  });
});
