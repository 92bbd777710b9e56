// The security review's findings on derived answers (../shared/security/FINDINGS-2026-12.md, F3,
// F5, F6, F9), each as a test of its own: a count, a week, an error or an audit trail computed
// from what the caller may not see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import {
  AuditTrailDocument,
  EligibilityForServiceDocument,
  PatientBenefitsDocument,
  PreflightDocument,
  ScrubDocument,
  SubmitClaimDocument,
} from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe(`the review's findings on derived answers, on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let biller: Executor;
  let sudProgramId: string;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, {}, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
    biller = await api.as('BILLER');
    sudProgramId = (await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } })).id;
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  /**
   * A patient of the recovery program (42 CFR Part 2) with a payer that has IOP thresholds, whose
   * one consent names the organization, for payment, for billing information only.
   */
  async function billingOnlyPatient() {
    const coverage = await db.prisma.coverage.findFirstOrThrow({
      where: { payer: { policyId: 'northwind-health' }, priority: 1, effectiveTo: null, patient: { programId: sudProgramId } },
      orderBy: { id: 'asc' },
    });
    await db.prisma.part2Consent.deleteMany({ where: { patientId: coverage.patientId } });
    await db.prisma.part2Consent.create({
      data: {
        patientId: coverage.patientId,
        programId: sudProgramId,
        scope: 'BILLING_INFORMATION_ONLY',
        purposes: ['PAYMENT'],
        recipientName: 'Riverbend Behavioral Health billing office',
        recipientOrganizationId: coverage.organizationId,
        signedOn: new Date('2026-01-02T00:00:00Z'),
      },
    });
    return { ...coverage, programId: sudProgramId };
  }

  it('F3: a hidden Part 2 visit counts in no visible patient’s benefits, eligibility or preflight', async () => {
    // A patient of no Part 2 program, with outpatient psychotherapy billed this year.
    const coverage = await db.prisma.coverage.findFirstOrThrow({
      where: {
        payer: { policyId: 'northwind-health' },
        effectiveTo: null,
        priority: 1,
        patient: { programId: null, claims: { some: { program: { isPart2: false }, lines: { some: { procedureCode: '90834' } } } } },
      },
      orderBy: { id: 'asc' },
    });
    const template = await db.prisma.claim.findFirstOrThrow({
      where: { patientId: coverage.patientId, payerId: coverage.payerId, program: { isPart2: false }, lines: { some: { procedureCode: '90834' } } },
      include: { lines: true },
    });
    const line = template.lines[0] ?? expect.fail('a line');
    const patient = gid('Patient', coverage.patientId);
    const provider = gid('Provider', line.renderingProviderId ?? template.renderingProviderId ?? expect.fail('a provider'));
    const ask = async (caller: Executor) => {
      const benefits = await caller.execute(PatientBenefitsDocument, { id: patient, date: seedAnchorDate });
      const eligibility = await caller.execute(EligibilityForServiceDocument, {
        input: { memberId: coverage.memberId, payerCode: 'NWHP1', procedureCode: '90834', serviceDate: seedAnchorDate },
      });
      const preflight = await caller.execute(PreflightDocument, {
        input: { patientId: patient, providerId: provider, date: seedAnchorDate, procedureCode: '90834' },
      });
      expect(benefits.errors ?? eligibility.errors ?? preflight.errors).toBeUndefined();
      const node = benefits.data?.node;
      const e = eligibility.data?.eligibility;
      const p = preflight.data?.preflight;
      return {
        used: node && 'benefits' in node ? node.benefits.map((b) => b.used) : null,
        sessionsUsed: e?.__typename === 'Eligibility' ? e.sessionsUsed : null,
        sessionsLeft: p?.__typename === 'Preflight' ? p.sessionsLeft : null,
      };
    };
    const before = { biller: await ask(biller), admin: await ask(api) };
    expect(before.biller.used?.length).toBeGreaterThan(0);

    // A visit of the recovery program (42 CFR Part 2), billed for the same patient: its staff
    // (the demo administrator) see it; the biller, outside the program and with no consent, may not.
    await db.prisma.claim.create({
      data: {
        organizationId: template.organizationId,
        patientId: template.patientId,
        payerId: template.payerId,
        coverageId: template.coverageId,
        billingLocationId: template.billingLocationId,
        renderingProviderId: template.renderingProviderId,
        programId: sudProgramId,
        status: 'SUBMITTED',
        patientControlNumber: 'F3HIDDEN01',
        serviceFrom: new Date(`${seedAnchorDate}T00:00:00Z`),
        serviceTo: new Date(`${seedAnchorDate}T00:00:00Z`),
        totalCharge: line.chargeAmount,
        lines: {
          create: [
            {
              lineNumber: 1,
              serviceDate: new Date(`${seedAnchorDate}T00:00:00Z`),
              procedureCode: '90834',
              modifiers: [],
              units: 1,
              chargeAmount: line.chargeAmount,
              placeOfService: '11',
              diagnosisPointers: [],
              renderingProviderId: line.renderingProviderId,
            },
          ],
        },
      },
    });
    const after = { biller: await ask(biller), admin: await ask(api) };

    // The program's staff count it (the visit is real, and counted where it may be seen) ...
    expect(after.admin.used?.[0]).toBe((before.admin.used?.[0] ?? 0) + 1);
    expect(after.admin.sessionsUsed).toBe((before.admin.sessionsUsed ?? 0) + 1);
    // ... and the biller's answers are what they were: nothing tells of the hidden visit.
    expect(after.biller).toEqual(before.biller);
  });

  it('F5: a program week counts no day whose details a billing-only consent withholds', async () => {
    const consent = await billingOnlyPatient();
    const program = await db.prisma.program.findUniqueOrThrow({ where: { id: consent.programId } });
    const location = program.locationId ?? (await db.prisma.location.findFirstOrThrow()).id;
    const day = '2026-06-24';
    await db.prisma.programDay.deleteMany({ where: { patientId: consent.patientId, serviceDate: new Date(`${day}T00:00:00Z`) } });
    await db.prisma.programDay.create({
      data: {
        patientId: consent.patientId,
        programId: program.id,
        locationId: location,
        levelOfCare: 'IOP',
        serviceDate: new Date(`${day}T00:00:00Z`),
        services: { create: [{ procedureCode: 'H0015', minutes: 190 }] },
      },
    });
    const week = async (caller: Executor) => {
      const result = await caller.execute(PatientBenefitsDocument, { id: gid('Patient', consent.patientId), date: day });
      expect(result.errors).toBeUndefined();
      const node = result.data?.node;
      return node && 'programWeek' in node ? node.programWeek : null;
    };
    // The program's staff see the day, its hours and its level of care ...
    const staff = await week(api);
    expect(staff?.days.find((d) => d.date === day)?.hours).toBeCloseTo(3.17, 2);
    // ... the biller, under a consent for billing information only, learns neither: no hours,
    // and asking by level of care tells IOP from PHP no more than the redacted episode does.
    const billing = await week(biller);
    expect(billing?.days.find((d) => d.date === day) ?? null).toBeNull();
    expect(billing?.hours ?? 0).toBe(0);
  });

  it('F6: a refused submission names no finding of a claim whose details a billing-only consent withholds', async () => {
    const coverage = await billingOnlyPatient();
    const template = await db.prisma.claim.findFirstOrThrow({ where: { patientId: coverage.patientId }, include: { lines: true } });
    // A draft of the recovery program from long ago: past every payer's filing limit, so denied.
    const claim = await db.prisma.claim.create({
      data: {
        organizationId: template.organizationId,
        patientId: template.patientId,
        payerId: coverage.payerId,
        coverageId: coverage.id,
        billingLocationId: template.billingLocationId,
        renderingProviderId: template.renderingProviderId,
        programId: sudProgramId,
        status: 'DRAFT',
        patientControlNumber: 'F6DRAFT001',
        serviceFrom: new Date('2024-02-05T00:00:00Z'),
        serviceTo: new Date('2024-02-05T00:00:00Z'),
        totalCharge: '120.00',
        lines: {
          create: [
            { lineNumber: 1, serviceDate: new Date('2024-02-05T00:00:00Z'), procedureCode: 'H0004', modifiers: [], units: 4, chargeAmount: '120.00', placeOfService: '57', diagnosisPointers: [] },
          ],
        },
      },
    });
    const submit = (caller: Executor) => caller.execute(SubmitClaimDocument, { input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version } });
    // The program's staff are told why ...
    const staff = (await submit(api)).data?.submitClaim;
    expect(staff?.__typename).toBe('DenyFindingsError');
    expect(staff?.__typename === 'DenyFindingsError' ? staff.findings.length : 0).toBeGreaterThan(0);
    // ... the biller learns that the claim would be denied (the submission is refused), but not
    // the findings, whose messages and data name the withheld codes.
    const billing = (await submit(biller)).data?.submitClaim;
    expect(billing?.__typename).toBe('DenyFindingsError');
    expect(billing?.__typename === 'DenyFindingsError' ? billing.findings : null).toEqual([]);
    expect(JSON.stringify(billing)).not.toContain('H0004');
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe('DRAFT');
  });

  it('F9: preflight, scrub and eligibility are in the disclosure report of the patient they were about', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({
      where: { payer: { payerCode: 'NWHP1' }, priority: 1, effectiveTo: null, patient: { programId: null } },
      orderBy: { id: 'asc' },
    });
    const provider = await db.prisma.provider.findFirstOrThrow({ where: { licensureType: 'LCSW' }, orderBy: { id: 'asc' } });
    const patient = gid('Patient', coverage.patientId);
    const asks = {
      'f9-preflight': { query: print(PreflightDocument), variables: { input: { patientId: patient, providerId: gid('Provider', provider.id), date: seedAnchorDate, procedureCode: '90834' } } },
      'f9-scrub': {
        query: print(ScrubDocument),
        variables: {
          input: {
            patientId: patient,
            renderingProviderId: gid('Provider', provider.id),
            diagnoses: ['F33.1'],
            lines: [{ serviceDate: '2026-06-22', procedureCode: '90834', placeOfService: '11', startTime: '2026-06-22T16:00:00.000Z', endTime: '2026-06-22T16:53:00.000Z' }],
          },
        },
      },
      'f9-eligibility': { query: print(EligibilityForServiceDocument), variables: { input: { memberId: coverage.memberId, payerCode: 'NWHP1', serviceDate: seedAnchorDate } } },
    };
    for (const [requestId, body] of Object.entries(asks)) {
      const response = await biller.post(body, { 'x-request-id': requestId });
      const result = (await response.json()) as { data?: Record<string, { __typename?: string }>; errors?: unknown };
      expect(result.errors, requestId).toBeUndefined();
      expect(Object.values(result.data ?? {})[0]?.__typename, requestId).toMatch(/^(Preflight|QueryScrubSuccess|Eligibility)$/);
    }
    // Every event of those requests names the patient ...
    const events = await db.prisma.auditEvent.findMany({ where: { requestId: { in: Object.keys(asks) } } });
    expect(new Set(events.map((e) => e.requestId))).toEqual(new Set(Object.keys(asks)));
    expect(events.filter((e) => e.patientId !== coverage.patientId).map((e) => `${e.requestId} ${e.recordType}`)).toEqual([]);
    // ... and the auditor's report of the patient's disclosures lists each request.
    const auditor = await api.as('AUDITOR');
    const report = await auditor.execute(AuditTrailDocument, { first: 100, filter: { patientId: patient, subject: 'demo-biller' } });
    expect(report.errors).toBeUndefined();
    const reported = new Set(report.data?.auditEvents.edges.map((e) => e.node.requestId));
    expect(Object.keys(asks).filter((id) => !reported.has(id))).toEqual([]);
  });
});
