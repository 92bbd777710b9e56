import type { Context } from '../context.ts';
import { dateValue, isoDate } from '../domain/dates.ts';

/**
 * A date of service as the caller may see it: analysts get de-identified rows, where dates of
 * service are shifted to the first day of their month (HIPAA safe harbor removes finer dates).
 *
 * @param date - the stored date
 * @param ctx - the request context
 */
export function serviceDateFor(date: Date, ctx: Context): Date {
  if (ctx.viewer?.role !== 'ANALYST') {
    return date;
  }
  return dateValue(`${isoDate(date).slice(0, 7)}-01`);
}
