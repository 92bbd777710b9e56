// Calendar dates as 'YYYY-MM-DD' strings (UTC), the form dates of service take everywhere in
// Parity: they compare correctly as strings and carry no time zone.

const DAY_MS = 86_400_000;

/**
 * The calendar date of an instant, in UTC.
 *
 * From the UTC fields rather than `toISOString()`, which formats the whole instant: about a sixth
 * of the time, and a page of claims formats several hundred dates. Years outside 1000 to 9999
 * (and invalid dates, which throw) go through `toISOString()`.
 */
export function isoDate(instant: Date): string {
  const year = instant.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) {
    return instant.toISOString().slice(0, 10);
  }
  const month = instant.getUTCMonth() + 1;
  const day = instant.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** A calendar date as the Date Prisma stores in a `@db.Date` column (UTC midnight). */
export function dateValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(dateValue(date).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateValue(to).getTime() - dateValue(from).getTime()) / DAY_MS);
}

/** Day of the week, 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(date: string): number {
  return dateValue(date).getUTCDay();
}

/** Whether a string is a real calendar date in the form YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  // Month 00 or 13 makes no Date at all (and toISOString would throw); 02-30 makes 03-02.
  const date = dateValue(value);
  return !Number.isNaN(date.getTime()) && isoDate(date) === value;
}
