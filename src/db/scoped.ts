// The scoped Prisma client: the one place below the resolvers where row-level access
// (src/auth/scope.ts) is applied. It rewrites every query's arguments: the top-level `where`,
// and every to-many relation and relation count reached through `include` or `select`, so
// pagination, totals and nested lists never include a row the caller may not see.

import { fullScope, modelRules, ownScope, type AccessRules, type ModelName } from '../auth/scope.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

type Args = Record<string, unknown>;

interface Relation {
  model: ModelName;
  isList: boolean;
}

const relations: ReadonlyMap<string, ReadonlyMap<string, Relation>> = (() => {
  const models = getDatamodel().datamodel.models;
  return new Map(
    Object.entries(models).map(([name, model]) => [
      name,
      new Map(
        model.fields
          .filter((f) => f.kind === 'object')
          .map((f) => [f.name, { model: f.type as ModelName, isList: f.isList }]),
      ),
    ]),
  );
})();

const scopedOperations = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

function and(where: unknown, conditions: Args[]): Args {
  if (conditions.length === 0) {
    return (where as Args | undefined) ?? {};
  }
  return where ? { ...(where as Args), AND: [...asArray((where as Args).AND), ...conditions] } : { AND: conditions };
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Adds the scope of each to-many relation (and relation count) reached from `model`. */
function scopeNested(model: ModelName, args: Args, access: AccessRules): Args {
  const out: Args = { ...args };
  for (const key of ['include', 'select'] as const) {
    const tree = args[key];
    if (tree && typeof tree === 'object') {
      out[key] = scopeTree(model, tree as Args, access);
    }
  }
  return out;
}

function scopeTree(model: ModelName, tree: Args, access: AccessRules): Args {
  const fields = relations.get(model);
  const out: Args = {};
  for (const [name, value] of Object.entries(tree)) {
    if (name === '_count' && value && typeof value === 'object') {
      out[name] = scopeCount(model, value as Args, access);
      continue;
    }
    const relation = fields?.get(name);
    if (!relation || !value) {
      out[name] = value;
      continue;
    }
    const nested: Args = value === true ? {} : { ...(value as Args) };
    if (relation.isList) {
      nested.where = and(nested.where, childScope(model, relation.model, access));
    }
    const scoped = scopeNested(relation.model, nested, access);
    out[name] = value === true && !relation.isList ? true : scoped;
  }
  return out;
}

function scopeCount(model: ModelName, count: Args, access: AccessRules): Args {
  const select = count.select;
  if (!select || typeof select !== 'object') {
    return count;
  }
  const fields = relations.get(model);
  const out: Args = {};
  for (const [name, value] of Object.entries(select as Args)) {
    const relation = fields?.get(name);
    if (!relation || !value) {
      out[name] = value;
      continue;
    }
    const nested: Args = value === true ? {} : { ...(value as Args) };
    nested.where = and(nested.where, childScope(model, relation.model, access));
    out[name] = nested;
  }
  return { ...count, select: out };
}

/** Children reached from their scoping parent need only their own conditions. */
function childScope(parent: ModelName, child: ModelName, access: AccessRules): Args[] {
  return (modelParent(child) === parent ? ownScope : fullScope)(child, access);
}

function modelParent(model: ModelName): ModelName | undefined {
  return modelRules[model].parent?.model;
}

/**
 * Rewrites one Prisma operation's arguments so it sees only what `access` allows.
 *
 * @param model - the model queried
 * @param operation - the Prisma operation (findMany, count, update...)
 * @param args - the operation's arguments
 * @param access - the request's access rules
 */
export function scopeArgs(model: ModelName, operation: string, args: Args | undefined, access: AccessRules): Args {
  let out: Args = { ...(args ?? {}) };
  if (scopedOperations.has(operation)) {
    out.where = and(out.where, fullScope(model, access));
  }
  out = scopeNested(model, out, access);
  return out;
}

/**
 * A Prisma client whose every query is scoped to what the caller may see. It has the same API
 * as the base client; the extension only rewrites arguments.
 *
 * @param prisma - the base client
 * @param access - resolves the request's access rules (loaded once, on first use)
 */
export function scopedClient(prisma: PrismaClient, access: () => Promise<AccessRules>): PrismaClient {
  const extended = prisma.$extends({
    name: 'parity-row-scope',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model as ModelName, operation, args as Args, await access()));
        },
      },
    },
  });
  // The extended client has the base client's API (query extensions add no methods); Pothos and
  // the services are typed against PrismaClient.
  return extended as unknown as PrismaClient;
}
