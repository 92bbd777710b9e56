// De-identification for analysts (HIPAA safe harbor removes every element of a date finer than
// the year for dates about a patient; Parity keeps the month, the convention of the issue): the
// analyst's view of each date about a patient is the first day of its month. Both halves live
// here: what analysts read (`monthOf`), and what their filters may compare against
// (`coarsenDateFilters`), so that a filter cannot recover a day that the values hide.

import type { Where } from './scope.ts';

const monthStart = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
const isMonthStart = (d: Date): boolean => d.getTime() === monthStart(d).getTime();

/** The first instant of the month of `date` (UTC): what an analyst sees of it. */
export function monthOf(date: Date): Date {
  return monthStart(date);
}

function asDate(value: unknown): Date | null {
  if (value instanceof Date) {
    return value;
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return new Date(value);
  }
  return null;
}

/**
 * One comparison of a date column, rewritten to compare the column's month (as analysts see it)
 * with the value: `monthOf(column) OP value`.
 */
function coarsenComparison(operator: string, raw: unknown): Where[] {
  if (raw === null || raw === undefined) {
    return [{ [operator]: raw }];
  }
  const value = asDate(raw);
  if (!value) {
    throw new Error(`cannot de-identify a date comparison with ${typeof raw}`);
  }
  const ceil = isMonthStart(value) ? value : nextMonth(value);
  switch (operator) {
    case 'equals':
      return isMonthStart(value) ? [{ gte: value, lt: nextMonth(value) }] : [{ in: [] }];
    case 'gte':
      return [{ gte: ceil }];
    case 'gt':
      return [{ gte: nextMonth(value) }];
    case 'lte':
      return [{ lt: nextMonth(value) }];
    case 'lt':
      return [{ lt: ceil }];
    default:
      throw new Error(`cannot de-identify the date comparison "${operator}"`);
  }
}

/** Field metadata the rewrite needs: which columns are dates, which fields are relations. */
export interface ModelShape {
  dateColumns: ReadonlySet<string>;
  relations: ReadonlyMap<string, string>;
}

const relationOperators = new Set(['some', 'every', 'none', 'is', 'isNot']);

/**
 * Rewrites a Prisma `where` so that each comparison of a date column about a patient compares
 * the column's month instead: the rows an analyst gets then depend only on what they may see.
 *
 * @param model - the model filtered
 * @param where - the caller's conditions
 * @param shapeOf - date columns and relations of each model, and whether its dates are about a
 *   patient (only those are coarsened)
 */
export function coarsenDateFilters(
  model: string,
  where: unknown,
  shapeOf: (model: string) => (ModelShape & { patientRecord: boolean }) | undefined,
): unknown {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    return where;
  }
  const shape = shapeOf(model);
  if (!shape) {
    return where;
  }
  const out: Where = {};
  const extra: Where[] = [];
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      out[key] = Array.isArray(value)
        ? value.map((v) => coarsenDateFilters(model, v, shapeOf))
        : coarsenDateFilters(model, value, shapeOf);
    } else if (shape.relations.has(key)) {
      const target = shape.relations.get(key) as string;
      const nested = value as Where | null;
      if (nested && typeof nested === 'object' && Object.keys(nested).some((k) => relationOperators.has(k))) {
        out[key] = Object.fromEntries(
          Object.entries(nested).map(([op, v]) => [op, relationOperators.has(op) ? coarsenDateFilters(target, v, shapeOf) : v]),
        );
      } else {
        out[key] = coarsenDateFilters(target, nested, shapeOf);
      }
    } else if (shape.patientRecord && shape.dateColumns.has(key) && value !== undefined) {
      const comparisons: Array<[string, unknown]> =
        value === null || value instanceof Date || typeof value === 'string'
          ? [['equals', value]]
          : Object.entries(value as Where).filter(([, v]) => v !== undefined);
      for (const [operator, operand] of comparisons) {
        if (operator === 'not') {
          const inner = operand instanceof Date || typeof operand === 'string' || operand === null ? { equals: operand } : operand;
          extra.push({ NOT: coarsenDateFilters(model, { [key]: inner }, shapeOf) });
          continue;
        }
        for (const condition of coarsenComparison(operator, operand)) {
          extra.push({ [key]: condition });
        }
      }
    } else {
      out[key] = value;
    }
  }
  if (extra.length > 0) {
    out.AND = [...(out.AND === undefined ? [] : Array.isArray(out.AND) ? out.AND : [out.AND]), ...extra];
  }
  return out;
}
