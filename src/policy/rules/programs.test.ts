import { describe, expect, it } from 'vitest';
import { authorization, ids, judge, programDay } from '../../../test/kit/engine-policy.ts';
import type { LevelOfCare, SnapshotOverrides } from '../types.ts';

// Tuesday 2024-09-10; the engine test policy's program weeks run Monday to Sunday (09-09 to 09-15).
const date = '2024-09-10';
const afterTheWeek = '2024-09-17';

function programClaim(level: LevelOfCare, code: string, overrides: SnapshotOverrides = {}): SnapshotOverrides {
  return {
    line: { procedureCode: code, minutes: null, sessionStart: null, sessionEnd: null },
    authorizations: [authorization({ levelOfCare: level, procedureCodes: [], unitType: 'DAYS' })],
    treatmentPlan: { startDate: '2024-09-01', lastReviewedOn: null, nextReviewDue: null },
    ...overrides,
  };
}

describe('program-day-minimum', () => {
  it('accepts a PHP day of six hours and four services', () => {
    expect(ids(judge(programClaim('PHP', 'H0035', { programDays: [programDay(date, 'PHP', [90, 90, 90, 90])] }), '2024-09-12'))).toEqual([]);
  });

  it('downcodes a PHP day under six hours, as this plan says, and denies nothing', () => {
    const result = judge(programClaim('PHP', 'H0035', { programDays: [programDay(date, 'PHP', [90, 90, 90, 60])] }), '2024-09-12');
    expect(result.findings).toMatchObject([
      {
        messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS',
        severity: 'warn',
        data: { hours: 5.5, minimum: 6 },
        suggestion: { kind: 'REPLACE_CODE', from: 'H0035', to: 'S9480' },
      },
    ]);
    expect(result.findings[0]?.carc).toBeUndefined();
    expect(result.willPay).toBe(true);
  });

  it('counts services, and warns when no program day is documented', () => {
    expect(ids(judge(programClaim('PHP', 'H0035', { programDays: [programDay(date, 'PHP', [120, 120, 120])] }), '2024-09-12'))).toEqual([
      'PROGRAM_DAY_BELOW_MINIMUM_SERVICES',
    ]);
    expect(ids(judge(programClaim('PHP', 'H0035'), '2024-09-12'))).toEqual(['PROGRAM_DAY_NOT_DOCUMENTED']);
  });

  it('denies an IOP day under its minimum, as this plan says', () => {
    const result = judge(programClaim('IOP', 'S9480', { programDays: [programDay(date, 'IOP', [60, 50])] }), '2024-09-12');
    expect(result.findings).toMatchObject([{ messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', severity: 'deny', carc: '50' }]);
  });
});

describe('program-week-minimum', () => {
  const week = (minutes: number[], dates = ['2024-09-09', '2024-09-10', '2024-09-11']) =>
    dates.map((d) => programDay(d, 'IOP', minutes));

  it('accepts a complete IOP week of three days and nine hours, days billed on other claims included', () => {
    expect(ids(judge(programClaim('IOP', 'S9480', { programDays: week([90, 90]) }), afterTheWeek))).toEqual([]);
  });

  it('denies a week with too few days or hours', () => {
    const twoDays = judge(programClaim('IOP', 'S9480', { programDays: week([90, 90], ['2024-09-09', '2024-09-10']) }), afterTheWeek);
    expect(twoDays.findings).toMatchObject([
      { messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_DAYS', data: { days: 2, minimum: 3, weekStart: '2024-09-09', weekEnd: '2024-09-15' } },
      { messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', data: { hours: 6, minimum: 9 } },
    ]);
    expect(ids(judge(programClaim('IOP', 'S9480', { programDays: week([75, 75]) }), afterTheWeek))).toEqual([
      'PROGRAM_WEEK_BELOW_MINIMUM_HOURS',
    ]);
  });

  it('uses the adolescent minimum for a patient under 18', () => {
    const adolescent = programClaim('IOP', 'S9480', { programDays: week([75, 75]), patient: { dateOfBirth: '2010-01-01' } });
    expect(ids(judge(adolescent, afterTheWeek))).toEqual([]);
  });

  it('does not judge a week before it has ended, nor the week of admission', () => {
    const short = programClaim('IOP', 'S9480', { programDays: week([90, 90], ['2024-09-10']) });
    expect(ids(judge(short, '2024-09-15'))).toEqual([]);
    expect(ids(judge(short, '2024-09-16'))).toEqual(['PROGRAM_WEEK_BELOW_MINIMUM_DAYS', 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS']);
    const admitted = { ...short, episode: { levelOfCare: 'IOP' as const, startDate: date, endDate: null, previousLevelOfCare: null, transition: null } };
    expect(ids(judge(admitted, afterTheWeek))).toEqual([]);
  });
});
