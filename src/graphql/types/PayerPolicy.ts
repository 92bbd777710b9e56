// A payer's policy described as data, for people and partner systems: the version in force on a
// date with its settings (credentialed licensures and rates, limits, authorization, program
// thresholds, telehealth, timely filing, parity), its versions with what changed, and the
// browsable catalogue of every rule it applies.

import { NotFoundError, ValidationError } from '../../errors.ts';
import { describePolicy, type PolicyDescription, type RuleDescription } from '../../policy/describe.ts';
import { policyFor } from '../../policy/engine.ts';
import { parityFlags, type ParityFlag } from '../../policy/parity.ts';
import type { LevelOfCare as Level, LicensureType as Licensure, PayerPolicy, ProgramRules, ResolvedVersion } from '../../policy/types.ts';
import type { Context } from '../../context.ts';
import { isoDate } from '../../domain/dates.ts';
import { access, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { LevelOfCare } from './enums.ts';
import { FindingSeverity, RuleSource } from './Finding.ts';
import { LicensureType } from './Provider.ts';

const dateOf = (value: string): Date => new Date(`${value}T00:00:00.000Z`);

export const PolicyVersionRef = builder.objectRef<ResolvedVersion>('PolicyVersion').implement({
  description: 'One effective-dated version of a payer policy: a change over the version before.',
  ...access('internal'),
  fields: (t) => ({
    version: t.exposeString('version', { description: 'Its label (for example 2024.1).' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day of service it judges.', resolve: (v) => dateOf(v.effectiveFrom) }),
    effectiveTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last day it judges (the day before the next version); null for the current version.',
      resolve: (v) => (v.effectiveTo === null ? null : dateOf(v.effectiveTo)),
    }),
    summary: t.exposeString('summary', { description: 'What changed and why.' }),
    changes: t.exposeStringList('changes', { description: 'The settings and rules this version changed (setting paths, "rule +id", "rule -id").' }),
  }),
});

const PolicyMessageRef = builder.objectRef<RuleDescription['messages'][number]>('PolicyRuleMessage').implement({
  description: 'A finding a rule can produce.',
  ...access('internal'),
  fields: (t) => ({
    messageId: t.exposeString('messageId', { description: 'Machine-readable identifier of the finding.' }),
    template: t.exposeString('template', { description: 'Its wording, with {{placeholders}} for the claim’s values.' }),
    severity: t.field({ type: FindingSeverity, description: 'Deny, warn or info under this payer.', resolve: (m) => m.severity }),
    carc: t.string({ nullable: true, description: 'The claim adjustment reason code it prevents.', resolve: (m) => m.carc }),
    rarc: t.string({ nullable: true, description: 'The remark code likely with it.', resolve: (m) => m.rarc }),
  }),
});

export const PolicyRuleRef = builder.objectRef<RuleDescription>('PolicyRule').implement({
  description: 'A rule a payer’s policy applies: what it checks, the findings it can give, and where it comes from.',
  ...access('internal'),
  fields: (t) => ({
    ruleId: t.exposeString('ruleId', { description: 'The rule.' }),
    family: t.exposeString('family', { description: 'Its family (credentialing, time-codes, prior-authorization, programs, telehealth...).' }),
    description: t.exposeString('description', { description: 'What it checks.' }),
    enabled: t.exposeBoolean('enabled', { description: 'False when this payer turned it off.' }),
    custom: t.exposeBoolean('custom', { description: 'Written by the payer’s plugin rather than built into the engine.' }),
    source: t.field({ type: RuleSource, description: 'Where it comes from.', resolve: (r) => r.source }),
    messages: t.field({ type: [PolicyMessageRef], description: 'The findings it can give.', resolve: (r) => [...r.messages] }),
  }),
});

const CredentialedTypeRef = builder.objectRef<{ licensureType: Licensure; rateFactor: number }>('CredentialedLicensure').implement({
  description: 'A licensure the payer credentials, and the share of its fee schedule it pays it.',
  ...access('internal'),
  fields: (t) => ({
    licensureType: t.field({ type: LicensureType, description: 'The licensure.', resolve: (c) => c.licensureType }),
    rateFactor: t.exposeFloat('rateFactor', { description: 'Share of the fee schedule (1 is the full rate, 0.75 is 75%).' }),
  }),
});

const BenefitLimitRuleRef = builder
  .objectRef<{ limitId: string; label: string; codes: readonly string[]; max: number; count: string; classification: string }>('BenefitLimitRule')
  .implement({
    description: 'A quantitative limit of the plan: at most `max` visits, units or days of these codes per benefit year.',
    ...access('internal'),
    fields: (t) => ({
      limitId: t.exposeString('limitId', { description: 'The limit.' }),
      label: t.exposeString('label', { description: 'What it limits, in words.' }),
      codes: t.stringList({ description: 'The codes it counts (single codes, ranges like 90832-90838, or prefixes like H*).', resolve: (l) => [...l.codes] }),
      max: t.exposeInt('max', { description: 'Most per benefit year.' }),
      count: t.exposeString('count', { description: 'What is counted: VISITS, UNITS or DAYS.' }),
      classification: t.exposeString('classification', { description: 'The parity classification it falls in.' }),
    }),
  });

const ProgramThresholdsRef = builder.objectRef<ProgramRules & { levelOfCare: 'PHP' | 'IOP' }>('ProgramThresholds').implement({
  description: 'A bundled program’s minimums (PHP or IOP), and what the payer does below them.',
  ...access('internal'),
  fields: (t) => ({
    levelOfCare: t.field({ type: LevelOfCare, description: 'PHP or IOP.', resolve: (p) => p.levelOfCare }),
    minHoursPerDay: t.float({ nullable: true, description: 'Minimum hours of services a day.', resolve: (p) => p.minHoursPerDay }),
    minServicesPerDay: t.int({ nullable: true, description: 'Minimum services a day.', resolve: (p) => p.minServicesPerDay }),
    minHoursPerWeek: t.float({ nullable: true, description: 'Minimum hours a week.', resolve: (p) => p.minHoursPerWeek }),
    minHoursPerWeekUnder18: t.float({ nullable: true, description: 'Minimum hours a week for patients under 18 (when it differs).', resolve: (p) => p.minHoursPerWeekUnder18 }),
    minDaysPerWeek: t.int({ nullable: true, description: 'Minimum program days a week.', resolve: (p) => p.minDaysPerWeek }),
    belowDayMinimum: t.exposeString('belowDayMinimum', { description: 'A day below the minimums is DENIED, DOWNCODED, WARNed of, or only noted (INFO).' }),
    belowWeekMinimum: t.exposeString('belowWeekMinimum', { description: 'Likewise for a week.' }),
    downcodeTo: t.string({ nullable: true, description: 'The code a day below the minimum is paid as, when downcoded.', resolve: (p) => p.downcodeTo }),
    weekStartsOn: t.string({ description: 'The payer’s program week starts on SUNDAY or MONDAY.', resolve: (p) => (p.weekStartsOn === 0 ? 'SUNDAY' : 'MONDAY') }),
  }),
});

export const ParityFlagRef = builder.objectRef<ParityFlag>('ParityFlag').implement({
  description: 'A place where the plan’s behavioral-health limits look stricter than its medical/surgical ones (MHPAEA); a flag to review, not a legal finding.',
  ...access('internal'),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'PARITY_QTL_NO_MEDSURG_ANALOG, PARITY_QTL_MORE_RESTRICTIVE, PARITY_COST_SHARE_HIGHER, PARITY_NQTL_PRIOR_AUTH or PARITY_MISSING_CLASSIFICATION.' }),
    classification: t.exposeString('classification', { description: 'The benefit classification (inpatient/outpatient, in/out of network, emergency, drugs).' }),
    severity: t.field({ type: FindingSeverity, description: 'How much it weighs.', resolve: (f) => f.severity }),
    message: t.exposeString('message', { description: 'What looks unequal.' }),
    limitId: t.string({ nullable: true, description: 'The benefit limit concerned, if any.', resolve: (f) => f.limitId }),
  }),
});

interface PolicyView extends PolicyDescription {
  policy: PayerPolicy;
}

export const PayerPolicyRef = builder.objectRef<PolicyView>('PayerPolicy').implement({
  description: 'A payer’s rules as data: the version of its policy plugin in force on a date, for one of its plans.',
  ...access('internal'),
  fields: (t) => ({
    payerPolicy: t.string({ description: 'The plugin (folder under payers/).', resolve: (p) => p.policy.id }),
    name: t.string({ description: 'The plugin’s name for the payer ("(fictional)" for invented payers).', resolve: (p) => p.policy.name }),
    fictional: t.boolean({ description: 'Whether the payer is invented (an example).', resolve: (p) => p.policy.fictional }),
    description: t.string({ description: 'What the plugin covers.', resolve: (p) => p.policy.description }),
    version: t.field({ type: PolicyVersionRef, description: 'The version in force.', resolve: (p) => p.version }),
    planCode: t.exposeString('planCode', { description: 'The benefit design described.' }),
    credentialedTypes: t.field({
      type: [CredentialedTypeRef],
      description: 'Licensures the payer credentials, with their rate factors.',
      resolve: (p) =>
        Object.entries(p.settings.credentialing.types).flatMap(([licensureType, value]) =>
          value ? [{ licensureType: licensureType as Licensure, rateFactor: value.rateFactor }] : [],
        ),
    }),
    licensureModifiersRequired: t.boolean({ description: 'Whether every line carries the clinician’s licensure modifier.', resolve: (p) => p.settings.licensureModifiers.required }),
    benefitYearStarts: t.string({ description: 'Month and day the benefit year starts (MM-DD).', resolve: (p) => p.settings.benefitYear.startMonthDay }),
    benefitLimits: t.field({
      type: [BenefitLimitRuleRef],
      description: 'Quantitative limits (visits, units or days per benefit year).',
      resolve: (p) =>
        Object.entries(p.settings.benefitLimits).flatMap(([limitId, limit]) => (limit ? [{ limitId, ...limit, codes: limit.codes }] : [])),
    }),
    authorizationLevelsOfCare: t.field({ type: [LevelOfCare], description: 'Levels of care that always need prior authorization.', resolve: (p) => [...p.settings.priorAuthorization.levelsOfCare] }),
    authorizationCodes: t.stringList({ description: 'Codes that always need prior authorization.', resolve: (p) => [...p.settings.priorAuthorization.codes] }),
    authorizationAfterVisits: t.int({
      nullable: true,
      description: 'Visits in a benefit year after which outpatient services need prior authorization (the smallest such trigger).',
      resolve: (p) => {
        const visits = Object.values(p.settings.priorAuthorization.afterVisits).flatMap((v) => (v ? [v.visits] : []));
        return visits.length === 0 ? null : Math.min(...visits);
      },
    }),
    programs: t.field({
      type: [ProgramThresholdsRef],
      description: 'PHP and IOP minimums.',
      resolve: (p) => (['PHP', 'IOP'] as const).map((levelOfCare) => ({ ...p.settings.programs[levelOfCare], levelOfCare })),
    }),
    levelsOfCareCovered: t.field({
      type: [LevelOfCare],
      description: 'Levels of care the plan covers.',
      resolve: (p) => (Object.entries(p.settings.coverage.levelsOfCare) as Array<[Level, boolean]>).filter(([, covered]) => covered).map(([level]) => level),
    }),
    nonCoveredCodes: t.stringList({ description: 'Codes the payer does not pay.', resolve: (p) => [...p.settings.coverage.nonCoveredCodes] }),
    telehealthPlacesOfService: t.stringList({ description: 'Places of service that mark telehealth.', resolve: (p) => [...p.settings.telehealth.placesOfService] }),
    telehealthModifier: t.string({ nullable: true, description: 'The modifier telehealth lines must carry, if any.', resolve: (p) => p.settings.telehealth.requiredModifier }),
    audioOnlyCovered: t.boolean({ description: 'Whether audio-only services are covered.', resolve: (p) => p.settings.telehealth.audioOnly.covered }),
    audioOnlyModifiers: t.stringList({ description: 'Modifiers an audio-only line needs (one of them).', resolve: (p) => [...p.settings.telehealth.audioOnly.modifiers] }),
    timelyFilingDays: t.int({ nullable: true, description: 'Filing limit in days from the date of service (when stated in days).', resolve: (p) => p.settings.timelyFiling.days }),
    timelyFilingMonths: t.int({ nullable: true, description: 'Filing limit in months from the date of service (when stated in months).', resolve: (p) => p.settings.timelyFiling.months }),
    parityApplies: t.boolean({ description: 'Whether MHPAEA applies to the plan (not to Medicare fee-for-service).', resolve: (p) => p.settings.parity.applies }),
    parityFlags: t.field({ type: [ParityFlagRef], description: 'Where the plan’s behavioral-health limits look stricter than its medical/surgical ones.', resolve: (p) => parityFlags(p.settings) }),
    rules: t.field({
      type: [PolicyRuleRef],
      description: 'Every rule the version applies, with its findings and sources.',
      ...typically(30),
      resolve: (p) => [...p.rules],
    }),
    settingsJson: t.string({ description: 'The complete settings of the version and plan, as JSON (for what the fields above do not show).', resolve: (p) => JSON.stringify(p.settings) }),
  }),
});

/**
 * The description of a payer's policy in force on a date, for a plan; a typed bad-input error for
 * a date before its first version or an unknown plan.
 */
export function policyView(ctx: Context, policyId: string, asOf: Date | null | undefined, planCode: string | null | undefined): PolicyView {
  const policy = policyFor(ctx.policies, policyId);
  const date = asOf ? isoDate(asOf) : ctx.today;
  const description = describePolicy(policy, date, planCode ?? null);
  if (description === null) {
    throw ValidationError.of(['asOf'], 'NO_POLICY_VERSION', `No version of the payer’s policy is in force on ${date}.`);
  }
  if (!description.planKnown) {
    throw ValidationError.of(['planCode'], 'UNKNOWN_PLAN', `The payer’s policy has no plan "${planCode ?? ''}".`);
  }
  return { ...description, policy };
}

builder.queryField('rules', (t) =>
  t.field({
    type: [PolicyRuleRef],
    description: 'The catalogue of every rule a payer’s policy applies on a date: wording, severity, the denial code each prevents, and its source.',
    ...access('internal', { listEstimate: 30 }),
    errors: {
      types: [NotFoundError, ValidationError],
      result: { description: 'The rule catalogue.' },
      dataField: { description: 'The rules, in the engine’s order.' },
    },
    args: {
      payerId: t.arg.globalID({ required: true, description: 'The payer.' }),
      asOf: t.arg({ type: 'Date', required: false, description: 'The date of service (today when left out).' }),
      planCode: t.arg.string({ required: false, description: 'One of the payer’s benefit designs (its default plan when left out).' }),
    },
    resolve: async (_root, args, ctx) => {
      const payer = await ctx.prisma.payer.findUnique({ where: { id: args.payerId.id }, select: { policyId: true } });
      if (payer === null) {
        throw new NotFoundError('Payer', ['payerId']);
      }
      return [...policyView(ctx, payer.policyId, args.asOf, args.planCode).rules];
    },
  }),
);
