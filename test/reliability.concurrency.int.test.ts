// Races through the real HTTP server (RELIABILITY.md T12, T13): hundreds of concurrent writers of
// one claim, hundreds of concurrent retries of one remittance, one key across principals and
// operations, and keys outliving their retention. Every test counts outcomes and checks the
// database afterwards; none measures time.

import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ReliabilityClaimDocument,
  ReliabilityRecordRemittanceDocument,
  ReliabilityRecordSessionDocument,
  ReliabilityRequestAuthorizationDocument,
  ReliabilitySubmitClaimDocument,
  ReliabilityUpdateDraftClaimDocument,
} from './__generated__/graphql.ts';
import { linesWithFirstCharge } from './reliability.checks.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const cents = (amount: string) => Math.round(Number(amount) * 100);
const money = (value: number) => (value / 100).toFixed(2);

type ClaimNode = Extract<NonNullable<ResultOf<typeof ReliabilityClaimDocument>['node']>, { __typename: 'Claim' }>;

/** Starts all calls at once and waits for every one (none may reject: a transport error fails the test). */
function all<T>(count: number, call: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => call(i)));
}

// Hundreds of requests per test on a shared 2-core machine (and on embedded PGlite, one
// connection for all): room to finish, since these tests count outcomes and never time them.
describe(`concurrent writes and retries through HTTP (${databaseKind})`, { timeout: 300_000 }, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let biller: Executor;
  let now = new Date(`${seedAnchorDate}T18:00:00.000Z`);

  async function readClaim(id: string): Promise<ClaimNode> {
    const result = await biller.execute(ReliabilityClaimDocument, { id });
    const node = result.data?.node;
    if (node?.__typename !== 'Claim') {
      throw new Error(`claim not readable: ${JSON.stringify(result)}`);
    }
    return node;
  }

  /** A draft claim of a patient outside any program, as the API shows it. */
  async function draftClaim(skip: number): Promise<ClaimNode> {
    const row = await db.prisma.claim.findFirstOrThrow({
      where: { status: 'DRAFT', program: { isPart2: false }, patient: { programId: null } },
      orderBy: { id: 'asc' },
      skip,
    });
    return readClaim(gid('Claim', row.id));
  }

  async function updateEvents(claimId: string): Promise<number> {
    return db.prisma.auditEvent.count({ where: { recordType: 'Claim', recordId: claimId, action: 'UPDATE' } });
  }

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    // A budget of requests per token far above what these tests send: they test races, not the rate limit.
    api = await startServer(db, { RATE_LIMIT_PER_MINUTE: '1000000', IDEMPOTENCY_KEY_TTL_HOURS: '1' }, { clock: () => now });
    biller = await api.as('BILLER');
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('200 concurrent updates of one claim at one version: exactly one wins, 199 conflicts name the new version', async () => {
    const claim = await draftClaim(0);
    const claimId = Buffer.from(claim.id, 'base64').toString('utf8').split(':')[1] ?? '';
    const eventsBefore = await updateEvents(claimId);
    const others = claim.lines.slice(1).reduce((sum, line) => sum + cents(line.chargeAmount), 0);
    const results = await all(200, (i) =>
      biller.execute(ReliabilityUpdateDraftClaimDocument, {
        input: { claimId: claim.id, expectedVersion: claim.version, lines: linesWithFirstCharge(claim.lines, money(10_000 + i)) },
      }),
    );
    const outcomes = results.map((r) => r.data?.updateDraftClaim.__typename ?? `errors: ${JSON.stringify(r.errors)}`);
    const wins = results.flatMap((r) => (r.data?.updateDraftClaim.__typename === 'ClaimPayload' ? [r.data.updateDraftClaim.claim] : []));
    const conflicts = results.flatMap((r) => (r.data?.updateDraftClaim.__typename === 'VersionConflictError' ? [r.data.updateDraftClaim] : []));
    expect({ wins: wins.length, conflicts: conflicts.length, other: outcomes.filter((o) => o !== 'ClaimPayload' && o !== 'VersionConflictError') }).toEqual({
      wins: 1,
      conflicts: 199,
      other: [],
    });
    expect(new Set(conflicts.map((c) => `${c.expectedVersion}->${c.currentVersion}`))).toEqual(new Set([`${claim.version}->${claim.version + 1}`]));

    // The winner's input is what the database holds, whole: its line, its total, its version.
    const winner = wins[0];
    const stored = await readClaim(claim.id);
    expect(stored.version).toBe(claim.version + 1);
    expect(stored.lines[0]?.chargeAmount).toBe(winner?.lines[0]?.chargeAmount);
    expect(cents(stored.totalCharge)).toBe(cents(winner?.lines[0]?.chargeAmount ?? '0') + others);
    expect(await updateEvents(claimId)).toBe(eventsBefore + 1);
  });

  it('50 concurrent read-modify-write writers retrying on conflicts: one winner per version, every success counted once, 0 lost updates', async () => {
    const claim = await draftClaim(1);
    const claimId = Buffer.from(claim.id, 'base64').toString('utf8').split(':')[1] ?? '';
    const eventsBefore = await updateEvents(claimId);
    const startCharge = cents(claim.lines[0]?.chargeAmount ?? '0');
    const attemptsPerWriter = 4;
    const tally = { attempts: 0, conflicts: 0, other: [] as string[] };
    const wonVersions: number[] = [];
    await all(50, async () => {
      for (let attempt = 0; attempt < attemptsPerWriter; attempt++) {
        const current = await readClaim(claim.id);
        const next = money(cents(current.lines[0]?.chargeAmount ?? '0') + 1);
        tally.attempts += 1;
        const result = await biller.execute(ReliabilityUpdateDraftClaimDocument, {
          input: { claimId: claim.id, expectedVersion: current.version, lines: linesWithFirstCharge(current.lines, next) },
        });
        const payload = result.data?.updateDraftClaim;
        if (payload?.__typename === 'ClaimPayload') {
          wonVersions.push(payload.claim.version);
          return;
        }
        if (payload?.__typename === 'VersionConflictError') {
          tally.conflicts += 1;
          continue;
        }
        tally.other.push(JSON.stringify(result));
        return;
      }
    });
    const successes = wonVersions.length;
    expect(tally.other).toEqual([]);
    expect(successes).toBeGreaterThan(0);
    expect(successes + tally.conflicts).toBe(tally.attempts);
    // One winner per version: the versions the successes produced are distinct and consecutive.
    expect([...wonVersions].sort((a, b) => a - b)).toEqual(Array.from({ length: successes }, (_, i) => claim.version + 1 + i));
    // No lost update: each success added one cent to what it read, and all of them are there.
    const stored = await readClaim(claim.id);
    expect(stored.version).toBe(claim.version + successes);
    expect(cents(stored.lines[0]?.chargeAmount ?? '0')).toBe(startCharge + successes);
    expect(cents(stored.totalCharge)).toBe(stored.lines.reduce((sum, line) => sum + cents(line.chargeAmount), 0));
    expect(await updateEvents(claimId)).toBe(eventsBefore + successes);
  });

  it('500 concurrent retries of one remittance with one idempotency key: exactly one posting, 500 identical answers', async () => {
    const row = await db.prisma.claim.findFirstOrThrow({
      where: { status: 'SUBMITTED', program: { isPart2: false }, patient: { programId: null } },
      orderBy: { id: 'asc' },
    });
    const historyBefore = await db.prisma.claimStatusChange.count({ where: { claimId: row.id } });
    const input = {
      claimId: gid('Claim', row.id),
      payerClaimControlNumber: 'REL-IDEMPOTENT-0001',
      paidAmount: row.totalCharge.toFixed(2),
      patientResponsibility: '0',
      paidOn: seedAnchorDate,
      adjustments: [],
      idempotencyKey: 'remittance-retry-0001',
    };
    const results = await all(500, () => biller.execute(ReliabilityRecordRemittanceDocument, { input }));
    const ids = results.map((r) => (r.data?.recordRemittance.__typename === 'RemittancePayload' ? r.data.recordRemittance.remittance.id : JSON.stringify(r)));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[A-Za-z0-9+/=]+$/);
    expect(await db.prisma.remittance.count({ where: { payerClaimControlNumber: input.payerClaimControlNumber } })).toBe(1);
    expect(await db.prisma.remittance.count({ where: { claimId: row.id } })).toBe(1);
    expect(await db.prisma.claimStatusChange.count({ where: { claimId: row.id } })).toBe(historyBefore + 1);
    expect(await db.prisma.idempotencyKey.count({ where: { key: input.idempotencyKey } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { recordType: 'Remittance', action: 'CREATE', recordId: Buffer.from(ids[0] ?? '', 'base64').toString('utf8').split(':')[1] ?? '' } })).toBe(1);

    // The same key with a different input is refused, and writes nothing.
    const changed = await biller.execute(ReliabilityRecordRemittanceDocument, { input: { ...input, traceNumber: 'CHANGED' } });
    expect(changed.data?.recordRemittance.__typename).toBe('IdempotencyKeyReusedError');
    expect(await db.prisma.remittance.count({ where: { claimId: row.id } })).toBe(1);
  });

  it('100 concurrent postings of one payer claim control number without keys: one posting, the others answer with it', async () => {
    const row = await db.prisma.claim.findFirstOrThrow({
      where: { status: 'SUBMITTED', program: { isPart2: false }, patient: { programId: null }, remittances: { none: {} } },
      orderBy: { id: 'asc' },
    });
    const input = {
      claimId: gid('Claim', row.id),
      payerClaimControlNumber: 'REL-UNKEYED-0001',
      paidAmount: row.totalCharge.toFixed(2),
      patientResponsibility: '0',
      paidOn: seedAnchorDate,
      adjustments: [],
    };
    const results = await all(100, () => biller.execute(ReliabilityRecordRemittanceDocument, { input }));
    const ids = results.map((r) => (r.data?.recordRemittance.__typename === 'RemittancePayload' ? r.data.recordRemittance.remittance.id : JSON.stringify(r)));
    expect(new Set(ids).size).toBe(1);
    expect(await db.prisma.remittance.count({ where: { claimId: row.id } })).toBe(1);
    expect(await db.prisma.claimStatusChange.count({ where: { claimId: row.id, toStatus: 'PAID' } })).toBe(1);
  });

  it('50 concurrent submissions of one claim with one key: one submission, 50 identical answers; without a key: one wins, the rest conflict', async () => {
    const keyed = await draftClaim(2);
    const results = await all(50, () =>
      biller.execute(ReliabilitySubmitClaimDocument, {
        input: { claimId: keyed.id, expectedVersion: keyed.version, overrideReason: 'Reliability test: submitted as is', idempotencyKey: 'submit-race-0001' },
      }),
    );
    expect(new Set(results.map((r) => (r.data?.submitClaim.__typename === 'ClaimPayload' ? r.data.submitClaim.claim.id : JSON.stringify(r))))).toEqual(new Set([keyed.id]));
    const keyedId = Buffer.from(keyed.id, 'base64').toString('utf8').split(':')[1] ?? '';
    expect(await db.prisma.claimStatusChange.count({ where: { claimId: keyedId, toStatus: 'SUBMITTED' } })).toBe(1);

    const unkeyed = await draftClaim(3);
    const raced = await all(50, () =>
      biller.execute(ReliabilitySubmitClaimDocument, {
        input: { claimId: unkeyed.id, expectedVersion: unkeyed.version, overrideReason: 'Reliability test: submitted as is' },
      }),
    );
    const kinds = raced.map((r) => r.data?.submitClaim.__typename ?? JSON.stringify(r.errors));
    expect(kinds.filter((k) => k === 'ClaimPayload')).toHaveLength(1);
    // A loser either saw the old version change under it (a conflict) or read the claim already submitted.
    expect(kinds.filter((k) => k !== 'ClaimPayload' && k !== 'VersionConflictError' && k !== 'InvalidStateError')).toEqual([]);
    const unkeyedId = Buffer.from(unkeyed.id, 'base64').toString('utf8').split(':')[1] ?? '';
    expect(await db.prisma.claimStatusChange.count({ where: { claimId: unkeyedId, toStatus: 'SUBMITTED' } })).toBe(1);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: unkeyedId } })).version).toBe(unkeyed.version + 1);
  });

  it('30 concurrent overlapping sessions of one provider: one recorded, 29 refused as overlapping (the provider’s lock)', async () => {
    const visit = await db.prisma.session.findFirstOrThrow({ where: { patient: { programId: null }, program: { isPart2: false } }, orderBy: { id: 'asc' } });
    const before = await db.prisma.session.count({ where: { providerId: visit.providerId } });
    const results = await all(30, (i) =>
      biller.execute(ReliabilityRecordSessionDocument, {
        input: {
          patientId: gid('Patient', visit.patientId),
          providerId: gid('Provider', visit.providerId),
          locationId: gid('Location', visit.locationId),
          // Each starts a minute after the one before and lasts 45 minutes: every pair overlaps.
          startTime: new Date(Date.parse('2026-06-27T02:00:00.000Z') + i * 60_000).toISOString(),
          endTime: new Date(Date.parse('2026-06-27T02:45:00.000Z') + i * 60_000).toISOString(),
          placeOfService: '11',
          procedureCode: '90834',
          idempotencyKey: `overlap-race-${i.toString().padStart(4, '0')}`,
        },
      }),
    );
    const kinds = results.map((r) => {
      const payload = r.data?.recordSession;
      return payload?.__typename === 'ValidationError' ? payload.issues.map((issue) => issue.code).join() : (payload?.__typename ?? JSON.stringify(r.errors));
    });
    expect(kinds.filter((k) => k === 'SessionPayload')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'OVERLAPPING_SESSION')).toHaveLength(29);
    expect(await db.prisma.session.count({ where: { providerId: visit.providerId } })).toBe(before + 1);
  });

  it('keys are per caller and per operation, and kept for the configured period only', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({
      where: { priority: 1, effectiveTo: null, patient: { programId: null } },
      orderBy: { id: 'asc' },
    });
    const input = {
      patientId: gid('Patient', coverage.patientId),
      coverageId: gid('Coverage', coverage.id),
      procedureCodes: ['90837'],
      unitType: 'VISITS' as const,
      unitsRequested: 8,
      startDate: '2026-07-01',
      endDate: '2026-09-30',
      idempotencyKey: 'authorization-key-0001',
    };
    const count = () => db.prisma.authorization.count({ where: { patientId: coverage.patientId, unitsRequested: 8, startDate: new Date('2026-07-01') } });
    const before = await count();
    const other = await api.as({ role: 'BILLER', subject: 'another-biller' });
    const [mine, theirs] = await Promise.all([
      all(30, () => biller.execute(ReliabilityRequestAuthorizationDocument, { input })),
      all(30, () => other.execute(ReliabilityRequestAuthorizationDocument, { input })),
    ]);
    const idsOf = (results: typeof mine) =>
      new Set(results.map((r) => (r.data?.requestAuthorization.__typename === 'AuthorizationPayload' ? r.data.requestAuthorization.authorization.id : JSON.stringify(r))));
    expect(idsOf(mine).size).toBe(1);
    expect(idsOf(theirs).size).toBe(1);
    expect([...idsOf(mine)][0]).not.toBe([...idsOf(theirs)][0]);
    expect(await count()).toBe(before + 2);

    // The same key on another operation is a reuse, not a replay.
    const session = await biller.execute(ReliabilityRecordSessionDocument, {
      input: {
        patientId: input.patientId,
        providerId: gid('Provider', (await db.prisma.provider.findFirstOrThrow({ orderBy: { id: 'asc' } })).id),
        locationId: gid('Location', (await db.prisma.location.findFirstOrThrow({ orderBy: { id: 'asc' } })).id),
        startTime: '2026-06-30T02:00:00.000Z',
        endTime: '2026-06-30T02:45:00.000Z',
        placeOfService: '11',
        procedureCode: '90834',
        idempotencyKey: input.idempotencyKey,
      },
    });
    expect(session.data?.recordSession.__typename).toBe('IdempotencyKeyReusedError');

    // Inside the retention period (1 hour here) a retry replays; after it the key is forgotten and purged.
    now = new Date(now.getTime() + 30 * 60_000);
    const replay = await biller.execute(ReliabilityRequestAuthorizationDocument, { input });
    expect(replay.data?.requestAuthorization).toMatchObject({ authorization: { id: [...idsOf(mine)][0] } });
    expect(await count()).toBe(before + 2);
    now = new Date(now.getTime() + 2 * 3_600_000);
    const fresh = await other.execute(ReliabilityRequestAuthorizationDocument, { input: { ...input, idempotencyKey: 'authorization-key-0002' } });
    expect(fresh.data?.requestAuthorization.__typename).toBe('AuthorizationPayload');
    // Both callers' expired keys were purged by the next keyed write, whoever made it.
    expect(await db.prisma.idempotencyKey.count({ where: { key: input.idempotencyKey } })).toBe(0);
    const renewed = await biller.execute(ReliabilityRequestAuthorizationDocument, { input });
    expect(renewed.data?.requestAuthorization.__typename).toBe('AuthorizationPayload');
    expect(await count()).toBe(before + 4);
  });
});
