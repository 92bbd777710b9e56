// The role-by-field matrix, generated from the schema: for every field of every object type and
// every role, an operation that reaches the field (through `node` with a fixture record, or from
// a root field) is run with that role's token, and the outcome is compared with what the access
// classes say: allowed (A), denied (D), or unreachable (U, a field on the way is denied). Part 2
// records are run again in each consent state, where a record may also be hidden (H, read as
// not found) or a detail redacted (R). The whole matrix is also checked in
// (__snapshots__/authz-matrix.txt), so that a change of who may see what shows in review.
//
// Operations run in process on the served schema with the shield middleware applied, so that
// every field rule is exercised for every role, partners included (over HTTP a partner's
// arbitrary operation is refused before any rule runs; see security.hardening.int.test.ts).
import {
  execute,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { YogaInitialContext } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { createAuthenticator } from '../src/auth/authenticate.ts';
import { appendAuditEvents } from '../src/audit/log.ts';
import { accessClassOf } from '../src/auth/permissions.ts';
import { modelRules, type ModelName } from '../src/auth/scope.ts';
import { createTokenVerifier, mintToken } from '../src/auth/tokens.ts';
import { roles, type Role } from '../src/auth/viewer.ts';
import { loadConfig } from '../src/config.ts';
import { createContext, type Context } from '../src/context.ts';
import { dateValue, isoDate } from '../src/domain/dates.ts';
import { accessClasses } from '../src/graphql/access.ts';
import { permissions, servedSchema } from '../src/graphql/executable.ts';
import { getDatamodel } from '../src/generated/pothos-types.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';

interface Step {
  field: string;
  args?: string;
  /** Inline fragment on this type before the field (after a union or interface). */
  on?: string;
}

interface Start {
  /** `node` with a record of this type, or a root field (the path's first step). */
  kind: 'node' | 'root';
  type?: string;
}

interface Path {
  start: Start;
  steps: Step[];
  /** The object type the last step lands on. */
  type: string;
}

const schema = servedSchema;
const query = schema.getQueryType() as GraphQLObjectType;
const models = getDatamodel().datamodel.models;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const allows = (role: Role, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  (accessClasses[accessClassOf(type, field)] as readonly string[]).includes(role);
const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;

function argsOf(field: GraphQLField<unknown, unknown>): string {
  return field.args.some((a) => a.name === 'first') ? '(first: 3)' : '';
}

/** Object types a field leads to, with the fragment needed to select on each. */
function targets(field: GraphQLField<unknown, unknown>): Array<{ type: string; on?: string }> {
  const named = getNamedType(field.type);
  if (isObjectType(named)) {
    return [{ type: named.name }];
  }
  if (isUnionType(named) || isInterfaceType(named)) {
    return schema.getPossibleTypes(named).map((t) => ({ type: t.name, on: t.name }));
  }
  return [];
}

/** Shortest paths from a start to every object type (breadth first). */
function pathsFrom(start: Start, firstType: string, firstSteps: Step[]): Map<string, Path> {
  const found = new Map<string, Path>([[firstType, { start, steps: firstSteps, type: firstType }]]);
  const queue = [firstType];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const here = found.get(current) as Path;
    for (const field of Object.values(objectType(current).getFields())) {
      for (const target of targets(field)) {
        if (found.has(target.type) || target.type === 'Query') {
          continue;
        }
        found.set(target.type, { start, steps: [...here.steps, { field: field.name, args: argsOf(field), on: target.on }], type: target.type });
        queue.push(target.type);
      }
    }
  }
  return found;
}

/** The selection of `path` ending in `field` (with `__typename` under an object). */
function selection(path: Path, field: GraphQLField<unknown, unknown>, alias: string, ids: ReadonlyMap<string, string>): string {
  let inner = targets(field).length > 0 ? `${field.name}${argsOf(field)} { __typename }` : `${field.name}${argsOf(field)}`;
  for (const step of [...path.steps].reverse()) {
    inner = step.on ? `${step.field}${step.args ?? ''} { ... on ${step.on} { ${inner} } }` : `${step.field}${step.args ?? ''} { ${inner} }`;
  }
  if (path.start.kind === 'node') {
    const id = ids.get(path.start.type as string) ?? globalId(path.start.type as string, '00000000-0000-4000-8000-000000000000');
    return `${alias}: node(id: "${id}") { ... on ${path.start.type} { ${inner} } }`;
  }
  return `${alias}: ${inner}`;
}

/** The object type each step of a path reads its field from. */
function ownerTypes(path: Path): string[] {
  const owners: string[] = [];
  let type = path.start.kind === 'node' ? (path.start.type as string) : 'Query';
  for (const step of path.steps) {
    owners.push(type);
    const field = objectType(type).getFields()[step.field] as GraphQLField<unknown, unknown>;
    type = targets(field).find((t) => !step.on || t.on === step.on)?.type ?? '';
  }
  owners.push(type);
  return owners;
}

/** Whether a role may walk the path up to (not including) the last field. */
function traversable(role: Role, path: Path): boolean {
  if (path.start.kind === 'node' && !allows(role, query, query.getFields().node as GraphQLField<unknown, unknown>)) {
    return false;
  }
  let type = path.start.kind === 'node' ? objectType(path.start.type as string) : query;
  for (const step of path.steps) {
    const field = type.getFields()[step.field] as GraphQLField<unknown, unknown>;
    if (!allows(role, type, field)) {
      return false;
    }
    const next = targets(field).find((t) => !step.on || t.on === step.on);
    type = objectType(next?.type ?? '');
  }
  return true;
}

/** The Prisma condition making a record of `model` have data all along `steps`. */
function dataAlong(model: string, steps: Step[]): Record<string, unknown> {
  const [step, ...rest] = steps;
  if (!step) {
    return {};
  }
  const relation = models[model]?.fields.find((f) => f.kind === 'object' && f.name === step.field);
  if (!relation) {
    return {};
  }
  // A connection field's next steps are edges and node: skip to the node's steps.
  const after = rest[0]?.field === 'edges' && rest[1]?.field === 'node' ? rest.slice(2) : rest;
  const nested = dataAlong(relation.type, after);
  return { [relation.name]: relation.isList ? { some: nested } : { is: nested } };
}

type Errors = ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: { code?: unknown } }>;

/**
 * What happened to the last field of `path` in one alias of a result: denied at the field (D) or
 * on the way (U), the start record not found (H), a detail withheld on the way or at the field
 * (R), resolved (A), or no data to tell (-).
 */
function classify(data: Record<string, unknown> | null | undefined, errors: Errors, alias: string, path: Path, field: string, detail: (coordinate: string) => boolean): string {
  const mine = errors.filter((e) => e.path?.[0] === alias);
  const other = mine.find((e) => e.extensions?.code !== 'FORBIDDEN');
  if (other) {
    return `error:${String(other.extensions?.code)}`;
  }
  const names = [...(path.start.kind === 'root' ? path.steps.slice(1) : path.steps).map((s) => s.field), field];
  const forbidden = mine.find((e) => e.extensions?.code === 'FORBIDDEN');
  if (forbidden) {
    const keys = (forbidden.path ?? []).filter((k): k is string => typeof k === 'string');
    return keys.length === names.length + 1 && keys[keys.length - 1] === field ? 'D' : 'U';
  }
  const start = data?.[alias];
  if (start === null || start === undefined) {
    return 'H';
  }
  const owners = ownerTypes(path).slice(path.start.kind === 'root' ? 1 : 0);
  let level: unknown[] = [start];
  for (const [i, name] of names.entries()) {
    const children = level.flat().filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && name in v).map((v) => v[name]);
    if (children.length === 0) {
      return '-';
    }
    const withheld = detail(`${owners[i]}.${name}`) && children.every((c) => c === null);
    if (withheld) {
      return 'R';
    }
    if (i === names.length - 1) {
      return 'A';
    }
    level = children.flat().filter((v) => v !== null && v !== undefined);
  }
  return '-';
}

describe(`the role-by-field matrix on ${databaseKind}`, () => {
  let db: TestDatabase;
  let shielded: GraphQLSchema;
  const contexts = new Map<Role, () => Promise<Context>>();
  /** Rendered rows of the matrix: coordinate (and case) -> outcome per role. */
  const cells = new Map<string, Map<Role, string>>();
  let partnerMember = '';
  let partnerPayerCode = '';
  let organizationId = '';

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    shielded = applyMiddleware(schema, permissions);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' });
    const authenticate = createAuthenticator(createTokenVerifier(config.auth));
    organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
    // The member a partner asks about is a Part 2 patient with consents naming the payer and the
    // organization, so that every field of the answer, its Part 2 account included, is read.
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { patient: { program: { isPart2: true } } }, include: { payer: true, patient: true }, orderBy: { id: 'asc' } });
    partnerMember = coverage.memberId;
    partnerPayerCode = coverage.payer.payerCode;
    for (const recipient of [{ recipientPayerId: coverage.payerId }, { recipientOrganizationId: organizationId }]) {
      await db.prisma.part2Consent.create({
        data: {
          patientId: coverage.patientId,
          programId: coverage.patient.programId ?? '',
          scope: 'DIAGNOSES_AND_SERVICES',
          purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'],
          recipientName: 'matrix',
          ...recipient,
          signedOn: new Date(Date.now() - 100 * 86_400_000),
        },
      });
    }
    const subjects: Record<Role, string> = {
      ADMIN: 'demo-admin',
      BILLER: 'demo-biller',
      CLINICIAN: 'demo-clinician',
      ANALYST: 'demo-analyst',
      PARTNER: 'partner-matrix',
      AUDITOR: 'demo-auditor',
    };
    const build = createContext({ prisma: db.prisma, authenticate, policies: loadPayerPolicies() });
    for (const role of roles) {
      const token = await mintToken(config.auth, {
        subject: subjects[role],
        role,
        organizationId,
        payerCode: role === 'PARTNER' ? partnerPayerCode : undefined,
      });
      contexts.set(role, () => build({ request: new Request('http://matrix/graphql', { headers: { authorization: `Bearer ${token}` } }) } as YogaInitialContext));
    }
  });
  afterAll(async () => {
    await db.close();
  });

  async function run(role: Role, document: string): Promise<{ data?: Record<string, unknown> | null; errors: Errors }> {
    const contextValue = await (contexts.get(role) as () => Promise<Context>)();
    const result = await execute({ schema: shielded, document: parse(document), contextValue });
    return {
      data: result.data as Record<string, unknown> | null | undefined,
      errors: (result.errors ?? []).map((e) => ({ path: e.path, extensions: e.extensions as { code?: unknown } })),
    };
  }

  function note(row: string, role: Role, outcome: string): void {
    const byRole = cells.get(row) ?? new Map<Role, string>();
    byRole.set(role, outcome);
    cells.set(row, byRole);
  }

  /** Every object type's paths, shortest first: from `node` with a Node type, or from a root field. */
  function planPaths(): Map<string, Path[]> {
    const byType = new Map<string, Path[]>();
    const add = (found: Map<string, Path>) => {
      for (const [type, path] of found) {
        byType.set(type, [...(byType.get(type) ?? []), path].sort((a, b) => a.steps.length - b.steps.length));
      }
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
        add(pathsFrom({ kind: 'node', type: type.name }, type.name, []));
      }
    }
    for (const field of Object.values(query.getFields())) {
      if (field.name === 'node' || field.name === 'nodes') {
        continue;
      }
      // The eligibility answer, or each expected error, from the input that produces it.
      const member = (memberId: string) => `(input: { memberId: "${memberId}", payerCode: "${partnerPayerCode}" })`;
      const argsFor: Record<string, string> =
        field.name === 'eligibility' ? { Eligibility: member(partnerMember), NotFoundError: member('ZZ000000000'), ValidationError: member('!!') } : {};
      for (const target of targets(field)) {
        add(pathsFrom({ kind: 'root' }, target.type, [{ field: field.name, args: argsFor[target.type] ?? argsOf(field), on: target.on }]));
      }
    }
    return byType;
  }

  /** Gives a Part 2 patient a consent naming the organization, in force: staff outside the
   *  program may then read the patient's Part 2 records, as the classes say. */
  async function consentForOrganization(patientId: string, programId: string): Promise<void> {
    await db.prisma.part2Consent.create({
      data: {
        patientId,
        programId,
        scope: 'DIAGNOSES_AND_SERVICES',
        purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'],
        recipientName: 'matrix',
        recipientOrganizationId: organizationId,
        signedOn: new Date(Date.now() - 100 * 86_400_000),
      },
    });
  }

  /**
   * A record of `start` with data all along `steps`: an ordinary record (not Part 2) when there
   * is one; for a path through `part2`, a Part 2 record under a consent naming the organization.
   */
  async function fixtureId(start: string, steps: Step[]): Promise<{ id: string; part2: boolean } | null> {
    if (steps.some((s) => s.field === 'part2')) {
      const model = (objectType(start).extensions?.pothosPrismaModel as string | undefined) ?? start;
      const delegate = (db.prisma as unknown as Record<string, { findFirst(args: object): Promise<{ id: string; patientId: string; programId: string } | null> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      const row = models[model]?.fields.some((f) => f.name === 'programId')
        ? await delegate?.findFirst({ where: { program: { isPart2: true } }, orderBy: { id: 'asc' } })
        : null;
      if (!row) {
        return null;
      }
      await consentForOrganization(row.patientId, row.programId);
      return { id: globalId(start, row.id), part2: true };
    }
    const model = (objectType(start).extensions?.pothosPrismaModel as string | undefined) ?? start;
    const delegate = (db.prisma as unknown as Record<string, { findFirst(args: object): Promise<{ id: string; patientId?: string } | null> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ];
    const fields = new Set(models[model]?.fields.map((f) => f.name));
    const programOptional = models[model]?.fields.some((f) => f.name === 'programId' && !f.isRequired);
    const ordinary = {
      ...(fields.has('programId') ? (programOptional ? { OR: [{ programId: null }, { program: { isPart2: false } }] } : { program: { isPart2: false } }) : {}),
      ...(fields.has('patient') ? { patient: { programId: null } } : {}),
    };
    const along = dataAlong(model, steps);
    const row = (await delegate?.findFirst({ where: { ...along, ...ordinary }, orderBy: { id: 'asc' } })) ?? (await delegate?.findFirst({ where: along, orderBy: { id: 'asc' } }));
    if (row && model === 'Part2Consent') {
      // Consents exist only for Part 2 patients.
      const consent = await db.prisma.part2Consent.findUniqueOrThrow({ where: { id: row.id } });
      await consentForOrganization(consent.patientId, consent.programId);
      return { id: globalId(start, row.id), part2: true };
    }
    return row ? { id: globalId(start, row.id), part2: false } : null;
  }

  it('matches the access classes for every field of every type and every role', async () => {
    const byType = planPaths();
    const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    const mismatches: string[] = [];
    const ids = new Map<string, { id: string; part2: boolean } | null>();
    // Every event kind the trail holds, for the auditors' rows.
    await appendAuditEvents(db.prisma, { subject: 'matrix', role: 'ADMIN', organizationId, purpose: 'PAYMENT', requestId: 'm', operationName: 'M', operationHash: null }, [
      { action: 'READ', recordType: 'Claim', recordId: 'x', fields: ['Claim.status'], patientId: null, part2: true, consentId: null },
    ]);
    for (const role of roles) {
      for (const type of objectTypes) {
        const fields = Object.values(type.getFields());
        if (type.name === 'Query') {
          for (const field of fields) {
            const args =
              field.name === 'node'
                ? `(id: "${globalId('Payer', '00000000-0000-4000-8000-000000000000')}")`
                : field.name === 'nodes'
                  ? '(ids: [])'
                  : field.name === 'eligibility'
                    ? `(input: { memberId: "${partnerMember}", payerCode: "${partnerPayerCode}" })`
                    : argsOf(field);
            const result = await run(role, `{ ${field.name}${args} ${targets(field).length > 0 ? '{ __typename }' : ''} }`);
            const observed = result.errors.some((e) => e.extensions?.code === 'FORBIDDEN')
              ? 'D'
              : result.errors.length > 0
                ? `error:${String(result.errors[0]?.extensions?.code)}`
                : 'A';
            const expected = allows(role, type, field) ? 'A' : 'D';
            if (observed !== expected) {
              mismatches.push(`${role} Query.${field.name}: expected ${expected}, got ${observed}`);
            }
            note(`Query.${field.name}`, role, observed);
          }
          continue;
        }
        const candidates = byType.get(type.name) ?? [];
        const path = candidates.find((p) => traversable(role, p)) ?? candidates[0];
        if (!path) {
          for (const field of fields) {
            note(`${type.name}.${field.name}`, role, '-');
          }
          continue;
        }
        const nodeIds = new Map<string, string>();
        let part2Fixture = false;
        if (path.start.kind === 'node') {
          const key = `${path.start.type}>${path.steps.map((s) => s.field).join('.')}`;
          if (!ids.has(key)) {
            ids.set(key, await fixtureId(path.start.type as string, path.steps));
          }
          const fixture = ids.get(key);
          if (fixture) {
            nodeIds.set(path.start.type as string, fixture.id);
            part2Fixture = fixture.part2;
          }
        }
        const reachable = traversable(role, path);
        const aliases = fields.map((field, i) => ({ field, alias: `f${i}` }));
        // Under `node` (nullable) each alias fails alone; from a non-null root field, one denied
        // field would null the whole response, so each field runs on its own.
        const documents =
          path.start.kind === 'node'
            ? [`{ ${aliases.map(({ field, alias }) => selection(path, field, alias, nodeIds)).join(' ')} }`]
            : aliases.map(({ field, alias }) => `{ ${selection(path, field, alias, nodeIds)} }`);
        const results = await Promise.all(documents.map((d) => run(role, d)));
        const merged = {
          data: Object.assign({}, ...results.map((r) => r.data ?? {})) as Record<string, unknown>,
          errors: results.flatMap((r) => r.errors),
        };
        for (const { field, alias } of aliases) {
          const observed = classify(merged.data, merged.errors, alias, path, field.name, () => false);
          // Analysts never see a Part 2 record: it reads as not found.
          const expected = !reachable ? 'U' : part2Fixture && role === 'ANALYST' ? 'H' : allows(role, type, field) ? 'A' : 'D';
          // A nullable field may read as null where the fixture has no value: allowed either way.
          const seen = observed === '-' && expected === 'A' && !isNonNull(field) ? 'A' : observed;
          if (seen !== expected) {
            mismatches.push(`${role} ${type.name}.${field.name}: expected ${expected}, got ${observed}`);
          }
          note(`${type.name}.${field.name}`, role, seen);
        }
      }
    }
    expect(mismatches).toEqual([]);
    for (const role of roles) {
      const outcomes = [...cells.values()].map((c) => c.get(role));
      expect(outcomes.filter((o) => o === 'A').length, role).toBeGreaterThan(0);
      if (role !== 'ADMIN') {
        expect(outcomes.filter((o) => o === 'D').length, role).toBeGreaterThan(0);
      }
    }
    // Every field some role may read was read by one, but for the typed errors of mutations
    // (none in the schema yet) which no query returns.
    const unread = [...cells.entries()].filter(([, c]) => ![...c.values()].includes('A')).map(([row]) => row.split('.')[0]);
    expect(new Set(unread)).toEqual(new Set(['IdempotencyKeyReusedError', 'InvalidStateError', 'VersionConflictError'].filter((t) => schema.getType(t))));
  }, 600_000);

  it('matches the 42 CFR Part 2 rules for records in each consent state (granted, billing only, expired, revoked, none)', async () => {
    const sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    const today = dateValue(isoDate(new Date()));
    const day = 86_400_000;
    type State = 'granted' | 'billingOnly' | 'expired' | 'revoked' | 'none';
    const states: State[] = ['granted', 'billingOnly', 'expired', 'revoked', 'none'];
    const patients = await db.prisma.patient.findMany({
      where: {
        programId: sud.id,
        claims: { some: { programId: sud.id, diagnoses: { some: {} }, lines: { some: {} } } },
        sessions: { some: { programId: sud.id } },
        episodes: { some: { programId: sud.id } },
        diagnoses: { some: { programId: sud.id } },
      },
      orderBy: { mrn: 'desc' },
      take: states.length,
    });
    expect(patients).toHaveLength(states.length);
    await db.prisma.part2Consent.deleteMany({ where: { patientId: { in: patients.map((p) => p.id) }, recipientOrganizationId: { not: null } } });
    const fixture = new Map<State, string>();
    for (const [i, state] of states.entries()) {
      const patientId = patients[i]?.id ?? '';
      fixture.set(state, patientId);
      if (state !== 'none') {
        await db.prisma.part2Consent.create({
          data: {
            patientId,
            programId: sud.id,
            scope: state === 'billingOnly' ? 'BILLING_INFORMATION_ONLY' : 'DIAGNOSES_AND_SERVICES',
            purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'],
            recipientName: 'matrix',
            recipientOrganizationId: organizationId,
            signedOn: new Date(today.getTime() - 100 * day),
            expiresOn: state === 'expired' ? new Date(today.getTime() - day) : null,
            revokedAt: state === 'revoked' ? new Date(Date.now() - 60_000) : null,
          },
        });
      }
    }
    const records: Array<{ start: string; model: string; steps: Step[] }> = [
      { start: 'Claim', model: 'claim', steps: [] },
      { start: 'Claim', model: 'claim', steps: [{ field: 'lines' }] },
      { start: 'Claim', model: 'claim', steps: [{ field: 'diagnoses' }] },
      { start: 'Claim', model: 'claim', steps: [{ field: 'part2' }] },
      { start: 'Session', model: 'session', steps: [] },
      { start: 'Diagnosis', model: 'diagnosis', steps: [] },
      { start: 'Episode', model: 'episode', steps: [] },
    ];
    const detail = (coordinate: string) => {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      return isObjectType(type) && type.getFields()[fieldName]?.extensions?.part2Detail === true;
    };
    const mismatches: string[] = [];
    for (const record of records) {
      const path: Path = { start: { kind: 'node', type: record.start }, steps: record.steps, type: '' };
      const type = objectType(ownerTypes(path).at(-1) ?? '');
      for (const state of states) {
        const delegate = (db.prisma as unknown as Record<string, { findFirst(args: object): Promise<{ id: string } | null> }>)[record.model];
        const row = await delegate?.findFirst({
          where: { patientId: fixture.get(state), programId: sud.id, ...(record.start === 'Claim' ? { diagnoses: { some: {} }, lines: { some: {} } } : {}) },
          orderBy: { id: 'asc' },
        });
        expect(row, `${record.start} of ${state}`).toBeTruthy();
        const nodeIds = new Map([[record.start, globalId(record.start, row?.id ?? '')]]);
        const aliases = Object.values(type.getFields()).map((field, i) => ({ field, alias: `f${i}` }));
        // The program's staff are never withheld anything: a detail null for them is null.
        const nullForStaff = new Set<string>();
        for (const role of roles) {
          const result = await run(role, `{ ${aliases.map(({ field, alias }) => selection(path, field, alias, nodeIds)).join(' ')} }`);
          const onStaff = role === 'ADMIN';
          const diagnosisRows = modelRules[record.model.charAt(0).toUpperCase() + record.model.slice(1) as ModelName].part2?.detail === true;
          const underConsent = (role === 'BILLER' || role === 'CLINICIAN') && (state === 'granted' || state === 'billingOnly');
          const billingOnly = !onStaff && state === 'billingOnly';
          for (const { field, alias } of aliases) {
            const observed = classify(result.data, result.errors, alias, path, field.name, detail);
            const expected = !traversable(role, path)
              ? 'U'
              : !(onStaff || underConsent) || (billingOnly && diagnosisRows)
                ? 'H'
                : billingOnly && record.steps.some((s) => detail(`${record.start}.${s.field}`))
                  ? 'R'
                  : !allows(role, type, field)
                    ? 'D'
                    : billingOnly && field.extensions?.part2Detail === true
                      ? 'R'
                      : 'A';
            if (onStaff && observed === 'R') {
              nullForStaff.add(field.name);
            }
            const genuinelyNull = nullForStaff.has(field.name) && observed === 'R' && (expected === 'A' || expected === 'R');
            const seen = (observed === '-' && expected === 'A' && !isNonNull(field)) || genuinelyNull ? expected : observed;
            if (seen !== expected) {
              mismatches.push(`${role} ${type.name}.${field.name} [${state}]: expected ${expected}, got ${observed}`);
            }
            note(`${type.name}.${field.name} part2[${state}]`, role, seen);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('is the checked-in matrix (review a change of who may see what)', async () => {
    const legend = [
      '# Who may read each field, by role (generated by test/security.matrix.int.test.ts from the schema).',
      '# A allowed, D denied, U unreachable (a field on the way is denied), H hidden (reads as not found),',
      '# R redacted (a Part 2 detail the consent does not cover), - no read path (typed errors of mutations).',
      '# part2[state]: a record of the 42 CFR Part 2 program, for a patient whose consent naming the',
      '# organization is in that state; ADMIN is on the program staff, BILLER and CLINICIAN are not.',
    ];
    const header = `${'coordinate'.padEnd(56)} ${roles.map((r) => r.padEnd(9)).join(' ')}`.trimEnd();
    const lines = [...cells.entries()].map(([row, byRole]) => `${row.padEnd(56)} ${roles.map((r) => (byRole.get(r) ?? '?').padEnd(9)).join(' ')}`.trimEnd());
    expect(lines.length).toBeGreaterThan(400);
    await expect(`${[...legend, header, ...lines].join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/authz-matrix.txt');
  });
});

function isNonNull(field: GraphQLField<unknown, unknown>): boolean {
  return field.type.toString().endsWith('!');
}
