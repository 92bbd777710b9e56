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
