// The graphql-shield rule map, derived from the access classes tagged on the schema
// (src/graphql/access.ts). Deny by default; resolver errors pass through so that Yoga's masking
// is the one place that hides internals.

import {
  GraphQLError,
  isIntrospectionType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { allow, deny, rule, shield, type IRules } from 'graphql-shield';
import type { Context } from '../context.ts';
import { accessClasses, isAccessClass, type AccessClass } from '../graphql/access.ts';

/** What a caller gets for a field its role may not read: no detail. */
export function notAuthorized(): GraphQLError {
  return new GraphQLError('Not authorized.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Generated helper types of Pothos (pages, edges): readable by whoever may reach them. */
const helperType = /(Connection|Edge)$|^PageInfo$/;

/**
 * The access class of a field: its own tag, else its type's.
 *
 * @throws Error naming the field when neither is tagged
 */
export function accessClassOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): AccessClass {
  const own = field.extensions?.access ?? type.extensions?.access;
  if (isAccessClass(own)) {
    return own;
  }
  if (helperType.test(type.name)) {
    return 'open';
  }
  throw new Error(`${type.name}.${field.name} has no access class: tag it (src/graphql/access.ts)`);
}

/** Every object field of the schema with its class (introspection types excluded). */
export function classifiedFields(schema: GraphQLSchema): Array<{ type: string; field: string; cls: AccessClass }> {
  const out: Array<{ type: string; field: string; cls: AccessClass }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      out.push({ type: type.name, field: field.name, cls: accessClassOf(type, field) });
    }
  }
  return out;
}

// One rule per class. They read only the viewer, so `contextual` caching (per request, per rule)
// is safe.
const classRules = Object.fromEntries(
  Object.entries(accessClasses).map(([cls, allowed]) => {
    const roles = new Set<string>(allowed);
    return [
      cls,
      rule(`class:${cls}`, { cache: 'contextual' })((_parent, _args, ctx: Context) =>
        ctx.viewer !== null && roles.has(ctx.viewer.role),
      ),
    ];
  }),
) as Record<AccessClass, ReturnType<ReturnType<typeof rule>>>;

/**
 * Builds the shield middleware for a schema.
 *
 * @param schema - the Pothos schema, every field tagged with an access class
 */
export function buildPermissions(schema: GraphQLSchema) {
  const map: Record<string, Record<string, unknown>> = {};
  for (const { type, field, cls } of classifiedFields(schema)) {
    map[type] ??= { '*': deny };
    map[type][field] = classRules[cls];
  }
  return shield(map as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () => notAuthorized(),
  });
}

export { allow };
