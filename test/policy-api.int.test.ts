// The payer policies through the API: policy as data and its versions, the rule catalogue, who may
// bill, benefits used and left, PHP/IOP weeks, eligibility for a service, scrub and preflight.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EligibilityForServiceDocument,
  PatientBenefitsDocument,
  PayerPolicyOfDocument,
  PreflightDocument,
  ProviderCanBillDocument,
  RulesOfDocument,
  ScrubDocument,
} from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const PSYCHOTHERAPY = ['90832', '90833', '90834', '90836', '90837', '90838', '90846', '90847', '90853'];

describe(`payer policies through the API (${databaseKind})`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  const payers: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, {}, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
    for (const payer of await db.prisma.payer.findMany()) {
      payers[payer.policyId] = payer.id;
    }
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('describes a payer’s policy in force on a date, its versions and what changed', async () => {
    const id = gid('Payer', payers['northwind-health'] ?? '');
    const before = await api.execute(PayerPolicyOfDocument, { id, asOf: '2025-06-30' });
    const node = before.data?.node;
    expect(node && 'policyVersions' in node ? node.policyVersions.map((v) => [v.version, v.effectiveFrom, v.effectiveTo]) : null).toEqual([
      ['2024.1', '2024-01-01', '2025-06-30'],
      ['2025.2', '2025-07-01', null],
    ]);
    const policy = node && 'policy' in node ? node.policy : null;
    expect(policy?.__typename).toBe('PayerPolicy');
    if (policy?.__typename !== 'PayerPolicy') {
      return;
    }
    expect(policy.version.version).toBe('2024.1');
    expect(policy.fictional).toBe(true);
    expect(policy.credentialedTypes.map((c) => c.licensureType)).not.toContain('LMFT');
    expect(policy.benefitLimits).toEqual([{ limitId: 'psychotherapy', max: 20, count: 'VISITS', codes: PSYCHOTHERAPY }]);
    expect(policy.parityFlags.map((f) => f.code)).toContain('PARITY_QTL_NO_MEDSURG_ANALOG');
    expect(policy.timelyFilingDays).toBe(90);
    expect(policy.programs.find((p) => p.levelOfCare === 'PHP')).toMatchObject({ minHoursPerDay: 6, belowDayMinimum: 'DENY' });

    const after = await api.execute(PayerPolicyOfDocument, { id, asOf: '2025-07-01' });
    const later = after.data?.node && 'policy' in after.data.node ? after.data.node.policy : null;
    expect(later?.__typename === 'PayerPolicy' ? [later.version.version, later.benefitLimits[0]?.max, later.audioOnlyCovered] : null).toEqual(['2025.2', 30, true]);
    expect(later?.__typename === 'PayerPolicy' ? later.credentialedTypes.map((c) => c.licensureType) : []).toContain('LMFT');
  });

  it('describes a plan of a payer, and refuses an unknown plan or a date before the first version', async () => {
    const id = gid('Payer', payers['cascade-mutual'] ?? '');
    const basic = await api.execute(PayerPolicyOfDocument, { id, asOf: '2026-03-01', planCode: 'basic' });
    const policy = basic.data?.node && 'policy' in basic.data.node ? basic.data.node.policy : null;
    expect(policy?.__typename === 'PayerPolicy' ? [policy.planCode, policy.benefitLimits[0]?.max, policy.benefitYearStarts, policy.authorizationAfterVisits] : null).toEqual([
      'basic',
      20,
      '07-01',
      12,
    ]);
    const unknown = await api.execute(PayerPolicyOfDocument, { id, planCode: 'platinum' });
    const early = await api.execute(PayerPolicyOfDocument, { id, asOf: '2020-01-01' });
    const codes = [unknown, early].map((r) => {
      const p = r.data?.node && 'policy' in r.data.node ? r.data.node.policy : null;
      return p?.__typename === 'ValidationError' ? p.issues[0]?.code : null;
    });
    expect(codes).toEqual(['UNKNOWN_PLAN', 'NO_POLICY_VERSION']);
  });

  it('lists the rule catalogue of a date, custom rules and sources included', async () => {
    const result = await api.execute(RulesOfDocument, { payerId: gid('Payer', payers.medicare ?? ''), asOf: '2024-06-03' });
    const rules = result.data?.rules.__typename === 'QueryRulesSuccess' ? result.data.rules.data : [];
    expect(rules.length).toBeGreaterThan(20);
    const custom = rules.find((r) => r.ruleId === 'opps-program-bill-type');
    expect(custom).toMatchObject({ custom: true, family: 'custom', messages: [{ messageId: 'PROGRAM_BILL_TYPE', severity: 'DENY', carc: '5' }] });
    const credentialing = rules.find((r) => r.ruleId === 'provider-credentialed');
    expect(credentialing?.source.document).toContain('42 CFR 414.53');
    for (const rule of rules) {
      expect(rule.source.domainRef).toMatch(/^DOMAIN\.md §/);
    }
    const missing = await api.execute(RulesOfDocument, { payerId: gid('Payer', '00000000-0000-4000-8000-000000000000') });
    expect(missing.data?.rules.__typename).toBe('NotFoundError');
  });

  it('says whether a provider may bill a payer on a date, and why not', async () => {
    const lmft = await db.prisma.provider.findFirstOrThrow({ where: { licensureType: 'LMFT' }, orderBy: { npi: 'asc' } });
    const harbor = await api.execute(ProviderCanBillDocument, { id: gid('Provider', lmft.id), payerId: gid('Payer', payers['harbor-choice'] ?? ''), date: '2026-03-02' });
    const answer = harbor.data?.node && 'canBill' in harbor.data.node ? harbor.data.node.canBill : null;
    expect(answer?.__typename === 'CanBill' ? [answer.allowed, answer.licensureAccepted, answer.reasons.includes('LICENSURE_NOT_CREDENTIALED')] : null).toEqual([false, false, true]);

    const enrollment = await db.prisma.providerEnrollment.findFirstOrThrow({
      where: { status: 'ENROLLED', effectiveTo: null, effectiveFrom: { lte: new Date('2026-03-02') }, provider: { licensureType: 'LCSW' }, payer: { policyId: 'northwind-health' } },
      orderBy: { id: 'asc' },
    });
    const ok = await api.execute(ProviderCanBillDocument, { id: gid('Provider', enrollment.providerId), payerId: gid('Payer', enrollment.payerId), date: '2026-03-02', code: '90837' });
    const yes = ok.data?.node && 'canBill' in ok.data.node ? ok.data.node.canBill : null;
    expect(yes).toMatchObject({ __typename: 'CanBill', allowed: true, enrolled: true, rateFactor: 1, reasons: [], enrollmentStatus: 'ENROLLED' });
    const scope = await api.execute(ProviderCanBillDocument, { id: gid('Provider', enrollment.providerId), payerId: gid('Payer', enrollment.payerId), date: '2026-03-02', code: '90792' });
    const no = scope.data?.node && 'canBill' in scope.data.node ? scope.data.node.canBill : null;
    expect(no?.__typename === 'CanBill' ? no.reasons : null).toEqual(['CODE_NOT_IN_SCOPE']);
  });

  it('counts a patient’s benefits used and left this benefit year, as the database says', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({
      where: { payer: { policyId: 'northwind-health' }, effectiveTo: null, priority: 1, patient: { claims: { some: { lines: { some: { procedureCode: '90834' } } } } } },
      orderBy: { id: 'asc' },
    });
    const used = await db.prisma.claimLine.count({
      where: {
        procedureCode: { in: PSYCHOTHERAPY },
        serviceDate: { gte: new Date('2026-01-01'), lte: new Date(seedAnchorDate) },
        claim: { patientId: coverage.patientId, payerId: coverage.payerId, status: { notIn: ['DENIED', 'WRITTEN_OFF'] } },
      },
    });
    const result = await api.execute(PatientBenefitsDocument, { id: gid('Patient', coverage.patientId), date: '2026-05-12' });
    const node = result.data?.node;
    const benefits = node && 'benefits' in node ? node.benefits : [];
    expect(benefits).toEqual([
      { payerName: 'Northwind Health Plan (fictional)', limitId: 'psychotherapy', max: 30, used, left: Math.max(0, 30 - used), yearStart: '2026-01-01', yearEnd: '2026-12-31', policyVersion: '2025.2' },
    ]);
  });

  it('stands a PHP/IOP week against its payer’s thresholds, with the hours the program days hold', async () => {
    const day = await db.prisma.programDay.findFirstOrThrow({
      where: { levelOfCare: 'IOP', program: { isPart2: false }, patient: { coverages: { some: { payer: { policyId: 'northwind-health' }, priority: 1 } } } },
      include: { services: true },
      orderBy: { serviceDate: 'asc' },
    });
    const date = day.serviceDate.toISOString().slice(0, 10);
    const result = await api.execute(PatientBenefitsDocument, { id: gid('Patient', day.patientId), date });
    const week = result.data?.node && 'programWeek' in result.data.node ? result.data.node.programWeek : null;
    const standing = week?.days.find((d) => d.date === date);
    expect(standing?.hours).toBe(Math.round((day.services.reduce((sum, s) => sum + s.minutes, 0) / 60) * 100) / 100);
    expect(week).toMatchObject({ payerName: 'Northwind Health Plan (fictional)', minHoursPerDay: 3, minDaysPerWeek: 3 });
    expect((week?.weekStart ?? '') <= date && date <= (week?.weekEnd ?? '')).toBe(true);
  });

  it('scrubs a claim not yet saved against its payer and against every payer, writing nothing', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { payer: { policyId: 'northwind-health' }, priority: 1, effectiveTo: null }, orderBy: { id: 'asc' } });
    const provider = await db.prisma.provider.findFirstOrThrow({ where: { licensureType: 'LCSW' }, orderBy: { npi: 'asc' } });
    const claims = await db.prisma.claim.count();
    const input = {
      patientId: gid('Patient', coverage.patientId),
      renderingProviderId: gid('Provider', provider.id),
      diagnoses: ['F33.1'],
      lines: [{ serviceDate: '2026-06-22', procedureCode: '90837', placeOfService: '11', startTime: '2026-06-22T16:00:00.000Z', endTime: '2026-06-22T16:45:00.000Z' }],
    };
    const one = await api.execute(ScrubDocument, { input });
    const rows = one.data?.scrub.__typename === 'QueryScrubSuccess' ? one.data.scrub.data : [];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.judgement.payerPolicy).toBe('northwind-health');
    expect(rows[0]?.judgement.findings).toContainEqual({
      ruleId: 'time-based-code',
      messageId: 'TIME_CODE_NOT_SUPPORTED',
      severity: 'DENY',
      lineNumber: 1,
      suggestion: { kind: 'REPLACE_CODE', toCode: '90834' },
    });
    const matrix = await api.execute(ScrubDocument, { input: { ...input, allPayers: true } });
    const all = matrix.data?.scrub.__typename === 'QueryScrubSuccess' ? matrix.data.scrub.data : [];
    expect(all.map((r) => r.judgement.payerPolicy).sort()).toEqual(['cascade-mutual', 'example-medicaid', 'harbor-choice', 'medicare', 'northwind-health']);
    expect(await db.prisma.claim.count()).toBe(claims);

    // Codes of the right shape that are not in the code sets: typed issues, all of them at once.
    const unknown = await api.execute(ScrubDocument, { input: { ...input, diagnoses: ['z99.zzz'], lines: [{ serviceDate: '2026-06-22', procedureCode: '19999' }] } });
    expect(unknown.data?.scrub.__typename === 'ValidationError' ? unknown.data.scrub.issues.map((i) => [i.code, i.path.join('.')]).sort() : null).toEqual([
      ['UNKNOWN_ICD10_CODE', 'input.diagnoses.0'],
      ['UNKNOWN_PROCEDURE_CODE', 'input.lines.0.procedureCode'],
    ]);
    // Values without the shape of a code never reach the resolver: the scalar refuses them.
    const malformedCode = await api.execute(ScrubDocument, { input: { ...input, lines: [{ serviceDate: '2026-06-22', procedureCode: 'ABC' }] } });
    expect(malformedCode.data ?? null).toBeNull();
    expect(malformedCode.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(malformedCode.errors?.[0]?.message).toBe(
      'Variable "$input" got invalid value "ABC" at "input.lines[0].procedureCode"; ProcedureCode must be a CPT code (five digits) or a HCPCS Level II code (a letter and four digits).',
    );
    const malformedDiagnosis = await api.execute(ScrubDocument, { input: { ...input, diagnoses: ['F33.1', 'Z99.ZZZZ9'] } });
    expect(malformedDiagnosis.errors?.map((e) => [e.extensions?.code, e.message.match(/at "([^"]+)"/)?.[1]])).toEqual([['BAD_USER_INPUT', 'input.diagnoses[1]']]);
    expect(malformedDiagnosis.errors?.[0]?.message).toMatch(/ICD10Code must be an ICD-10-CM code/);
  });

  it('answers a preflight: coverage, authorization, sessions left, who may bill, the findings', async () => {
    const enrollment = await db.prisma.providerEnrollment.findFirstOrThrow({
      where: { status: 'ENROLLED', effectiveTo: null, provider: { licensureType: 'LCSW' }, payer: { policyId: 'northwind-health' } },
      orderBy: { id: 'asc' },
    });
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { payerId: enrollment.payerId, priority: 1, effectiveTo: null, patient: { diagnoses: { some: {} } } }, orderBy: { id: 'asc' } });
    const result = await api.execute(PreflightDocument, {
      input: { patientId: gid('Patient', coverage.patientId), providerId: gid('Provider', enrollment.providerId), procedureCode: '90834', date: '2026-07-06', minutes: 45 },
    });
    const preflight = result.data?.preflight;
    expect(preflight?.__typename).toBe('Preflight');
    if (preflight?.__typename !== 'Preflight') {
      return;
    }
    expect(preflight).toMatchObject({ payerName: 'Northwind Health Plan (fictional)', coverageInForce: true, covered: true, levelOfCare: 'OUTPATIENT', authorizationRequired: false });
    expect(preflight.canBill).toEqual({ allowed: true, reasons: [] });
    expect(preflight.sessionsLeft).toBe(preflight.benefits[0]?.left);
    expect(preflight.parityFlags.map((f) => f.code)).toContain('PARITY_QTL_NO_MEDSURG_ANALOG');
    expect(preflight.judgement?.willPay).toBe(!preflight.judgement?.findings.some((f) => f.severity === 'DENY'));
  });

  it('answers eligibility for a service: authorization needed, sessions left, credentialed licensures', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { payer: { policyId: 'northwind-health' }, priority: 1, effectiveTo: null }, orderBy: { id: 'asc' } });
    const iop = await api.execute(EligibilityForServiceDocument, { input: { memberId: coverage.memberId, payerCode: 'NWHP1', serviceDate: '2026-06-15', levelOfCare: 'IOP' } });
    expect(iop.data?.eligibility).toMatchObject({ __typename: 'Eligibility', covered: true, levelOfCare: 'IOP', authorizationRequired: true });
    const therapy = await api.execute(EligibilityForServiceDocument, { input: { memberId: coverage.memberId, payerCode: 'NWHP1', serviceDate: '2026-06-15', procedureCode: '90834' } });
    const answer = therapy.data?.eligibility;
    expect(answer).toMatchObject({ __typename: 'Eligibility', covered: true, levelOfCare: 'OUTPATIENT', sessionLimit: 30 });
    if (answer?.__typename === 'Eligibility') {
      expect((answer.sessionsUsed ?? 0) + (answer.sessionsLeft ?? 0)).toBe(30);
      expect(answer.credentialedLicensureTypes).toContain('LMFT');
    }
    const medicare = await db.prisma.coverage.findFirstOrThrow({ where: { payer: { policyId: 'medicare' }, effectiveTo: null }, orderBy: { id: 'asc' } });
    const hcode = await api.execute(EligibilityForServiceDocument, { input: { memberId: medicare.memberId, payerCode: 'MCRPB', serviceDate: '2026-06-15', procedureCode: 'H0004' } });
    expect(hcode.data?.eligibility).toMatchObject({ __typename: 'Eligibility', covered: false, reasons: ['SERVICE_NOT_COVERED'] });
  });
});
