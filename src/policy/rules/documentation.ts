// Treatment plans (DOMAIN.md §3, §10): program and residential services need a treatment plan on
// file, reviewed within the payer's interval for the level of care (for example Medicare IOP
// recertification at least every 60 days; Kansas outpatient SUD plans updated within 90 days).

import { addDays } from '../dates.ts';
import type { Evaluation } from '../evaluation.ts';
import type { LevelOfCare } from '../types.ts';

export function treatmentPlanReview(e: Evaluation): void {
  const { plan, snapshot } = e;
  if (plan.treatmentPlanRequired.size === 0) {
    return;
  }
  const intervals = plan.settings.documentation.treatmentPlanReviewDays;
  let missingReported = false;
  const overdueReported = new Set<LevelOfCare>();
  for (const line of snapshot.lines) {
    const level = e.levelOfCare(line);
    if (!plan.treatmentPlanRequired.has(level)) {
      continue;
    }
    const treatmentPlan = snapshot.treatmentPlan;
    if (treatmentPlan === null || treatmentPlan.startDate > line.serviceDate) {
      if (!missingReported) {
        missingReported = true;
        e.report('TREATMENT_PLAN_MISSING', line.lineNumber, { levelOfCare: level }, {
          kind: 'DOCUMENT',
          what: 'TREATMENT_PLAN_REVIEW',
        });
      }
      continue;
    }
    const interval = intervals[level] ?? null;
    if (interval === null || overdueReported.has(level)) {
      continue;
    }
    const lastReview = treatmentPlan.lastReviewedOn ?? treatmentPlan.startDate;
    const due = addDays(lastReview, interval);
    if (line.serviceDate > due) {
      overdueReported.add(level);
      e.report(
        'TREATMENT_PLAN_REVIEW_OVERDUE',
        line.lineNumber,
        { lastReview, levelOfCare: level, due },
        { kind: 'DOCUMENT', what: 'TREATMENT_PLAN_REVIEW' },
      );
    }
  }
}
