// The scoped Prisma client: the one place below the resolvers where row-level access
// (src/auth/scope.ts) is applied. It rewrites every query's arguments: the top-level `where`,
// and every to-many relation and relation count reached through `include` or `select`, so
// pagination, totals and nested lists never include a row the caller may not see. To-one
// relations cannot carry a `where` in Prisma: a required one always points at a row the caller
// may see (the row inherits its visibility, see `parents` in the rules), and an optional one
// that points at a hidden row is read as null after the query, as if it pointed nowhere.
// For analysts, date filters on patient records compare months (src/auth/deidentify.ts). A
// page's cursor is a row too: one naming a hidden row reads as naming none.

import { GraphQLError } from 'graphql';
import { coarsenDateFilters, type ModelShape } from '../auth/deidentify.ts';
import {
  fullScope,
  isPatientRecord,
  modelRules,
  type AccessRules,
  type ModelName,
  type Where,
} from '../auth/scope.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';

type Args = Record<string, unknown>;

interface Relation {
  model: ModelName;
  isList: boolean;
  /** The field on the other side of the relation. */
  backRelation: string | null;
}

const datamodel = getDatamodel().datamodel.models;

const relations: ReadonlyMap<string, ReadonlyMap<string, Relation>> = new Map(
  Object.entries(datamodel).map(([name, model]) => [
    name,
    new Map(
      model.fields
        .filter((f) => f.kind === 'object')
        .map((f) => {
          const other = datamodel[f.type]?.fields.find(
            (g) => g.kind === 'object' && g.relationName === f.relationName && !(f.type === name && g.name === f.name),
          );
          return [f.name, { model: f.type as ModelName, isList: f.isList, backRelation: other?.name ?? null }];
        }),
    ),
  ]),
);

const shapes: ReadonlyMap<string, ModelShape & { patientRecord: boolean }> = new Map(
  Object.entries(datamodel).map(([name, model]) => [
    name,
    {
      dateColumns: new Set(model.fields.filter((f) => f.kind === 'scalar' && f.type === 'DateTime').map((f) => f.name)),
      relations: new Map(model.fields.filter((f) => f.kind === 'object').map((f) => [f.name, f.type])),
      patientRecord: isPatientRecord(name as ModelName),
    },
  ]),
);

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

function and(where: unknown, conditions: Where[]): Args {
  if (conditions.length === 0) {
    return (where as Args | undefined) ?? {};
  }
  return where ? { ...(where as Args), AND: [...asArray((where as Args).AND), ...conditions] } : { AND: conditions };
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Whether an optional to-one relation must be checked after the query (see the header). */
function checkedAfterwards(model: ModelName, name: string, relation: Relation, access: AccessRules): boolean {
  const rule = modelRules[model];
  if (relation.isList || (rule.parents ?? []).some((p) => p.relation === name) || rule.sameAs?.[name]) {
    return false;
  }
  // Rows of the organization's reference data (providers, locations, programs) point only
  // within the organization; what varies by caller is Part 2 provenance and a partner's payer.
  const target = modelRules[relation.model];
  return isPatientRecord(relation.model) || (access.viewer.role === 'PARTNER' && target.partner !== undefined);
}

/** Adds the scope of each relation (and relation count) reached from `model`. */
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
      nested.where = and(nested.where, fullScope(relation.model, access, relation.backRelation ?? undefined));
    } else if (checkedAfterwards(model, name, relation, access) && nested.select && typeof nested.select === 'object') {
      // The check afterwards needs the row's id.
      nested.select = { ...(nested.select as Args), id: true };
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
    nested.where = and(nested.where, fullScope(relation.model, access, relation.backRelation ?? undefined));
    out[name] = nested;
  }
  return { ...count, select: out };
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
    const where = access.viewer.role === 'ANALYST' ? coarsenDateFilters(model, out.where, (m) => shapes.get(m)) : out.where;
    out.where = and(where, fullScope(model, access));
  }
  out = scopeNested(model, out, access);
  return out;
}

type IdReader = { findMany(args: Args): Promise<Array<{ id: string }>> };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const nothing: Where = { id: { in: [] } };

/** What the scoping lookups read through: the base client, or the transaction a write runs in. */
type LookupClient = PrismaClient | Prisma.TransactionClient;

function delegateOf(base: LookupClient, model: ModelName): IdReader {
  // Prisma's delegates are keyed by the model name with a lower-case first letter; the
  // generated client has no index signature for that.
  const delegate = (base as unknown as Record<string, IdReader>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!delegate) {
    throw new Error(`no Prisma delegate for ${model}`);
  }
  return delegate;
}

/**
 * A page's cursor names a row: Prisma finds the cursor row without the page's conditions, so a
 * hidden row's cursor would place a page (and a missing row's would not). A cursor naming a row
 * the caller may not see reads as one naming no row: an empty page. Nested pages alike.
 */
async function guardCursors(base: LookupClient, model: ModelName, args: Args, access: AccessRules): Promise<Args> {
  let out = args;
  const cursor = args.cursor as Args | undefined;
  if (cursor && typeof cursor === 'object') {
    if (typeof cursor.id === 'string' && !uuid.test(cursor.id)) {
      throw new GraphQLError('Not a valid cursor: use a cursor returned by this API.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    const visible = await delegateOf(base, model).findMany({ where: { AND: [cursor, ...fullScope(model, access)] }, select: { id: true }, take: 1 });
    if (visible.length === 0) {
      out = { ...out, where: and(out.where, [nothing]) };
    }
  }
  for (const key of ['include', 'select'] as const) {
    const tree = out[key];
    if (!tree || typeof tree !== 'object') {
      continue;
    }
    const fields = relations.get(model);
    const guarded: Args = { ...(tree as Args) };
    for (const [name, value] of Object.entries(tree as Args)) {
      const relation = fields?.get(name);
      if (relation && value && typeof value === 'object') {
        guarded[name] = await guardCursors(base, relation.model, value as Args, access);
      }
    }
    out = { ...out, [key]: guarded };
  }
  return out;
}

/** The optional to-one rows of a result that must be checked: model -> ids -> where they sit. */
type Pending = Map<ModelName, Map<string, Array<{ holder: Args; key: string }>>>;

function collectToOne(model: ModelName, args: Args, result: unknown, access: AccessRules, pending: Pending): void {
  if (Array.isArray(result)) {
    for (const row of result) {
      collectToOne(model, args, row, access, pending);
    }
    return;
  }
  if (!result || typeof result !== 'object') {
    return;
  }
  const row = result as Args;
  const tree = (args.include ?? args.select) as Args | undefined;
  if (!tree || typeof tree !== 'object') {
    return;
  }
  const fields = relations.get(model);
  for (const [name, value] of Object.entries(tree)) {
    const relation = fields?.get(name);
    const related = row[name];
    if (!relation || !value || related === null || related === undefined) {
      continue;
    }
    if (checkedAfterwards(model, name, relation, access)) {
      const id = (related as Args).id;
      if (typeof id === 'string') {
        let byId = pending.get(relation.model);
        if (!byId) {
          byId = new Map();
          pending.set(relation.model, byId);
        }
        const holders = byId.get(id) ?? [];
        holders.push({ holder: row, key: name });
        byId.set(id, holders);
      }
    }
    collectToOne(relation.model, value === true ? {} : (value as Args), related, access, pending);
  }
}

/**
 * Reads as null every optional to-one relation of `result` that points at a row the caller may
 * not see. One query per model reached that way.
 */
async function hideInvisibleToOne(
  base: LookupClient,
  model: ModelName,
  args: Args,
  result: unknown,
  access: AccessRules,
): Promise<void> {
  const pending: Pending = new Map();
  collectToOne(model, args, result, access, pending);
  for (const [target, byId] of pending) {
    const visible = await delegateOf(base, target).findMany({
      where: { AND: [{ id: { in: [...byId.keys()] } }, ...fullScope(target, access)] },
      select: { id: true },
    });
    const seen = new Set(visible.map((v) => v.id));
    for (const [id, holders] of byId) {
      if (!seen.has(id)) {
        for (const { holder, key } of holders) {
          holder[key] = null;
        }
      }
    }
  }
}

/**
 * A Prisma client whose every query is scoped to what the caller may see. It has the same API
 * as the base client; the extension only rewrites arguments and hides to-one rows.
 *
 * @param prisma - the base client
 * @param access - resolves the request's access rules (loaded once, on first use)
 * @param lookups - the client the extension's own visibility lookups read through: the
 *   transaction while a write runs one (Prisma tells an extension nothing of transactions, and
 *   on the embedded database a read outside a running transaction would wait for it forever)
 */
export function scopedClient(
  prisma: PrismaClient,
  access: () => Promise<AccessRules>,
  lookups: () => LookupClient = () => prisma,
): PrismaClient {
  const extended = prisma.$extends({
    name: 'parity-row-scope',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const rules = await access();
          const guarded = await guardCursors(lookups(), model as ModelName, (args ?? {}) as Args, rules);
          const scoped = scopeArgs(model as ModelName, operation, guarded, rules);
          const result: unknown = await query(scoped);
          await hideInvisibleToOne(lookups(), model as ModelName, scoped, result, rules);
          return result;
        },
      },
    },
  });
  // The extended client has the base client's API (query extensions add no methods); Pothos and
  // the services are typed against PrismaClient.
  return extended as unknown as PrismaClient;
}
