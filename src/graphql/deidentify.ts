// Analysts get de-identified rows: no identifiers (the `phi` class is closed to them, see
// access.ts) and every date about a patient shifted to the first day of its month. The shift is
// applied here, to every Date and DateTime field of the `records` class, so a new date field is
// covered without anyone remembering to; filters on those dates are compared by month below the
// resolvers (src/auth/deidentify.ts, applied by the scoped client).

import { defaultFieldResolver, getNamedType, isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { accessClassOf } from '../auth/permissions.ts';
import { monthOf } from '../auth/deidentify.ts';
import type { Context } from '../context.ts';

const dateTypes = new Set(['Date', 'DateTime']);

function shift(value: unknown): unknown {
  if (value instanceof Date) {
    return monthOf(value);
  }
  if (Array.isArray(value)) {
    return value.map(shift);
  }
  return value;
}

/**
 * Wraps every date field of the `records` class so that analysts read the first day of its
 * month. Resolvers are replaced in place, once, before the server starts.
 *
 * @returns the coordinates wrapped (for tests)
 */
export function deidentifyForAnalysts(schema: GraphQLSchema): string[] {
  const wrapped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (!dateTypes.has(getNamedType(field.type).name) || accessClassOf(type, field) !== 'records') {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        const value: unknown = resolve(source, args, context, info);
        if (context.viewer?.role !== 'ANALYST') {
          return value;
        }
        return value instanceof Promise ? value.then(shift) : shift(value);
      };
      wrapped.push(`${type.name}.${field.name}`);
    }
  }
  return wrapped;
}

/** Counts from 1 to this many are withheld from analysts (the CMS cell-size convention). */
export const smallCellLimit = 10;

/** A cell of an aggregate as an analyst may see it. */
export type ShownCell<T extends { count: number }> = Omit<T, 'count'> & { count: number | null; suppressed: boolean };

/**
 * Small-cell suppression for the aggregates analysts read (counts of 1 to 10 could single a
 * patient out): such a cell's count reads null, and so do the other figures of the cell
 * (`figures`, such as sums of charges). When exactly one cell is withheld, the next smallest is
 * withheld too, so that a total or the other cells cannot give it back. Zero is shown.
 *
 * @param cells - the aggregate's cells, each with its count
 * @param figures - other fields of a cell computed from the same patients (withheld alike)
 */
export function suppressSmallCells<T extends { count: number }>(cells: readonly T[], figures: ReadonlyArray<keyof T> = []): Array<ShownCell<T>> {
  const withheld = new Set(cells.map((c, i) => (c.count > 0 && c.count <= smallCellLimit ? i : -1)).filter((i) => i >= 0));
  if (withheld.size === 1) {
    const next = cells
      .map((c, i) => ({ count: c.count, i }))
      .filter(({ count, i }) => count > 0 && !withheld.has(i))
      .sort((a, b) => a.count - b.count)[0];
    if (next) {
      withheld.add(next.i);
    }
  }
  return cells.map((cell, i) => {
    if (!withheld.has(i)) {
      return { ...cell, suppressed: false };
    }
    const hidden = Object.fromEntries(figures.map((f) => [f, null]));
    return { ...cell, ...hidden, count: null, suppressed: true };
  });
}
