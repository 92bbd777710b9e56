// Analytics on the large dataset: the denial rate by payer and accounts-receivable aging, each as
// one hand-written SQL statement (the baseline) and as Prisma does it (groupBy and aggregates,
// computed in the database; only the few grouped rows reach JavaScript). Runs alternate
// (raw, Prisma, raw, Prisma...) so noise hits both; medians and their ratio are reported.
// The GraphQL API has no analytics field yet: see `analyticsFieldsInSchema`.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { postgresPool } from '../src/db/client.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { anchorDate, benchOrganizationId } from './dataset.ts';

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

/** GraphQL fields that answer these analytics, when the schema has them (none yet). */
export function analyticsFieldsInSchema(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const sdl = readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
  const query = /\ntype Query \{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
  return [...query.matchAll(/^ {2}(\w*(?:analytics|denial|aging)\w*)[(:]/gim)].map((m) => m[1] as string);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
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
  // Prisma on the server's own pool (src/db/client.ts: its session settings included).
  const serverPool = postgresPool(databaseUrl);
  const prisma = new PrismaClient({ adapter: countingAdapterFactory(new PrismaPg(serverPool), counter) });
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
      const rawTimes: number[] = [];
      const prismaTimes: number[] = [];
      let rawStatements = 0;
      let prismaStatements = 0;
      let agree = true;
      for (let i = -3; i < iterations; i++) {
        // Alternate which goes first, so neither always runs on a warmer cache.
        const order = i % 2 === 0 ? (['raw', 'prisma'] as const) : (['prisma', 'raw'] as const);
        const answers: Record<string, unknown> = {};
        for (const which of order) {
          const before = counter.count;
          const start = process.hrtime.bigint();
          answers[which] = which === 'raw' ? await pair.raw() : await pair.prisma();
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          if (i >= 0) {
            (which === 'raw' ? rawTimes : prismaTimes).push(ms);
          }
          if (which === 'prisma') {
            prismaStatements = counter.count - before;
          } else {
            rawStatements = 1;
          }
        }
        agree &&= JSON.stringify(answers.raw) === JSON.stringify(answers.prisma);
      }
      counter.reset();
      results.push({ name: pair.name, rawMs: median(rawTimes), prismaMs: median(prismaTimes), rawStatements, prismaStatements, agree });
    }
    return results;
  } finally {
    await prisma.$disconnect();
    await serverPool.end();
    await pool.end();
  }
}
