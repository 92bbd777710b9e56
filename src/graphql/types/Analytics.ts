// Analytics: the schema of the revenue-cycle aggregates (Query.analytics). The reports
// themselves, their SQL and their small-cell rule, are a read service (src/services/analytics.ts);
// the fields here declare and delegate.

import { dateValue, isoDate } from '../../domain/dates.ts';
import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { smallCellLimit } from '../../auth/small-cells.ts';
import { UnitType } from './enums.ts';
import { Payer } from './Payer.ts';
import { ParityFlagRef } from './PayerPolicy.ts';
import {
  type AgingCell,
  type AgingReport,
  type AgingRow,
  arAging,
  authorizationsAtRisk,
  buckets,
  checkRange,
  classifications,
  type ClassificationView,
  credentialingGaps,
  deidentified,
  denialRate,
  type DenialReport,
  type DenialRow,
  type GapReport,
  type GapRow,
  type ParityLimitView,
  parityReport,
  type ParityReportView,
  payerId,
  type Period,
  periodOf,
  type PlanView,
  providerId,
  type RiskReport,
  type RiskRow,
  shown,
} from '../../services/analytics.ts';

// ---------------------------------------------------------------------------------------------
// Shared types
// ---------------------------------------------------------------------------------------------

interface AnalyticsRoot {
  readonly kind: 'analytics';
}

const Analytics = builder.objectRef<AnalyticsRoot>('Analytics');

const SmallCellSuppression = builder.objectRef<{ applied: boolean }>('SmallCellSuppression').implement({
  description:
    'How small cells are protected in these aggregates. For callers who may not read patient identifiers (analysts), any count ' +
    `from 1 to ${smallCellLimit} reads as null, and so do the money amounts and rates of the same cell or row; the cell or row ` +
    'then says `suppressed: true`. Where exactly one count of a column (or of a row whose total is shown) would be withheld, ' +
    'the next smallest is withheld too, so that no withheld count can be worked out from a total. Zero is never suppressed.',
  ...access('analytics'),
  fields: (t) => ({
    applied: t.exposeBoolean('applied', { description: 'Whether small cells are suppressed for you.' }),
    maximum: t.int({ description: `The largest count that is always suppressed (${smallCellLimit}); counts from 1 to it read as null.`, resolve: () => smallCellLimit }),
  }),
});

const AnalyticsPeriod = builder.objectRef<Period>('AnalyticsPeriod').implement({
  description:
    'The dates of service a report covers, both ends included. For analysts, periods are whole months: a `from` in the middle ' +
    'of a month starts with the next month, a `to` in the middle of a month ends with the end of its month.',
  ...access('analytics'),
  fields: (t) => ({
    from: t.field({ type: 'Date', nullable: true, description: 'First date covered; null when the period has no start.', resolve: (p) => (p.from ? dateValue(p.from) : null) }),
    to: t.field({ type: 'Date', nullable: true, description: 'Last date covered; null when the period has no end.', resolve: (p) => (p.to ? dateValue(p.to) : null) }),
    wholeMonths: t.exposeBoolean('wholeMonths', { description: 'Whether the period asked for was rounded to whole months (analysts).' }),
  }),
});

const fromDescription = 'First date of service included (none when left out).';
const toDescription = 'Last date of service included (none when left out).';

// ---------------------------------------------------------------------------------------------
// 1. Denial rate
// ---------------------------------------------------------------------------------------------

const DenialRateGrouping = builder.enumType('DenialRateGrouping', {
  description: 'What the rows of a denial-rate report are.',
  values: {
    PAYER: { description: 'One row per payer (key: the payer’s global ID).' },
    PROVIDER: { description: 'One row per claim-level rendering provider (key: the provider’s global ID; null for claims without one).' },
    REASON: {
      description:
        'One row per claim adjustment reason code (CARC) on the denied claims’ remittances, group codes other than PR ' +
        '(patient responsibility) and CARC 45 (contractual) left out; a claim denied for several reasons counts in each ' +
        'row; key null for denied claims with no such code.',
    },
    MONTH: { description: 'One row per month of the claims’ first date of service (key: YYYY-MM).' },
  } as const,
});

const DenialRateRow = builder.objectRef<DenialRow>('DenialRateRow').implement({
  description: 'Claims adjudicated and denied in one group (or in all, for the overall row), and the share denied.',
  ...access('analytics'),
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: true,
      description: 'What the row is about: a payer’s or provider’s global ID, a CARC, or a month (YYYY-MM). Null on the overall row and for claims with no rendering provider or no reason code.',
    }),
    label: t.exposeString('label', { description: 'Human-readable name of the group: payer name, provider "Last, First", the CARC’s meaning, or the month.' }),
    adjudicated: t.exposeInt('adjudicated', {
      nullable: true,
      description: 'Claims the payer has decided at least once (paid, partially paid or denied). By REASON, every claim adjudicated in the period. Null when suppressed (1 to 10).',
    }),
    denied: t.exposeInt('denied', { nullable: true, description: 'Of those, claims the payer denied (for this reason, by REASON). Null when suppressed (1 to 10).' }),
    rate: t.exposeFloat('rate', {
      nullable: true,
      description: 'denied / adjudicated, from 0 to 1. Null when nothing was adjudicated or either count is suppressed.',
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Whether a count of this row was withheld as a small cell (so the row’s nulls mean "1 to 10", not "unknown").' }),
  }),
});

const DenialRateReport = builder.objectRef<DenialReport>('DenialRateReport').implement({
  description:
    'The denial rate. A claim counts as adjudicated when the payer has decided it at least once: it has a remittance, or it is ' +
    'PAID or PARTIALLY_PAID, or it was denied. It counts as denied when the payer denied it at least once: its status is DENIED ' +
    'or APPEALED, or a remittance of it says denied (835 CLP02 = 4), or its status history went through DENIED (so a claim ' +
    'written off or paid after a denial counts as denied: the initial denial rate). A line denied inside a paid claim does not ' +
    'make the claim denied. Claims are placed in the period by their first date of service. 42 CFR Part 2 claims you may not ' +
    'see are left out.',
  ...access('analytics'),
  fields: (t) => ({
    groupBy: t.field({ type: DenialRateGrouping, description: 'What the rows are.', resolve: (r) => r.groupBy }),
    period: t.field({ type: AnalyticsPeriod, description: 'The dates of service covered.', resolve: (r) => r.period }),
    overall: t.field({ type: DenialRateRow, description: 'Every claim of the period together (by REASON: denied claims, each once).', resolve: (r) => r.total }),
    rows: t.field({ type: [DenialRateRow], description: 'One row per group, by label (by month for MONTH, by code for REASON).', resolve: (r) => r.rows }),
  }),
});

// ---------------------------------------------------------------------------------------------
// 2. Accounts-receivable aging
// ---------------------------------------------------------------------------------------------

const AgingBucket = builder.enumType('AgingBucket', {
  description: 'An accounts-receivable age band: days from the claim’s submission to today.',
  values: {
    DAYS_0_30: { description: '0 to 30 days.' },
    DAYS_31_60: { description: '31 to 60 days.' },
    DAYS_61_90: { description: '61 to 90 days.' },
    DAYS_91_120: { description: '91 to 120 days.' },
    OVER_120: { description: 'More than 120 days.' },
  } as const,
});

const ArAgingCell = builder.objectRef<AgingCell>('ArAgingCell').implement({
  description: 'Open claims of one age band, and what they still have open.',
  ...access('analytics'),
  fields: (t) => ({
    bucket: t.field({ type: AgingBucket, description: 'The age band.', resolve: (c) => c.bucket }),
    minDays: t.exposeInt('minDays', { description: 'Youngest age in the band, in days since submission.' }),
    maxDays: t.exposeInt('maxDays', { nullable: true, description: 'Oldest age in the band (null for the open-ended band).' }),
    claims: t.exposeInt('claims', { nullable: true, description: 'Open claims of this age. Null when suppressed (1 to 10).' }),
    openBalance: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'What those claims still have open, in dollars (exact). Null when the count is suppressed.',
      resolve: (c) => c.openBalance,
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Whether the count (and so the balance) was withheld as a small cell.' }),
  }),
});

const ArAgingRow = builder.objectRef<AgingRow>('ArAgingRow').implement({
  description: 'The open balance of one payer (or of all, on the overall row), by age band.',
  ...access('analytics'),
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'The payer’s global ID; null on the overall row.' }),
    label: t.exposeString('label', { description: 'The payer’s name ("All payers" on the overall row).' }),
    buckets: t.field({ type: [ArAgingCell], description: 'The five age bands, youngest first, each present even when empty.', resolve: (r) => r.buckets }),
    claims: t.exposeInt('claims', { nullable: true, description: 'Open claims in every band together. Null when suppressed (1 to 10).' }),
    openBalance: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Open balance in every band together, in dollars (exact). Null when the count is suppressed.',
      resolve: (r) => r.openBalance,
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Whether the row’s total count was withheld as a small cell (its bands say so each for themselves).' }),
  }),
});

const ArAgingReport = builder.objectRef<AgingReport>('ArAgingReport').implement({
  description:
    'Accounts receivable by payer and age. A claim is open when it was submitted and is SUBMITTED, ACCEPTED, PARTIALLY_PAID, ' +
    'APPEALED or DENIED (not written off) and still has a balance. Its open balance is its total charge less what its ' +
    'remittances paid, the patient responsibility they assigned and the contractual adjustments (CO-45) they made; claims ' +
    'with nothing left open are not counted. Its age is the days from the date it was submitted (UTC) to today. Amounts are ' +
    'summed exactly in the database. 42 CFR Part 2 claims you may not see are left out.',
  ...access('analytics'),
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'The day ages are counted to (today).', resolve: (r) => dateValue(r.asOf) }),
    overall: t.field({ type: ArAgingRow, description: 'Every payer together.', resolve: (r) => r.total }),
    rows: t.field({ type: [ArAgingRow], description: 'One row per payer with open claims, by name.', resolve: (r) => r.rows }),
  }),
});

// ---------------------------------------------------------------------------------------------
// 3. Authorizations at risk
// ---------------------------------------------------------------------------------------------

const AuthorizationRiskGrouping = builder.enumType('AuthorizationRiskGrouping', {
  description: 'What the rows of the authorizations-at-risk report are.',
  values: {
    PAYER: { description: 'One row per payer (key: the payer’s global ID).' },
    LEVEL_OF_CARE: { description: 'One row per level of care authorized (key: the level; null for authorizations by code).' },
  } as const,
});

const AuthorizationRiskRow = builder.objectRef<RiskRow>('AuthorizationRiskRow').implement({
  description: 'Approved authorizations in force of one group (or of all, on the overall row), and how many are at risk, and why.',
  ...access('analytics'),
  fields: (t) => ({
    key: t.exposeString('key', { nullable: true, description: 'The payer’s global ID, or the level of care; null on the overall row and for authorizations by code.' }),
    label: t.exposeString('label', { description: 'The payer’s name or the level of care.' }),
    approved: t.exposeInt('approved', { nullable: true, description: 'Approved authorizations not ended by today. Null when suppressed (1 to 10).' }),
    atRisk: t.exposeInt('atRisk', { nullable: true, description: 'Of those, the ones at risk for any of the reasons below (each counted once). Null when suppressed.' }),
    expiring: t.exposeInt('expiring', { nullable: true, description: 'Ending within `withinDays` days (today included). Null when suppressed.' }),
    lowUnits: t.exposeInt('lowUnits', { nullable: true, description: 'With units left at most `lowUnitsPercent` percent of the units approved (or none left). Null when suppressed.' }),
    reviewDue: t.exposeInt('reviewDue', {
      nullable: true,
      description: 'With a concurrent review due within `withinDays` days, or overdue (the latest review’s next date, else the one set at approval). Null when suppressed.',
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Whether a count of this row was withheld as a small cell.' }),
  }),
});

const AuthorizationRiskReport = builder.objectRef<RiskReport>('AuthorizationRiskReport').implement({
  description:
    'Approved prior authorizations not ended by today that may stop covering care soon: ending within `withinDays` days, ' +
    'running out of units, or with a concurrent review due. Units used are counted as the policy engine counts them: lines of ' +
    'claims not DENIED or WRITTEN_OFF that name the authorization (on the line, or on the claim), as lines for VISITS, ' +
    'distinct dates of service for DAYS, and the sum of units for UNITS. 42 CFR Part 2 records you may not see are left out. ' +
    'To list the authorizations themselves, use `authorizations` with a filter.',
  ...access('analytics'),
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'Today, the day the windows start.', resolve: (r) => dateValue(r.asOf) }),
    withinDays: t.exposeInt('withinDays', { description: 'The window asked for, in days.' }),
    lowUnitsPercent: t.exposeInt('lowUnitsPercent', { description: 'The share of approved units at or below which units are running out, in percent.' }),
    groupBy: t.field({ type: AuthorizationRiskGrouping, description: 'What the rows are.', resolve: (r) => r.groupBy }),
    overall: t.field({ type: AuthorizationRiskRow, description: 'Every group together.', resolve: (r) => r.total }),
    rows: t.field({ type: [AuthorizationRiskRow], description: 'One row per group with authorizations in force, by label.', resolve: (r) => r.rows }),
  }),
});

// ---------------------------------------------------------------------------------------------
// 4. Credentialing gaps
// ---------------------------------------------------------------------------------------------

const CredentialingGapRow = builder.objectRef<GapRow>('CredentialingGapRow').implement({
  description: 'Sessions a provider has booked with a payer on dates the provider is not enrolled with it.',
  ...access('analytics'),
  fields: (t) => ({
    providerId: t.exposeID('providerId', { description: 'The rendering provider’s global ID.' }),
    providerName: t.exposeString('providerName', { description: 'The provider, "Last, First".' }),
    payerId: t.exposeID('payerId', { description: 'The payer’s global ID.' }),
    payerName: t.exposeString('payerName', { description: 'The payer’s name.' }),
    sessions: t.exposeInt('sessions', { nullable: true, description: 'Sessions (completed or scheduled) in the gap. Null when suppressed (1 to 10).' }),
    scheduled: t.exposeInt('scheduled', { nullable: true, description: 'Of those, sessions still scheduled (not yet held): the ones that can still be moved. Null when suppressed.' }),
    firstDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'First date of service in the gap (for analysts, the first day of its month). Null when the row is suppressed.',
      resolve: (r) => (r.firstDate ? dateValue(r.firstDate) : null),
    }),
    lastDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last date of service in the gap (for analysts, the first day of its month). Null when the row is suppressed.',
      resolve: (r) => (r.lastDate ? dateValue(r.lastDate) : null),
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Whether the row’s counts and dates were withheld as a small cell.' }),
  }),
});

const CredentialingGapReport = builder.objectRef<GapReport>('CredentialingGapReport').implement({
  description:
    'Credentialing gaps: completed or scheduled sessions booked against a coverage with a payer that the session’s provider is ' +
    'not enrolled with on the date of service. Enrolled means an enrollment with that payer ENROLLED on the date (from and to ' +
    'dates covering it, open ends allowed), or TERMINATED with an end date and dates covering it: the rule the policy engine ' +
    'applies. Cancelled sessions and no-shows are left out, and so are 42 CFR Part 2 records you may not see.',
  ...access('analytics'),
  fields: (t) => ({
    period: t.field({ type: AnalyticsPeriod, description: 'The dates of service covered.', resolve: (r) => r.period }),
    rows: t.field({ type: [CredentialingGapRow], description: 'One row per provider and payer with a gap, by provider then payer.', resolve: (r) => r.rows }),
  }),
});

// ---------------------------------------------------------------------------------------------
// 5. Parity report
// ---------------------------------------------------------------------------------------------

export const ParityClassification = builder.enumType('ParityClassification', {
  description: 'A classification of benefits under the mental-health parity rules (MHPAEA): limits are compared within one.',
  values: {
    INPATIENT_IN_NETWORK: { description: 'Inpatient, in network (residential, detox).' },
    INPATIENT_OUT_OF_NETWORK: { description: 'Inpatient, out of network.' },
    OUTPATIENT_IN_NETWORK: { description: 'Outpatient, in network (office visits, IOP, PHP).' },
    OUTPATIENT_OUT_OF_NETWORK: { description: 'Outpatient, out of network.' },
    EMERGENCY: { description: 'Emergency care.' },
    PRESCRIPTION_DRUGS: { description: 'Prescription drugs.' },
  } as const,
});

const ParityBenefitLimit = builder.objectRef<ParityLimitView>('ParityBenefitLimit').implement({
  description: 'A quantitative limit the plan puts on a behavioral-health benefit.',
  ...access('analytics'),
  fields: (t) => ({
    limitId: t.exposeString('limitId', { description: 'The limit’s id in the payer’s policy.' }),
    label: t.exposeString('label', { description: 'What is limited, in words.' }),
    max: t.exposeInt('max', { description: 'How many are covered per benefit year.' }),
    count: t.field({ type: UnitType, description: 'What is counted: visits (lines), units, or days (distinct dates).', resolve: (l) => l.count }),
    codes: t.exposeStringList('codes', { description: 'The procedure codes it covers (single codes, ranges such as 90832-90838, or prefixes such as H*).' }),
  }),
});

type MedSurgView = NonNullable<ClassificationView['medSurg']>;
type CostShareView = NonNullable<ClassificationView['costShare']>;

const dollars = (amount: number | null): string | null => (amount === null ? null : amount.toFixed(2));

const ParityMedSurgProfile = builder.objectRef<MedSurgView>('ParityMedSurgProfile').implement({
  description: 'The plan’s medical/surgical benefits in a classification, as the payer’s policy states them: what behavioral-health limits are compared with.',
  ...access('analytics'),
  fields: (t) => ({
    covered: t.exposeBoolean('covered', { description: 'Whether the plan covers medical/surgical benefits in this classification.' }),
    visitLimitPerYear: t.int({ nullable: true, description: 'The predominant medical/surgical visit limit per year; null when none.', resolve: (m) => m.visitLimit?.perYear ?? null }),
    visitLimitShareOfBenefits: t.float({
      nullable: true,
      description: 'The share of medical/surgical benefits that limit applies to, from 0 to 1 (parity compares limits applying to two thirds or more).',
      resolve: (m) => m.visitLimit?.shareOfBenefits ?? null,
    }),
    priorAuthForRoutineOutpatient: t.exposeBoolean('priorAuthForRoutineOutpatient', { description: 'Whether routine medical/surgical office visits need prior authorization.' }),
    predominantCopay: t.field({ type: 'Decimal', nullable: true, description: 'The predominant medical/surgical copay, in dollars.', resolve: (m) => dollars(m.predominantCopay) }),
    predominantCoinsurance: t.float({ nullable: true, description: 'The predominant medical/surgical coinsurance, as a share (0.2 for 20%).', resolve: (m) => m.predominantCoinsurance }),
  }),
});

const ParityCostShare = builder.objectRef<CostShareView>('ParityCostShare').implement({
  description: 'What a patient pays for behavioral-health benefits in a classification.',
  ...access('analytics'),
  fields: (t) => ({
    copay: t.field({ type: 'Decimal', nullable: true, description: 'Copay, in dollars.', resolve: (c) => dollars(c.copay) }),
    coinsurance: t.float({ nullable: true, description: 'Coinsurance, as a share (0.2 for 20%).', resolve: (c) => c.coinsurance }),
  }),
});

const ParityClassificationComparison = builder.objectRef<ClassificationView>('ParityClassificationComparison').implement({
  description: 'One classification of a plan: its behavioral-health limits and cost share beside its medical/surgical profile.',
  ...access('analytics'),
  fields: (t) => ({
    classification: t.field({ type: ParityClassification, description: 'The classification.', resolve: (c) => c.classification }),
    behavioralLimits: t.field({ type: [ParityBenefitLimit], description: 'Quantitative limits on behavioral-health benefits here.', resolve: (c) => c.limits }),
    behavioralCostShare: t.field({ type: ParityCostShare, nullable: true, description: 'Behavioral-health cost share here, when the policy states it.', resolve: (c) => c.costShare }),
    medSurg: t.field({ type: ParityMedSurgProfile, nullable: true, description: 'The medical/surgical profile here, when the policy states it.', resolve: (c) => c.medSurg }),
  }),
});

const ParityReportPlan = builder.objectRef<PlanView>('ParityReportPlan').implement({
  description: 'One plan (benefit design) of a payer, in the policy version in force on the report’s date.',
  ...access('analytics'),
  fields: (t) => ({
    payer: t.field({ type: Payer, description: 'The payer.', resolve: (p) => p.payer }),
    policyVersion: t.exposeString('policyVersion', { description: 'The payer policy version in force.' }),
    versionEffectiveFrom: t.field({ type: 'Date', description: 'The day that version took effect.', resolve: (p) => dateValue(p.versionEffectiveFrom) }),
    planCode: t.exposeString('planCode', { description: 'The plan’s code in the payer’s policy (what a coverage’s plan code names).' }),
    defaultPlan: t.exposeBoolean('defaultPlan', { description: 'Whether this is the plan used for coverages that name none.' }),
    parityApplies: t.exposeBoolean('applies', { description: 'Whether the parity rules apply to the plan (they do not to Medicare fee-for-service).' }),
    classifications: t.field({
      type: [ParityClassificationComparison],
      description: 'Each classification the plan states behavioral-health limits, cost share or a medical/surgical profile for, in the regulation’s order.',
      resolve: (p) => p.classifications,
    }),
    flags: t.field({ type: [ParityFlagRef], description: 'What the parity checks flag (empty when parity does not apply).', resolve: (p) => p.flags }),
  }),
});

const ParityReport = builder.objectRef<ParityReportView>('ParityReport').implement({
  description:
    'Each payer’s plans as their policy plugins define them on a date: behavioral-health benefit limits beside the ' +
    'medical/surgical profile, per classification, and the parity flags they raise. Plan data only: no patient record is read.',
  ...access('analytics'),
  fields: (t) => ({
    asOf: t.field({ type: 'Date', description: 'The date the policy versions are taken on.', resolve: (r) => dateValue(r.asOf) }),
    plans: t.field({
      type: [ParityReportPlan],
      description: 'Every plan of every payer whose policy has a version in force on that date, by payer name, the default plan first.',
      resolve: (r) => r.plans,
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// The root field
// ---------------------------------------------------------------------------------------------

Analytics.implement({
  description:
    'The revenue cycle in aggregate: denial rates, accounts-receivable aging, authorizations at risk, credentialing gaps and ' +
    'a parity report. Only counts, rates and amounts, never a patient row. Everything is limited to your organization, and ' +
    '42 CFR Part 2 records you may not see are left out of every figure. For analysts (callers who may not read patient ' +
    `identifiers), counts from 1 to ${smallCellLimit} read as null with the amounts and rates that go with them (see ` +
    '`smallCellSuppression` and each row’s `suppressed`), periods are whole months and dates are months.',
  ...access('analytics'),
  fields: (t) => ({
    smallCellSuppression: t.field({
      type: SmallCellSuppression,
      description: 'Whether small cells are suppressed for you, and up to which count.',
      resolve: (_root, _args, ctx) => ({ applied: deidentified(ctx) }),
    }),
    denialRate: t.field({
      type: DenialRateReport,
      description:
        'Share of adjudicated claims the payer denied, by payer, provider, reason code or month (definitions on DenialRateReport). ' +
        'A period that ends before it starts is refused with a BAD_USER_INPUT error naming the argument.',
      args: {
        groupBy: t.arg({ type: DenialRateGrouping, required: false, defaultValue: 'PAYER', description: 'What the rows are (PAYER when left out).' }),
        from: t.arg({ type: 'Date', required: false, description: fromDescription }),
        to: t.arg({ type: 'Date', required: false, description: toDescription }),
      },
      resolve: (_root, args, ctx) => denialRate(ctx, args.groupBy ?? 'PAYER', periodOf(ctx, args.from, args.to)),
    }),
    arAging: t.field({
      type: ArAgingReport,
      description: 'Open accounts receivable by payer, in age bands of 0-30, 31-60, 61-90, 91-120 and over 120 days since submission (definitions on ArAgingReport).',
      resolve: (_root, _args, ctx) => arAging(ctx),
    }),
    authorizationsAtRisk: t.field({
      type: AuthorizationRiskReport,
      description:
        'Approved authorizations ending soon, running out of units, or with a concurrent review due (definitions on ' +
        'AuthorizationRiskReport). An argument out of range is refused with a BAD_USER_INPUT error naming it.',
      args: {
        withinDays: t.arg.int({ required: false, defaultValue: 14, description: 'How many days ahead to look for end dates and reviews (0 to 365; 14 when left out).' }),
        lowUnitsPercent: t.arg.int({
          required: false,
          defaultValue: 20,
          description: 'Units are running out when those left are at most this percent of those approved (0 to 100; 20 when left out).',
        }),
        groupBy: t.arg({ type: AuthorizationRiskGrouping, required: false, defaultValue: 'PAYER', description: 'What the rows are (PAYER when left out).' }),
      },
      resolve: (_root, args, ctx) => {
        const withinDays = args.withinDays ?? 14;
        const lowUnitsPercent = args.lowUnitsPercent ?? 20;
        checkRange('withinDays', withinDays, 0, 365);
        checkRange('lowUnitsPercent', lowUnitsPercent, 0, 100);
        return authorizationsAtRisk(ctx, args.groupBy ?? 'PAYER', withinDays, lowUnitsPercent);
      },
    }),
    credentialingGaps: t.field({
      type: CredentialingGapReport,
      description:
        'Sessions booked with payers their provider is not enrolled with on the date of service, by provider and payer ' +
        '(definitions on CredentialingGapReport). A period that ends before it starts is refused with a BAD_USER_INPUT error.',
      args: {
        from: t.arg({ type: 'Date', required: false, description: fromDescription }),
        to: t.arg({ type: 'Date', required: false, description: toDescription }),
      },
      resolve: (_root, args, ctx) => credentialingGaps(ctx, periodOf(ctx, args.from, args.to)),
    }),
    parityReport: t.field({
      type: ParityReport,
      description: 'Each payer plan’s behavioral-health limits beside its medical/surgical profile, with parity flags (definitions on ParityReport).',
      args: { asOf: t.arg({ type: 'Date', required: false, description: 'The date whose policy versions to report (today when left out).' }) },
      resolve: (_root, args, ctx) => parityReport(ctx, args.asOf ? isoDate(args.asOf) : ctx.today),
    }),
  }),
});

builder.queryField('analytics', (t) =>
  t.field({
    type: Analytics,
    description:
      'Aggregates of the revenue cycle for analysts and billing staff (ADMIN, BILLER, ANALYST): denial rates, AR aging, ' +
      'authorizations at risk, credentialing gaps, parity.',
    ...access('analytics'),
    resolve: () => ({ kind: 'analytics' as const }),
  }),
);
