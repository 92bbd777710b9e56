// Eligibility: whether a member of a payer has coverage in force on a date, for partner systems
// (a payer acting for itself, through persisted operations only) and for staff. What a partner
// may learn is narrowed below the resolvers: its own payer's members only, and a member whose
// record comes from a 42 CFR Part 2 program only under a consent naming that payer for payment;
// any other member reads as not found, exactly like a member ID that does not exist.

import { inForce } from '../../services/coverage.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { dateValue, isoDate } from '../../domain/dates.ts';
import { normalizeProcedureCode } from '../../domain/codes/procedures.ts';
import { benefitStatus, serviceRequirements, type BenefitStatus, type ServiceRequirements } from '../../policy/answers.ts';
import { codeMatches } from '../../policy/codes.ts';
import { policyFor } from '../../policy/engine.ts';
import type { LicensureType as Licensure, LevelOfCare as Level } from '../../policy/types.ts';
import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { LevelOfCare } from './enums.ts';
import { LicensureType } from './Provider.ts';

/** An eligibility answer: one coverage of the member, judged on the date asked about. */
interface EligibilityAnswer {
  /** The coverage's id (what the audit trail names). */
  id: string;
  patientId: string;
  /** The Part 2 program that registered the patient, if any. */
  programId: string | null;
  memberId: string;
  payerCode: string;
  payerName: string;
  planName: string;
  planCode: string | null;
  groupNumber: string | null;
  priority: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  serviceDate: Date;
  /** What the payer's policy says of the service asked about (or of outpatient care by default). */
  requirements: ServiceRequirements;
  /** The plan's limit counting the service, with what the year has used. */
  limit: BenefitStatus | null;
}

type Reason =
  | 'COVERAGE_NOT_STARTED'
  | 'COVERAGE_ENDED'
  | 'NO_POLICY_VERSION'
  | 'SERVICE_NOT_COVERED'
  | 'BENEFIT_LIMIT_REACHED'
  | 'AUTHORIZATION_REQUIRED';

const EligibilityReason = builder.enumType('EligibilityReason', {
  description: 'Why the service is not covered as asked, or what it needs first.',
  values: {
    COVERAGE_NOT_STARTED: { description: 'The coverage begins after the date.' },
    COVERAGE_ENDED: { description: 'The coverage ended before the date.' },
    NO_POLICY_VERSION: { description: 'No version of the payer’s policy in Parity covers the date.' },
    SERVICE_NOT_COVERED: { description: 'The plan does not cover the service (its code or its level of care).' },
    BENEFIT_LIMIT_REACHED: { description: 'The plan’s limit for the service is used up this benefit year.' },
    AUTHORIZATION_REQUIRED: { description: 'The service needs prior authorization and none on file covers the date (covered once one is obtained).' },
  } as const,
});

/** Why coverage is not in force, or the service not covered, on the date; what it needs first. */
function reasonsFor(answer: EligibilityAnswer): Reason[] {
  if (answer.effectiveFrom.getTime() > answer.serviceDate.getTime()) {
    return ['COVERAGE_NOT_STARTED'];
  }
  if (answer.effectiveTo && answer.effectiveTo.getTime() < answer.serviceDate.getTime()) {
    return ['COVERAGE_ENDED'];
  }
  const { requirements, limit } = answer;
  const reasons: Reason[] = [];
  if (requirements.policyVersion === null) {
    reasons.push('NO_POLICY_VERSION');
  } else if (!requirements.covered) {
    reasons.push('SERVICE_NOT_COVERED');
  }
  if (limit !== null && limit.left === 0) {
    reasons.push('BENEFIT_LIMIT_REACHED');
  }
  if (requirements.authorizationRequired && requirements.authorizationOnFile === null) {
    reasons.push('AUTHORIZATION_REQUIRED');
  }
  return reasons;
}

/** Reasons that make the service not covered (an authorization to obtain does not). */
const blocking = (reason: Reason) => reason !== 'AUTHORIZATION_REQUIRED';

const Eligibility = builder.objectRef<EligibilityAnswer>('Eligibility').implement({
  description: 'Whether a member has coverage in force with a payer on a date, and with which plan.',
  ...access('eligibility'),
  fields: (t) => ({
    covered: t.boolean({
      description: 'Whether the coverage is in force on the date and its plan covers the service (it may still need an authorization: see `authorizationRequired`).',
      resolve: (a) => !reasonsFor(a).some(blocking),
    }),
    reasons: t.field({ type: [EligibilityReason], description: 'Why it is not covered, or what it needs first (empty when nothing).', resolve: reasonsFor }),
    levelOfCare: t.field({ type: LevelOfCare, description: 'The level of care of the service asked about.', resolve: (a) => a.requirements.levelOfCare }),
    authorizationRequired: t.boolean({ description: 'Whether the service needs prior authorization (by level of care, by code, or after this year’s visits).', resolve: (a) => a.requirements.authorizationRequired }),
    authorizationOnFile: t.boolean({ description: 'Whether an approved authorization on file covers the service on the date.', resolve: (a) => a.requirements.authorizationOnFile !== null }),
    authorizationUnitsLeft: t.int({
      nullable: true,
      description: 'Units left on that authorization (null without one).',
      resolve: (a) => a.requirements.authorizationUnitsLeft,
    }),
    sessionsLeft: t.int({ nullable: true, description: 'What is left of the plan’s limit counting the service this benefit year (null when no limit counts it).', resolve: (a) => a.limit?.left ?? null }),
    sessionsUsed: t.int({ nullable: true, description: 'What this benefit year has used of that limit.', resolve: (a) => a.limit?.used ?? null }),
    sessionLimit: t.int({ nullable: true, description: 'The limit per benefit year.', resolve: (a) => a.limit?.max ?? null }),
    benefitYearEnd: t.field({ type: 'Date', nullable: true, description: 'Last day of the benefit year the limit counts in.', resolve: (a) => (a.limit ? dateValue(a.limit.yearEnd) : null) }),
    credentialedLicensureTypes: t.field({
      type: [LicensureType],
      description: 'Licensures the payer credentials (the in-network provider types a patient may see).',
      resolve: (a) => [...a.requirements.credentialedTypes] as Licensure[],
    }),
    serviceDate: t.field({ type: 'Date', description: 'The date asked about.', resolve: (a) => a.serviceDate }),
    memberId: t.exposeString('memberId', { description: 'The member ID asked about.' }),
    payerCode: t.exposeString('payerCode', { description: 'Electronic payer ID of the payer.' }),
    payerName: t.exposeString('payerName', { description: 'The payer’s name.' }),
    planName: t.exposeString('planName', { description: 'The plan’s name.' }),
    planCode: t.exposeString('planCode', { nullable: true, description: 'The plan’s benefit design, if the payer has several.' }),
    groupNumber: t.exposeString('groupNumber', { nullable: true, description: 'Group number.' }),
    priority: t.exposeInt('priority', { description: '1 when this payer is primary, 2 when secondary, and so on.' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day of coverage.', resolve: (a) => a.effectiveFrom }),
    effectiveTo: t.field({ type: 'Date', nullable: true, description: 'Last day of coverage; null while it continues.', resolve: (a) => a.effectiveTo }),
    part2: t.field(
      part2Field({
        description: 'Set when the member is a patient of a 42 CFR Part 2 program: the consent the answer is disclosed under, and the notice that must accompany it.',
        owner: (a: EligibilityAnswer) => ({ patientId: a.patientId, programId: a.programId }),
      }),
    ),
  }),
});

const EligibilityInput = builder.inputType('EligibilityInput', {
  description: 'Which member to check, with which payer, on which date.',
  fields: (t) => ({
    memberId: t.string({ required: true, description: 'The member (subscriber) ID on the insurance card.' }),
    payerCode: t.string({
      required: false,
      description: 'Electronic payer ID of the payer. Partners may leave it out (their own payer is implied) and may ask about no other.',
    }),
    serviceDate: t.field({ type: 'Date', required: false, description: 'The date of service to check (today when left out).' }),
    procedureCode: t.field({ type: 'ProcedureCode', required: false, description: 'The service to check, as a CPT or HCPCS code (outpatient psychotherapy is assumed when neither this nor levelOfCare is given).' }),
    levelOfCare: t.field({ type: LevelOfCare, required: false, description: 'The service to check, as a level of care (PHP, IOP, residential...).' }),
  }),
});

const identifier = /^[A-Za-z0-9][A-Za-z0-9 .\-]{0,39}$/;

builder.queryField('eligibility', (t) =>
  t.field({
    type: Eligibility,
    description:
      'Whether a member has coverage in force on a date. A member the caller may not know about reads as not found, ' +
      'the same as a member ID that does not exist.',
    ...access('eligibility'),
    errors: { types: [NotFoundError, ValidationError] },
    args: { input: t.arg({ type: EligibilityInput, required: true, description: 'The member, payer and date.' }) },
    resolve: async (_root, { input }, ctx, info) => {
      const issues: ValidationError['issues'] = [];
      const memberId = input.memberId.trim();
      if (!identifier.test(memberId)) {
        issues.push({ path: ['input', 'memberId'], code: 'INVALID_MEMBER_ID', message: 'A member ID is 1 to 40 letters, digits, spaces, dots or hyphens.' });
      }
      const partner = ctx.viewer?.role === 'PARTNER' ? ctx.viewer.payerCode : null;
      const payerCode = input.payerCode?.trim() || partner;
      if (!payerCode) {
        issues.push({ path: ['input', 'payerCode'], code: 'REQUIRED', message: 'Name the payer (its electronic payer ID).' });
      } else if (partner && payerCode !== partner) {
        issues.push({ path: ['input', 'payerCode'], code: 'NOT_YOUR_PAYER', message: 'A partner may check eligibility with its own payer only.' });
      }
      const procedureCode = input.procedureCode ? normalizeProcedureCode(input.procedureCode) : null;
      if (input.procedureCode && procedureCode === null) {
        issues.push({ path: ['input', 'procedureCode'], code: 'INVALID_PROCEDURE_CODE', message: 'A procedure code is five digits, or a letter and four digits.' });
      }
      if (issues.length > 0 || !payerCode) {
        throw new ValidationError(issues);
      }
      const serviceDate = input.serviceDate ?? dateValue(isoDate(ctx.now));
      const coverages = await ctx.prisma.coverage.findMany({
        where: { memberId, payer: { payerCode } },
        include: { payer: { select: { id: true, payerCode: true, name: true, policyId: true } }, patient: { select: { programId: true } } },
        orderBy: [{ effectiveFrom: 'desc' }, { id: 'asc' }],
      });
      const inForceThen = coverages.find((c) => inForce(c, isoDate(serviceDate)));
      const coverage = inForceThen ?? coverages[0];
      if (!coverage) {
        throw new NotFoundError('Member', ['input', 'memberId']);
      }
      ctx.audit.about(info.path, { patientId: coverage.patientId, programId: coverage.patient.programId });
      const date = isoDate(serviceDate);
      const policy = policyFor(ctx.policies, coverage.payer.policyId);
      const [authorizations, usage] = await Promise.all([
        ctx.prisma.authorization.findMany({ where: { patientId: coverage.patientId, payerId: coverage.payer.id } }),
        ctx.loaders.usage.load(`${coverage.patientId}:${coverage.payer.id}:${date}`),
      ]);
      const usedOf = await Promise.all(authorizations.map((a) => ctx.loaders.authorizationUnitsUsed.load(a.id)));
      const service = { code: procedureCode ?? (input.levelOfCare ? null : '90834'), levelOfCare: (input.levelOfCare ?? null) as Level | null };
      const requirements = serviceRequirements(
        policy,
        coverage.planCode,
        service,
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
          unitsUsed: usedOf[i] ?? 0,
          providerId: a.providerId,
        })),
        usage,
      );
      const limits = benefitStatus(policy, coverage.planCode, usage, date)?.limits ?? [];
      const code = service.code;
      const limit = code === null ? null : (limits.find((l) => codeMatches(code, l.codes)) ?? null);
      return {
        id: coverage.id,
        patientId: coverage.patientId,
        programId: coverage.patient.programId,
        memberId: coverage.memberId,
        payerCode: coverage.payer.payerCode,
        payerName: coverage.payer.name,
        planName: coverage.planName,
        planCode: coverage.planCode,
        groupNumber: coverage.groupNumber,
        priority: coverage.priority,
        effectiveFrom: coverage.effectiveFrom,
        effectiveTo: coverage.effectiveTo,
        serviceDate,
        requirements,
        limit,
      };
    },
  }),
);
