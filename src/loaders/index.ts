// Per-request batch loaders for computed fields: each turns a page's worth of lookups into a
// fixed number of queries. Created fresh for every request (in the context), never shared
// between callers.

import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/client.ts';
import { visibleSql, type RowAccess } from '../auth/scope-sql.ts';
import { fullScope } from '../auth/scope.ts';
import { clientQuery, type RawQuery } from '../db/driver.ts';
import { addDays, isoDate } from '../domain/dates.ts';
import { evaluate, type PolicyRegistry } from '../policy/engine.ts';
import type { ClaimSnapshot, EnrollmentSnapshot, EvaluationResult, ProgramDaySnapshot, UsageEntry } from '../policy/types.ts';
import { loadClaimSnapshots } from './claim-snapshots.ts';

/** Claims whose services count neither against limits nor authorizations. */
const NOT_COUNTED = ['DENIED', 'WRITTEN_OFF'];

export interface Loaders {
  /**
   * Units of each authorization used by claims (not denied or written off) that bill under it,
   * counted as the authorization counts: lines (visits), distinct dates (days) or units. Only
   * claims the caller may see count: a hidden Part 2 claim must not show as units used.
   */
  authorizationUnitsUsed: DataLoader<string, number>;
  /** A provider's enrollments with a payer; key `providerId:payerId`. */
  enrollments: DataLoader<string, EnrollmentSnapshot[]>;
  /**
   * A patient's services with a payer in the two years up to a date; key
   * `patientId:payerId:YYYY-MM-DD`. Only lines whose codes the caller may read count: a hidden
   * Part 2 claim's, or a billing-only consent's, would tell what they withhold.
   */
  usage: DataLoader<string, UsageEntry[]>;
  /** A patient's program days in the week around a date, those whose details the caller may read; key `patientId:YYYY-MM-DD`. */
  programDays: DataLoader<string, ProgramDaySnapshot[]>;
  /** Each claim's snapshot (what its payer's policy judges), or null when not visible. */
  claimSnapshot: DataLoader<string, ClaimSnapshot | null>;
  /** Each claim judged by its payer's policy in force on its first date of service, as of today. */
  claimJudgement: DataLoader<string, EvaluationResult | null>;
}

/**
 * @param prisma - the request's scoped client: loaders see only what the caller may see
 * @param rowAccess - the same caller's row rules, for the raw statements (counts of lines)
 * @param policies - the payer policy plugins
 * @param today - the day claims are judged on
 * @param raw - how the policy context's raw statement runs (src/db/driver.ts)
 */
export function createLoaders(
  prisma: PrismaClient,
  rowAccess: () => Promise<RowAccess>,
  policies: PolicyRegistry,
  today: string,
  raw: RawQuery = clientQuery(prisma),
): Loaders {
  const claimSnapshot = new DataLoader<string, ClaimSnapshot | null>(async (ids) => {
    const snapshots = await loadClaimSnapshots(prisma, ids, await rowAccess(), raw);
    return ids.map((id) => snapshots.get(id) ?? null);
  });
  return {
    authorizationUnitsUsed: new DataLoader(async (ids) => {
      const rows = await prisma.$queryRaw<Array<{ id: string; used: number }>>`
        SELECT a.id,
               CASE a."unitType"
                 WHEN 'DAYS' THEN COUNT(DISTINCT l."serviceDate")
                 WHEN 'UNITS' THEN COALESCE(SUM(l.units), 0)
                 ELSE COUNT(l.id)
               END::int AS used
        FROM "Authorization" a
        JOIN "Claim" c ON c."patientId" = a."patientId" AND c."payerId" = a."payerId"
        JOIN "ClaimLine" l ON l."claimId" = c.id AND COALESCE(l."authorizationId", c."authorizationId") = a.id
        WHERE a.id = ANY(${[...ids]}::uuid[]) AND c.status::text <> ALL(${NOT_COUNTED}::text[])
          AND ${visibleSql('Claim', 'c', await rowAccess())}
        GROUP BY a.id, a."unitType"`;
      const used = new Map(rows.map((r) => [r.id, r.used]));
      return ids.map((id) => used.get(id) ?? 0);
    }),
    enrollments: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await prisma.providerEnrollment.findMany({
        where: { providerId: { in: [...new Set(pairs.map(([p]) => p))] }, payerId: { in: [...new Set(pairs.map(([, q]) => q))] } },
      });
      return pairs.map(([providerId, payerId]) =>
        rows
          .filter((e) => e.providerId === providerId && e.payerId === payerId)
          .map((e) => ({
            status: e.status,
            effectiveFrom: e.effectiveFrom ? isoDate(e.effectiveFrom) : null,
            effectiveTo: e.effectiveTo ? isoDate(e.effectiveTo) : null,
            inNetwork: e.inNetwork,
          })),
      );
    }),
    usage: new DataLoader(async (keys) => {
      const parsed = keys.map((key) => key.split(':') as [string, string, string]);
      const latest = parsed.reduce((max, [, , date]) => (date > max ? date : max), '0000-01-01');
      const earliest = parsed.reduce((min, [, , date]) => (date < min ? date : min), '9999-12-31');
      const rows = await prisma.$queryRaw<Array<{ patientId: string; payerId: string; serviceDate: Date; procedureCode: string; count: number; units: number }>>`
        SELECT c."patientId", c."payerId", l."serviceDate", l."procedureCode", COUNT(*)::int AS count, SUM(l.units)::int AS units
        FROM "ClaimLine" l JOIN "Claim" c ON c.id = l."claimId"
        WHERE c."patientId" = ANY(${[...new Set(parsed.map(([p]) => p))]}::uuid[])
          AND c."payerId" = ANY(${[...new Set(parsed.map(([, q]) => q))]}::uuid[])
          AND c.status::text <> ALL(${NOT_COUNTED}::text[])
          AND ${visibleSql('Claim', 'c', await rowAccess(), { details: true })}
          AND l."serviceDate" BETWEEN ${addDays(earliest, -731)}::date AND ${latest}::date
        GROUP BY 1, 2, 3, 4`;
      return parsed.map(([patientId, payerId, date]) =>
        rows
          .filter((r) => r.patientId === patientId && r.payerId === payerId && isoDate(r.serviceDate) <= date && isoDate(r.serviceDate) >= addDays(date, -731))
          .map((r) => ({ serviceDate: isoDate(r.serviceDate), procedureCode: r.procedureCode, count: r.count, units: r.units })),
      );
    }),
    programDays: new DataLoader(async (keys) => {
      const parsed = keys.map((key) => key.split(':') as [string, string]);
      const dates = parsed.map(([, date]) => date).sort();
      const access = await rowAccess();
      const rows = await prisma.programDay.findMany({
        where: {
          // Days whose details (level of care, services, minutes) the caller may see: a week's
          // hours are those details summed (a billing-only Part 2 consent withholds them).
          ...(access === 'every row' ? {} : { AND: fullScope('ProgramDay', access, undefined, true) }),
          patientId: { in: [...new Set(parsed.map(([p]) => p))] },
          serviceDate: { gte: new Date(`${addDays(dates[0] ?? '1970-01-01', -7)}T00:00:00Z`), lte: new Date(`${addDays(dates[dates.length - 1] ?? '1970-01-01', 7)}T00:00:00Z`) },
        },
        select: { patientId: true, serviceDate: true, levelOfCare: true, services: { select: { procedureCode: true, minutes: true } } },
      });
      return parsed.map(([patientId, date]) =>
        rows
          .filter((d) => d.patientId === patientId && isoDate(d.serviceDate) >= addDays(date, -7) && isoDate(d.serviceDate) <= addDays(date, 7))
          .map((d) => ({ date: isoDate(d.serviceDate), levelOfCare: d.levelOfCare, services: d.services.map((x) => ({ code: x.procedureCode, minutes: x.minutes })) })),
      );
    }),
    claimSnapshot,
    claimJudgement: new DataLoader(async (ids) => {
      const snapshots = await claimSnapshot.loadMany(ids);
      return snapshots.map((snapshot) => {
        if (snapshot === null || snapshot instanceof Error) {
          return snapshot;
        }
        return evaluate(policies, snapshot, { today });
      });
    }),
  };
}
