import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/log.ts';
import { ClaimCountDocument, ClaimDatesDocument, NodeByIdDocument, PatientNamesDocument, PayersDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

describe(`authentication and roles on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('refuses a request without a token with a 401-style error and no data', async () => {
    const response = await api.post({ query: '{ claims(first: 1) { totalCount } }' }, { authorization: '' });
    const anonymous = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }),
    });
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(response.status).toBe(401);
  });

  it('refuses a forged, expired or unsigned token', async () => {
    const [header, payload] = (api.token ?? '').split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const tampered = `${header}.${payload}.c2lnbmF0dXJl`;
    for (const token of [unsigned, tampered, 'not-a-jwt']) {
      const response = await api.post({ query: '{ payers(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
    }
  });

  it('hides patient identifiers from analysts and shifts their dates of service to the month', async () => {
    const analyst = await api.as('ANALYST');
    const names = await analyst.execute(PatientNamesDocument, { first: 2 });
    expect(names.data ?? null).toBeNull();
    expect(names.errors?.[0]?.message).toBe('Not authorized.');

    const dates = await analyst.execute(ClaimDatesDocument, { first: 20 });
    expect(dates.errors).toBeUndefined();
    const all = dates.data?.claims.edges.flatMap((e) => [e.node.serviceFrom, ...e.node.lines.map((l) => l.serviceDate)]) ?? [];
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((d) => d.endsWith('-01'))).toBe(true);

    const billerDates = await (await api.as('BILLER')).execute(ClaimDatesDocument, { first: 20 });
    expect(billerDates.data?.claims.edges.some((e) => !e.node.serviceFrom.endsWith('-01'))).toBe(true);
  });

  it('gives auditors no claims and no patients, and partners nothing but registered operations', async () => {
    const auditor = await api.as('AUDITOR');
    const claims = await auditor.execute(ClaimCountDocument, {});
    expect(claims.data ?? null).toBeNull();
    expect(claims.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await auditor.execute(PayersDocument)).data ?? null).toBeNull();
    const partner = await api.as('PARTNER');
    for (const document of [ClaimCountDocument, PayersDocument]) {
      const refused = await partner.execute(document, {});
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    }
  });

  it('shows nothing of another organization', async () => {
    const stranger = await api.as({ role: 'ADMIN', organizationId: '3f1c2b9e-0000-4000-8000-000000000001' });
    const claims = await stranger.execute(ClaimCountDocument, {});
    expect(claims.data?.claims.totalCount).toBe(0);
    const someClaim = await api.execute(ClaimCountDocument, {});
    expect(someClaim.data?.claims.totalCount).toBeGreaterThan(0);
  });
});

describe(`42 CFR Part 2 records on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('are absent from lists and totals for callers without access, and present for program staff', async () => {
    const sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    const total = await db.prisma.claim.count();
    const part2 = await db.prisma.claim.count({ where: { programId: sud.id } });
    expect(part2).toBeGreaterThan(0);

    // demo-admin is on the recovery program's staff.
    expect((await api.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(total);
    // Analysts never see Part 2 records.
    const analyst = await api.as('ANALYST');
    expect((await analyst.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(total - part2);

    // demo-biller is not on its staff: only claims of patients whose consent names the
    // organization for payment, in force today, are visible.
    const consented = await db.prisma.claim.count({
      where: {
        programId: sud.id,
        patient: {
          consents: {
            some: {
              programId: sud.id,
              recipientOrganizationId: { not: null },
              purposes: { has: 'PAYMENT' },
              revokedAt: null,
              signedOn: { lte: new Date() },
              OR: [{ expiresOn: null }, { expiresOn: { gte: new Date() } }],
            },
          },
        },
      },
    });
    const biller = await api.as('BILLER');
    expect((await biller.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(total - part2 + consented);
  });

  it('give the same not-found as a record that does not exist', async () => {
    const sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    const hidden = await db.prisma.claim.findFirstOrThrow({ where: { programId: sud.id } });
    const analyst = await api.as('ANALYST');
    const globalId = (id: string) => Buffer.from(`Claim:${id}`).toString('base64');
    const existing = await analyst.execute(NodeByIdDocument, { id: globalId(hidden.id) });
    const missing = await analyst.execute(NodeByIdDocument, { id: globalId('7d3c1a52-0000-4000-8000-00000000beef') });
    expect(existing).toEqual(missing);
    expect(existing.data?.node ?? null).toBeNull();
  });

  it('follow a revocation from the next request on', async () => {
    const sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    const consent = await db.prisma.part2Consent.findFirstOrThrow({
      where: { programId: sud.id, recipientOrganizationId: { not: null }, revokedAt: null, patient: { claims: { some: { programId: sud.id } } } },
    });
    const biller = await api.as('BILLER');
    const before = (await biller.execute(ClaimCountDocument, {})).data?.claims.totalCount ?? 0;
    const theirs = await db.prisma.claim.count({ where: { programId: sud.id, patientId: consent.patientId } });
    await db.prisma.part2Consent.update({ where: { id: consent.id }, data: { revokedAt: new Date() } });
    const after = (await biller.execute(ClaimCountDocument, {})).data?.claims.totalCount ?? 0;
    expect(after).toBe(before - theirs);
  });
});

describe(`audit trail on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('records who read which records and fields, never the values, in a verifiable chain', async () => {
    const before = await db.prisma.auditEvent.count();
    const result = await (await api.as('BILLER')).execute(PatientNamesDocument, { first: 3 });
    expect(result.errors).toBeUndefined();
    const events = await db.prisma.auditEvent.findMany({ where: { id: { gt: BigInt(before) } }, orderBy: { id: 'asc' } });
    const patients = events.filter((e) => e.recordType === 'Patient');
    expect(patients).toHaveLength(3);
    for (const event of patients) {
      expect(event).toMatchObject({ subject: 'demo-biller', role: 'BILLER', action: 'READ', purpose: 'PAYMENT', operationName: 'PatientNames' });
      expect(event.patientId).toBe(event.recordId);
      expect(event.fields).toEqual(['Patient.dateOfBirth', 'Patient.firstName', 'Patient.id', 'Patient.lastName']);
    }
    const names = result.data?.patients.edges.map((e) => e.node.lastName) ?? [];
    const stored = JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    expect(names.every((n) => !stored.includes(n))).toBe(true);
    const org = events[0]?.organizationId ?? '';
    expect(await verifyAuditChain(db.prisma, org)).toEqual({
      checked: await db.prisma.auditEvent.count({ where: { organizationId: org } }),
      brokenAt: null,
    });
  });

  it('cannot be changed or deleted', async () => {
    await api.execute(ClaimCountDocument, {});
    const event = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(db.prisma.auditEvent.update({ where: { id: event.id }, data: { subject: 'someone-else' } })).rejects.toThrow();
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow();
  });
});
