// The role-by-field matrix, generated from the schema: for every field of every object type and
// every role, an operation that reaches the field (through `node` with a fixture record, from a
// root field, or from a mutation) is run with that role's token, and the outcome is compared with
// what the access classes say: allowed (A), denied (D), or unreachable (U, a field on the way is
// denied). Part 2 records are run again in each consent state, where a record may also be hidden
// (H, read as not found) or a detail redacted (R). The whole matrix is also checked in
// (__snapshots__/authz-matrix.txt), so that a change of who may see what shows in review.
//
// Fixtures: a path is used only when it reaches its type for the administrator (each fixture
// record is chosen among the ones that do, and fields with arguments get the arguments that
// produce each member of their result union); a type no query reaches for a role is reached
// through a mutation. Mutations run in a database of their own for each role (a copy of the same
// seeded template), each with an input that succeeds for a role allowed to call it: an allowed
// role must get past the rule (its typed error, when a case asks for one, counts as allowed), a
// denied role must get "not authorized" with not one statement written.
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
} from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import { readFileSync } from 'node:fs';
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
import type { PrismaClient } from '../src/db/client.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { dateValue, isoDate } from '../src/domain/dates.ts';
import { accessClasses } from '../src/auth/access.ts';
import { servedSchema, settleFieldRules } from '../src/graphql/executable.ts';
import { PrismaClient as Client } from '../src/generated/prisma/client.ts';
import { getDatamodel } from '../src/generated/pothos-types.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';

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
const mutation = schema.getMutationType() as GraphQLObjectType;
const models = getDatamodel().datamodel.models;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const localId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';
const noSuchId = '00000000-0000-4000-8000-000000000000';
const allows = (role: Role, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  (accessClasses[accessClassOf(type, field)] as readonly string[]).includes(role);
const objectType = (name: string) => schema.getType(name) as GraphQLObjectType;
/** "Today" of the mutations: the seeded clinic's anchor date, late in the day. */
const anchorNow = new Date(`${seedAnchorDate}T18:00:00.000Z`);

/**
 * Arguments of fields, filled once the fixtures are known: by `Type.field>Member` (the arguments
 * that make a field with a union result produce that member) or `Type.field`.
 */
const fieldArgs = new Map<string, string>();
/** Prisma conditions a record needs for a field that is not a relation to have data (by `Model.field`). */
const computedAlong = new Map<string, Record<string, unknown>>();

function argsFor(owner: string, field: GraphQLField<unknown, unknown>, member?: string): string {
  const own = (member ? fieldArgs.get(`${owner}.${field.name}>${member}`) : undefined) ?? fieldArgs.get(`${owner}.${field.name}`);
  return own ?? (field.args.some((a) => a.name === 'first') ? '(first: 3)' : '');
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
        found.set(target.type, { start, steps: [...here.steps, { field: field.name, args: argsFor(current, field, target.type), on: target.on }], type: target.type });
        queue.push(target.type);
      }
    }
  }
  return found;
}

/** The selection of `path` ending in `inner` (a field and what it selects). */
function wrap(path: Path, inner: string, alias: string, ids: ReadonlyMap<string, string>): string {
  for (const step of [...path.steps].reverse()) {
    inner = step.on ? `${step.field}${step.args ?? ''} { ... on ${step.on} { ${inner} } }` : `${step.field}${step.args ?? ''} { ${inner} }`;
  }
  if (path.start.kind === 'node') {
    const id = ids.get(path.start.type as string) ?? globalId(path.start.type as string, noSuchId);
    return `${alias}: node(id: "${id}") { ... on ${path.start.type} { ${inner} } }`;
  }
  return `${alias}: ${inner}`;
}

/** The selection of `path` ending in `field` (with `__typename` under an object). */
function selection(path: Path, field: GraphQLField<unknown, unknown>, alias: string, ids: ReadonlyMap<string, string>): string {
  const args = argsFor(path.type, field);
  return wrap(path, targets(field).length > 0 ? `${field.name}${args} { __typename }` : `${field.name}${args}`, alias, ids);
}

/** The path's key: its start and every step with the member it selects. */
function pathKey(path: Path): string {
  return `${path.start.kind === 'node' ? path.start.type : 'Query'}>${path.steps.map((s) => `${s.field}${s.on ? `@${s.on}` : ''}`).join('.')}`;
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
    return computedAlong.get(`${model}.${step.field}`) ?? {};
  }
  // A connection field's next steps are edges and node: skip to the node's steps.
  const after = rest[0]?.field === 'edges' && rest[1]?.field === 'node' ? rest.slice(2) : rest;
  const nested = dataAlong(relation.type, after);
  return { [relation.name]: relation.isList ? { some: nested } : { is: nested } };
}

/** The records reached at the end of `steps` from `start` (lists flattened, nulls dropped). */
function reached(start: unknown, steps: readonly Step[]): Array<Record<string, unknown>> {
  let level: unknown[] = [start];
  for (const step of steps) {
    level = level
      .flat()
      .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && step.field in v)
      .map((v) => v[step.field])
      .flat()
      .filter((v) => v !== null && v !== undefined);
  }
  return level.flat().filter((v): v is Record<string, unknown> => !!v && typeof v === 'object');
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

/** A mutation's input for one case, and what the case is to produce. */
interface Scenario {
  mutation: string;
  /** The member of the mutation's result union this input produces. */
  on: string;
  /** A list or object field of that member leading to the type whose fields are read. */
  via?: string;
  /** The input, made from the role's database (setup writes run as the administrator). */
  input: (w: Workbench) => Promise<Record<string, unknown>>;
  /** Runs first, as the role itself (a first use of an idempotency key). */
  before?: (w: Workbench, call: (input: Record<string, unknown>) => Promise<unknown>) => Promise<void>;
  /** The case writes when it succeeds (false: a dry run). */
  writes?: boolean;
}

/** What scenarios get: a role's database for mutations, and helpers. */
interface Workbench {
  /** Unscoped, of this role's database. */
  prisma: PrismaClient;
  /** Runs a mutation as the administrator and returns its result, which must be `on`. */
  admin(mutationName: string, input: Record<string, unknown>, on: string, select: string): Promise<Record<string, unknown>>;
  /** A session time no seeded session takes (a night hour of the day before the anchor date). */
  slot(minutes: number): { startTime: string; endTime: string };
  /** Runs a query as the administrator and returns its data. */
  query(document: string): Promise<Record<string, unknown>>;
  /** A patient with no program, an LCSW enrolled with the patient's primary payer, and a location. */
  outpatient: { patientId: string; providerId: string; locationId: string; coverageId: string; payerId: string };
}

/** The object type a scenario's fields are read from. */
function scenarioType(s: Scenario): string {
  if (!s.via) {
    return s.on;
  }
  const field = objectType(s.on).getFields()[s.via] as GraphQLField<unknown, unknown>;
  return targets(field)[0]?.type ?? '';
}

/** Whether a role may reach a scenario's fields: call the mutation, and read the field it goes through. */
function scenarioTraversable(role: Role, s: Scenario): boolean {
  const field = mutation.getFields()[s.mutation] as GraphQLField<unknown, unknown>;
  const via = s.via ? (objectType(s.on).getFields()[s.via] as GraphQLField<unknown, unknown>) : null;
  return allows(role, mutation, field) && (!via || allows(role, objectType(s.on), via));
}

const northwindEra = readFileSync(new URL('./fixtures/x12/northwind-era.835', import.meta.url), 'utf8');
const idempotencyKey = 'matrix-idempotency-key-0001';
/** Rows of no 42 CFR Part 2 program, for a patient registered by none. */
const notPart2 = () => ({ OR: [{ programId: null }, { program: { isPart2: false } }] });
const ordinary = () => ({ ...notPart2(), patient: notPart2() });
/** The same, for rows that always name their program. */
const ordinaryInProgram = () => ({ program: { isPart2: false }, patient: notPart2() });

function session(w: Workbench, procedureCode = '90834', minutes = 53): Record<string, unknown> {
  const { patientId, providerId, locationId } = w.outpatient;
  return { patientId, providerId, locationId, placeOfService: '11', procedureCode, ...w.slot(minutes) };
}

async function claimIn(w: Workbench, status: 'DRAFT' | 'SUBMITTED' | 'DENIED', extra: Record<string, unknown> = {}) {
  return w.prisma.claim.findFirstOrThrow({ where: { status, ...ordinary(), ...extra }, orderBy: { id: 'asc' } });
}

async function requestedAuthorization(w: Workbench): Promise<{ id: string; version: number; unitsRequested: number }> {
  const { patientId, coverageId } = w.outpatient;
  const created = await w.admin(
    'requestAuthorization',
    { patientId, coverageId, levelOfCare: 'IOP', unitType: 'DAYS', unitsRequested: 12, startDate: '2026-07-06', endDate: '2026-08-02' },
    'AuthorizationPayload',
    'authorization { id version unitsRequested }',
  );
  const authorization = created.authorization as { id: string; version: number; unitsRequested: number };
  return authorization;
}

/**
 * Every mutation's cases, the first of each its success. Inputs are made when the case runs, from
 * the role's own database, so that each case finds the records it needs in the state it needs.
 */
const scenarios: Scenario[] = [
  { mutation: 'recordSession', on: 'SessionPayload', input: async (w) => session(w) },
  { mutation: 'recordSession', on: 'ValidationError', input: async (w) => ({ ...session(w), endTime: '2026-06-29T00:30:00.000Z' }) },
  { mutation: 'recordSession', on: 'ValidationError', via: 'issues', input: async (w) => ({ ...session(w), endTime: '2026-06-29T00:30:00.000Z' }) },
  { mutation: 'recordSession', on: 'NotFoundError', input: async (w) => ({ ...session(w), patientId: globalId('Patient', noSuchId) }) },
  {
    mutation: 'recordSession',
    on: 'IdempotencyKeyReusedError',
    before: async (w, call) => void (await call({ ...session(w), idempotencyKey })),
    input: async (w) => ({ ...session(w), idempotencyKey }),
  },
  {
    mutation: 'recordProgramDay',
    on: 'ProgramDayPayload',
    input: async (w) => {
      const episode = await w.prisma.episode.findFirstOrThrow({ where: { status: 'OPEN', levelOfCare: { in: ['PHP', 'IOP'] }, ...ordinaryInProgram() }, include: { program: true }, orderBy: { id: 'asc' } });
      const taken = new Set(
        (await w.prisma.programDay.findMany({ where: { patientId: episode.patientId, programId: episode.programId }, select: { serviceDate: true } })).map((d) => isoDate(d.serviceDate)),
      );
      let day = seedAnchorDate;
      while (taken.has(day)) {
        day = isoDate(new Date(dateValue(day).getTime() - 86_400_000));
      }
      const location = episode.program.locationId ?? (await w.prisma.location.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
      return {
        patientId: globalId('Patient', episode.patientId),
        programId: globalId('Program', episode.programId),
        locationId: globalId('Location', location),
        episodeId: globalId('Episode', episode.id),
        serviceDate: day,
        levelOfCare: episode.levelOfCare,
        services: [{ procedureCode: '90853', minutes: 60 }],
      };
    },
  },
  {
    mutation: 'transitionLevelOfCare',
    on: 'LevelOfCareTransitionPayload',
    input: async (w) => {
      const episode = await w.prisma.episode.findFirstOrThrow({ where: { status: 'OPEN', levelOfCare: 'PHP', startDate: { lt: dateValue('2026-06-25') }, ...ordinaryInProgram() }, orderBy: { id: 'asc' } });
      return { episodeId: globalId('Episode', episode.id), toLevel: 'IOP', transitionOn: '2026-07-01', reason: 'matrix' };
    },
  },
  {
    mutation: 'transitionLevelOfCare',
    on: 'InvalidStateError',
    input: async (w) => {
      const episode = await w.prisma.episode.findFirstOrThrow({ where: { status: 'CLOSED', ...ordinaryInProgram() }, orderBy: { id: 'asc' } });
      return { episodeId: globalId('Episode', episode.id), toLevel: 'OUTPATIENT', transitionOn: '2026-07-01' };
    },
  },
  {
    mutation: 'createClaimFromSessions',
    on: 'ClaimPayload',
    input: async (w) => {
      const recorded = await w.admin('recordSession', session(w), 'SessionPayload', 'session { id }');
      return { sessionIds: [(recorded.session as { id: string }).id] };
    },
  },
  {
    mutation: 'updateDraftClaim',
    on: 'ClaimPayload',
    input: async (w) => {
      const claim = await claimIn(w, 'DRAFT');
      return { claimId: globalId('Claim', claim.id), expectedVersion: claim.version };
    },
  },
  {
    mutation: 'updateDraftClaim',
    on: 'VersionConflictError',
    input: async (w) => {
      const claim = await claimIn(w, 'DRAFT');
      return { claimId: globalId('Claim', claim.id), expectedVersion: claim.version + 5 };
    },
  },
  {
    mutation: 'submitClaim',
    on: 'ClaimPayload',
    input: async (w) => {
      const claim = await claimIn(w, 'DRAFT');
      return { claimId: globalId('Claim', claim.id), expectedVersion: claim.version, overrideReason: 'matrix: payer confirmed by phone' };
    },
  },
  {
    mutation: 'submitClaim',
    on: 'DenyFindingsError',
    input: async (w) => {
      const drafts = await w.prisma.claim.findMany({ where: { status: 'DRAFT', ...ordinary() }, orderBy: { id: 'asc' }, take: 100 });
      const judged = await w.query(`{ nodes(ids: [${drafts.map((c) => `"${globalId('Claim', c.id)}"`).join(', ')}]) { ... on Claim { id version willPay } } }`);
      const denied = (judged.nodes as Array<{ id: string; version: number; willPay: boolean | null } | null>).find((c) => c?.willPay === false);
      if (!denied) {
        throw new Error('no draft claim with deny findings in the seed');
      }
      return { claimId: denied.id, expectedVersion: denied.version };
    },
  },
  {
    mutation: 'submitClaim',
    on: 'InvalidStateError',
    input: async (w) => {
      const claim = await claimIn(w, 'SUBMITTED');
      return { claimId: globalId('Claim', claim.id), expectedVersion: claim.version };
    },
  },
  {
    mutation: 'writeOffClaim',
    on: 'ClaimPayload',
    input: async (w) => {
      const claim = await claimIn(w, 'DENIED');
      return { claimId: globalId('Claim', claim.id), expectedVersion: claim.version, reason: 'matrix' };
    },
  },
  {
    mutation: 'recordRemittance',
    on: 'RemittancePayload',
    input: async (w) => {
      const claim = await claimIn(w, 'SUBMITTED');
      return {
        claimId: globalId('Claim', claim.id),
        payerClaimControlNumber: `MATRIX-${claim.id.slice(0, 8)}`,
        paidAmount: claim.totalCharge.toFixed(2),
        patientResponsibility: '0',
        paidOn: seedAnchorDate,
        adjustments: [],
      };
    },
  },
  {
    mutation: 'fileAppeal',
    on: 'AppealPayload',
    input: async (w) => {
      const claim = await claimIn(w, 'DENIED', { appeals: { none: { status: 'FILED' } } });
      return { claimId: globalId('Claim', claim.id), reason: 'matrix: the plan covers this service' };
    },
  },
  {
    mutation: 'resolveAppeal',
    on: 'AppealPayload',
    input: async (w) => {
      const claim = await claimIn(w, 'DENIED', { appeals: { none: { status: 'FILED' } } });
      const filed = await w.admin('fileAppeal', { claimId: globalId('Claim', claim.id), reason: 'matrix' }, 'AppealPayload', 'appeal { id }');
      return { appealId: (filed.appeal as { id: string }).id, outcome: 'UPHELD', resolution: 'matrix' };
    },
  },
  { mutation: 'import835', on: 'Import835Payload', input: async () => ({ content: northwindEra, dryRun: true }), writes: false },
  { mutation: 'import835', on: 'Import835Payload', via: 'claims', input: async () => ({ content: northwindEra, dryRun: true }), writes: false },
  {
    mutation: 'requestAuthorization',
    on: 'AuthorizationPayload',
    input: async (w) => ({
      patientId: w.outpatient.patientId,
      coverageId: w.outpatient.coverageId,
      levelOfCare: 'IOP',
      unitType: 'DAYS',
      unitsRequested: 12,
      startDate: '2026-07-06',
      endDate: '2026-08-02',
    }),
  },
  {
    mutation: 'decideAuthorization',
    on: 'AuthorizationPayload',
    input: async (w) => {
      const requested = await requestedAuthorization(w);
      return { authorizationId: requested.id, expectedVersion: requested.version, decision: 'APPROVED', unitsApproved: requested.unitsRequested, authNumber: 'PA-MATRIX' };
    },
  },
  {
    mutation: 'recordConcurrentReview',
    on: 'AuthorizationPayload',
    input: async (w) => {
      const requested = await requestedAuthorization(w);
      const approved = await w.admin(
        'decideAuthorization',
        { authorizationId: requested.id, expectedVersion: requested.version, decision: 'APPROVED', unitsApproved: requested.unitsRequested },
        'AuthorizationPayload',
        'authorization { version }',
      );
      const version = (approved.authorization as { version: number }).version;
      return { authorizationId: requested.id, expectedVersion: version, reviewedOn: seedAnchorDate, outcome: 'CONTINUED', unitsAdded: 2 };
    },
  },
  {
    mutation: 'setEnrollment',
    on: 'EnrollmentPayload',
    input: async (w) => ({ providerId: w.outpatient.providerId, payerId: w.outpatient.payerId, status: 'PENDING' }),
  },
  {
    mutation: 'setCoverage',
    on: 'CoveragePayload',
    input: async (w) => {
      const coverage = await w.prisma.coverage.findUniqueOrThrow({ where: { id: localId(w.outpatient.coverageId) } });
      return {
        coverageId: w.outpatient.coverageId,
        expectedVersion: coverage.version,
        patientId: w.outpatient.patientId,
        payerId: w.outpatient.payerId,
        memberId: coverage.memberId,
        planName: coverage.planName,
        planCode: coverage.planCode,
        effectiveFrom: isoDate(coverage.effectiveFrom),
        effectiveTo: '2026-12-31',
      };
    },
  },
  {
    mutation: 'grantConsent',
    on: 'ConsentPayload',
    input: async (w) => {
      const patient = await w.prisma.patient.findFirstOrThrow({ where: { program: { isPart2: true } }, orderBy: { id: 'asc' } });
      return {
        patientId: globalId('Patient', patient.id),
        programId: globalId('Program', patient.programId ?? ''),
        scope: 'BILLING_INFORMATION_ONLY',
        purposes: ['PAYMENT'],
        recipientName: 'matrix',
        signedOn: seedAnchorDate,
        expiresOn: '2027-06-30',
      };
    },
  },
  {
    mutation: 'revokeConsent',
    on: 'ConsentPayload',
    input: async (w) => {
      const consent = await w.prisma.part2Consent.findFirstOrThrow({ where: { revokedAt: null }, orderBy: { id: 'asc' } });
      return { consentId: globalId('Part2Consent', consent.id) };
    },
  },
];

/** The object types read through a mutation case. */
const scenarioTypes = new Set(scenarios.map(scenarioType));

const writeStatement = /^\s*(INSERT|UPDATE|DELETE|MERGE|TRUNCATE)\b/i;

describe(`the role-by-field matrix on ${databaseKind}`, () => {
  let db: TestDatabase;
  let authenticate: ReturnType<typeof createAuthenticator>;
  const tokens = new Map<Role, string>();
  const contexts = new Map<Role, () => Promise<Context>>();
  /** Rendered rows of the matrix: coordinate (and case) -> outcome per role. */
  const cells = new Map<string, Map<Role, string>>();
  /** Types a role reaches through no query: their rows come from the mutation cases. */
  const deferred = new Map<Role, Set<string>>(roles.map((r) => [r, new Set<string>()]));
  let partnerMember = '';
  let partnerPayerCode = '';
  let organizationId = '';

  const requestOf = (role: Role) =>
    ({ request: new Request('http://matrix/graphql', { headers: { authorization: `Bearer ${tokens.get(role) ?? ''}` } }) }) as YogaInitialContext;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const config = loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' });
    authenticate = createAuthenticator(createTokenVerifier(config.auth));
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
    // A billing office contact, so that a claim's X12 preview can be written (Claim.x12).
    const build = createContext({ prisma: db.prisma, authenticate, policies: loadPayerPolicies(), x12Contact: { phone: '5035550100' } });
    for (const role of roles) {
      tokens.set(
        role,
        await mintToken(config.auth, { subject: subjects[role], role, organizationId, payerCode: role === 'PARTNER' ? partnerPayerCode : undefined }),
      );
      contexts.set(role, () => build(requestOf(role)));
    }

    // Arguments that make each field with arguments produce each member of its result.
    const outpatient = await db.prisma.coverage.findFirstOrThrow({
      where: { priority: 1, effectiveTo: null, effectiveFrom: { lte: dateValue('2026-01-01') }, patient: { programId: null, diagnoses: { some: { programId: null } } } },
      include: { patient: { include: { diagnoses: { where: { programId: null }, orderBy: { id: 'asc' }, take: 1 } } } },
      orderBy: { id: 'asc' },
    });
    const provider = await db.prisma.providerEnrollment.findFirstOrThrow({ where: { payerId: outpatient.payerId, status: 'ENROLLED', effectiveTo: null }, orderBy: { id: 'asc' } });
    const programDay = await db.prisma.programDay.findFirstOrThrow({
      where: { levelOfCare: 'PHP', program: { isPart2: false }, patient: { ...notPart2(), coverages: { some: { priority: 1 } } } },
      orderBy: [{ serviceDate: 'desc' }, { id: 'asc' }],
    });
    const payer = globalId('Payer', outpatient.payerId);
    const missingPayer = globalId('Payer', noSuchId);
    const patient = globalId('Patient', outpatient.patientId);
    const diagnosis = outpatient.patient.diagnoses[0]?.icd10Code ?? 'F33.1';
    const member = (memberId: string) => `(input: { memberId: "${memberId}", payerCode: "${partnerPayerCode}" })`;
    const scrub = (patientId: string, lines: string) => `(input: { patientId: "${patientId}", diagnoses: ["${diagnosis}"], lines: ${lines} })`;
    const line = '[{ procedureCode: "90834", serviceDate: "2026-06-29", minutes: 53 }]';
    const preflight = (patientId: string, code: string) =>
      `(input: { patientId: "${patientId}", providerId: "${globalId('Provider', provider.providerId)}", date: "2026-06-29", procedureCode: "${code}" })`;
    const args: Record<string, string> = {
      'Query.node': `(id: "${globalId('Payer', noSuchId)}")`,
      'Query.nodes': '(ids: [])',
      'Query.eligibility': member(partnerMember),
      'Query.eligibility>NotFoundError': member('ZZ000000000'),
      'Query.eligibility>ValidationError': member('!!'),
      'Query.rules': `(payerId: "${payer}")`,
      'Query.rules>NotFoundError': `(payerId: "${missingPayer}")`,
      'Query.rules>ValidationError': `(payerId: "${payer}", planCode: "matrix-no-such-plan")`,
      'Query.scrub': scrub(patient, line),
      'Query.scrub>NotFoundError': scrub(globalId('Patient', noSuchId), line),
      'Query.scrub>ValidationError': scrub(patient, '[]'),
      'Query.preflight': preflight(patient, '90834'),
      'Query.preflight>NotFoundError': preflight(globalId('Patient', noSuchId), '90834'),
      'Query.preflight>ValidationError': preflight(patient, '19999'),
      'Provider.canBill': `(payerId: "${payer}", date: "2026-06-29", procedureCode: "90834")`,
      'Provider.canBill>NotFoundError': `(payerId: "${missingPayer}", date: "2026-06-29")`,
      'Patient.programWeek': `(date: "${isoDate(programDay.serviceDate)}", levelOfCare: PHP)`,
      'Patient.benefits': `(asOf: "${seedAnchorDate}")`,
      'Claim.x12>X12Document': '(preview: true)',
      'Payer.policy>ValidationError': '(planCode: "matrix-no-such-plan")',
    };
    for (const [key, value] of Object.entries(args)) {
      fieldArgs.set(key, value);
    }
    computedAlong.set('Patient.programWeek', { programDays: { some: { serviceDate: programDay.serviceDate, levelOfCare: 'PHP' } } });
    computedAlong.set('Patient.benefits', { coverages: { some: { effectiveTo: null } } });
  });
  afterAll(async () => {
    fieldArgs.clear();
    computedAlong.clear();
    await db.close();
  });

  async function run(role: Role, document: string, context?: Context, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors: Errors }> {
    const contextValue = context ?? (await (contexts.get(role) as () => Promise<Context>)());
    const parsed = parse(document);
    // As the server does before execution: an operation whose every field the role may read
    // skips the per-field rule checks; one selecting any other field is checked field by field.
    settleFieldRules(contextValue, parsed);
    const result = await execute({ schema, document: parsed, contextValue, variableValues: variables });
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
      for (const target of targets(field)) {
        add(pathsFrom({ kind: 'root' }, target.type, [{ field: field.name, args: argsFor('Query', field, target.type), on: target.on }]));
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

  type Delegate = { findMany(args: object): Promise<Array<{ id: string; patientId?: string; programId?: string }>> };
  const delegateOf = (start: string): { model: string; delegate: Delegate | undefined } => {
    const model = (objectType(start).extensions?.pothosPrismaModel as string | undefined) ?? start;
    return { model, delegate: (db.prisma as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)] };
  };

  /** Whether the administrator reaches the path's type from the start (a record, or the root). */
  async function reaches(path: Path, ids: string[]): Promise<number> {
    if (path.start.kind === 'node' && ids.length === 0) {
      return -1;
    }
    const selections = path.start.kind === 'node' ? ids.map((id, i) => wrap(path, '__typename', `c${i}`, new Map([[path.start.type as string, id]]))) : [wrap(path, '__typename', 'c0', new Map())];
    const result = await run('ADMIN', `{ ${selections.join(' ')} }`);
    const steps = path.start.kind === 'node' ? path.steps : path.steps.slice(1);
    return selections.findIndex((_, i) => reached(result.data?.[`c${i}`], steps).some((o) => o.__typename === path.type));
  }

  /**
   * A record to start `path` from, one the administrator reaches the path's type from: an
   * ordinary record (not Part 2) when there is one; for a path through `part2`, a Part 2 record
   * under a consent naming the organization. Null when no record reaches it.
   */
  async function fixtureFor(path: Path): Promise<{ id: string; part2: boolean } | null> {
    const start = path.start.type as string;
    const { model, delegate } = delegateOf(start);
    if (path.steps.some((s) => s.field === 'part2')) {
      const rows = models[model]?.fields.some((f) => f.name === 'programId')
        ? await delegate?.findMany({ where: { program: { isPart2: true }, ...dataAlong(model, path.steps) }, orderBy: { id: 'asc' }, take: 1 })
        : [];
      const row = rows?.[0];
      if (!row) {
        return null;
      }
      await consentForOrganization(row.patientId ?? '', row.programId ?? '');
      return (await reaches(path, [globalId(start, row.id)])) === 0 ? { id: globalId(start, row.id), part2: true } : null;
    }
    const fields = new Set(models[model]?.fields.map((f) => f.name));
    const programOptional = models[model]?.fields.some((f) => f.name === 'programId' && !f.isRequired);
    const plain = {
      ...(fields.has('programId') ? (programOptional ? { OR: [{ programId: null }, { program: { isPart2: false } }] } : { program: { isPart2: false } }) : {}),
      ...(fields.has('patient') ? { patient: { programId: null } } : {}),
      ...(fields.has('claim') ? { claim: ordinary() } : {}),
    };
    const along = dataAlong(model, path.steps);
    for (const where of [{ ...along, ...plain }, along]) {
      const rows = (await delegate?.findMany({ where, orderBy: { id: 'asc' }, take: 60 })) ?? [];
      const found = await reaches(path, rows.map((r) => globalId(start, r.id)));
      const row = rows[found];
      if (row && model === 'Part2Consent') {
        // Consents exist only for Part 2 patients.
        const consent = await db.prisma.part2Consent.findUniqueOrThrow({ where: { id: row.id } });
        await consentForOrganization(consent.patientId, consent.programId);
        return { id: globalId(start, row.id), part2: true };
      }
      if (row) {
        return { id: globalId(start, row.id), part2: where !== along ? false : (await fixturePart2(model, row.id)) };
      }
    }
    return null;
  }

  /** Whether a record is a Part 2 record (its own program, or its patient's, is a Part 2 program). */
  async function fixturePart2(model: string, id: string): Promise<boolean> {
    const fields = new Set(models[model]?.fields.map((f) => f.name));
    const { delegate } = delegateOf(model);
    const part2 = [
      ...(fields.has('programId') ? [{ program: { isPart2: true } }] : []),
      ...(fields.has('patient') ? [{ patient: { program: { isPart2: true } } }] : []),
      ...(fields.has('claim') ? [{ claim: { patient: { program: { isPart2: true } } } }] : []),
    ];
    return part2.length > 0 && ((await delegate?.findMany({ where: { id, OR: part2 }, take: 1 })) ?? []).length > 0;
  }

  it('matches the access classes for every field of every type and every role (queries)', async () => {
    const byType = planPaths();
    const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    // The rows in the schema's order, whichever test fills them.
    for (const type of objectTypes) {
      for (const field of Object.values(type.getFields())) {
        cells.set(`${type.name}.${field.name}`, new Map());
      }
    }
    const mismatches: string[] = [];
    /** Each path's fixture record (or, from the root, whether it reaches its type), once. */
    const fixtures = new Map<string, { id: string; part2: boolean } | null>();
    const viable = async (path: Path): Promise<boolean> => {
      const key = pathKey(path);
      if (!fixtures.has(key)) {
        fixtures.set(key, path.start.kind === 'node' ? await fixtureFor(path) : (await reaches(path, [])) === 0 ? { id: '', part2: false } : null);
      }
      return fixtures.get(key) !== null;
    };
    // Every event kind the trail holds, for the auditors' rows.
    await appendAuditEvents(db.prisma, { subject: 'matrix', role: 'ADMIN', organizationId, purpose: 'PAYMENT', requestId: 'm', operationName: 'M', operationHash: null }, [
      { action: 'READ', recordType: 'Claim', recordId: 'x', fields: ['Claim.status'], patientId: null, part2: true, consentId: null },
    ]);
    for (const role of roles) {
      for (const type of objectTypes) {
        const fields = Object.values(type.getFields());
        if (type.name === 'Mutation') {
          continue;
        }
        if (type.name === 'Query') {
          for (const field of fields) {
            const result = await run(role, `{ ${field.name}${argsFor('Query', field)} ${targets(field).length > 0 ? '{ __typename }' : ''} }`);
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
        let path: Path | undefined;
        for (const candidate of candidates) {
          if (traversable(role, candidate) && (await viable(candidate))) {
            path = candidate;
            break;
          }
        }
        if (!path && scenarioTypes.has(type.name)) {
          // No query reaches it for this role: a mutation case will.
          deferred.get(role)?.add(type.name);
          continue;
        }
        path ??= candidates.find((p) => traversable(role, p)) ?? candidates[0];
        if (!path) {
          for (const field of fields) {
            note(`${type.name}.${field.name}`, role, '-');
            mismatches.push(`${role} ${type.name}: no path reaches the type`);
          }
          continue;
        }
        const nodeIds = new Map<string, string>();
        let part2Fixture = false;
        if (path.start.kind === 'node') {
          await viable(path);
          const fixture = fixtures.get(pathKey(path));
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
          if (observed !== expected) {
            mismatches.push(`${role} ${type.name}.${field.name} (${pathKey(path)}): expected ${expected}, got ${observed}`);
          }
          note(`${type.name}.${field.name}`, role, observed);
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
  }, 600_000);

  it('lets a role call exactly the mutations its classes allow: past the rule, or "not authorized" with nothing written', async () => {
    const byMutation = new Map<string, Scenario>();
    for (const s of scenarios) {
      if (!byMutation.has(s.mutation)) {
        byMutation.set(s.mutation, s);
      }
    }
    // Every mutation has its cases, the first of them its success.
    expect(Object.keys(mutation.getFields()).filter((m) => !byMutation.has(m))).toEqual([]);
    const mismatches: string[] = [];
    for (const role of roles) {
      // Each role writes in a copy of the seeded template of its own.
      const writesDb = await createTestDatabase('seeded');
      const counter = new StatementCounter();
      const prisma = new Client({ adapter: countingAdapterFactory(writesDb.adapterFactory, counter) });
      try {
        const build = createContext({ prisma, authenticate, policies: loadPayerPolicies(), clock: () => anchorNow });
        const call = async (as: Role, s: Pick<Scenario, 'mutation'>, input: Record<string, unknown>, select: string) => {
          const field = mutation.getFields()[s.mutation] as GraphQLField<unknown, unknown>;
          const type = field.args.find((a) => a.name === 'input')?.type.toString() ?? '';
          return run(as, `mutation M($input: ${type}) { m: ${s.mutation}(input: $input) { __typename ${select} } }`, await build(requestOf(as)), { input });
        };
        let slot = 0;
        const coverage = await prisma.coverage.findFirstOrThrow({
          where: { priority: 1, effectiveTo: null, effectiveFrom: { lte: dateValue('2026-01-01') }, patient: { programId: null, diagnoses: { some: { programId: null } } } },
          orderBy: { id: 'asc' },
        });
        const enrolled = await prisma.providerEnrollment.findFirstOrThrow({
          where: { payerId: coverage.payerId, status: 'ENROLLED', effectiveTo: null, provider: { licensureType: 'LCSW' } },
          orderBy: { id: 'asc' },
        });
        const location = await prisma.location.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
        const w: Workbench = {
          prisma,
          outpatient: {
            patientId: globalId('Patient', coverage.patientId),
            providerId: globalId('Provider', enrolled.providerId),
            locationId: globalId('Location', location.id),
            coverageId: globalId('Coverage', coverage.id),
            payerId: globalId('Payer', coverage.payerId),
          },
          slot: (minutes) => {
            const start = Date.parse('2026-06-29T01:00:00.000Z') + 90 * 60_000 * slot++;
            return { startTime: new Date(start).toISOString(), endTime: new Date(start + minutes * 60_000).toISOString() };
          },
          admin: async (name, input, on, select) => {
            const result = await call('ADMIN', { mutation: name }, input, `... on ${on} { ${select} } ... on ValidationError { issues { code } }`);
            const value = result.data?.m as Record<string, unknown> | null | undefined;
            if (value?.__typename !== on) {
              throw new Error(`setup: ${name} gave ${JSON.stringify(value ?? result.errors)}`);
            }
            return value;
          },
          query: async (document) => (await run('ADMIN', document, await build(requestOf('ADMIN')))).data ?? {},
        };

        // The cases this role runs: each mutation's success, and for each type no query reached
        // for the role, the first case producing it that the role may reach (or the first).
        const chosen = new Map<Scenario, string[]>();
        for (const s of byMutation.values()) {
          chosen.set(s, []);
        }
        for (const type of deferred.get(role) ?? []) {
          const producing = scenarios.filter((s) => scenarioType(s) === type);
          const s = producing.find((c) => scenarioTraversable(role, c)) ?? producing[0];
          if (s) {
            chosen.set(s, [...(chosen.get(s) ?? []), type]);
          }
        }
        for (const s of scenarios.filter((c) => chosen.has(c))) {
          const type = objectType(scenarioType(s));
          const fields = Object.values(type.getFields());
          const leaf = fields.map((f, i) => `f${i}: ${f.name}${argsFor(type.name, f)}${targets(f).length > 0 ? ' { __typename }' : ''}`).join(' ');
          const select = `... on ${s.on} { ${s.via ? `${s.via} { ${leaf} }` : leaf} }`;
          const may = allows(role, mutation, mutation.getFields()[s.mutation] as GraphQLField<unknown, unknown>);
          if (may && s.before) {
            await s.before(w, (input) => call(role, s, input, ''));
          }
          const input = await s.input(w);
          counter.reset();
          const result = await call(role, s, input, select);
          const written = counter.statements.filter((sql) => writeStatement.test(sql));
          const mine = result.errors.filter((e) => e.path?.[0] === 'm');
          const denied = mine.some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.length === 1);
          const other = mine.find((e) => e.extensions?.code !== 'FORBIDDEN');
          const value = result.data?.m as Record<string, unknown> | null | undefined;
          const got = typeof value?.__typename === 'string' ? value.__typename : 'nothing';
          const where = `${role} ${s.mutation} (${s.on}${s.via ? `.${s.via}` : ''})`;
          if (denied && written.length > 0) {
            mismatches.push(`${where}: refused, yet wrote ${written.length} statement(s): ${written[0]}`);
          }
          if (!denied && got === s.on && s.on === byMutation.get(s.mutation)?.on && s.writes !== false && written.length === 0) {
            mismatches.push(`${where}: succeeded and wrote nothing (the statement counter sees no write)`);
          }
          if (byMutation.get(s.mutation) === s) {
            const observed = denied ? 'D' : other ? `error:${String(other.extensions?.code)}` : 'A';
            const expected = may ? 'A' : 'D';
            if (observed !== expected) {
              mismatches.push(`${where} Mutation.${s.mutation}: expected ${expected}, got ${observed}`);
            }
            note(`Mutation.${s.mutation}`, role, observed);
          }
          const reachable = scenarioTraversable(role, s);
          for (const typeName of chosen.get(s) ?? []) {
            const objects = value && got === s.on ? (s.via ? reached(value, [{ field: s.via }]) : [value]) : [];
            for (const [i, field] of fields.entries()) {
              const forbidden = mine.find((e) => e.extensions?.code === 'FORBIDDEN');
              const observed = other
                ? `error:${String(other.extensions?.code)}`
                : forbidden
                  ? forbidden.path?.at(-1) === `f${i}`
                    ? 'D'
                    : 'U'
                  : objects.some((o) => `f${i}` in o)
                    ? 'A'
                    : `-(${got})`;
              const expected = !reachable ? 'U' : allows(role, type, field) ? 'A' : 'D';
              if (observed !== expected) {
                mismatches.push(`${where} ${typeName}.${field.name}: expected ${expected}, got ${observed}`);
              }
              note(`${typeName}.${field.name}`, role, observed);
            }
          }
        }
      } finally {
        await prisma.$disconnect();
        await writesDb.close();
      }
    }
    expect(mismatches).toEqual([]);
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
    // Every field was reached, by every role, and read by at least one.
    const incomplete = [...cells.entries()].filter(([, byRole]) => roles.some((r) => !byRole.has(r))).map(([row]) => row);
    expect(incomplete).toEqual([]);
    const unread = [...cells.entries()].filter(([, byRole]) => ![...byRole.values()].includes('A')).map(([row]) => row);
    expect(unread).toEqual([]);
    const legend = [
      '# Who may read each field, by role (generated by test/security.matrix.int.test.ts from the schema).',
      '# A allowed, D denied, U unreachable (a field on the way is denied), H hidden (reads as not found),',
      '# R redacted (a Part 2 detail the consent does not cover). Mutation.*: A the role gets past the rule',
      '# (a typed error counts), D "not authorized" and nothing written; the types mutations return are',
      '# read from each role\'s call of a mutation that returns them (U: the role may call none).',
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
