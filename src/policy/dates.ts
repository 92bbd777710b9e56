// Calendar arithmetic on 'YYYY-MM-DD' strings with integer math only (no Date objects): the
// engine's hot paths compare and shift dates of service, and must not read the clock.
// Day numbers count days since 1970-01-01 (proleptic Gregorian calendar, H. Hinnant's algorithm).

import type { IsoDate } from './types.ts';

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : String(n);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
export function dayNumber(date: IsoDate): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  return daysFromCivil(year, month, day);
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The same day `months` months later, clamped to the month's last day (2024-02-29 + 12 = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return `${pad4(y)}-${pad2(m)}-${pad2(Math.min(day, daysInMonth(y, m)))}`;
}

/** Day of the week, 0 Sunday to 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The first day of the week holding `date`, weeks starting on `startsOn` (0 Sunday, 1 Monday). */
export function weekStart(date: IsoDate, startsOn: 0 | 1): IsoDate {
  const n = dayNumber(date);
  const dow = (((n + 4) % 7) + 7) % 7;
  return fromDayNumber(n - ((dow - startsOn + 7) % 7));
}

/** Whether a string is a real calendar date 'YYYY-MM-DD'. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(dayNumber(value)) === value;
}

/** First and last day of the benefit year holding `date`, benefit years starting on `startMonthDay` ('MM-DD'). */
export function benefitYear(date: IsoDate, startMonthDay: string): { start: IsoDate; end: IsoDate } {
  const year = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= startMonthDay ? year : year - 1;
  const start = `${pad4(startYear)}-${startMonthDay}`;
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** Age in whole years on `date` of someone born on `dateOfBirth`. */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5) >= dateOfBirth.slice(5) ? years : years - 1;
}

/** Whole minutes between two ISO instants (rounded), or null when either does not parse. */
export function minutesBetween(start: string, end: string): number | null {
  const a = Date.parse(start);
  const b = Date.parse(end);
  if (Number.isNaN(a) || Number.isNaN(b)) {
    return null;
  }
  return Math.round((b - a) / 60_000);
}
