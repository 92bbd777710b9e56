// Analytics: the revenue cycle in aggregate, for analysts and billing staff (Query.analytics).
// Each figure is one SQL statement of aggregates; no row is loaded to be counted in JS.
//
// Raw SQL does not go through the scoped client (src/db/scoped.ts), so each statement takes the
// row rules as SQL from beside them (`visibleSql`, src/auth/scope-sql.ts): a figure counts only
// the records the caller may see, Part 2 records included only where the caller may see them.
//
// Callers who may not read patient identifiers (analysts) get small cells suppressed
// (suppressSmallCells, src/auth/small-cells.ts): a count from 1 to 10 reads as null, with the
// money and rates of the same cell, and the cell says so (`suppressed`); more cells are withheld
// where a total would give a withheld one back. Their periods are whole months and their dates
// months, as everywhere else (src/auth/deidentify.ts).

import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { visibleSql } from '../../auth/scope-sql.ts';
import type { AccessRules } from '../../auth/scope.ts';
import type { Context } from '../../context.ts';
import { addDays, dateValue, isoDate } from '../../domain/dates.ts';
import { Prisma, type Payer as PayerRow } from '../../generated/prisma/client.ts';
import { planOn } from '../../policy/answers.ts';
import { parityFlags, type ParityFlag } from '../../policy/parity.ts';
import type { ParityClassification as Classification, PlanSettings } from '../../policy/types.ts';
import { selectPolicyVersion } from '../../policy/versions.ts';
import { access, accessClasses } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { smallCellLimit, suppressSmallCells } from '../../auth/small-cells.ts';
import { UnitType } from './enums.ts';
import { Payer } from './Payer.ts';
import { ParityFlagRef } from './PayerPolicy.ts';

// ---------------------------------------------------------------------------------------------
// Small cells, periods, and the row rules in SQL
// ---------------------------------------------------------------------------------------------

/** Whether the caller gets de-identified aggregates: small cells suppressed, dates by month. */
function deidentified(ctx: Context): boolean {
  const role = ctx.viewer?.role;
  return role === undefined || !(accessClasses.phi as readonly string[]).includes(role);
}

/**
 * Bad input to a report: a BAD_USER_INPUT error naming the argument and the reason (a report is
 * a plain object, so that analysts select its fields without fragments).
 */
function badArgument(argument: string, reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, reason, http: { status: 400 } } });
}

/**
 * Which cells of a table of counts the caller may not read. For de-identified callers: the small
 * cells, and, by `suppressSmallCells` on every line whose sum the report shows (each column
 * holds the groups and their overall row last; with `rows`, each row holds its cells and their
 * total last), one more cell wherever a line would have exactly one withheld, repeated until no
 * line does, so that no withheld count can be worked out from what is shown.
 *
 * @param counts - the table, one array per row
 * @param rows - whether rows sum up too (their last cell is their total)
 */
function withheldCells(ctx: Context, counts: readonly (readonly number[])[], rows = false): boolean[][] {
  const hidden = counts.map((row) => row.map(() => false));
  if (!deidentified(ctx)) {
    return hidden;
  }
  const width = Math.max(0, ...counts.map((row) => row.length));
  const lines: Array<Array<[number, number]>> = [];
  for (let j = 0; j < width; j++) {
    lines.push(counts.map((_, i): [number, number] => [i, j]));
  }
  if (rows) {
    counts.forEach((row, i) => lines.push(row.map((_, j): [number, number] => [i, j])));
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      // A cell withheld already counts as small, so that the line's other cells protect it.
      const shown = suppressSmallCells(line.map(([i, j]) => ({ count: hidden[i]?.[j] ? 1 : (counts[i]?.[j] ?? 0) })));
      shown.forEach((cell, k) => {
        const [i, j] = line[k] as [number, number];
        const row = hidden[i] as boolean[];
        if (cell.suppressed && !row[j]) {
          row[j] = true;
          changed = true;
        }
      });
    }
  }
  return hidden;
}

/** A count, or null when withheld. */
const shown = (count: number, hidden: boolean | undefined): number | null => (hidden ? null : count);

/** A reporting period: dates of service from `from` to `to`, both included; null for open. */
interface Period {
  from: string | null;
  to: string | null;
  wholeMonths: boolean;
}

function firstOfNextMonth(date: string): string {
  const d = dateValue(date);
  return isoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/**
 * The period asked for, checked; for de-identified callers widened or narrowed to whole months
 * (a period starting mid-month starts with the next month, one ending mid-month ends with its
 * month), the way their date filters are compared elsewhere.
 */
function periodOf(ctx: Context, from: Date | null | undefined, to: Date | null | undefined): Period {
  const start = from ? isoDate(from) : null;
  const end = to ? isoDate(to) : null;
  if (start !== null && end !== null && end < start) {
    throw badArgument('to', 'END_BEFORE_START', 'The period ends before it starts: `to` must be on or after `from`.');
  }
  if (!deidentified(ctx)) {
    return { from: start, to: end, wholeMonths: false };
  }
  return {
    from: start === null || start.endsWith('-01') ? start : firstOfNextMonth(start),
    to: end === null ? null : addDays(firstOfNextMonth(end), -1),
    wholeMonths: true,
  };
}

/** SQL: `column` within the period. */
function inPeriod(column: Prisma.Sql, period: Period): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (period.from !== null) {
    parts.push(Prisma.sql`${column} >= ${period.from}::date`);
  }
  if (period.to !== null) {
    parts.push(Prisma.sql`${column} <= ${period.to}::date`);
  }
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, ' AND ');
}

/** The request's row rules; analytics are for staff and analysts of one organization. */
async function rulesOf(ctx: Context): Promise<AccessRules> {
  const rules = await ctx.access();
  if (rules.viewer.role === 'PARTNER' || rules.viewer.role === 'AUDITOR') {
    // Unreachable through the permission layer; the SQL above is written for staff only.
    throw new Error('analytics are not computed for partners or auditors');
  }
  return rules;
}

const payerId = (id: string): string => encodeGlobalID('Payer', id);
const providerId = (id: string): string => encodeGlobalID('Provider', id);

/** Claim adjustment reason codes (X12 CARC list, abridged) the demo and common denials use. */
const carcLabels: Readonly<Record<string, string>> = {
  '4': 'The procedure code is inconsistent with the modifier used, or a required modifier is missing',
  '5': 'The procedure code or bill type is inconsistent with the place of service',
  '11': 'The diagnosis is inconsistent with the procedure',
  '16': 'Claim or service lacks information or has submission or billing errors',
  '18': 'Exact duplicate claim or service',
  '22': 'This care may be covered by another payer (coordination of benefits)',
  '26': 'Expenses incurred before coverage',
  '27': 'Expenses incurred after coverage terminated',
  '29': 'The time limit for filing has expired',
  '50': 'Non-covered: not deemed a medical necessity by the payer',
  '96': 'Non-covered charge',
  '97': 'Included in the payment for another service (bundled)',
  '119': 'Benefit maximum for this time period or occurrence has been reached',
  '185': 'The rendering provider is not eligible to perform the service billed',
  '197': 'Precertification, authorization or notification absent',
  '198': 'Precertification, authorization or notification exceeded',
  '204': 'This service is not covered under the patient’s current benefit plan',
  B7: 'This provider was not certified or eligible to be paid for this service on this date of service',
};

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

type DenialGrouping = 'PAYER' | 'PROVIDER' | 'REASON' | 'MONTH';

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

interface DenialRow {
  key: string | null;
  label: string;
  adjudicated: number | null;
  denied: number | null;
  rate: number | null;
  suppressed: boolean;
}

interface DenialReport {
  groupBy: DenialGrouping;
  period: Period;
  rows: DenialRow[];
  total: DenialRow;
}

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

interface DenialSqlRow {
  key: string | null;
  label: string | null;
  adjudicated: number;
  denied: number;
  total: number;
}

const denialGroups: Record<Exclude<DenialGrouping, 'REASON'>, { key: Prisma.Sql; label: Prisma.Sql; join: Prisma.Sql }> = {
  PAYER: { key: Prisma.sql`j."payerId"::text`, label: Prisma.sql`py.name`, join: Prisma.sql`JOIN "Payer" py ON py.id = j."payerId"` },
  PROVIDER: {
    key: Prisma.sql`j."renderingProviderId"::text`,
    label: Prisma.sql`pr."lastName" || ', ' || pr."firstName"`,
    join: Prisma.sql`LEFT JOIN "Provider" pr ON pr.id = j."renderingProviderId"`,
  },
  MONTH: { key: Prisma.sql`to_char(j."serviceFrom", 'YYYY-MM')`, label: Prisma.sql`to_char(j."serviceFrom", 'YYYY-MM')`, join: Prisma.empty },
};

/** SQL: the visible claims of the period, each marked adjudicated and denied (see the report's description). */
function judgedClaims(rules: AccessRules, period: Period): Prisma.Sql {
  return Prisma.sql`
    claims AS (
      SELECT c.id, c."payerId", c."renderingProviderId", c."serviceFrom",
             (c.status IN ('DENIED', 'APPEALED')
               OR EXISTS (SELECT 1 FROM "Remittance" r WHERE r."claimId" = c.id AND r."claimStatusCode" = '4')
               OR EXISTS (SELECT 1 FROM "ClaimStatusChange" h WHERE h."claimId" = c.id AND h."toStatus" = 'DENIED')) AS denied,
             (c.status IN ('PAID', 'PARTIALLY_PAID')
               OR EXISTS (SELECT 1 FROM "Remittance" r WHERE r."claimId" = c.id)) AS decided
      FROM "Claim" c
      WHERE ${visibleSql('Claim', 'c', rules)} AND ${inPeriod(Prisma.raw('c."serviceFrom"'), period)}
    ),
    judged AS (SELECT * FROM claims WHERE decided OR denied)`;
}

function reasonOrder(a: { key: string | null }, b: { key: string | null }): number {
  if (a.key === null || b.key === null) {
    return a.key === null ? (b.key === null ? 0 : 1) : -1;
  }
  const numeric = (k: string) => (/^\d+$/.test(k) ? Number(k) : Number.POSITIVE_INFINITY);
  return numeric(a.key) - numeric(b.key) || a.key.localeCompare(b.key);
}

async function denialRate(ctx: Context, groupBy: DenialGrouping, period: Period): Promise<DenialReport> {
  const rules = await rulesOf(ctx);
  const rows =
    groupBy === 'REASON'
      ? await ctx.prisma.$queryRaw<DenialSqlRow[]>`
          WITH ${judgedClaims(rules, period)},
          reasons AS (
            SELECT j.id, rc.code FROM judged j
            LEFT JOIN LATERAL (
              SELECT DISTINCT a."reasonCode" AS code
              FROM "Remittance" r JOIN "RemittanceAdjustment" a ON a."remittanceId" = r.id
              WHERE r."claimId" = j.id AND a."groupCode" <> 'PR' AND a."reasonCode" <> '45'
            ) rc ON TRUE
            WHERE j.denied
          )
          SELECT rs.code AS key, rs.code AS label, (SELECT COUNT(*) FROM judged)::int AS adjudicated,
                 COUNT(DISTINCT rs.id)::int AS denied, GROUPING(rs.code)::int AS total
          FROM reasons rs
          GROUP BY GROUPING SETS ((rs.code), ())`
      : await ctx.prisma.$queryRaw<DenialSqlRow[]>`
          WITH ${judgedClaims(rules, period)}
          SELECT g.key, g.label, COUNT(*)::int AS adjudicated, COUNT(*) FILTER (WHERE g.denied)::int AS denied,
                 GROUPING(g.key, g.label)::int AS total
          FROM (SELECT ${denialGroups[groupBy].key} AS key, ${denialGroups[groupBy].label} AS label, j.denied
                FROM judged j ${denialGroups[groupBy].join}) g
          GROUP BY GROUPING SETS ((g.key, g.label), ())
          ORDER BY total, g.label NULLS LAST, g.key`;
  const labelOf = (r: DenialSqlRow): { key: string | null; label: string } => {
    if (r.total !== 0) {
      return { key: null, label: groupBy === 'REASON' ? 'All denied claims' : 'All claims' };
    }
    if (r.key === null) {
      return { key: null, label: groupBy === 'REASON' ? 'No reason code on the remittances' : 'No rendering provider on the claim' };
    }
    if (groupBy === 'REASON') {
      return { key: r.key, label: `${r.key}: ${carcLabels[r.key] ?? 'see the X12 CARC list'}` };
    }
    return { key: groupBy === 'PAYER' ? payerId(r.key) : groupBy === 'PROVIDER' ? providerId(r.key) : r.key, label: r.label ?? r.key };
  };
  const groups = rows.filter((r) => r.total === 0).map((r) => ({ ...r, ...labelOf(r) }));
  if (groupBy === 'REASON') {
    groups.sort(reasonOrder);
  }
  const overall = rows.find((r) => r.total !== 0) ?? { key: null, label: null, adjudicated: 0, denied: 0, total: 1 };
  const table = [...groups, { ...overall, ...labelOf(overall) }];
  const hidden = withheldCells(
    ctx,
    table.map((r) => [r.adjudicated, r.denied]),
  );
  const out = table.map((r, i): DenialRow => {
    const adjudicated = shown(r.adjudicated, hidden[i]?.[0]);
    const denied = shown(r.denied, hidden[i]?.[1]);
    return {
      key: r.key,
      label: r.label,
      adjudicated,
      denied,
      rate: adjudicated === null || denied === null || adjudicated === 0 ? null : denied / adjudicated,
      suppressed: adjudicated === null || denied === null,
    };
  });
  return { groupBy, period, rows: out.slice(0, -1), total: out[out.length - 1] as DenialRow };
}

// ---------------------------------------------------------------------------------------------
// 2. Accounts-receivable aging
// ---------------------------------------------------------------------------------------------

const buckets = [
  { bucket: 'DAYS_0_30', minDays: 0, maxDays: 30 },
  { bucket: 'DAYS_31_60', minDays: 31, maxDays: 60 },
  { bucket: 'DAYS_61_90', minDays: 61, maxDays: 90 },
  { bucket: 'DAYS_91_120', minDays: 91, maxDays: 120 },
  { bucket: 'OVER_120', minDays: 121, maxDays: null },
] as const;

type BucketName = (typeof buckets)[number]['bucket'];

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

interface AgingCell {
  bucket: BucketName;
  minDays: number;
  maxDays: number | null;
  claims: number | null;
  openBalance: string | null;
  suppressed: boolean;
}

interface AgingRow {
  key: string | null;
  label: string;
  buckets: AgingCell[];
  claims: number | null;
  openBalance: string | null;
  suppressed: boolean;
}

interface AgingReport {
  asOf: string;
  rows: AgingRow[];
  total: AgingRow;
}

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

interface AgingSqlRow {
  key: string | null;
  label: string | null;
  bucket: number | null;
  claims: number;
  balance: string | null;
  allPayers: number;
  allBuckets: number;
}

async function arAging(ctx: Context): Promise<AgingReport> {
  const rules = await rulesOf(ctx);
  // What was paid and adjusted is summed per claim in one pass over the sent claims' remittances
  // (joined by hash), rather than looked up claim by claim: a lateral subquery per claim took
  // about 1.5 times as long on the benchmark's 100,000 claims (bench/analytics.ts).
  const rows = await ctx.prisma.$queryRaw<AgingSqlRow[]>`
    WITH sent AS (
      SELECT c.id, c."payerId", c."submittedAt", c."totalCharge"
      FROM "Claim" c
      WHERE ${visibleSql('Claim', 'c', rules)}
        AND c.status IN ('SUBMITTED', 'ACCEPTED', 'PARTIALLY_PAID', 'APPEALED', 'DENIED')
        AND c."submittedAt" IS NOT NULL
    ),
    paid AS (
      SELECT r."claimId", SUM(r."paidAmount") AS paid, SUM(r."patientResponsibility") AS patient
      FROM "Remittance" r
      WHERE r."claimId" IN (SELECT id FROM sent)
      GROUP BY r."claimId"
    ),
    contractual AS (
      SELECT r."claimId", SUM(a.amount) AS amount
      FROM "Remittance" r JOIN "RemittanceAdjustment" a ON a."remittanceId" = r.id
      WHERE r."claimId" IN (SELECT id FROM sent) AND a."groupCode" = 'CO' AND a."reasonCode" = '45'
      GROUP BY r."claimId"
    ),
    open AS (
      SELECT s."payerId",
             ${ctx.today}::date - (s."submittedAt" AT TIME ZONE 'UTC')::date AS age,
             s."totalCharge" - COALESCE(p.paid, 0) - COALESCE(p.patient, 0) - COALESCE(k.amount, 0) AS balance
      FROM sent s
      LEFT JOIN paid p ON p."claimId" = s.id
      LEFT JOIN contractual k ON k."claimId" = s.id
    ),
    aged AS (
      SELECT o."payerId", py.name, o.balance,
             CASE WHEN o.age <= 30 THEN 0 WHEN o.age <= 60 THEN 1 WHEN o.age <= 90 THEN 2 WHEN o.age <= 120 THEN 3 ELSE 4 END AS bucket
      FROM open o JOIN "Payer" py ON py.id = o."payerId"
      WHERE o.balance > 0
    )
    SELECT "payerId"::text AS key, name AS label, bucket, COUNT(*)::int AS claims, ROUND(SUM(balance), 2)::text AS balance,
           GROUPING("payerId", name)::int AS "allPayers", GROUPING(bucket)::int AS "allBuckets"
    FROM aged
    GROUP BY GROUPING SETS (("payerId", name, bucket), ("payerId", name), (bucket), ())
    ORDER BY "allPayers", name, "payerId", bucket`;

  // A table of payers (and the overall row last), each with its five bands and its total last.
  const payers = rows.filter((r) => r.allPayers === 0 && r.allBuckets !== 0 && r.key !== null);
  const lines = [...payers.map((p) => ({ key: p.key, label: p.label ?? '' })), { key: null, label: 'All payers' }].map(({ key, label }) => {
    const mine = rows.filter((r) => (key === null ? r.allPayers !== 0 : r.allPayers === 0 && r.key === key));
    const cells = [...buckets.map((_, index) => mine.find((r) => r.allBuckets === 0 && r.bucket === index)), mine.find((r) => r.allBuckets !== 0)];
    return { key, label, cells: cells.map((c) => ({ claims: c?.claims ?? 0, balance: c?.balance ?? '0.00' })) };
  });
  const hidden = withheldCells(
    ctx,
    lines.map((l) => l.cells.map((c) => c.claims)),
    true,
  );
  const out = lines.map((line, i): AgingRow => {
    const view = (j: number) => {
      const c = line.cells[j] as { claims: number; balance: string };
      const withheld = hidden[i]?.[j] === true;
      return { claims: shown(c.claims, withheld), openBalance: withheld ? null : c.balance, suppressed: withheld };
    };
    return {
      key: line.key === null ? null : payerId(line.key),
      label: line.label,
      buckets: buckets.map((b, j) => ({ ...b, ...view(j) })),
      ...view(buckets.length),
    };
  });
  return { asOf: ctx.today, rows: out.slice(0, -1), total: out[out.length - 1] as AgingRow };
}

// ---------------------------------------------------------------------------------------------
// 3. Authorizations at risk
// ---------------------------------------------------------------------------------------------

type RiskGrouping = 'PAYER' | 'LEVEL_OF_CARE';

const AuthorizationRiskGrouping = builder.enumType('AuthorizationRiskGrouping', {
  description: 'What the rows of the authorizations-at-risk report are.',
  values: {
    PAYER: { description: 'One row per payer (key: the payer’s global ID).' },
    LEVEL_OF_CARE: { description: 'One row per level of care authorized (key: the level; null for authorizations by code).' },
  } as const,
});

interface RiskRow {
  key: string | null;
  label: string;
  approved: number | null;
  atRisk: number | null;
  expiring: number | null;
  lowUnits: number | null;
  reviewDue: number | null;
  suppressed: boolean;
}

interface RiskReport {
  asOf: string;
  withinDays: number;
  lowUnitsPercent: number;
  groupBy: RiskGrouping;
  rows: RiskRow[];
  total: RiskRow;
}

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

interface RiskSqlRow {
  key: string | null;
  label: string | null;
  approved: number;
  atRisk: number;
  expiring: number;
  lowUnits: number;
  reviewDue: number;
  total: number;
}

const riskGroups: Record<RiskGrouping, { key: Prisma.Sql; label: Prisma.Sql; join: Prisma.Sql }> = {
  PAYER: { key: Prisma.sql`k."payerId"::text`, label: Prisma.sql`py.name`, join: Prisma.sql`JOIN "Payer" py ON py.id = k."payerId"` },
  LEVEL_OF_CARE: { key: Prisma.sql`k."levelOfCare"::text`, label: Prisma.sql`k."levelOfCare"::text`, join: Prisma.empty },
};

async function authorizationsAtRisk(ctx: Context, groupBy: RiskGrouping, withinDays: number, lowUnitsPercent: number): Promise<RiskReport> {
  const rules = await rulesOf(ctx);
  const horizon = addDays(ctx.today, withinDays);
  const group = riskGroups[groupBy];
  const rows = await ctx.prisma.$queryRaw<RiskSqlRow[]>`
    WITH used AS (
      SELECT COALESCE(l."authorizationId", c."authorizationId") AS "authorizationId",
             COUNT(*)::int AS lines, COUNT(DISTINCT l."serviceDate")::int AS days, COALESCE(SUM(l.units), 0)::int AS units
      FROM "ClaimLine" l JOIN "Claim" c ON c.id = l."claimId"
      WHERE COALESCE(l."authorizationId", c."authorizationId") IS NOT NULL
        AND c.status NOT IN ('DENIED', 'WRITTEN_OFF')
        AND ${visibleSql('Claim', 'c', rules)}
      GROUP BY 1
    ),
    risk AS (
      SELECT a."payerId", a."levelOfCare",
             a."endDate" <= ${horizon}::date AS expiring,
             (a."unitsApproved" - CASE a."unitType" WHEN 'VISITS' THEN COALESCE(u.lines, 0)
                                                   WHEN 'DAYS' THEN COALESCE(u.days, 0)
                                                   ELSE COALESCE(u.units, 0) END) * 100
               <= a."unitsApproved" * ${lowUnitsPercent}::int AS "lowUnits",
             COALESCE(COALESCE(rv."nextReviewDue", a."concurrentReviewDue") <= ${horizon}::date, FALSE) AS "reviewDue"
      FROM "Authorization" a
      LEFT JOIN used u ON u."authorizationId" = a.id
      LEFT JOIN LATERAL (
        SELECT r."nextReviewDue" FROM "ConcurrentReview" r WHERE r."authorizationId" = a.id
        ORDER BY r."reviewedOn" DESC, r."createdAt" DESC, r.id DESC LIMIT 1
      ) rv ON TRUE
      WHERE a.status = 'APPROVED' AND a."endDate" >= ${ctx.today}::date
        AND ${visibleSql('Authorization', 'a', rules)}
    )
    SELECT g.key, g.label, COUNT(*)::int AS approved,
           COUNT(*) FILTER (WHERE g.expiring OR g."lowUnits" OR g."reviewDue")::int AS "atRisk",
           COUNT(*) FILTER (WHERE g.expiring)::int AS expiring,
           COUNT(*) FILTER (WHERE g."lowUnits")::int AS "lowUnits",
           COUNT(*) FILTER (WHERE g."reviewDue")::int AS "reviewDue",
           GROUPING(g.key, g.label)::int AS total
    FROM (SELECT ${group.key} AS key, ${group.label} AS label, k.expiring, k."lowUnits", k."reviewDue" FROM risk k ${group.join}) g
    GROUP BY GROUPING SETS ((g.key, g.label), ())
    ORDER BY total, g.label NULLS LAST, g.key`;
  const overall = rows.find((r) => r.total !== 0) ?? { key: null, label: null, approved: 0, atRisk: 0, expiring: 0, lowUnits: 0, reviewDue: 0, total: 1 };
  const table = [...rows.filter((r) => r.total === 0), overall];
  const columns = ['approved', 'atRisk', 'expiring', 'lowUnits', 'reviewDue'] as const;
  const hidden = withheldCells(
    ctx,
    table.map((r) => columns.map((c) => r[c])),
  );
  const out = table.map((r, i): RiskRow => {
    const counts = Object.fromEntries(columns.map((c, j) => [c, shown(r[c], hidden[i]?.[j])])) as Record<(typeof columns)[number], number | null>;
    const label = r.total !== 0 ? 'All authorizations' : (r.label ?? 'By procedure code (no level of care)');
    const key = r.total !== 0 || r.key === null ? null : groupBy === 'PAYER' ? payerId(r.key) : r.key;
    return { key, label, ...counts, suppressed: Object.values(counts).some((v) => v === null) };
  });
  return { asOf: ctx.today, withinDays, lowUnitsPercent, groupBy, rows: out.slice(0, -1), total: out[out.length - 1] as RiskRow };
}

// ---------------------------------------------------------------------------------------------
// 4. Credentialing gaps
// ---------------------------------------------------------------------------------------------

interface GapRow {
  providerId: string;
  providerName: string;
  payerId: string;
  payerName: string;
  sessions: number | null;
  scheduled: number | null;
  firstDate: string | null;
  lastDate: string | null;
  suppressed: boolean;
}

interface GapReport {
  period: Period;
  rows: GapRow[];
}

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

interface GapSqlRow {
  providerId: string;
  providerName: string;
  payerId: string;
  payerName: string;
  sessions: number;
  scheduled: number;
  firstDate: string;
  lastDate: string;
}

async function credentialingGaps(ctx: Context, period: Period): Promise<GapReport> {
  const rules = await rulesOf(ctx);
  const rows = await ctx.prisma.$queryRaw<GapSqlRow[]>`
    SELECT s."providerId"::text AS "providerId", pr."lastName" || ', ' || pr."firstName" AS "providerName",
           cv."payerId"::text AS "payerId", py.name AS "payerName",
           COUNT(*)::int AS sessions, COUNT(*) FILTER (WHERE s.status = 'SCHEDULED')::int AS scheduled,
           to_char(MIN(s."serviceDate"), 'YYYY-MM-DD') AS "firstDate", to_char(MAX(s."serviceDate"), 'YYYY-MM-DD') AS "lastDate"
    FROM "Session" s
    JOIN "Coverage" cv ON cv.id = s."coverageId"
    JOIN "Provider" pr ON pr.id = s."providerId"
    JOIN "Payer" py ON py.id = cv."payerId"
    WHERE ${visibleSql('Session', 's', rules)}
      AND ${visibleSql('Coverage', 'cv', rules)}
      AND s.status IN ('SCHEDULED', 'COMPLETED')
      AND ${inPeriod(Prisma.raw('s."serviceDate"'), period)}
      AND NOT EXISTS (
        SELECT 1 FROM "ProviderEnrollment" e
        WHERE e."providerId" = s."providerId" AND e."payerId" = cv."payerId"
          AND (e."effectiveFrom" IS NULL OR e."effectiveFrom" <= s."serviceDate")
          AND (e."effectiveTo" IS NULL OR e."effectiveTo" >= s."serviceDate")
          AND (e.status = 'ENROLLED' OR (e.status = 'TERMINATED' AND e."effectiveTo" IS NOT NULL)))
    GROUP BY s."providerId", pr."lastName", pr."firstName", cv."payerId", py.name
    ORDER BY "providerName", "payerName", s."providerId", cv."payerId"`;
  const month = (date: string) => (deidentified(ctx) ? `${date.slice(0, 7)}-01` : date);
  const hidden = withheldCells(
    ctx,
    rows.map((r) => [r.sessions, r.scheduled]),
  );
  return {
    period,
    rows: rows.map((r, i) => {
      const sessions = shown(r.sessions, hidden[i]?.[0]);
      const scheduled = shown(r.scheduled, hidden[i]?.[1]);
      // A row whose session count is withheld shows nothing else about those sessions.
      const visible = sessions !== null;
      return {
        providerId: providerId(r.providerId),
        providerName: r.providerName,
        payerId: payerId(r.payerId),
        payerName: r.payerName,
        sessions,
        scheduled: visible ? scheduled : null,
        firstDate: visible ? month(r.firstDate) : null,
        lastDate: visible ? month(r.lastDate) : null,
        suppressed: !visible || scheduled === null,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Parity report
// ---------------------------------------------------------------------------------------------

/** The classifications of benefits of the MHPAEA rules (29 CFR 2590.712(c)(2)(ii)), in their order. */
const classifications = [
  'INPATIENT_IN_NETWORK',
  'INPATIENT_OUT_OF_NETWORK',
  'OUTPATIENT_IN_NETWORK',
  'OUTPATIENT_OUT_OF_NETWORK',
  'EMERGENCY',
  'PRESCRIPTION_DRUGS',
] as const satisfies readonly Classification[];

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

interface ParityLimitView {
  limitId: string;
  label: string;
  max: number;
  count: 'VISITS' | 'UNITS' | 'DAYS';
  codes: readonly string[];
}

interface ClassificationView {
  classification: Classification;
  limits: ParityLimitView[];
  medSurg: NonNullable<PlanSettings['parity']['medSurg'][Classification]> | null;
  costShare: NonNullable<PlanSettings['parity']['behavioralCostShare'][Classification]> | null;
}

interface PlanView {
  payer: PayerRow;
  policyVersion: string;
  versionEffectiveFrom: string;
  planCode: string;
  defaultPlan: boolean;
  applies: boolean;
  classifications: ClassificationView[];
  flags: ParityFlag[];
}

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

interface ParityReportView {
  asOf: string;
  plans: PlanView[];
}

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

function classificationsOf(settings: PlanSettings): ClassificationView[] {
  const limits = Object.entries(settings.benefitLimits).flatMap(([limitId, limit]) =>
    limit ? [{ classification: limit.classification, view: { limitId, label: limit.label, max: limit.max, count: limit.count, codes: limit.codes } }] : [],
  );
  return classifications
    .map((classification) => ({
      classification,
      limits: limits.filter((l) => l.classification === classification).map((l) => l.view),
      medSurg: settings.parity.medSurg[classification] ?? null,
      costShare: settings.parity.behavioralCostShare[classification] ?? null,
    }))
    .filter((c) => c.limits.length > 0 || c.medSurg !== null || c.costShare !== null);
}

async function parityReport(ctx: Context, asOf: string): Promise<ParityReportView> {
  const payers = await ctx.prisma.payer.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  const plans: PlanView[] = [];
  for (const payer of payers) {
    const policy = ctx.policies[payer.policyId];
    const version = policy ? selectPolicyVersion(policy, asOf) : null;
    if (!policy || !version) {
      continue;
    }
    const codes = [version.settings.defaultPlan, ...Object.keys(version.settings.plans).filter((c) => c !== version.settings.defaultPlan)];
    for (const code of codes) {
      const plan = planOn(policy, asOf, code);
      if (plan === null) {
        continue;
      }
      plans.push({
        payer,
        policyVersion: plan.version.version,
        versionEffectiveFrom: plan.version.effectiveFrom,
        planCode: plan.planCode,
        defaultPlan: code === version.settings.defaultPlan,
        applies: plan.settings.parity.applies,
        classifications: classificationsOf(plan.settings),
        flags: parityFlags(plan.settings),
      });
    }
  }
  return { asOf, plans };
}

// ---------------------------------------------------------------------------------------------
// The root field
// ---------------------------------------------------------------------------------------------

function checkRange(name: string, value: number, min: number, max: number): void {
  if (value < min || value > max) {
    throw badArgument(name, 'OUT_OF_RANGE', `${name} must be from ${min} to ${max}.`);
  }
}

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
