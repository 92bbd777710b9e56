import { describe, expect, it } from 'vitest';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import { filingDeadline } from './timely-filing.ts';

// The engine test policy allows 90 days and warns in the last 10.
describe('timely-filing', () => {
  const date = '2024-03-01';

  it('computes the deadline in days or in months from the date of service', () => {
    expect(filingDeadline(date, { days: 90, months: null, warnWithinDays: 0 })).toBe('2024-05-30');
    expect(filingDeadline('2024-02-29', { days: null, months: 12, warnWithinDays: 0 })).toBe('2025-02-28');
    expect(filingDeadline('2024-03-15', { days: null, months: 12, warnWithinDays: 0 })).toBe('2025-03-15');
  });

  it('warns an unsent claim in the last days of its limit, and denies it the day after', () => {
    expect(ids(judge({ date }, '2024-05-19'))).toEqual([]);
    expect(judge({ date }, '2024-05-20').findings).toMatchObject([
      {
        messageId: 'TIMELY_FILING_DUE_SOON',
        severity: 'warn',
        lineNumber: null,
        data: { daysLeft: 10, deadline: '2024-05-30' },
        suggestion: { kind: 'SUBMIT_BY', date: '2024-05-30' },
      },
    ]);
    expect(judge({ date }, '2024-05-30').findings).toMatchObject([{ messageId: 'TIMELY_FILING_DUE_SOON', data: { daysLeft: 0 } }]);
    expect(judge({ date }, '2024-05-31').findings).toMatchObject([
      { messageId: 'TIMELY_FILING_EXPIRED', severity: 'deny', lineNumber: 1, carc: '29', rarc: 'N211' },
    ]);
  });

  it('judges a submitted claim on the day it was submitted', () => {
    expect(ids(judge({ date, claim: { submittedAt: '2024-05-30T22:00:00.000Z', status: 'SUBMITTED' } }, '2024-07-01'))).toEqual([]);
    expect(ids(judge({ date, claim: { submittedAt: '2024-05-31T08:00:00.000Z', status: 'SUBMITTED' } }, '2024-07-01'))).toEqual([
      'TIMELY_FILING_EXPIRED',
    ]);
  });
});
