// Schema-aware fuzzing over HTTP, with production settings: for each role, a seeded stream of
// random valid operations (any root field, random fields, arguments, aliases, fragments,
// directives, variables; IDs drawn from visible, hidden, foreign, missing and malformed records).
// Every response is checked:
// - no value of a field the role may not read (each response key is walked back to its field);
// - no unmasked internal error, nor any internal error at all, nor a server error status;
// - no patient identifier in a response to a role that may not see identifiers, no record of
//   another organization, and no Part 2 record the caller has no right to learn of;
// - every response that carries patient data has audit events for its request.
// FUZZ_SEED and FUZZ_RUNS change the seed and the number of operations per role (300 in
// `npm test`; `npm run test:deep`, which CI also runs, sends 2,000); a failure prints the seed,
// the role and the operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessClassOf } from '../src/auth/permissions.ts';
import { createLogger } from '../src/observability/logger.ts';
import type { Role } from '../src/auth/viewer.ts';
import { accessClasses, auditedClasses } from '../src/auth/access.ts';
import { servedSchema } from '../src/graphql/executable.ts';
import { registeredOperations } from '../src/graphql/persisted.ts';
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { operations, prng, type Plan, type Pools } from './security.generator.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20_261_123);
const runs = Number(process.env.FUZZ_RUNS ?? 300);
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const leakPattern = /prisma|P20\d\d|\bSELECT\b|\bFROM "|stack|\.ts:\d|at \/|ECONNREFUSED|Did you mean|relation ".*" does not exist/i;
const expectedCodes = new Set(['FORBIDDEN', 'BAD_USER_INPUT']);

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** The coordinates of a role's readable fields. */
function readable(role: Role): (type: string, field: string) => boolean {
  return (type, field) => {
    if (field === '__typename') {
      return true;
    }
    const object = servedSchema.getType(type);
    if (!isObjectType(object)) {
      return false;
    }
    const definition = (object as GraphQLObjectType).getFields()[field];
    return definition !== undefined && (accessClasses[accessClassOf(object, definition)] as readonly string[]).includes(role);
  };
}

/** Walks a response along the operation's plan; returns the coordinates of values the role may not read, and whether patient data was read. */
function walk(value: unknown, plan: Plan[], type: string, allowed: (type: string, field: string) => boolean): { leaks: string[]; audited: boolean } {
  const out = { leaks: [] as string[], audited: false };
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = walk(item, plan, type, allowed);
      out.leaks.push(...inner.leaks);
      out.audited ||= inner.audited;
    }
    return out;
  }
  if (!value || typeof value !== 'object') {
    return out;
  }
  const object = value as Record<string, unknown>;
  const actual = typeof object.__typename === 'string' ? object.__typename : type;
  for (const step of plan) {
    if (step.on && step.on !== actual) {
      continue;
    }
    const child = object[step.key];
    if (child === null || child === undefined || step.field === '__typename') {
      continue;
    }
    if (!allowed(actual, step.field)) {
      out.leaks.push(`${actual}.${step.field}`);
      continue;
    }
    const definition = (servedSchema.getType(actual) as GraphQLObjectType).getFields()[step.field];
    if (definition && auditedClasses.has(accessClassOf(servedSchema.getType(actual) as GraphQLObjectType, definition))) {
      out.audited = true;
    }
    const inner = walk(child, step.children, '', allowed);
    out.leaks.push(...inner.leaks);
    out.audited ||= inner.audited;
  }
  return out;
}

describe(`random operations per role on ${databaseKind} (seed ${seed}, ${runs} per role)`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let pools: Pools;
  /** Strings no response to the role may contain. */
  const canaries = new Map<Role, string[]>();
  const audited = new Set<string>();

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, { RATE_LIMIT_PER_MINUTE: '1000000' }, { logger: createLogger('silent') });
    const sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });

    // Another organization, with a patient and a claim: nothing of it may ever show.
    const org = await db.prisma.organization.findFirstOrThrow();
    const other = await db.prisma.organization.create({ data: { name: 'Elsewhere Clinic', groupNpi: '1999999990', taxId: '999999999' } });
    const location = await db.prisma.location.create({
      data: { organizationId: other.id, name: 'Elsewhere', npi: '1999999982', taxId: '999999999', addressLine1: 'ZZCANARY street 1', city: 'X', state: 'OR', postalCode: '97000', placeOfService: '11' },
    });
    const payer = await db.prisma.payer.findFirstOrThrow();
    const stranger = await db.prisma.patient.create({
      data: { organizationId: other.id, mrn: 'ZZCANARY-MRN', firstName: 'Zzcanary', lastName: 'Zzcanary', dateOfBirth: new Date('1901-01-01'), sex: 'UNKNOWN', addressLine1: 'ZZCANARY road 2', city: 'X', state: 'OR', postalCode: '97000' },
    });
    const coverage = await db.prisma.coverage.create({
      data: { organizationId: other.id, patientId: stranger.id, payerId: payer.id, memberId: 'ZZCANARYMEMBER', planName: 'P', effectiveFrom: new Date('2020-01-01') },
    });
    const foreignClaim = await db.prisma.claim.create({
      data: { organizationId: other.id, patientId: stranger.id, payerId: payer.id, coverageId: coverage.id, billingLocationId: location.id, patientControlNumber: 'ZZCANARY-PCN', serviceFrom: new Date('2026-05-04'), serviceTo: new Date('2026-05-04'), totalCharge: '0.00' },
    });
    const foreign = ['ZZCANARY', 'Zzcanary', globalId('Patient', stranger.id), globalId('Claim', foreignClaim.id), stranger.id, foreignClaim.id];

    // Identifiers of the organization's patients (never to analysts, partners or auditors).
    const [patients, claims, coverages, remittances, authorizations] = await Promise.all([
      db.prisma.patient.findMany({ where: { organizationId: org.id } }),
      db.prisma.claim.findMany({ select: { id: true, patientControlNumber: true, programId: true, patientId: true } }),
      db.prisma.coverage.findMany({ include: { payer: true, patient: { select: { programId: true, id: true } } } }),
      db.prisma.remittance.findMany({ select: { payerClaimControlNumber: true, traceNumber: true } }),
      db.prisma.authorization.findMany({ select: { authNumber: true } }),
    ]);
    const identifiers = [
      ...patients.flatMap((p) => [p.mrn, p.phone, p.email, p.addressLine1]),
      ...claims.map((c) => c.patientControlNumber),
      ...remittances.flatMap((r) => [r.payerClaimControlNumber, r.traceNumber]),
      ...authorizations.map((a) => a.authNumber),
    ].filter((v): v is string => typeof v === 'string' && v.length >= 6);
    const members = coverages.map((c) => c.memberId);

    // Part 2 records, and who may learn of them: the program's staff, and under a consent.
    const now = new Date();
    const consents = await db.prisma.part2Consent.findMany({
      where: { revokedAt: null, signedOn: { lte: now }, purposes: { has: 'PAYMENT' }, OR: [{ expiresOn: null }, { expiresOn: { gte: new Date(now.toISOString().slice(0, 10)) } }] },
    });
    const partnerPayer = coverages.find((c) => c.patient.programId === sud.id)?.payer ?? coverages[0]?.payer;
    const consentedOrg = new Set(consents.filter((c) => c.recipientOrganizationId === org.id).map((c) => c.patientId));
    const part2Patients = patients.filter((p) => p.programId === sud.id).map((p) => p.id);
    const part2Claims = claims.filter((c) => c.programId === sud.id || part2Patients.includes(c.patientId));
    const hiddenFrom = (consented: Set<string>) => [
      ...part2Patients.filter((id) => !consented.has(id)).map((id) => globalId('Patient', id)),
      ...part2Claims.filter((c) => !consented.has(c.patientId)).map((c) => globalId('Claim', c.id)),
    ];
    const publicIdentifiers = identifiers.filter((v) => !members.includes(v));
    canaries.set('ADMIN', foreign);
    canaries.set('BILLER', [...foreign, ...hiddenFrom(consentedOrg)]);
    canaries.set('CLINICIAN', [...foreign, ...hiddenFrom(consentedOrg)]);
    canaries.set('ANALYST', [...foreign, ...publicIdentifiers, ...members, ...hiddenFrom(new Set())]);
    canaries.set('AUDITOR', [...foreign, ...publicIdentifiers, ...members, ...patients.flatMap((p) => [p.lastName, p.firstName]).filter((n) => n.length >= 6)]);
    const consentedPayer = new Set(consents.filter((c) => c.recipientPayerId === partnerPayer?.id).map((c) => c.patientId));
    const partnerMembers = new Set(
      coverages.filter((c) => c.payerId === partnerPayer?.id && (c.patient.programId === null || consentedPayer.has(c.patient.id))).map((c) => c.memberId),
    );
    canaries.set('PARTNER', [...foreign, ...publicIdentifiers, ...members.filter((m) => !partnerMembers.has(m))]);

    const rng = prng(seed);
    const sample = <T>(items: T[], n: number) => [...items].sort(() => rng() - 0.5).slice(0, n);
    const idsByType: Record<string, string[]> = {
      Patient: [...sample(patients.map((p) => globalId('Patient', p.id)), 20), ...sample(part2Patients.map((id) => globalId('Patient', id)), 10)],
      Claim: [...sample(claims.map((c) => globalId('Claim', c.id)), 20), ...sample(part2Claims.map((c) => globalId('Claim', c.id)), 10)],
      Payer: (await db.prisma.payer.findMany()).map((p) => globalId('Payer', p.id)),
      Provider: sample((await db.prisma.provider.findMany()).map((p) => globalId('Provider', p.id)), 5),
    };
    const more = await Promise.all(
      (['session', 'diagnosis', 'episode', 'authorization', 'remittance', 'programDay', 'part2Consent', 'coverage', 'appeal', 'treatmentPlan', 'program', 'location', 'claimLine'] as const).map(async (model) => {
        const delegate = (db.prisma as unknown as Record<string, { findMany(args: object): Promise<Array<{ id: string }>> }>)[model];
        const rows = (await delegate?.findMany({ select: { id: true }, take: 200 })) ?? [];
        const type = model.charAt(0).toUpperCase() + model.slice(1);
        return [type, sample(rows.map((r) => globalId(type, r.id)), 8)] as const;
      }),
    );
    for (const [type, ids] of more) {
      idsByType[type] = ids;
    }
    pools = {
      idsByType,
      ids: [
        ...Object.values(idsByType).flat(),
        globalId('Patient', stranger.id),
        globalId('Claim', foreignClaim.id),
        globalId('Claim', '7d3c1a52-0000-4000-8000-00000000beef'),
        globalId('Claim', 'not-a-uuid'),
        globalId('Nope', '7d3c1a52-0000-4000-8000-00000000beef'),
        'not-base64!',
      ],
      memberIds: [...sample(members, 30), ...[...partnerMembers].slice(0, 10), 'ZZCANARYMEMBER'],
      payerCodes: [...new Set(coverages.map((c) => c.payer.payerCode))],
      subjects: ['demo-admin', 'demo-biller', 'partner-test', 'nobody'],
    };
    (pools as Pools & { partnerPayerCode?: string }).partnerPayerCode = partnerPayer?.payerCode;
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  async function fuzz(role: Role, caller: Executor, roleSeed: number) {
    const allowed = readable(role);
    const banned = canaries.get(role) ?? [];
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    const stream = operations({ schema: servedSchema, pools, seed: roleSeed });
    const batch: Array<Promise<void>> = [];
    let dropped = 0;
    for (let n = 0; n < runs; n++) {
      const operation = stream.next().value as NonNullable<ReturnType<typeof stream.next>['value']>;
      dropped = operation.dropped;
      const requestId = `fuzz-${role}-${n}`;
      batch.push(
        (async () => {
          const response = await caller.post({ query: operation.text, variables: operation.variables }, { 'x-request-id': requestId });
          const text = await response.text();
          const fail = (why: string): void => void failures.push(`${why}\n  seed ${roleSeed}, ${role} operation ${n}:\n  ${operation.text}\n  variables ${JSON.stringify(operation.variables)}\n  response ${text.slice(0, 600)}`);
          if (response.status >= 500) {
            return fail(`HTTP ${response.status}`);
          }
          let body: Body;
          try {
            body = JSON.parse(text) as Body;
          } catch {
            return fail('not JSON');
          }
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code ?? 'NONE';
            codes[code] = (codes[code] ?? 0) + 1;
            if (!expectedCodes.has(code) && !(role === 'PARTNER' && code === 'PERSISTED_QUERY_ONLY')) {
              fail(`unexpected error ${code}: ${error.message}`);
            }
            if (leakPattern.test(error.message)) {
              fail(`error message leaks internals: ${error.message}`);
            }
          }
          codes.ok = (codes.ok ?? 0) + (body.errors ? 0 : 1);
          if (role === 'PARTNER' && body.data) {
            fail('a partner ran an arbitrary operation');
          }
          const { leaks, audited: read } = walk(body.data ?? null, operation.plan, 'Query', allowed);
          if (leaks.length > 0) {
            fail(`leaked ${[...new Set(leaks)].join(', ')}`);
          }
          if (read) {
            audited.add(requestId);
          }
          const found = banned.find((c) => text.includes(c));
          if (found) {
            fail(`response contains ${found}`);
          }
        })(),
      );
      if (batch.length >= 8) {
        await Promise.all(batch.splice(0));
      }
    }
    await Promise.all(batch);
    return { failures, codes, dropped };
  }

  // Auditors first: `auditChain` rehashes the whole trail, which the other roles' reads grow.
  const roleList: Role[] = ['AUDITOR', 'PARTNER', 'ANALYST', 'CLINICIAN', 'BILLER', 'ADMIN'];
  for (const [i, role] of roleList.entries()) {
    it(`${role}: ${runs} random operations leak nothing and fail with no internal error`, async () => {
      const caller = await api.as(role === 'PARTNER' ? { role, payerCode: (pools as Pools & { partnerPayerCode?: string }).partnerPayerCode } : role);
      const { failures, codes, dropped } = await fuzz(role, caller, seed + i);
      expect(failures.slice(0, 3)).toEqual([]);
      // The stream exercises both sides: answers and refusals.
      if (role !== 'PARTNER') {
        expect(codes.ok ?? 0, JSON.stringify(codes)).toBeGreaterThan(runs / 25);
      }
      if (role !== 'ADMIN') {
        expect((codes.FORBIDDEN ?? 0) + (codes.PERSISTED_QUERY_ONLY ?? 0), JSON.stringify(codes)).toBeGreaterThan(runs / 10);
      }
      expect(dropped).toBeLessThan(runs);
      console.info(`${role} on ${databaseKind}: ${runs} operations (${dropped} invalid draws dropped), outcomes ${JSON.stringify(codes)}`);
    }, 900_000);
  }

  it('partner: random eligibility checks through the registered operation disclose only its own members', async () => {
    const eligibility = registeredOperations().find((o) => o.name === 'Eligibility');
    const payerCode = (pools as Pools & { partnerPayerCode?: string }).partnerPayerCode;
    const partner = await api.as({ role: 'PARTNER', payerCode });
    const rng = prng(seed);
    const banned = canaries.get('PARTNER') ?? [];
    for (let n = 0; n < Math.min(runs, 500); n++) {
      const memberId = pools.memberIds[Math.floor(rng() * pools.memberIds.length)] ?? '';
      const response = await partner.post({ extensions: { persistedQuery: { version: 1, sha256Hash: eligibility?.hash } }, variables: { input: { memberId } } });
      const text = await response.text();
      expect(response.status).toBeLessThan(500);
      expect(banned.find((c) => text.includes(c)), `${memberId}: ${text}`).toBeUndefined();
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    }
  }, 300_000);

  it('audited every response that carried patient data', async () => {
    expect(audited.size).toBeGreaterThan(Math.min(100, runs / 3));
    const logged = new Set(
      (await db.prisma.auditEvent.findMany({ where: { requestId: { in: [...audited] } }, select: { requestId: true }, distinct: ['requestId'] })).map((e) => e.requestId),
    );
    expect([...audited].filter((id) => !logged.has(id))).toEqual([]);
  });
});
