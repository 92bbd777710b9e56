// The write side over HTTP with typed operations: sessions to claims, submission judged by the
// payer's policy, remittances, appeals, authorizations, level-of-care transitions, enrollments,
// coverages and consents; the failure paths write nothing.

import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateClaimFromSessionsDocument,
  DecideAuthorizationDocument,
  FileAppealDocument,
  GrantConsentDocument,
  RecordConcurrentReviewDocument,
  RecordProgramDayDocument,
  RecordRemittanceDocument,
  RecordSessionDocument,
  RequestAuthorizationDocument,
  ResolveAppealDocument,
  RevokeConsentDocument,
  SetCoverageDocument,
  SetEnrollmentDocument,
  SubmitClaimDocument,
  TransitionLevelOfCareDocument,
  UpdateDraftClaimDocument,
  WriteOffClaimDocument,
} from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const localId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';

type ClaimResult = ResultOf<typeof CreateClaimFromSessionsDocument>['createClaimFromSessions'];
function claimOf(result: ClaimResult | undefined) {
  if (result?.__typename !== 'ClaimPayload') {
    throw new Error(`expected a claim, got ${JSON.stringify(result)}`);
  }
  return result.claim;
}

describe(`writes (${databaseKind})`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let biller: Executor;
  /** A Medicaid patient, an LCSW enrolled with Medicaid, and the clinic. */
  let medicaid: { patientId: string; providerId: string; locationId: string };
  /** A Northwind patient, an LCSW enrolled with Northwind. */
  let northwind: { patientId: string; providerId: string; coverageId: string; payerId: string };
  let minute = 0;

  /** A session of `minutes` on 2026-06-29, at a night hour no seeded session takes. */
  async function session(who: { patientId: string; providerId: string }, code: string, minutes: number): Promise<string> {
    minute += 90;
    const start = new Date(Date.parse('2026-06-29T01:00:00.000Z') + minute * 60_000);
    const result = await biller.execute(RecordSessionDocument, {
      input: {
        patientId: gid('Patient', who.patientId),
        providerId: gid('Provider', who.providerId),
        locationId: gid('Location', medicaid.locationId),
        startTime: start.toISOString(),
        endTime: new Date(start.getTime() + minutes * 60_000).toISOString(),
        placeOfService: '11',
        procedureCode: code,
      },
    });
    const payload = result.data?.recordSession;
    if (payload?.__typename !== 'SessionPayload') {
      throw new Error(`session not recorded: ${JSON.stringify(result)}`);
    }
    return payload.session.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, {}, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
    biller = await api.as('BILLER');
    const enrolled = async (policyId: string) =>
      db.prisma.providerEnrollment.findFirstOrThrow({
        where: { status: 'ENROLLED', effectiveTo: null, effectiveFrom: { lte: new Date('2026-01-01') }, provider: { licensureType: 'LCSW' }, payer: { policyId } },
        orderBy: { id: 'asc' },
      });
    const patientOf = async (policyId: string) =>
      db.prisma.coverage.findFirstOrThrow({
        where: { payer: { policyId }, priority: 1, effectiveTo: null, effectiveFrom: { lte: new Date('2026-01-01') }, patient: { diagnoses: { some: { programId: null } }, programId: null } },
        orderBy: { id: 'asc' },
      });
    const location = await db.prisma.location.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
    const [m, mc, n, nc] = await Promise.all([enrolled('example-medicaid'), patientOf('example-medicaid'), enrolled('northwind-health'), patientOf('northwind-health')]);
    medicaid = { patientId: mc.patientId, providerId: m.providerId, locationId: location.id };
    northwind = { patientId: nc.patientId, providerId: n.providerId, coverageId: nc.id, payerId: nc.payerId };
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('records sessions, and refuses overlapping, backwards and future ones with typed errors', async () => {
    const start = '2026-06-28T03:00:00.000Z';
    const input = {
      patientId: gid('Patient', medicaid.patientId),
      providerId: gid('Provider', medicaid.providerId),
      locationId: gid('Location', medicaid.locationId),
      startTime: start,
      endTime: '2026-06-28T03:50:00.000Z',
      placeOfService: '11',
      procedureCode: '90834',
    };
    const first = await biller.execute(RecordSessionDocument, { input });
    expect(first.data?.recordSession.__typename).toBe('SessionPayload');
    const sessions = await db.prisma.session.count();
    const overlap = await biller.execute(RecordSessionDocument, { input: { ...input, startTime: '2026-06-28T03:30:00.000Z', endTime: '2026-06-28T04:00:00.000Z' } });
    const backwards = await biller.execute(RecordSessionDocument, { input: { ...input, startTime: '2026-06-28T06:00:00.000Z', endTime: '2026-06-28T05:00:00.000Z' } });
    const future = await biller.execute(RecordSessionDocument, { input: { ...input, startTime: '2026-07-02T06:00:00.000Z', endTime: '2026-07-02T07:00:00.000Z' } });
    const badCode = await biller.execute(RecordSessionDocument, { input: { ...input, startTime: '2026-06-28T08:00:00.000Z', endTime: '2026-06-28T09:00:00.000Z', procedureCode: '12345', placeOfService: '1' } });
    const codes = [overlap, backwards, future, badCode].map((r) => {
      const e = r.data?.recordSession;
      return e?.__typename === 'ValidationError' ? e.issues.map((i) => i.code).sort() : e?.__typename;
    });
    expect(codes).toEqual([['OVERLAPPING_SESSION'], ['END_BEFORE_START'], ['DATE_IN_FUTURE'], ['INVALID_PLACE_OF_SERVICE', 'UNKNOWN_PROCEDURE_CODE']]);
    expect(await db.prisma.session.count()).toBe(sessions);
  });

  it('creates a draft from sessions with the codes the minutes support, and submits it once its deny findings are fixed', async () => {
    const sessionId = await session(medicaid, '90837', 45);
    const created = claimOf((await biller.execute(CreateClaimFromSessionsDocument, { input: { sessionIds: [sessionId] } })).data?.createClaimFromSessions);
    expect(created.status).toBe('DRAFT');
    expect(created.lines.map((l) => [l.procedureCode, l.units, l.chargeAmount])).toEqual([['90834', 1, '150.00']]);
    expect(created.diagnoses?.length).toBeGreaterThan(0);
    expect(created.statusHistory.map((h) => h.toStatus)).toEqual(['DRAFT']);
    expect(created.judgement?.findings.map((f) => f.messageId)).toContain('LICENSURE_MODIFIER_MISSING');

    const again = await biller.execute(CreateClaimFromSessionsDocument, { input: { sessionIds: [sessionId] } });
    const billed = again.data?.createClaimFromSessions;
    expect(billed?.__typename === 'ValidationError' ? billed.issues.map((i) => i.code) : null).toEqual(['SESSION_ALREADY_BILLED']);

    const refused = await biller.execute(SubmitClaimDocument, { input: { claimId: created.id, expectedVersion: created.version } });
    const deny = refused.data?.submitClaim;
    expect(deny?.__typename).toBe('DenyFindingsError');
    expect(deny?.__typename === 'DenyFindingsError' ? deny.findings.find((f) => f.messageId === 'LICENSURE_MODIFIER_MISSING')?.suggestion : null).toEqual({
      kind: 'ADD_MODIFIER',
      modifier: 'HO',
    });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: localId(created.id) } })).status).toBe('DRAFT');

    const line = created.lines[0];
    const withModifier = [{ serviceDate: '2026-06-29', procedureCode: line?.procedureCode ?? '90834', modifiers: ['HO'], units: 1, chargeAmount: '150.00', placeOfService: '11', diagnosisPointers: [1], minutes: 45 }];
    const stale = await biller.execute(UpdateDraftClaimDocument, {
      input: { claimId: created.id, expectedVersion: created.version - 1, lines: withModifier },
    });
    expect(stale.data?.updateDraftClaim).toMatchObject({ __typename: 'VersionConflictError', expectedVersion: created.version - 1, currentVersion: created.version });
    const fixed = claimOf(
      (
        await biller.execute(UpdateDraftClaimDocument, {
          input: {
            claimId: created.id,
            expectedVersion: created.version,
            lines: withModifier,
          },
        })
      ).data?.updateDraftClaim as ClaimResult,
    );
    expect(fixed.version).toBe(created.version + 1);
    expect(fixed.judgement?.willPay).toBe(true);
    const submitted = claimOf((await biller.execute(SubmitClaimDocument, { input: { claimId: fixed.id, expectedVersion: fixed.version } })).data?.submitClaim as ClaimResult);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedPolicyVersion: '2025.2', overrideReason: null, frequencyCode: '1' });
    expect(submitted.statusHistory.map((h) => h.toStatus)).toEqual(['DRAFT', 'SUBMITTED']);

    const events = await db.prisma.auditEvent.findMany({ where: { recordId: localId(created.id), action: { in: ['CREATE', 'UPDATE'] } } });
    expect(events.map((e) => e.action).sort()).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
  });

  it('submits over deny findings only with a reason, and keeps the findings it was submitted under; retries are idempotent', async () => {
    const created = claimOf(
      (await biller.execute(CreateClaimFromSessionsDocument, { input: { sessionIds: [await session(medicaid, '90834', 50)] } })).data?.createClaimFromSessions,
    );
    const input = { claimId: created.id, expectedVersion: created.version, overrideReason: 'Payer confirmed by phone that HO is not required for this plan', idempotencyKey: 'submit-0001-retry-test' };
    const first = claimOf((await biller.execute(SubmitClaimDocument, { input })).data?.submitClaim as ClaimResult);
    expect(first.status).toBe('SUBMITTED');
    expect(first.overrideReason).toBe(input.overrideReason);
    expect(first.submittedFindings?.map((f) => f.messageId)).toContain('LICENSURE_MODIFIER_MISSING');
    const retry = claimOf((await biller.execute(SubmitClaimDocument, { input })).data?.submitClaim as ClaimResult);
    expect(retry.id).toBe(first.id);
    expect(retry.statusHistory).toHaveLength(2);
    const reused = await biller.execute(SubmitClaimDocument, { input: { ...input, overrideReason: 'another reason' } });
    expect(reused.data?.submitClaim.__typename).toBe('IdempotencyKeyReusedError');
    const twice = await biller.execute(SubmitClaimDocument, { input: { claimId: created.id, expectedVersion: first.version } });
    expect(twice.data?.submitClaim).toMatchObject({ __typename: 'InvalidStateError', currentState: 'SUBMITTED' });
  });

  it('posts a denial, files an appeal flagged for parity, upholds it, and writes the claim off', async () => {
    const created = claimOf(
      (await biller.execute(CreateClaimFromSessionsDocument, { input: { sessionIds: [await session(northwind, '90834', 45)] } })).data?.createClaimFromSessions,
    );
    const submitted = claimOf((await biller.execute(SubmitClaimDocument, { input: { claimId: created.id, expectedVersion: created.version } })).data?.submitClaim as ClaimResult);
    const remittance = {
      claimId: submitted.id,
      payerClaimControlNumber: 'NWH-TEST-000001',
      paidAmount: '0',
      patientResponsibility: '0',
      paidOn: '2026-06-30',
      adjustments: [{ group: 'CO' as const, reasonCode: '197', amount: submitted.totalCharge }],
      remarkCodes: ['M62'],
    };
    const unbalanced = await biller.execute(RecordRemittanceDocument, { input: { ...remittance, adjustments: [{ group: 'CO' as const, reasonCode: '197', amount: '1.00' }] } });
    expect(unbalanced.data?.recordRemittance.__typename === 'ValidationError' ? unbalanced.data.recordRemittance.issues[0]?.code : null).toBe('UNBALANCED');
    const denied = await biller.execute(RecordRemittanceDocument, { input: remittance });
    expect(denied.data?.recordRemittance).toMatchObject({ __typename: 'RemittancePayload', claim: { status: 'DENIED' }, remittance: { paidAmount: '0.00', claimStatusCode: '4' } });
    const repeat = await biller.execute(RecordRemittanceDocument, { input: remittance });
    expect(repeat.data?.recordRemittance.__typename).toBe('RemittancePayload');
    expect(await db.prisma.remittance.count({ where: { payerClaimControlNumber: 'NWH-TEST-000001' } })).toBe(1);
    const conflicting = await biller.execute(RecordRemittanceDocument, { input: { ...remittance, paidAmount: '10.00', adjustments: [{ group: 'CO' as const, reasonCode: '45', amount: (Number(submitted.totalCharge) - 10).toFixed(2) }] } });
    expect(conflicting.data?.recordRemittance.__typename === 'ValidationError' ? conflicting.data.recordRemittance.issues[0]?.code : null).toBe('REMITTANCE_ALREADY_POSTED');

    const appeal = await biller.execute(FileAppealDocument, { input: { claimId: submitted.id, reason: 'Visits 1-12 need no authorization under the plan.' } });
    const filed = appeal.data?.fileAppeal;
    expect(filed).toMatchObject({ __typename: 'AppealPayload', claim: { status: 'APPEALED' }, appeal: { level: 1, status: 'FILED', parityFlag: true } });
    const appealId = filed?.__typename === 'AppealPayload' ? filed.appeal.id : '';
    const upheld = await biller.execute(ResolveAppealDocument, { input: { appealId, outcome: 'UPHELD', resolution: 'Denial upheld' } });
    expect(upheld.data?.resolveAppeal).toMatchObject({ claim: { status: 'DENIED' }, appeal: { status: 'UPHELD', resolvedOn: seedAnchorDate } });
    const version = (await db.prisma.claim.findUniqueOrThrow({ where: { id: localId(submitted.id) } })).version;
    const off = await biller.execute(WriteOffClaimDocument, { input: { claimId: submitted.id, expectedVersion: version, reason: 'Appeal upheld' } });
    expect(off.data?.writeOffClaim).toMatchObject({ __typename: 'ClaimPayload', claim: { status: 'WRITTEN_OFF' } });
    const final = await biller.execute(WriteOffClaimDocument, { input: { claimId: submitted.id, expectedVersion: version + 1, reason: 'again' } });
    expect(final.data?.writeOffClaim).toMatchObject({ __typename: 'InvalidStateError', currentState: 'WRITTEN_OFF' });
  });

  it('requests, approves and reviews an authorization, refusing stale versions', async () => {
    const requested = await biller.execute(RequestAuthorizationDocument, {
      input: {
        patientId: gid('Patient', northwind.patientId),
        coverageId: gid('Coverage', northwind.coverageId),
        levelOfCare: 'IOP',
        unitType: 'DAYS',
        unitsRequested: 12,
        startDate: '2026-07-06',
        endDate: '2026-08-02',
      },
    });
    const auth = requested.data?.requestAuthorization;
    expect(auth).toMatchObject({ __typename: 'AuthorizationPayload', authorization: { status: 'REQUESTED', version: 1, unitsApproved: 0 } });
    const id = auth?.__typename === 'AuthorizationPayload' ? auth.authorization.id : '';
    const approved = await biller.execute(DecideAuthorizationDocument, { input: { authorizationId: id, expectedVersion: 1, decision: 'APPROVED', unitsApproved: 12, authNumber: 'PA-TEST-1' } });
    expect(approved.data?.decideAuthorization).toMatchObject({ authorization: { status: 'APPROVED', version: 2, unitsApproved: 12, unitsLeft: 12 } });
    const decidedAgain = await biller.execute(DecideAuthorizationDocument, { input: { authorizationId: id, expectedVersion: 2, decision: 'DENIED' } });
    expect(decidedAgain.data?.decideAuthorization.__typename).toBe('InvalidStateError');
    const stale = await biller.execute(RecordConcurrentReviewDocument, { input: { authorizationId: id, expectedVersion: 1, reviewedOn: '2026-06-30', outcome: 'CONTINUED', unitsAdded: 4 } });
    expect(stale.data?.recordConcurrentReview).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 2 });
    const reviewed = await biller.execute(RecordConcurrentReviewDocument, {
      input: { authorizationId: id, expectedVersion: 2, reviewedOn: '2026-06-30', outcome: 'CONTINUED', unitsAdded: 4, nextReviewDue: '2026-07-20' },
    });
    expect(reviewed.data?.recordConcurrentReview).toMatchObject({ authorization: { version: 3, unitsApproved: 16, nextReviewDue: '2026-07-20', reviews: [{ outcome: 'CONTINUED', unitsAdded: 4 }] } });
  });

  it('moves a patient to another level of care and says the new level needs its own authorization', async () => {
    const episode = await db.prisma.episode.findFirstOrThrow({
      where: { status: 'OPEN', levelOfCare: 'PHP', program: { isPart2: false }, startDate: { lt: new Date('2026-06-25') } },
      orderBy: { id: 'asc' },
    });
    const clinician = await api.as('CLINICIAN');
    const result = await clinician.execute(TransitionLevelOfCareDocument, {
      input: { episodeId: gid('Episode', episode.id), toLevel: 'IOP', transitionOn: '2026-07-01', reason: 'Met criteria for IOP' },
    });
    const moved = result.data?.transitionLevelOfCare;
    expect(moved).toMatchObject({
      __typename: 'LevelOfCareTransitionPayload',
      direction: 'STEP_DOWN',
      fromEpisode: { status: 'CLOSED', endDate: '2026-06-30', levelOfCare: 'PHP' },
      toEpisode: { status: 'OPEN', startDate: '2026-07-01', levelOfCare: 'IOP' },
    });
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { patientId: episode.patientId, priority: 1 }, include: { payer: true } });
    expect(moved?.__typename === 'LevelOfCareTransitionPayload' ? moved.authorizationRequired : null).toBe(coverage.payer.policyId !== 'medicare');
    const twice = await clinician.execute(TransitionLevelOfCareDocument, { input: { episodeId: gid('Episode', episode.id), toLevel: 'OUTPATIENT', transitionOn: '2026-07-02' } });
    expect(twice.data?.transitionLevelOfCare).toMatchObject({ __typename: 'InvalidStateError', currentState: 'CLOSED' });
  });

  it('records program days once per day, and enrollments, coverages and consents with optimistic concurrency', async () => {
    const day = await db.prisma.programDay.findFirstOrThrow({ where: { program: { isPart2: false } }, orderBy: { id: 'asc' } });
    const clinician = await api.as('CLINICIAN');
    const duplicate = await clinician.execute(RecordProgramDayDocument, {
      input: {
        patientId: gid('Patient', day.patientId),
        programId: gid('Program', day.programId),
        locationId: gid('Location', day.locationId),
        serviceDate: day.serviceDate.toISOString().slice(0, 10),
        levelOfCare: day.levelOfCare,
        services: [{ procedureCode: '90853', minutes: 60 }],
      },
    });
    expect(duplicate.data?.recordProgramDay.__typename === 'ValidationError' ? duplicate.data.recordProgramDay.issues[0]?.code : null).toBe('PROGRAM_DAY_EXISTS');

    const admin = api;
    const enrollment = await admin.execute(SetEnrollmentDocument, {
      input: { providerId: gid('Provider', northwind.providerId), payerId: gid('Payer', northwind.payerId), status: 'PENDING' },
    });
    expect(enrollment.data?.setEnrollment).toMatchObject({ __typename: 'EnrollmentPayload', enrollment: { status: 'PENDING', version: 1 } });
    const enrollmentId = enrollment.data?.setEnrollment.__typename === 'EnrollmentPayload' ? enrollment.data.setEnrollment.enrollment.id : '';
    const enrolledWithoutDate = await admin.execute(SetEnrollmentDocument, {
      input: { enrollmentId, expectedVersion: 1, providerId: gid('Provider', northwind.providerId), payerId: gid('Payer', northwind.payerId), status: 'ENROLLED' },
    });
    expect(enrolledWithoutDate.data?.setEnrollment.__typename === 'ValidationError' ? enrolledWithoutDate.data.setEnrollment.issues[0]?.code : null).toBe('EFFECTIVE_DATE_REQUIRED');
    const byBiller = await biller.execute(SetEnrollmentDocument, {
      input: { providerId: gid('Provider', northwind.providerId), payerId: gid('Payer', northwind.payerId), status: 'PENDING' },
    });
    expect(byBiller.errors?.[0]?.message).toMatch(/not authorized/i);

    const coverage = await db.prisma.coverage.findUniqueOrThrow({ where: { id: northwind.coverageId } });
    const base = {
      coverageId: gid('Coverage', coverage.id),
      patientId: gid('Patient', coverage.patientId),
      payerId: gid('Payer', coverage.payerId),
      memberId: coverage.memberId,
      planName: coverage.planName,
      effectiveFrom: coverage.effectiveFrom.toISOString().slice(0, 10),
    };
    const ended = await biller.execute(SetCoverageDocument, { input: { ...base, expectedVersion: coverage.version, effectiveTo: '2026-12-31' } });
    expect(ended.data?.setCoverage).toMatchObject({ __typename: 'CoveragePayload', coverage: { version: coverage.version + 1, effectiveTo: '2026-12-31' } });
    const stale = await biller.execute(SetCoverageDocument, { input: { ...base, expectedVersion: coverage.version } });
    expect(stale.data?.setCoverage).toMatchObject({ __typename: 'VersionConflictError', currentVersion: coverage.version + 1 });
    const unknownPlan = await biller.execute(SetCoverageDocument, { input: { ...base, expectedVersion: coverage.version + 1, planCode: 'platinum' } });
    expect(unknownPlan.data?.setCoverage.__typename === 'ValidationError' ? unknownPlan.data.setCoverage.issues[0]?.code : null).toBe('UNKNOWN_PLAN');

    const part2 = await db.prisma.patient.findFirstOrThrow({ where: { program: { isPart2: true } }, orderBy: { id: 'asc' } });
    const granted = await admin.execute(GrantConsentDocument, {
      input: {
        patientId: gid('Patient', part2.id),
        programId: gid('Program', part2.programId ?? ''),
        scope: 'BILLING_INFORMATION_ONLY',
        purposes: ['PAYMENT'],
        recipientName: 'My health plans',
        signedOn: '2026-06-30',
        expiresOn: '2027-06-30',
      },
    });
    expect(granted.data?.grantConsent.__typename).toBe('ConsentPayload');
    const consentId = granted.data?.grantConsent.__typename === 'ConsentPayload' ? granted.data.grantConsent.consent.id : '';
    const revoked = await admin.execute(RevokeConsentDocument, { input: { consentId } });
    expect(revoked.data?.revokeConsent.__typename).toBe('ConsentPayload');
    expect((await db.prisma.part2Consent.findUniqueOrThrow({ where: { id: localId(consentId) } })).revokedAt).not.toBeNull();
    const again = await admin.execute(RevokeConsentDocument, { input: { consentId } });
    expect(again.data?.revokeConsent.__typename).toBe('InvalidStateError');
  });

  it('lets only the roles that write billing data write it', async () => {
    const analyst = await api.as('ANALYST');
    const clinician = await api.as('CLINICIAN');
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { status: 'DRAFT', program: { isPart2: false } }, orderBy: { id: 'asc' } });
    const asClinician = await clinician.execute(SubmitClaimDocument, { input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version } });
    const asAnalyst = await analyst.execute(SubmitClaimDocument, { input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version } });
    for (const result of [asClinician, asAnalyst]) {
      expect(result.errors?.[0]?.message).toMatch(/not authorized/i);
    }
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('DRAFT');
  });
});
