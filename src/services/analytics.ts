// Analytics, a read service: the revenue cycle in aggregate, for analysts and billing staff
// (Query.analytics, src/graphql/types/Analytics.ts declares its schema).
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
import { visibleSql } from '../auth/scope-sql.ts';
import type { AccessRules } from '../auth/scope.ts';
import type { Context } from '../context.ts';
import { addDays, dateValue, isoDate } from '../domain/dates.ts';
import { Prisma, type Payer as PayerRow } from '../generated/prisma/client.ts';
import { planOn } from '../policy/answers.ts';
import { parityFlags, type ParityFlag } from '../policy/parity.ts';
import type { ParityClassification as Classification, PlanSettings } from '../policy/types.ts';
import { selectPolicyVersion } from '../policy/versions.ts';
import { accessClasses } from '../auth/access.ts';
import { suppressSmallCells } from '../auth/small-cells.ts';

// ---------------------------------------------------------------------------------------------
// Small cells, periods, and the row rules in SQL
// ---------------------------------------------------------------------------------------------

/** Whether the caller gets de-identified aggregates: small cells suppressed, dates by month. */
export function deidentified(ctx: Context): boolean {
  const role = ctx.viewer?.role;
  return role === undefined || !(accessClasses.phi as readonly string[]).includes(role);
}

/**
 * Bad input to a report: a BAD_USER_INPUT error naming the argument and the reason (a report is
 * a plain object, so that analysts select its fields without fragments).
 */
export function badArgument(argument: string, reason: string, message: string): GraphQLError {
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
export function withheldCells(ctx: Context, counts: readonly (readonly number[])[], rows = false): boolean[][] {
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
export const shown = (count: number, hidden: boolean | undefined): number | null => (hidden ? null : count);

/** A reporting period: dates of service from `from` to `to`, both included; null for open. */
export interface Period {
  from: string | null;
  to: string | null;
  wholeMonths: boolean;
}

export function firstOfNextMonth(date: string): string {
  const d = dateValue(date);
  return isoDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/**
 * The period asked for, checked; for de-identified callers widened or narrowed to whole months
 * (a period starting mid-month starts with the next month, one ending mid-month ends with its
 * month), the way their date filters are compared elsewhere.
 */
export function periodOf(ctx: Context, from: Date | null | undefined, to: Date | null | undefined): Period {
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
export function inPeriod(column: Prisma.Sql, period: Period): Prisma.Sql {
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
export async function rulesOf(ctx: Context): Promise<AccessRules> {
  const rules = await ctx.access();
  if (rules.viewer.role === 'PARTNER' || rules.viewer.role === 'AUDITOR') {
    // Unreachable through the permission layer; the SQL above is written for staff only.
    throw new Error('analytics are not computed for partners or auditors');
  }
  return rules;
}

export const payerId = (id: string): string => encodeGlobalID('Payer', id);
export const providerId = (id: string): string => encodeGlobalID('Provider', id);

/** Claim adjustment reason codes (X12 CARC list, abridged) the demo and common denials use. */
export const carcLabels: Readonly<Record<string, string>> = {
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
// 1. Denial rate
// ---------------------------------------------------------------------------------------------

export type DenialGrouping = 'PAYER' | 'PROVIDER' | 'REASON' | 'MONTH';

export interface DenialRow {
  key: string | null;
  label: string;
  adjudicated: number | null;
  denied: number | null;
  rate: number | null;
  suppressed: boolean;
}

export interface DenialReport {
  groupBy: DenialGrouping;
  period: Period;
  rows: DenialRow[];
  total: DenialRow;
}

export interface DenialSqlRow {
  key: string | null;
  label: string | null;
  adjudicated: number;
  denied: number;
  total: number;
}

export const denialGroups: Record<Exclude<DenialGrouping, 'REASON'>, { key: Prisma.Sql; label: Prisma.Sql; join: Prisma.Sql }> = {
  PAYER: { key: Prisma.sql`j."payerId"::text`, label: Prisma.sql`py.name`, join: Prisma.sql`JOIN "Payer" py ON py.id = j."payerId"` },
  PROVIDER: {
    key: Prisma.sql`j."renderingProviderId"::text`,
    label: Prisma.sql`pr."lastName" || ', ' || pr."firstName"`,
    join: Prisma.sql`LEFT JOIN "Provider" pr ON pr.id = j."renderingProviderId"`,
  },
  MONTH: { key: Prisma.sql`to_char(j."serviceFrom", 'YYYY-MM')`, label: Prisma.sql`to_char(j."serviceFrom", 'YYYY-MM')`, join: Prisma.empty },
};

/** SQL: the visible claims of the period, each marked adjudicated and denied (see the report's description). */
export function judgedClaims(rules: AccessRules, period: Period): Prisma.Sql {
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

export function reasonOrder(a: { key: string | null }, b: { key: string | null }): number {
  if (a.key === null || b.key === null) {
    return a.key === null ? (b.key === null ? 0 : 1) : -1;
  }
  const numeric = (k: string) => (/^\d+$/.test(k) ? Number(k) : Number.POSITIVE_INFINITY);
  return numeric(a.key) - numeric(b.key) || a.key.localeCompare(b.key);
}

export async function denialRate(ctx: Context, groupBy: DenialGrouping, period: Period): Promise<DenialReport> {
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

export const buckets = [
  { bucket: 'DAYS_0_30', minDays: 0, maxDays: 30 },
  { bucket: 'DAYS_31_60', minDays: 31, maxDays: 60 },
  { bucket: 'DAYS_61_90', minDays: 61, maxDays: 90 },
  { bucket: 'DAYS_91_120', minDays: 91, maxDays: 120 },
  { bucket: 'OVER_120', minDays: 121, maxDays: null },
] as const;

export type BucketName = (typeof buckets)[number]['bucket'];

export interface AgingCell {
  bucket: BucketName;
  minDays: number;
  maxDays: number | null;
  claims: number | null;
  openBalance: string | null;
  suppressed: boolean;
}

export interface AgingRow {
  key: string | null;
  label: string;
  buckets: AgingCell[];
  claims: number | null;
  openBalance: string | null;
  suppressed: boolean;
}

export interface AgingReport {
  asOf: string;
  rows: AgingRow[];
  total: AgingRow;
}

export interface AgingSqlRow {
  key: string | null;
  label: string | null;
  bucket: number | null;
  claims: number;
  balance: string | null;
  allPayers: number;
  allBuckets: number;
}

export async function arAging(ctx: Context): Promise<AgingReport> {
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

export type RiskGrouping = 'PAYER' | 'LEVEL_OF_CARE';

export interface RiskRow {
  key: string | null;
  label: string;
  approved: number | null;
  atRisk: number | null;
  expiring: number | null;
  lowUnits: number | null;
  reviewDue: number | null;
  suppressed: boolean;
}

export interface RiskReport {
  asOf: string;
  withinDays: number;
  lowUnitsPercent: number;
  groupBy: RiskGrouping;
  rows: RiskRow[];
  total: RiskRow;
}

export interface RiskSqlRow {
  key: string | null;
  label: string | null;
  approved: number;
  atRisk: number;
  expiring: number;
  lowUnits: number;
  reviewDue: number;
  total: number;
}

export const riskGroups: Record<RiskGrouping, { key: Prisma.Sql; label: Prisma.Sql; join: Prisma.Sql }> = {
  PAYER: { key: Prisma.sql`k."payerId"::text`, label: Prisma.sql`py.name`, join: Prisma.sql`JOIN "Payer" py ON py.id = k."payerId"` },
  LEVEL_OF_CARE: { key: Prisma.sql`k."levelOfCare"::text`, label: Prisma.sql`k."levelOfCare"::text`, join: Prisma.empty },
};

export async function authorizationsAtRisk(ctx: Context, groupBy: RiskGrouping, withinDays: number, lowUnitsPercent: number): Promise<RiskReport> {
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

export interface GapRow {
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

export interface GapReport {
  period: Period;
  rows: GapRow[];
}

export interface GapSqlRow {
  providerId: string;
  providerName: string;
  payerId: string;
  payerName: string;
  sessions: number;
  scheduled: number;
  firstDate: string;
  lastDate: string;
}

export async function credentialingGaps(ctx: Context, period: Period): Promise<GapReport> {
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
export const classifications = [
  'INPATIENT_IN_NETWORK',
  'INPATIENT_OUT_OF_NETWORK',
  'OUTPATIENT_IN_NETWORK',
  'OUTPATIENT_OUT_OF_NETWORK',
  'EMERGENCY',
  'PRESCRIPTION_DRUGS',
] as const satisfies readonly Classification[];

export interface ParityLimitView {
  limitId: string;
  label: string;
  max: number;
  count: 'VISITS' | 'UNITS' | 'DAYS';
  codes: readonly string[];
}

export interface ClassificationView {
  classification: Classification;
  limits: ParityLimitView[];
  medSurg: NonNullable<PlanSettings['parity']['medSurg'][Classification]> | null;
  costShare: NonNullable<PlanSettings['parity']['behavioralCostShare'][Classification]> | null;
}

export interface PlanView {
  payer: PayerRow;
  policyVersion: string;
  versionEffectiveFrom: string;
  planCode: string;
  defaultPlan: boolean;
  applies: boolean;
  classifications: ClassificationView[];
  flags: ParityFlag[];
}

export interface ParityReportView {
  asOf: string;
  plans: PlanView[];
}

export function classificationsOf(settings: PlanSettings): ClassificationView[] {
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

export async function parityReport(ctx: Context, asOf: string): Promise<ParityReportView> {
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
// Arguments
// ---------------------------------------------------------------------------------------------

export function checkRange(name: string, value: number, min: number, max: number): void {
  if (value < min || value > max) {
    throw badArgument(name, 'OUT_OF_RANGE', `${name} must be from ${min} to ${max}.`);
  }
}
