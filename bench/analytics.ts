// Analytics on the large dataset, each against one hand-written SQL statement (the baseline), in
// runs that alternate (raw, other, raw, other...) so noise hits both; medians and their ratio
// are reported.
// 1. The API itself: `Query.analytics { denialRate arAging }` asked in-process of the server
//    (GraphQL, token, access rules and the report's statement), against raw SQL computing the
//    same figures by the API's definitions (src/graphql/types/Analytics.ts).
// 2. The same kind of figures as Prisma's query builder gives them (groupBy and aggregates,
//    computed in the database; only the few grouped rows reach JavaScript), against raw SQL.

import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgresAdapter, postgresPool } from '../src/db/client.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { isoDate } from '../src/domain/dates.ts';
import { anchorDate, benchOrganizationId } from './dataset.ts';
import { parityApp } from './servers/parity-app.ts';

/** Claims the payer has decided on, and those of them it denied (an appeal is of a denial). */
const adjudicated = ['PAID', 'PARTIALLY_PAID', 'DENIED', 'APPEALED'] as const;
const denied = new Set<string>(['DENIED', 'APPEALED']);
/** Claims still owed: sent and not finally decided. */
const open = ['SUBMITTED', 'ACCEPTED', 'APPEALED'] as const;
/** Aging buckets, in days since submission, as of the dataset's anchor date. */
const buckets = [
  { label: '0-30', from: 0, to: 30 },
  { label: '31-60', from: 31, to: 60 },
  { label: '61-90', from: 61, to: 90 },
  { label: '91-120', from: 91, to: 120 },
  { label: '121+', from: 121, to: null },
] as const;

export interface DenialRate {
  payer: string;
  denied: number;
  adjudicated: number;
}

export interface AgingBucket {
  bucket: string;
  claims: number;
  outstanding: string;
}

const denialSql = `
SELECT p.name AS payer,
       count(*) FILTER (WHERE c.status IN ('DENIED', 'APPEALED'))::int AS denied,
       count(*)::int AS adjudicated
  FROM "Claim" c JOIN "Payer" p ON p.id = c."payerId"
 WHERE c."organizationId" = $1 AND c.status IN ('PAID', 'PARTIALLY_PAID', 'DENIED', 'APPEALED')
 GROUP BY p.name
 ORDER BY p.name`;

const agingSql = `
SELECT CASE WHEN age <= 30 THEN '0-30' WHEN age <= 60 THEN '31-60' WHEN age <= 90 THEN '61-90'
            WHEN age <= 120 THEN '91-120' ELSE '121+' END AS bucket,
       count(*)::int AS claims, sum("totalCharge")::text AS outstanding
  FROM (SELECT ($2::date - (c."submittedAt" AT TIME ZONE 'UTC')::date) AS age, c."totalCharge"
          FROM "Claim" c
         WHERE c."organizationId" = $1 AND c.status IN ('SUBMITTED', 'ACCEPTED', 'APPEALED')
           AND c."submittedAt" < ($2::date + 1)::timestamp AT TIME ZONE 'UTC') aged
 GROUP BY 1`;

const dayMs = 86_400_000;
const anchor = Date.parse(`${anchorDate}T00:00:00.000Z`);

/** The instant range [gte, lt) of submissions `from` to `to` days old on the anchor date. */
function submittedBetween(from: number, to: number | null): { gte?: Date; lt: Date } {
  return { lt: new Date(anchor - (from - 1) * dayMs), ...(to === null ? {} : { gte: new Date(anchor - to * dayMs) }) };
}

function sortAging(rows: AgingBucket[]): AgingBucket[] {
  const order = buckets.map((b) => b.label as string);
  return rows.filter((r) => r.claims > 0).sort((a, b) => order.indexOf(a.bucket) - order.indexOf(b.bucket));
}

export interface AnalyticsMeasure {
  name: string;
  rawMs: number;
  prismaMs: number;
  rawStatements: number;
  prismaStatements: number;
  /** Whether both gave the same figures. */
  agree: boolean;
}

/** The reports of `Query.analytics` in schema/schema.graphql (its fields whose type is a report). */
export function analyticsFieldsInSchema(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const analytics = buildSchema(readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8')).getType('Analytics');
  return isObjectType(analytics)
    ? Object.values(analytics.getFields())
        .filter((field) => /Report!?$/.test(String(field.type)))
        .map((field) => field.name)
    : [];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times `raw` (one statement) against `other`, alternating which goes first so neither always
 * runs on a warmer cache, after three untimed warm-up runs of each.
 *
 * @param counter - counts the statements `other` sends
 * @returns medians in ms, the statements of one run of `other`, and whether every run of both
 *   gave the same answer (compared as JSON)
 */
async function alternate(
  raw: () => Promise<unknown>,
  other: () => Promise<unknown>,
  iterations: number,
  counter: StatementCounter,
): Promise<{ rawMs: number; otherMs: number; otherStatements: number; agree: boolean }> {
  const rawTimes: number[] = [];
  const otherTimes: number[] = [];
  let otherStatements = 0;
  let agree = true;
  for (let i = -3; i < iterations; i++) {
    const order = i % 2 === 0 ? (['raw', 'other'] as const) : (['other', 'raw'] as const);
    const answers: Record<string, unknown> = {};
    for (const which of order) {
      const before = counter.count;
      const start = process.hrtime.bigint();
      answers[which] = which === 'raw' ? await raw() : await other();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (i >= 0) {
        (which === 'raw' ? rawTimes : otherTimes).push(ms);
      }
      if (which === 'other') {
        otherStatements = counter.count - before;
      }
    }
    agree &&= JSON.stringify(answers.raw) === JSON.stringify(answers.other);
  }
  counter.reset();
  return { rawMs: median(rawTimes), otherMs: median(otherTimes), otherStatements, agree };
}

/**
 * Times both analytics, raw SQL against Prisma, alternating.
 *
 * @param databaseUrl - the benchmark database
 * @param iterations - timed runs of each (after three warm-up runs)
 */
export async function measureAnalytics(databaseUrl: string, iterations: number): Promise<AnalyticsMeasure[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  const counter = new StatementCounter();
  // Prisma on the server's own pool and adapter (src/db/client.ts: its session settings and
  // prepared statements included).
  const serverPool = postgresPool(databaseUrl);
  const prisma = new PrismaClient({ adapter: countingAdapterFactory(postgresAdapter(serverPool), counter) });
  try {
    const rawDenials = async (): Promise<DenialRate[]> => (await pool.query<DenialRate>(denialSql, [benchOrganizationId])).rows;
    const prismaDenials = async (): Promise<DenialRate[]> => {
      const groups = await prisma.claim.groupBy({
        by: ['payerId', 'status'],
        where: { organizationId: benchOrganizationId, status: { in: [...adjudicated] } },
        _count: { _all: true },
      });
      const payers = await prisma.payer.findMany({ where: { id: { in: [...new Set(groups.map((g) => g.payerId))] } }, select: { id: true, name: true } });
      const byPayer = new Map<string, DenialRate>(payers.map((p) => [p.id, { payer: p.name, denied: 0, adjudicated: 0 }]));
      for (const g of groups) {
        const rate = byPayer.get(g.payerId);
        if (rate) {
          rate.adjudicated += g._count._all;
          rate.denied += denied.has(g.status) ? g._count._all : 0;
        }
      }
      return [...byPayer.values()].sort((a, b) => (a.payer < b.payer ? -1 : 1));
    };
    const rawAging = async (): Promise<AgingBucket[]> => sortAging((await pool.query<AgingBucket>(agingSql, [benchOrganizationId, anchorDate])).rows);
    const prismaAging = async (): Promise<AgingBucket[]> => {
      const sums = await Promise.all(
        buckets.map((b) =>
          prisma.claim.aggregate({
            where: { organizationId: benchOrganizationId, status: { in: [...open] }, submittedAt: submittedBetween(b.from, b.to) },
            _count: { _all: true },
            _sum: { totalCharge: true },
          }),
        ),
      );
      return sortAging(
        sums.map((s, k) => ({
          bucket: (buckets[k] as (typeof buckets)[number]).label,
          claims: s._count._all,
          outstanding: s._sum.totalCharge?.toFixed(2) ?? '0.00',
        })),
      );
    };

    const pairs = [
      { name: 'Denial rate by payer', raw: rawDenials, prisma: prismaDenials },
      { name: 'AR aging buckets (open claims by days since submission)', raw: rawAging, prisma: prismaAging },
    ];
    const results: AnalyticsMeasure[] = [];
    for (const pair of pairs) {
      const timed = await alternate(pair.raw, pair.prisma, iterations, counter);
      results.push({ name: pair.name, rawMs: timed.rawMs, prismaMs: timed.otherMs, rawStatements: 1, prismaStatements: timed.otherStatements, agree: timed.agree });
    }
    return results;
  } finally {
    await prisma.$disconnect();
    await serverPool.end();
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The API's analytics against raw SQL computing the same figures
// ---------------------------------------------------------------------------------------------

/**
 * Denial rate by payer, by the API's definitions (DenialRateReport): a claim is adjudicated when
 * it was paid (in part), has a remittance, or was denied; denied when its status is DENIED or
 * APPEALED, a remittance says denied (CLP02 = 4), or its history has a denial.
 */
const apiDenialSql = `
SELECT p.name AS payer, count(*) FILTER (WHERE j.denied)::int AS denied, count(*)::int AS adjudicated
  FROM (SELECT c."payerId",
               c.status IN ('DENIED', 'APPEALED')
                 OR EXISTS (SELECT 1 FROM "Remittance" r WHERE r."claimId" = c.id AND r."claimStatusCode" = '4')
                 OR EXISTS (SELECT 1 FROM "ClaimStatusChange" h WHERE h."claimId" = c.id AND h."toStatus" = 'DENIED') AS denied,
               c.status IN ('PAID', 'PARTIALLY_PAID')
                 OR EXISTS (SELECT 1 FROM "Remittance" r WHERE r."claimId" = c.id) AS decided
          FROM "Claim" c
         WHERE c."organizationId" = $1) j
  JOIN "Payer" p ON p.id = j."payerId"
 WHERE j.decided OR j.denied
 GROUP BY p.name
 ORDER BY p.name`;

/**
 * AR aging by payer, by the API's definitions (ArAgingReport): claims sent and not closed, their
 * balance (charge less paid, patient responsibility and contractual adjustments, CO-45) when
 * positive, in bands of days since submission as of `$2`.
 */
const apiAgingSql = `
WITH sent AS (
  SELECT c.id, c."payerId", c."submittedAt", c."totalCharge"
    FROM "Claim" c
   WHERE c."organizationId" = $1 AND c."submittedAt" IS NOT NULL
     AND c.status IN ('SUBMITTED', 'ACCEPTED', 'PARTIALLY_PAID', 'APPEALED', 'DENIED')
), paid AS (
  SELECT r."claimId", sum(r."paidAmount") AS paid, sum(r."patientResponsibility") AS patient
    FROM "Remittance" r WHERE r."claimId" IN (SELECT id FROM sent) GROUP BY r."claimId"
), contractual AS (
  SELECT r."claimId", sum(a.amount) AS amount
    FROM "Remittance" r JOIN "RemittanceAdjustment" a ON a."remittanceId" = r.id
   WHERE r."claimId" IN (SELECT id FROM sent) AND a."groupCode" = 'CO' AND a."reasonCode" = '45'
   GROUP BY r."claimId"
), open AS (
  SELECT s."payerId", $2::date - (s."submittedAt" AT TIME ZONE 'UTC')::date AS age,
         s."totalCharge" - coalesce(p.paid, 0) - coalesce(p.patient, 0) - coalesce(k.amount, 0) AS balance
    FROM sent s LEFT JOIN paid p ON p."claimId" = s.id LEFT JOIN contractual k ON k."claimId" = s.id
)
SELECT py.name AS payer,
       CASE WHEN age <= 30 THEN 0 WHEN age <= 60 THEN 1 WHEN age <= 90 THEN 2 WHEN age <= 120 THEN 3 ELSE 4 END AS bucket,
       count(*)::int AS claims, round(sum(balance), 2)::text AS balance
  FROM open o JOIN "Payer" py ON py.id = o."payerId"
 WHERE o.balance > 0
 GROUP BY 1, 2
 ORDER BY 1, 2`;

interface AgingCell {
  payer: string;
  bucket: number;
  claims: number;
  balance: string;
}

export interface ApiAnalyticsMeasure {
  name: string;
  /** The GraphQL field asked. */
  field: string;
  rawMs: number;
  apiMs: number;
  /** SQL statements of one API request (the raw side sends one). */
  apiStatements: number;
  /** Whether both gave the same figures. */
  agree: boolean;
}

interface GraphQLAnswer<T> {
  data?: { analytics: T };
  errors?: Array<{ message: string }>;
}

/**
 * Times the API's analytics (asked of the server in-process: the same GraphQL execution, token,
 * access rules and statements as over HTTP, without the network) against the raw SQL.
 *
 * @param databaseUrl - the benchmark database
 * @param iterations - timed runs of each (after three warm-up runs)
 */
export async function measureApiAnalytics(databaseUrl: string, iterations: number): Promise<ApiAnalyticsMeasure[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  const app = await parityApp(databaseUrl);
  const ask = async <T>(query: string): Promise<T> => {
    const response = await app.server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...app.headers },
      body: JSON.stringify({ query }),
    });
    const answer = (await response.json()) as GraphQLAnswer<T>;
    if (!answer.data || answer.errors) {
      throw new Error(`the API refused the analytics query: ${answer.errors?.map((e) => e.message).join('; ') ?? response.status}`);
    }
    return answer.data.analytics;
  };
  const money = (value: string | number | null): string => Number(value ?? 0).toFixed(2);
  try {
    const rawDenials = async (): Promise<DenialRate[]> => (await pool.query<DenialRate>(apiDenialSql, [benchOrganizationId])).rows;
    const apiDenials = async (): Promise<DenialRate[]> => {
      const report = await ask<{ denialRate: { rows: Array<{ label: string; denied: number; adjudicated: number }> } }>(
        '{ analytics { denialRate(groupBy: PAYER) { rows { label denied adjudicated } } } }',
      );
      return report.denialRate.rows
        .map((r) => ({ payer: r.label, denied: r.denied, adjudicated: r.adjudicated }))
        .sort((a, b) => (a.payer < b.payer ? -1 : 1));
    };
    // The API ages claims as of its today; the raw statement is given the same day.
    const rawAging = async (): Promise<AgingCell[]> =>
      (await pool.query<AgingCell>(apiAgingSql, [benchOrganizationId, isoDate(new Date())])).rows.map((r) => ({ ...r, balance: money(r.balance) }));
    const apiAging = async (): Promise<AgingCell[]> => {
      const report = await ask<{ arAging: { rows: Array<{ label: string; buckets: Array<{ claims: number; openBalance: string | number | null }> }> } }>(
        '{ analytics { arAging { rows { label buckets { claims openBalance } } } } }',
      );
      return report.arAging.rows
        .flatMap((row) => row.buckets.map((cell, bucket) => ({ payer: row.label, bucket, claims: cell.claims, balance: money(cell.openBalance) })))
        .filter((cell) => cell.claims > 0)
        .sort((a, b) => (a.payer < b.payer ? -1 : a.payer > b.payer ? 1 : a.bucket - b.bucket));
    };
    const pairs = [
      { name: 'Denial rate by payer', field: 'analytics.denialRate(groupBy: PAYER)', raw: rawDenials, api: apiDenials },
      { name: 'AR aging by payer and age band', field: 'analytics.arAging', raw: rawAging, api: apiAging },
    ];
    const results: ApiAnalyticsMeasure[] = [];
    for (const pair of pairs) {
      const timed = await alternate(pair.raw, pair.api, iterations, app.counter);
      results.push({ name: pair.name, field: pair.field, rawMs: timed.rawMs, apiMs: timed.otherMs, apiStatements: timed.otherStatements, agree: timed.agree });
    }
    return results;
  } finally {
    await app.close();
    await pool.end();
  }
}
