import { describe, expect, it } from 'vitest';
import { authorization, ids, judge, programDay } from '../../../test/kit/engine-policy.ts';
import type { TreatmentPlanSnapshot } from '../types.ts';

// The engine test policy wants a treatment plan for PHP, IOP and residential services, reviewed
// every 30 days for IOP.
const date = '2024-09-10';
const iop = (treatmentPlan: TreatmentPlanSnapshot | null) => ({
  line: { procedureCode: 'S9480', minutes: null, sessionStart: null, sessionEnd: null },
  authorizations: [authorization({ levelOfCare: 'IOP', procedureCodes: [], unitType: 'DAYS' })],
  programDays: [programDay(date, 'IOP', [60, 60, 60])],
  treatmentPlan,
});

describe('treatment-plan-review', () => {
  it('wants a treatment plan on file for program services', () => {
    expect(judge(iop(null), '2024-09-12').findings).toMatchObject([
      { messageId: 'TREATMENT_PLAN_MISSING', severity: 'warn', suggestion: { kind: 'DOCUMENT', what: 'TREATMENT_PLAN_REVIEW' } },
    ]);
    expect(ids(judge(iop({ startDate: '2024-09-11', lastReviewedOn: null, nextReviewDue: null }), '2024-09-12'))).toEqual([
      'TREATMENT_PLAN_MISSING',
    ]);
    expect(ids(judge({}))).toEqual([]);
  });

  it('wants a review within the interval, counted from the last review or the start', () => {
    expect(ids(judge(iop({ startDate: '2024-08-11', lastReviewedOn: null, nextReviewDue: null }), '2024-09-12'))).toEqual([]);
    expect(judge(iop({ startDate: '2024-08-10', lastReviewedOn: null, nextReviewDue: null }), '2024-09-12').findings).toMatchObject([
      { messageId: 'TREATMENT_PLAN_REVIEW_OVERDUE', data: { lastReview: '2024-08-10', due: '2024-09-09' } },
    ]);
    expect(ids(judge(iop({ startDate: '2024-05-01', lastReviewedOn: '2024-08-20', nextReviewDue: null }), '2024-09-12'))).toEqual([]);
  });
});
