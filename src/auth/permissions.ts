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
import { deny, rule, shield, type IRules } from 'graphql-shield';

type ClassRule = ReturnType<ReturnType<typeof rule>>;
/** A rule of the map: a class rule, or `deny` for the `'*'` entry. */
export type ShieldRule = ClassRule | typeof deny;
import type { Context } from '../context.ts';
import { accessClasses, isAccessClass, type AccessClass } from '../graphql/access.ts';

/** What a caller gets for a field its role may not read: no detail. */
export function notAuthorized(): GraphQLError {
  return new GraphQLError('Not authorized.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Generated helper types of Pothos (pages, edges, the errors plugin's `data` wrappers):
 *  readable by whoever may reach them; what they hold carries its own class. */
function isHelperType(type: GraphQLObjectType): boolean {
  if (/(Connection|Edge)$|^PageInfo$/.test(type.name)) {
    return true;
  }
  const fields = Object.keys(type.getFields());
  return type.name.endsWith('Success') && fields.length === 1 && fields[0] === 'data';
}

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
  if (isHelperType(type)) {
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
) as Record<AccessClass, ClassRule>;

/**
 * The shield rule map of a schema: every object type gets `'*': deny` and one rule per field,
 * the rule of the field's access class. Interfaces and unions get no entry (shield would ignore
 * it): their fields are guarded on the object types that implement them.
 *
 * @param schema - the Pothos schema, every field tagged with an access class
 * @throws Error naming the first field without a class
 */
export function buildRuleMap(schema: GraphQLSchema): Record<string, Record<string, ShieldRule>> {
  const map: Record<string, Record<string, ShieldRule>> = {};
  for (const { type, field, cls } of classifiedFields(schema)) {
    const rules = (map[type] ??= { '*': deny });
    rules[field] = classRules[cls];
  }
  return map;
}

/** The rule of each access class (exported for the schema-walking test). */
export function ruleOfClass(cls: AccessClass): ClassRule {
  return classRules[cls];
}

/**
 * Builds the shield middleware for a schema. A refused field reads as null with a FORBIDDEN
 * error that names nothing, and the refusal is noted for the audit trail.
 *
 * @param schema - the Pothos schema, every field tagged with an access class
 */
export function buildPermissions(schema: GraphQLSchema) {
  return shield(buildRuleMap(schema) as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    debug: false,
    fallbackError: (_thrown, _parent, _args, ctx, info) => {
      // Shield types the context as its own; it is the request's Context.
      (ctx as unknown as Partial<Context>).audit?.denied(`${info.parentType.name}.${info.fieldName}`);
      return notAuthorized();
    },
  });
}
