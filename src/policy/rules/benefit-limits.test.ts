import { describe, expect, it } from 'vitest';
import { authorization, ids, judge } from '../../../test/kit/engine-policy.ts';

// An authorization on file, so the plan's "authorization after 12 visits" stays out of the way.
const authorizations = [authorization({ unitsApproved: 100, endDate: '2025-12-31' })];
const visits = (count: number, serviceDate = '2024-02-01') => [{ serviceDate, procedureCode: '90834', count, units: count }];

describe('benefit-limit', () => {
  it('counts visits on other claims in the benefit year and notes when few are left', () => {
    expect(ids(judge({ usage: visits(16), authorizations }))).toEqual([]);
    expect(judge({ usage: visits(17), authorizations }).findings).toMatchObject([
      { messageId: 'BENEFIT_LIMIT_LOW', severity: 'info', data: { left: 2, max: 20, yearEnd: '2024-12-31' } },
    ]);
    expect(judge({ usage: visits(19), authorizations }).findings).toMatchObject([
      { messageId: 'BENEFIT_LIMIT_LOW', data: { left: 0 } },
    ]);
  });

  it('denies the visit over the limit', () => {
    expect(judge({ usage: visits(20), authorizations }).findings).toMatchObject([
      {
        messageId: 'BENEFIT_LIMIT_REACHED',
        severity: 'deny',
        carc: '119',
        rarc: 'N130',
        data: { used: 20, max: 20, yearStart: '2024-01-01', yearEnd: '2024-12-31' },
      },
    ]);
  });

  it('starts counting again on the first day of the next benefit year', () => {
    expect(ids(judge({ date: '2024-12-31', usage: visits(20), authorizations }))).toEqual(['BENEFIT_LIMIT_REACHED']);
    expect(ids(judge({ date: '2025-01-01', usage: visits(20), authorizations }))).toEqual([]);
  });

  it('counts the claim’s own lines in order', () => {
    const result = judge({ usage: visits(19), authorizations, lines: [{}, { serviceDate: '2024-09-12' }] });
    expect(result.findings).toMatchObject([{ messageId: 'BENEFIT_LIMIT_REACHED', lineNumber: 2, data: { used: 20 } }]);
  });

  it('counts units where the limit is in units', () => {
    const counseling = { procedureCode: 'H0004', minutes: null, sessionStart: null, sessionEnd: null };
    const usage = [{ serviceDate: '2024-03-01', procedureCode: 'H0004', count: 9, units: 36 }];
    expect(judge({ usage, line: { ...counseling, units: 4 } }).findings).toMatchObject([
      { messageId: 'BENEFIT_LIMIT_LOW', data: { left: 0, max: 40 } },
    ]);
    expect(judge({ usage, line: { ...counseling, units: 5 } }).findings).toMatchObject([
      { messageId: 'BENEFIT_LIMIT_REACHED', data: { used: 36 } },
    ]);
  });
});
