// Eligibility: whether a member of a payer has coverage in force on a date, for partner systems
// (a payer acting for itself, through persisted operations only) and for staff. What a partner
// may learn is narrowed below the resolvers: its own payer's members only, and a member whose
// record comes from a 42 CFR Part 2 program only under a consent naming that payer for payment;
// any other member reads as not found, exactly like a member ID that does not exist.

import { NotFoundError, ValidationError } from '../../errors.ts';
import { dateValue, isoDate } from '../../domain/dates.ts';
import { access } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';

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
}

const EligibilityReason = builder.enumType('EligibilityReason', {
  description: 'Why coverage is not in force on the date asked about.',
  values: {
    COVERAGE_NOT_STARTED: { description: 'The coverage begins after the date.' },
    COVERAGE_ENDED: { description: 'The coverage ended before the date.' },
  } as const,
});

function reasonsFor(answer: EligibilityAnswer): Array<'COVERAGE_NOT_STARTED' | 'COVERAGE_ENDED'> {
  if (answer.effectiveFrom.getTime() > answer.serviceDate.getTime()) {
    return ['COVERAGE_NOT_STARTED'];
  }
  if (answer.effectiveTo && answer.effectiveTo.getTime() < answer.serviceDate.getTime()) {
    return ['COVERAGE_ENDED'];
  }
  return [];
}

const Eligibility = builder.objectRef<EligibilityAnswer>('Eligibility').implement({
  description: 'Whether a member has coverage in force with a payer on a date, and with which plan.',
  ...access('eligibility'),
  fields: (t) => ({
    covered: t.boolean({ description: 'Whether the coverage is in force on the date.', resolve: (a) => reasonsFor(a).length === 0 }),
    reasons: t.field({ type: [EligibilityReason], description: 'Why it is not in force (empty when it is).', resolve: reasonsFor }),
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
    resolve: async (_root, { input }, ctx) => {
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
      if (issues.length > 0 || !payerCode) {
        throw new ValidationError(issues);
      }
      const serviceDate = input.serviceDate ?? dateValue(isoDate(ctx.now));
      const coverages = await ctx.prisma.coverage.findMany({
        where: { memberId, payer: { payerCode } },
        include: { payer: { select: { payerCode: true, name: true } }, patient: { select: { programId: true } } },
        orderBy: [{ effectiveFrom: 'desc' }, { id: 'asc' }],
      });
      const inForce = coverages.find(
        (c) => c.effectiveFrom.getTime() <= serviceDate.getTime() && (!c.effectiveTo || c.effectiveTo.getTime() >= serviceDate.getTime()),
      );
      const coverage = inForce ?? coverages[0];
      if (!coverage) {
        throw new NotFoundError('Member', ['input', 'memberId']);
      }
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
      };
    },
  }),
);
