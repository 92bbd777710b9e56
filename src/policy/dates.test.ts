import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeMatcher } from './codes.ts';
import { addDays, addMonths, ageOn, benefitYear, dayNumber, dayOfWeek, fromDayNumber, isCalendarDate, weekStart } from './dates.ts';

describe('calendar arithmetic', () => {
  it('agrees with the JavaScript calendar for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
        expect(dayOfWeek(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('shifts days, months and weeks', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(weekStart('2024-09-15', 1)).toBe('2024-09-09');
    expect(weekStart('2024-09-15', 0)).toBe('2024-09-15');
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it('finds the benefit year of a date, calendar or not', () => {
    expect(benefitYear('2024-12-31', '01-01')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(benefitYear('2025-01-01', '01-01')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(benefitYear('2025-06-30', '07-01')).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(benefitYear('2025-07-01', '07-01')).toEqual({ start: '2025-07-01', end: '2026-06-30' });
  });

  it('computes age in whole years', () => {
    expect(ageOn('2008-09-10', '2026-09-09')).toBe(17);
    expect(ageOn('2008-09-10', '2026-09-10')).toBe(18);
  });
});

describe('CodeMatcher', () => {
  it('matches codes, ranges of the same length and prefixes', () => {
    const matcher = new CodeMatcher(['90834', '99202-99255', 'H*']);
    expect(['90834', '99202', '99214', '99255', 'H0015'].every((code) => matcher.has(code))).toBe(true);
    expect(['90837', '99201', '99256', '992140', 'S9480'].some((code) => matcher.has(code))).toBe(false);
  });
});
