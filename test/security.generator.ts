// A seeded generator of random, valid operations over the schema, for the fuzz test
// (security.fuzz.int.test.ts). Each operation comes with its plan: what every response key is,
// so that a response can be walked and each value matched with the field it came from. The
// same seed gives the same operations.

import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  specifiedRules,
  validate,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/** Mulberry32: a small, good enough, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Values the generator draws arguments from. */
export interface Pools {
  /** Global IDs: visible, hidden, of another organization, missing, malformed. */
  ids: string[];
  /** Global IDs by type (for filters such as patientId). */
  idsByType: Record<string, string[]>;
  memberIds: string[];
  payerCodes: string[];
  subjects: string[];
}

/** One response key of a selection: the field it reads, and what it selects. */
export interface Plan {
  key: string;
  field: string;
  /** Selected under `... on T`: present only on objects of that type. */
  on?: string;
  children: Plan[];
}

export interface Operation {
  text: string;
  variables: Record<string, unknown>;
  plan: Plan[];
}

interface State {
  rng: () => number;
  /** The object types of a union or interface, in a random order. */
  rngSortedTypes: (type: Parameters<GraphQLSchema['getPossibleTypes']>[0]) => readonly GraphQLObjectType[];
  pools: Pools;
  variables: Record<string, unknown>;
  declarations: string[];
  fragments: string[];
  aliasCount: number;
  directiveCount: number;
  nameCount: number;
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

function dateString(rng: () => number): string {
  const day = new Date(Date.UTC(2025, 11, 1) + Math.floor(rng() * 240) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A literal (or variable) for an input type, as GraphQL text; the value itself for variables. */
function inputValue(type: GraphQLInputType, name: string, s: State, depth = 0): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const n = 1 + Math.floor(s.rng() * 2);
    return Array.from({ length: n }, () => inputValue(nullable.ofType as GraphQLInputType, name, s, depth + 1));
  }
  if (isEnumType(nullable)) {
    return { enum: pick(s.rng, nullable.getValues()).name };
  }
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) || s.rng() < 0.35) {
        out[field.name] = inputValue(field.type, field.name, s, depth + 1);
      }
    }
    return { object: out };
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'ID': {
        const typed = Object.entries(s.pools.idsByType).find(([t]) => name.toLowerCase().startsWith(t.toLowerCase()));
        return typed && s.rng() < 0.8 ? pick(s.rng, typed[1]) : pick(s.rng, s.pools.ids);
      }
      case 'Int':
        return name === 'first' || name === 'last' ? 1 + Math.floor(s.rng() * 2) : Math.floor(s.rng() * 5);
      case 'Boolean':
        return s.rng() < 0.5;
      case 'Date':
        return dateString(s.rng);
      case 'DateTime':
        return `${dateString(s.rng)}T${String(Math.floor(s.rng() * 24)).padStart(2, '0')}:00:00.000Z`;
      case 'Decimal':
        return (s.rng() * 500).toFixed(2);
      default:
        if (name === 'memberId') {
          return s.rng() < 0.9 ? pick(s.rng, s.pools.memberIds) : pick(s.rng, ['', '!!', 'ZZ000000000', 'x'.repeat(60)]);
        }
        if (name === 'payerCode') {
          return pick(s.rng, s.pools.payerCodes);
        }
        if (name === 'subject') {
          return pick(s.rng, s.pools.subjects);
        }
        if (name === 'action') {
          return pick(s.rng, ['READ', 'DENIED', 'CREATE']);
        }
        if (name === 'reasonCode') {
          return pick(s.rng, ['45', '97', '197', 'CO45', '']);
        }
        return pick(s.rng, ['', 'a', 'F33.1', '90834', "'; drop table x; --", 'ünïcödé']);
    }
  }
  return null;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(literal).join(', ')}]`;
  }
  if (typeof value === 'object' && 'enum' in (value as object)) {
    return String((value as { enum: string }).enum);
  }
  if (typeof value === 'object' && 'object' in (value as object)) {
    const entries = Object.entries((value as { object: Record<string, unknown> }).object);
    return `{ ${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  if (value && typeof value === 'object' && 'enum' in (value as object)) {
    return (value as { enum: string }).enum;
  }
  if (value && typeof value === 'object' && 'object' in (value as object)) {
    return Object.fromEntries(Object.entries((value as { object: Record<string, unknown> }).object).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function argumentText(field: GraphQLField<unknown, unknown>, s: State): string {
  const parts: string[] = [];
  for (const arg of field.args as GraphQLArgument[]) {
    const required = isNonNullType(arg.type);
    const chance = arg.name === 'first' ? 0.95 : arg.name === 'after' || arg.name === 'before' || arg.name === 'last' ? 0.05 : 0.3;
    if (!required && s.rng() >= chance) {
      continue;
    }
    const value = inputValue(arg.type, arg.name, s);
    if (s.rng() < 0.3) {
      const name = `v${s.nameCount++}`;
      s.declarations.push(`$${name}: ${arg.type.toString()}`);
      s.variables[name] = plain(value);
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value)}`);
    }
  }
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** A selection set on an object type (always with __typename, so a response can be walked). */
function selectOn(type: GraphQLObjectType, depth: number, s: State, maxDepth: number): { text: string; plan: Plan[] } {
  const fields = Object.values(type.getFields());
  const composite = (f: GraphQLField<unknown, unknown>) => !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type));
  const candidates = depth >= maxDepth ? fields.filter((f) => !composite(f)) : fields;
  const count = Math.min(candidates.length, 1 + Math.floor(s.rng() * 4));
  const chosen = [...candidates].sort(() => s.rng() - 0.5).slice(0, count);
  const parts = ['__typename'];
  const plan: Plan[] = [{ key: '__typename', field: '__typename', children: [] }];
  for (const field of chosen) {
    let key = field.name;
    let prefix = '';
    if (s.aliasCount < 10 && s.rng() < 0.1) {
      key = `a${s.nameCount++}`;
      prefix = `${key}: `;
      s.aliasCount += 1;
    }
    let directive = '';
    let skipped = false;
    if (s.directiveCount < 6 && s.rng() < 0.05) {
      const include = s.rng() < 0.5;
      const value = s.rng() < 0.7;
      directive = include ? ` @include(if: ${value})` : ` @skip(if: ${value})`;
      skipped = include ? !value : value;
      s.directiveCount += 1;
    }
    const args = argumentText(field, s);
    const named = getNamedType(field.type);
    let children: Plan[] = [];
    let body = '';
    if (isObjectType(named)) {
      const inner = selectOn(named, depth + 1, s, maxDepth);
      children = inner.plan;
      if (s.rng() < 0.1) {
        const name = `F${s.nameCount++}`;
        s.fragments.push(`fragment ${name} on ${named.name} { ${inner.text} }`);
        body = ` { ...${name} }`;
      } else {
        body = ` { ${inner.text} }`;
      }
    } else if (isUnionType(named) || isInterfaceType(named)) {
      const possible = [...s.rngSortedTypes(named)];
      const parts2 = ['__typename'];
      children = [{ key: '__typename', field: '__typename', children: [] }];
      for (const member of possible.slice(0, 1 + Math.floor(s.rng() * Math.min(3, possible.length)))) {
        const inner = selectOn(member, depth + 1, s, maxDepth);
        parts2.push(`... on ${member.name} { ${inner.text} }`);
        children.push(...inner.plan.filter((p) => p.key !== '__typename').map((p) => ({ ...p, on: member.name })));
      }
      body = ` { ${parts2.join(' ')} }`;
    }
    parts.push(`${prefix}${field.name}${args}${directive}${body}`);
    if (!skipped) {
      plan.push({ key, field: field.name, children });
    }
  }
  return { text: parts.join(' '), plan };
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  pools: Pools;
  seed: number;
  /** Deepest selection (the server allows 10). */
  maxDepth?: number;
}

/**
 * An endless stream of valid operations: each is checked against the schema and the server's
 * document limits before it is yielded (invalid draws are dropped and counted).
 */
export function* operations(options: GeneratorOptions): Generator<Operation & { index: number; dropped: number }> {
  const rng = prng(options.seed);
  const query = options.schema.getQueryType() as GraphQLObjectType;
  const rules = [...specifiedRules, maxDepthRule({ n: 10 }), maxAliasesRule({ n: 15 }), maxDirectivesRule({ n: 10 })];
  let dropped = 0;
  for (let index = 0; ; ) {
    const state: State = {
      rng,
      pools: options.pools,
      variables: {},
      declarations: [],
      fragments: [],
      aliasCount: 0,
      directiveCount: 0,
      nameCount: 0,
      rngSortedTypes: (t) => [...options.schema.getPossibleTypes(t)].sort(() => rng() - 0.5),
    };
    // One or two root fields, each under a unique alias.
    const roots = [...Object.values(query.getFields())].sort(() => rng() - 0.5).slice(0, rng() < 0.8 ? 1 : 2);
    const parts: string[] = [];
    const plan: Plan[] = [];
    for (const field of roots) {
      const key = `r${state.nameCount++}`;
      const args = argumentText(field, state);
      const named = getNamedType(field.type);
      let children: Plan[] = [];
      let body = '';
      if (isObjectType(named)) {
        const inner = selectOn(named, 2, state, options.maxDepth ?? 5);
        children = inner.plan;
        body = ` { ${inner.text} }`;
      } else if (isUnionType(named) || isInterfaceType(named)) {
        const texts = ['__typename'];
        children = [{ key: '__typename', field: '__typename', children: [] }];
        for (const member of state.rngSortedTypes(named).slice(0, 3)) {
          const inner = selectOn(member, 2, state, options.maxDepth ?? 5);
          texts.push(`... on ${member.name} { ${inner.text} }`);
          children.push(...inner.plan.filter((p) => p.key !== '__typename').map((p) => ({ ...p, on: member.name })));
        }
        body = ` { ${texts.join(' ')} }`;
      }
      parts.push(`${key}: ${field.name}${args}${body}`);
      plan.push({ key, field: field.name, children });
    }
    const name = `Fuzz${index}`;
    const head = state.declarations.length > 0 ? `query ${name}(${state.declarations.join(', ')})` : `query ${name}`;
    const text = [`${head} { ${parts.join(' ')} }`, ...state.fragments].join('\n');
    let valid = false;
    try {
      valid = validate(options.schema, parse(text, { maxTokens: 2_000 }), rules).length === 0;
    } catch {
      valid = false;
    }
    if (!valid) {
      dropped += 1;
      continue;
    }
    yield { text, variables: state.variables, plan, index, dropped };
    index += 1;
  }
}
