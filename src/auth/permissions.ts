// The graphql-shield rule map, derived from the access classes tagged on the schema
// (src/auth/access.ts). Deny by default; resolver errors pass through so that Yoga's masking
// is the one place that hides internals. The rules are settled once per operation where they
// can be (`guardSchema`, below).

import {
  defaultFieldResolver,
  GraphQLError,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, rule, shield, type IRules } from 'graphql-shield';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from './viewer.ts';

type ClassRule = ReturnType<ReturnType<typeof rule>>;
/** A rule of the map: a class rule, or `deny` for the `'*'` entry. */
export type ShieldRule = ClassRule | typeof deny;
import type { Context } from '../context.ts';
import { accessClasses, isAccessClass, type AccessClass } from './access.ts';

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
  throw new Error(`${type.name}.${field.name} has no access class: tag it (src/auth/access.ts)`);
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

const rolesOfClass = new Map<AccessClass, ReadonlySet<string>>(
  Object.entries(accessClasses).map(([cls, allowed]) => [cls as AccessClass, new Set<string>(allowed)]),
);

/** Whether a caller may read fields of a class: the one predicate behind every rule of the map. */
export function mayRead(cls: AccessClass, viewer: Viewer | null): boolean {
  return viewer !== null && (rolesOfClass.get(cls)?.has(viewer.role) ?? false);
}

// One rule per class. They read only the viewer, so `contextual` caching (per request, per rule)
// is safe, and so is settling them once per operation (`guardSchema`).
const classRules = Object.fromEntries(
  Object.keys(accessClasses).map((cls) => [
    cls,
    rule(`class:${cls}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => mayRead(cls as AccessClass, ctx.viewer)),
  ]),
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

/**
 * The access classes of every field a document can select: through fragments, and on each
 * object type implementing an interface it selects from (introspection and `__typename` are not
 * guarded, as shield leaves them alone). Cached per parsed document, which Yoga reuses.
 */
function documentClasses(schema: GraphQLSchema, classOf: ReadonlyMap<string, AccessClass>) {
  const cache = new WeakMap<DocumentNode, ReadonlySet<AccessClass>>();
  return (document: DocumentNode): ReadonlySet<AccessClass> => {
    let classes = cache.get(document);
    if (classes === undefined) {
      const found = new Set<AccessClass>();
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            const types = isObjectType(parent) ? [parent] : isInterfaceType(parent) ? schema.getPossibleTypes(parent) : [];
            for (const type of types) {
              const cls = classOf.get(`${type.name}.${node.name.value}`);
              if (cls !== undefined) {
                found.add(cls);
              }
            }
          },
        }),
      );
      classes = found;
      cache.set(document, classes);
    }
    return classes;
  };
}

/**
 * The schema with its field rules, and the plugin that settles them once per operation.
 *
 * Shield guards each field by wrapping its resolver in an asynchronous rule check, so every field
 * of every row becomes a promise: on the benchmark's claims page that was about a quarter of the
 * CPU time. The rules here read only the viewer, so within one request a field's answer depends
 * on its access class alone. Before execution the plugin takes the classes of every field the
 * document can select; when the caller may read all of them, no field can be refused, and each
 * field resolves directly. Otherwise shield's per-field check runs as it always did: a refused
 * field reads as null with FORBIDDEN, and the refusal is audited. Without the plugin (a test
 * executing the schema directly) every field goes through shield.
 *
 * @param schema - the Pothos schema, every field tagged with an access class
 */
export function guardSchema(schema: GraphQLSchema): {
  schema: GraphQLSchema;
  /** Sets `ctx.fieldRulesSettled` for an operation (the plugin does it before execution). */
  settle: (ctx: Context, document: DocumentNode) => void;
  plugin: Plugin<Context>;
} {
  const classOf = new Map(classifiedFields(schema).map(({ type, field, cls }) => [`${type}.${field}`, cls]));
  const shielded = applyMiddleware(schema, buildPermissions(schema));
  for (const type of Object.values(shielded.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) {
      continue;
    }
    const plainFields = (schema.getType(type.name) as GraphQLObjectType).getFields();
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, Context>>) {
      const checked = field.resolve ?? defaultFieldResolver;
      const direct: GraphQLFieldResolver<unknown, Context> = plainFields[field.name]?.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => (ctx.fieldRulesSettled === true ? direct : checked)(source, args, ctx, info);
    }
  }
  const classesOf = documentClasses(schema, classOf);
  const settle = (ctx: Context, document: DocumentNode): void => {
    let settled = ctx.viewer !== null;
    for (const cls of classesOf(document)) {
      settled &&= mayRead(cls, ctx.viewer);
    }
    ctx.fieldRulesSettled = settled;
  };
  return {
    schema: shielded,
    settle,
    plugin: {
      onExecute({ args }) {
        settle(args.contextValue, args.document);
      },
    },
  };
}
