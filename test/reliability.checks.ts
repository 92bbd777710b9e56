// What "no claim is half-written" means, counted in one query over the whole database (used by
// the reliability tests and the load script): claims whose total is not the sum of their lines,
// claims without lines, and claims whose status history is not one path from a first status to
// the claim's status (each status entered as often as it is left, except the last).

import type { PrismaClient } from '../src/db/client.ts';
import type { ClaimLine } from '../src/generated/prisma/client.ts';
import type { ClaimLineInput } from './__generated__/graphql.ts';

export interface ClaimIntegrity {
  claims: number;
  totalsApart: number;
  lineless: number;
  historyApart: number;
}

export async function claimIntegrity(prisma: Pick<PrismaClient, '$queryRaw'>): Promise<ClaimIntegrity> {
  const [row] = await prisma.$queryRaw<ClaimIntegrity[]>`
    WITH flow AS (
      SELECT "claimId" AS claim, "toStatus"::text AS status, 1 AS n FROM "ClaimStatusChange"
      UNION ALL
      SELECT "claimId", "fromStatus"::text, -1 FROM "ClaimStatusChange" WHERE "fromStatus" IS NOT NULL
    ),
    net AS (SELECT claim, status, sum(n) AS n FROM flow GROUP BY claim, status),
    starts AS (SELECT "claimId" AS claim, count(*) AS n FROM "ClaimStatusChange" WHERE "fromStatus" IS NULL GROUP BY "claimId"),
    uneven AS (
      SELECT DISTINCT net.claim FROM net JOIN "Claim" c ON c.id = net.claim
      WHERE net.n <> CASE WHEN net.status = c.status::text THEN 1 ELSE 0 END
    ),
    ended AS (SELECT net.claim FROM net JOIN "Claim" c ON c.id = net.claim AND net.status = c.status::text),
    sums AS (SELECT "claimId" AS claim, sum("chargeAmount") AS total FROM "ClaimLine" GROUP BY "claimId")
    SELECT
      (SELECT count(*)::int FROM "Claim") AS claims,
      (SELECT count(*)::int FROM "Claim" c LEFT JOIN sums ON sums.claim = c.id WHERE c."totalCharge" <> COALESCE(sums.total, 0)) AS "totalsApart",
      (SELECT count(*)::int FROM "Claim" c LEFT JOIN sums ON sums.claim = c.id WHERE sums.claim IS NULL) AS lineless,
      (SELECT count(*)::int FROM "Claim" c
         LEFT JOIN starts ON starts.claim = c.id
         LEFT JOIN uneven ON uneven.claim = c.id
         LEFT JOIN ended ON ended.claim = c.id
       WHERE COALESCE(starts.n, 0) <> 1 OR uneven.claim IS NOT NULL OR ended.claim IS NULL) AS "historyApart"`;
  if (row === undefined) {
    throw new Error('the integrity query returned no row');
  }
  return row;
}

/** A claim line as the API returns it (ReliabilityClaim) or as stored (`storedLines`). */
export interface Line {
  serviceDate: string;
  procedureCode: string | null;
  modifiers: string[] | null;
  units: number;
  chargeAmount: string;
  placeOfService: string | null;
  revenueCode: string | null;
  diagnosisPointers: number[] | null;
  minutes: number | null;
}

/** The lines as stored, in the shape the API returns them. */
export function storedLines(lines: readonly ClaimLine[]): Line[] {
  return lines.map((l) => ({
    serviceDate: l.serviceDate.toISOString().slice(0, 10),
    procedureCode: l.procedureCode,
    modifiers: l.modifiers,
    units: l.units,
    chargeAmount: l.chargeAmount.toFixed(2),
    placeOfService: l.placeOfService,
    revenueCode: l.revenueCode,
    diagnosisPointers: l.diagnosisPointers,
    minutes: l.minutes,
  }));
}

/** The lines as an edit's input, with the first line's charge changed (a write that shows). */
export function linesWithFirstCharge(lines: readonly Line[], firstCharge: string): ClaimLineInput[] {
  return lines.map((line, i) => ({
    serviceDate: line.serviceDate,
    procedureCode: line.procedureCode ?? '',
    modifiers: line.modifiers ?? [],
    units: line.units,
    chargeAmount: i === 0 ? firstCharge : line.chargeAmount,
    placeOfService: line.placeOfService,
    revenueCode: line.revenueCode,
    diagnosisPointers: line.diagnosisPointers ?? [1],
    minutes: line.minutes,
  }));
}
