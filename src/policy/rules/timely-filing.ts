// Timely filing (DOMAIN.md §9): a claim must reach the payer within its limit from the date of
// service: Medicare 12 months (42 CFR 424.44), commercial plans commonly 90 to 180 days, Medicaid
// as the state sets. The claim is judged on the day it was submitted, or on `today` while unsent.

import { addDays, addMonths, daysBetween } from '../dates.ts';
import type { Evaluation } from '../evaluation.ts';
import type { IsoDate, PlanSettings } from '../types.ts';

/** The last day a claim for a service on `date` may reach the payer. */
export function filingDeadline(date: IsoDate, limit: PlanSettings['timelyFiling']): IsoDate {
  if (limit.months !== null) {
    return addMonths(date, limit.months);
  }
  return addDays(date, limit.days ?? 0);
}

export function timelyFiling(e: Evaluation): void {
  const { snapshot, today } = e;
  const limit = e.plan.settings.timelyFiling;
  const submittedOn = snapshot.claim.submittedAt === null ? null : snapshot.claim.submittedAt.slice(0, 10);
  const filedOn = submittedOn ?? today;
  let earliest: { date: IsoDate; deadline: IsoDate } | null = null;
  for (const line of snapshot.lines) {
    const deadline = filingDeadline(line.serviceDate, limit);
    if (filedOn > deadline) {
      e.report('TIMELY_FILING_EXPIRED', line.lineNumber, { date: line.serviceDate, deadline });
    } else if (earliest === null || deadline < earliest.deadline) {
      earliest = { date: line.serviceDate, deadline };
    }
  }
  if (submittedOn === null && earliest !== null) {
    const daysLeft = daysBetween(today, earliest.deadline);
    if (daysLeft <= limit.warnWithinDays) {
      e.report(
        'TIMELY_FILING_DUE_SOON',
        null,
        { deadline: earliest.deadline, daysLeft, date: earliest.date },
        { kind: 'SUBMIT_BY', date: earliest.deadline },
      );
    }
  }
}
