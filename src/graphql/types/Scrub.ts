// Judging what is not saved yet: `scrub` (a claim being prepared, against its payer or every
// payer: a what-if matrix) and `preflight` (one call before an appointment: coverage, the
// service's requirements, sessions left, whether the provider may bill, the findings the claim
// would get, parity flags). Nothing is written.

import { inForceOn } from '../../services/coverage.ts';
import type { Path } from 'graphql/jsutils/Path';
import type { Context } from '../../context.ts';
import { fromCents, toCents, chargeFor } from '../../domain/charge-master.ts';
import { isoDate } from '../../domain/dates.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { snapshotsOf, type ClaimSource } from '../../loaders/claim-snapshots.ts';
import { benefitStatus, canBill, planOn, serviceRequirements } from '../../policy/answers.ts';
import { evaluateClaim, policyFor } from '../../policy/engine.ts';
import { codeMatches } from '../../policy/codes.ts';
import { parityFlags } from '../../policy/parity.ts';
import type { EvaluationResult, LevelOfCare as Level } from '../../policy/types.ts';
import { checkDiagnoses, Issues, MAX_POINTERS } from '../../services/validate.ts';
import { access, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { ClaimType } from './Claim.ts';
import { LevelOfCare, TelehealthModality } from './enums.ts';
import { JudgementRef } from './Finding.ts';
import { ParityFlagRef } from './PayerPolicy.ts';
import { BenefitRef, CanBillRef } from './PolicyAnswers.ts';

const ScrubLineInput = builder.inputType('ScrubLineInput', {
  description: 'A service line of a claim being scrubbed.',
  fields: (t) => ({
    serviceDate: t.field({ type: 'Date', required: true, description: 'Date of service.' }),
    procedureCode: t.field({ type: 'ProcedureCode', required: true, description: 'CPT or HCPCS Level II code.' }),
    modifiers: t.stringList({ required: false, description: 'Up to four modifiers.' }),
    units: t.int({ required: false, defaultValue: 1, description: 'Units (1 by default).' }),
    chargeAmount: t.field({ type: 'Decimal', required: false, description: 'Charge (the charge master’s when left out).' }),
    placeOfService: t.string({ required: false, description: 'CMS place of service (professional lines).' }),
    revenueCode: t.string({ required: false, description: 'Revenue code (institutional lines).' }),
    diagnosisPointers: t.intList({ required: false, description: 'Positions of the diagnoses the line is for (the first four by default).' }),
    minutes: t.int({ required: false, description: 'Documented minutes (time-based codes).' }),
    startTime: t.field({ type: 'DateTime', required: false, description: 'Session start.' }),
    endTime: t.field({ type: 'DateTime', required: false, description: 'Session end.' }),
    telehealth: t.field({ type: TelehealthModality, required: false, defaultValue: 'NONE', description: 'How the service was delivered.' }),
    renderingProviderId: t.globalID({ required: false, description: 'This line’s rendering provider, when not the claim’s.' }),
  }),
});

const ScrubInput = builder.inputType('ScrubInput', {
  description: 'A claim that is not saved: judged, never written.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    coverageId: t.globalID({ required: false, description: 'The coverage to judge against (the primary coverage in force by default).' }),
    allPayers: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Judge against every payer (a what-if matrix): the patient’s coverage with each payer, or a coverage assumed in force.',
    }),
    claimType: t.field({ type: ClaimType, required: false, defaultValue: 'PROFESSIONAL', description: 'Professional or institutional.' }),
    billType: t.string({ required: false, description: 'Institutional bill type (for example 0131).' }),
    renderingProviderId: t.globalID({ required: false, description: 'The rendering provider.' }),
    billingLocationId: t.globalID({ required: false, description: 'The billing location (the organization’s first by default).' }),
    programId: t.globalID({ required: false, description: 'The program whose services it bills.' }),
    diagnoses: t.field({ type: ['ICD10Code'], required: true, description: 'ICD-10-CM codes, principal first (at most 12).' }),
    lines: t.field({ type: [ScrubLineInput], required: true, description: 'The service lines (1 to 50).' }),
  }),
});

interface ScrubRow {
  payerId: string;
  payerName: string;
  judgement: EvaluationResult & { judgedOn: string };
}

const ScrubResultRef = builder.objectRef<ScrubRow>('PayerJudgement').implement({
  description: 'A claim that is not saved, judged by one payer’s policy.',
  ...access('phi'),
  fields: (t) => ({
    payerName: t.exposeString('payerName', { description: 'The payer.' }),
    payerId: t.string({ description: 'The payer’s global ID.', resolve: (r) => Buffer.from(`Payer:${r.payerId}`).toString('base64') }),
    judgement: t.field({ type: JudgementRef, description: 'Findings and whether it would pay.', resolve: (r) => r.judgement }),
  }),
});

type ScrubArgs = typeof ScrubInput.$inferInput;

async function scrub(input: ScrubArgs, ctx: Context, path: Path): Promise<ScrubRow[]> {
  const issues = new Issues();
  if (input.lines.length === 0 || input.lines.length > 50) {
    issues.add(['input', 'lines'], 'LINE_COUNT', 'A claim has 1 to 50 lines.');
  }
  // No diagnosis is allowed: the payer's policy then says what that costs (a finding).
  const diagnoses = input.diagnoses.length === 0 ? [] : await checkDiagnoses(ctx.prisma, issues, ['input', 'diagnoses'], input.diagnoses);
  const lines = input.lines.map((line, i) => {
    const path = ['input', 'lines', i];
    const code = issues.procedureCode([...path, 'procedureCode'], line.procedureCode) ?? line.procedureCode;
    const modifiers = issues.modifiers([...path, 'modifiers'], line.modifiers ?? []);
    const units = line.units ?? 1;
    issues.positiveInteger([...path, 'units'], units);
    const charge = line.chargeAmount ? issues.money([...path, 'chargeAmount'], line.chargeAmount) : chargeFor(code, units);
    if (line.placeOfService) {
      issues.placeOfService([...path, 'placeOfService'], line.placeOfService);
    }
    if (line.startTime && line.endTime && line.endTime.getTime() <= line.startTime.getTime()) {
      issues.add([...path, 'endTime'], 'END_BEFORE_START', 'The session must end after it starts.');
    }
    const pointers = line.diagnosisPointers ?? diagnoses.slice(0, MAX_POINTERS).map((_, j) => j + 1);
    return { line, code, modifiers, units, charge, pointers };
  });
  issues.throwIfAny();

  const patient = await ctx.prisma.patient.findUnique({
    where: { id: input.patientId.id },
    select: { id: true, dateOfBirth: true, organizationId: true, programId: true, coverages: { include: { payer: true } } },
  });
  if (patient === null) {
    throw new NotFoundError('Patient', ['input', 'patientId']);
  }
  ctx.audit.about(path, { patientId: patient.id, programId: patient.programId });
  const first = lines.map((l) => isoDate(l.line.serviceDate)).sort()[0] ?? ctx.today;
  const last = lines.map((l) => isoDate(l.line.serviceDate)).sort().at(-1) ?? first;
  const inForce = inForceOn(patient.coverages, first);
  const [location, program, payers] = await Promise.all([
    input.billingLocationId
      ? ctx.prisma.location.findUnique({ where: { id: input.billingLocationId.id }, select: { npi: true } })
      : ctx.prisma.location.findFirst({ orderBy: { createdAt: 'asc' }, select: { npi: true } }),
    input.programId ? ctx.prisma.program.findUnique({ where: { id: input.programId.id }, select: { id: true, isPart2: true } }) : null,
    input.allPayers ? ctx.prisma.payer.findMany({ orderBy: { name: 'asc' } }) : null,
  ]);
  if (location === null) {
    throw new NotFoundError('Location', ['input', 'billingLocationId']);
  }
  if (input.programId && program === null) {
    throw new NotFoundError('Program', ['input', 'programId']);
  }
  let targets: Array<{ payer: { id: string; name: string; policyId: string }; coverage: (typeof patient.coverages)[number] | null }>;
  if (payers !== null) {
    targets = payers.map((payer) => ({ payer, coverage: inForce.find((c) => c.payerId === payer.id) ?? patient.coverages.find((c) => c.payerId === payer.id) ?? null }));
  } else {
    const coverage = input.coverageId ? patient.coverages.find((c) => c.id === input.coverageId?.id) : inForce[0];
    if (coverage === undefined) {
      throw new NotFoundError('Coverage', ['input', 'coverageId']);
    }
    targets = [{ payer: coverage.payer, coverage }];
  }
  const sources: ClaimSource[] = targets.map(({ payer, coverage }) => ({
    id: `unsaved:${payer.id}`,
    patientId: patient.id,
    payerId: payer.id,
    programId: program?.id ?? null,
    renderingProviderId: input.renderingProviderId?.id ?? null,
    authorizationId: null,
    claimType: input.claimType ?? 'PROFESSIONAL',
    status: 'DRAFT',
    frequencyCode: '1',
    billType: input.billType ?? null,
    serviceFrom: new Date(`${first}T00:00:00.000Z`),
    serviceTo: new Date(`${last}T00:00:00.000Z`),
    submittedAt: null,
    policyId: payer.policyId,
    isPart2: program?.isPart2 ?? false,
    billingNpi: location.npi,
    patientDateOfBirth: patient.dateOfBirth,
    // Without a coverage with this payer, the what-if assumes one in force on the dates asked about.
    coverage: coverage ?? { planCode: null, memberId: '', effectiveFrom: new Date(`${first}T00:00:00.000Z`), effectiveTo: null },
    lines: lines.map(({ line, code, modifiers, units, charge, pointers }, i) => ({
      lineNumber: i + 1,
      serviceDate: line.serviceDate,
      procedureCode: code,
      modifiers,
      units,
      charge: fromCents(toCents(charge)),
      placeOfService: line.placeOfService ?? null,
      diagnosisPointers: pointers,
      renderingProviderId: line.renderingProviderId?.id ?? null,
      revenueCode: line.revenueCode ?? null,
      authorizationId: null,
      minutes: line.minutes ?? null,
      session:
        line.startTime && line.endTime
          ? { startTime: line.startTime, endTime: line.endTime, telehealthModality: line.telehealth ?? 'NONE', psychotherapyMinutes: null }
          : null,
    })),
    diagnoses: diagnoses.map((icd10Code, i) => ({ position: i + 1, icd10Code })),
  }));
  // A line without session times still says how it was delivered.
  const snapshots = await snapshotsOf(ctx.prisma, sources, await ctx.access(), ctx.raw);
  return targets.map(({ payer }) => {
    const snapshot = snapshots.get(`unsaved:${payer.id}`);
    if (snapshot === undefined) {
      throw new NotFoundError('Patient', ['input', 'patientId']);
    }
    const withModality = {
      ...snapshot,
      lines: snapshot.lines.map((l, j) => (input.lines[j]?.startTime ? l : { ...l, telehealth: input.lines[j]?.telehealth ?? l.telehealth })),
    };
    return {
      payerId: payer.id,
      payerName: payer.name,
      judgement: { ...evaluateClaim(policyFor(ctx.policies, payer.policyId), withModality, { today: ctx.today }), judgedOn: ctx.today },
    };
  });
}

builder.queryField('scrub', (t) =>
  t.field({
    type: [ScrubResultRef],
    description:
      'Judges a claim that is not saved yet (a dry run), against its payer, or against every payer with `allPayers` (a what-if matrix). Nothing is written.',
    ...access('phi'),
    errors: {
      types: [ValidationError, NotFoundError],
      result: { description: 'The claim judged by each payer asked about.' },
      dataField: { description: 'One judgement per payer.' },
    },
    args: { input: t.arg({ type: ScrubInput, required: true, description: 'The claim to judge.' }) },
    resolve: (_root, { input }, ctx, info) => scrub(input, ctx, info.path),
  }),
);

// ---------------------------------------------------------------------------------------------
// Preflight
// ---------------------------------------------------------------------------------------------

const PreflightInput = builder.inputType('PreflightInput', {
  description: 'An appointment about to happen: who, with whom, what, when.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    providerId: t.globalID({ required: true, description: 'The provider who will render the service.' }),
    coverageId: t.globalID({ required: false, description: 'The coverage to bill (the primary coverage in force by default).' }),
    procedureCode: t.field({ type: 'ProcedureCode', required: false, description: 'The planned service as a code (90834 by default).' }),
    levelOfCare: t.field({ type: LevelOfCare, required: false, description: 'The planned service as a level of care (for program days).' }),
    date: t.field({ type: 'Date', required: true, description: 'The date of service.' }),
    minutes: t.int({ required: false, description: 'Planned minutes (time-based codes).' }),
    placeOfService: t.string({ required: false, defaultValue: '11', description: 'Place of service (11, office, by default).' }),
    telehealth: t.field({ type: TelehealthModality, required: false, defaultValue: 'NONE', description: 'How it will be delivered.' }),
  }),
});

interface PreflightAnswer {
  payerName: string;
  coverageInForce: boolean;
  covered: boolean;
  levelOfCare: Level;
  authorizationRequired: boolean;
  authorizationOnFile: boolean;
  authorizationUnitsLeft: number | null;
  benefits: ReturnType<typeof benefitRows>;
  sessionsLeft: number | null;
  canBill: ReturnType<typeof canBill>;
  judgement: (EvaluationResult & { judgedOn: string }) | null;
  parityFlags: ReturnType<typeof parityFlags>;
}

function benefitRows(status: ReturnType<typeof benefitStatus>, payerName: string, planCode: string | null) {
  return (status?.limits ?? []).map((limit) => ({ ...limit, payerName, planCode, policyVersion: status?.policyVersion ?? '' }));
}

const PreflightRef = builder.objectRef<PreflightAnswer>('Preflight').implement({
  description: 'Everything to know before an appointment: coverage, authorization, sessions left, whether the provider may bill, and the findings the claim would get.',
  ...access('phi'),
  fields: (t) => ({
    payerName: t.exposeString('payerName', { description: 'The payer the service would be billed to.' }),
    coverageInForce: t.exposeBoolean('coverageInForce', { description: 'The coverage is in force on the date.' }),
    covered: t.exposeBoolean('covered', { description: 'The plan covers the service (its code and level of care) on the date.' }),
    levelOfCare: t.field({ type: LevelOfCare, description: 'The level of care of the service.', resolve: (a) => a.levelOfCare }),
    authorizationRequired: t.exposeBoolean('authorizationRequired', { description: 'The service needs prior authorization.' }),
    authorizationOnFile: t.exposeBoolean('authorizationOnFile', { description: 'An approved authorization on file covers it.' }),
    authorizationUnitsLeft: t.int({ nullable: true, description: 'Units left on it.', resolve: (a) => a.authorizationUnitsLeft }),
    sessionsLeft: t.int({ nullable: true, description: 'Left of the plan’s limit counting the service this benefit year (null when none counts it).', resolve: (a) => a.sessionsLeft }),
    benefits: t.field({ type: [BenefitRef], description: 'Every limit of the plan, used and left.', ...typically(3), resolve: (a) => a.benefits }),
    canBill: t.field({ type: CanBillRef, description: 'Whether the provider may bill the payer on the date.', resolve: (a) => a.canBill }),
    judgement: t.field({
      type: JudgementRef,
      nullable: true,
      description: 'The findings a one-line claim for the service would get (null when it could not be built: no coverage).',
      resolve: (a) => a.judgement,
    }),
    parityFlags: t.field({ type: [ParityFlagRef], description: 'Parity flags of the plan.', resolve: (a) => a.parityFlags }),
  }),
});

builder.queryField('preflight', (t) =>
  t.field({
    type: PreflightRef,
    description:
      'One call before an appointment (patient, provider, service, date): coverage, the service’s authorization and what is left of it, sessions left, ' +
      'whether the provider is credentialed on the date, the findings the claim would get, and the plan’s parity flags. Nothing is written.',
    ...access('phi'),
    errors: { types: [ValidationError, NotFoundError] },
    args: { input: t.arg({ type: PreflightInput, required: true, description: 'The appointment.' }) },
    resolve: async (_root, { input }, ctx, info) => {
      const date = isoDate(input.date);
      const [patient, provider] = await Promise.all([
        ctx.prisma.patient.findUnique({ where: { id: input.patientId.id }, select: { id: true, programId: true, coverages: { include: { payer: true } } } }),
        ctx.prisma.provider.findUnique({ where: { id: input.providerId.id }, select: { id: true, licensureType: true } }),
      ]);
      if (patient === null) {
        throw new NotFoundError('Patient', ['input', 'patientId']);
      }
      ctx.audit.about(info.path, { patientId: patient.id, programId: patient.programId });
      if (provider === null) {
        throw new NotFoundError('Provider', ['input', 'providerId']);
      }
      const inForce = inForceOn(patient.coverages, date);
      const coverage = input.coverageId ? patient.coverages.find((c) => c.id === input.coverageId?.id) : (inForce[0] ?? patient.coverages[0]);
      if (coverage === undefined) {
        throw new NotFoundError('Coverage', ['input', 'coverageId']);
      }
      const policy = policyFor(ctx.policies, coverage.payer.policyId);
      const code = input.procedureCode ? input.procedureCode.trim().toUpperCase() : input.levelOfCare ? null : '90834';
      const [authorizations, usage, enrollments, diagnoses] = await Promise.all([
        ctx.prisma.authorization.findMany({ where: { patientId: patient.id, payerId: coverage.payerId } }),
        ctx.loaders.usage.load(`${patient.id}:${coverage.payerId}:${date}`),
        ctx.loaders.enrollments.load(`${provider.id}:${coverage.payerId}`),
        ctx.prisma.diagnosis.findMany({
          where: { patientId: patient.id, OR: [{ resolvedDate: null }, { resolvedDate: { gte: input.date } }] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { icd10Code: true },
        }),
      ]);
      const used = await Promise.all(authorizations.map((a) => ctx.loaders.authorizationUnitsUsed.load(a.id)));
      const requirements = serviceRequirements(
        policy,
        coverage.planCode,
        { code, levelOfCare: (input.levelOfCare ?? null) as Level | null },
        date,
        authorizations.map((a, i) => ({
          id: a.id,
          status: a.status,
          levelOfCare: a.levelOfCare,
          procedureCodes: a.procedureCodes,
          startDate: isoDate(a.startDate),
          endDate: isoDate(a.endDate),
          unitType: a.unitType,
          unitsApproved: a.unitsApproved,
          unitsUsed: used[i] ?? 0,
          providerId: a.providerId,
        })),
        usage,
      );
      const status = benefitStatus(policy, coverage.planCode, usage, date);
      const benefits = benefitRows(status, coverage.payer.name, coverage.planCode);
      const counting = code === null ? undefined : status?.limits.find((l) => codeMatches(code, l.codes));
      const coverageInForce = inForce.some((c) => c.id === coverage.id);
      // The claim the appointment would make: one line, judged as it would be.
      let judgement: PreflightAnswer['judgement'] = null;
      if (code !== null) {
        const start = new Date(`${date}T15:00:00.000Z`);
        const minutes = input.minutes ?? null;
        const [row] = await scrub(
          {
            patientId: input.patientId,
            coverageId: { typename: 'Coverage', id: coverage.id },
            allPayers: false,
            claimType: 'PROFESSIONAL',
            renderingProviderId: input.providerId,
            diagnoses: [...new Set(diagnoses.map((d) => d.icd10Code))].slice(0, 12),
            lines: [
              {
                serviceDate: input.date,
                procedureCode: code,
                units: 1,
                placeOfService: input.placeOfService ?? '11',
                minutes,
                startTime: minutes === null ? null : start,
                endTime: minutes === null ? null : new Date(start.getTime() + minutes * 60_000),
                telehealth: input.telehealth ?? 'NONE',
              },
            ],
          },
          ctx,
          info.path,
        );
        judgement = row?.judgement ?? null;
      }
      const plan = planOn(policy, date, coverage.planCode);
      return {
        payerName: coverage.payer.name,
        coverageInForce,
        covered: coverageInForce && requirements.covered,
        levelOfCare: requirements.levelOfCare,
        authorizationRequired: requirements.authorizationRequired,
        authorizationOnFile: requirements.authorizationOnFile !== null,
        authorizationUnitsLeft: requirements.authorizationUnitsLeft,
        benefits,
        sessionsLeft: counting?.left ?? null,
        canBill: canBill(policy, { licensureType: provider.licensureType, enrollments }, date, code, coverage.planCode),
        judgement,
        parityFlags: plan === null ? [] : parityFlags(plan.settings),
      };
    },
  }),
);
