// Coverage in force: which of a patient's coverages apply on a date, and in what order, in one
// place for every reader (the computed answers, scrub and preflight, eligibility) and writer
// (a claim's coverage by default, what a level-of-care transition needs).

import type { Prisma } from '../generated/prisma/client.ts';
import { isoDate } from '../domain/dates.ts';

interface Dated {
  effectiveFrom: Date;
  effectiveTo: Date | null;
}

/** Whether a coverage is in force on a day (YYYY-MM-DD): from its first day through its last. */
export function inForce(coverage: Dated, day: string): boolean {
  return isoDate(coverage.effectiveFrom) <= day && (coverage.effectiveTo === null || isoDate(coverage.effectiveTo) >= day);
}

/** The coverages in force on a day (YYYY-MM-DD), primary first. */
export function inForceOn<C extends Dated & { priority: number }>(coverages: readonly C[], day: string): C[] {
  return coverages.filter((c) => inForce(c, day)).sort((a, b) => a.priority - b.priority);
}

/** The same condition for a query: a coverage in force on `date` (UTC midnight of the day). */
export function inForceWhere(date: Date): Prisma.CoverageWhereInput {
  return { effectiveFrom: { lte: date }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: date } }] };
}

/** The order coverages are billed in: primary first, then the one that started last. */
export const billingOrder: Prisma.CoverageOrderByWithRelationInput[] = [{ priority: 'asc' }, { effectiveFrom: 'desc' }];
