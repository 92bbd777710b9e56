import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalystClaimsDocument, ClaimCountDocument, ClaimDatesDocument, PatientNamesDocument, PayersDocument } from './__generated__/graphql.ts';
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

  it('shifts every date of a patient record to its month for analysts, not only dates of service', async () => {
    const analyst = await api.as('ANALYST');
    const result = await analyst.execute(AnalystClaimsDocument, { first: 50, filter: { status: ['PAID', 'DENIED', 'PARTIALLY_PAID'] } });
    expect(result.errors).toBeUndefined();
    const dates = (result.data?.claims.edges ?? []).flatMap(({ node }) => [
      node.serviceFrom,
      node.serviceTo,
      ...(node.submittedAt ? [node.submittedAt] : []),
      ...node.statusHistory.map((h) => h.changedAt),
      ...node.remittances.map((r) => r.paidOn),
      ...node.lines.map((l) => l.serviceDate),
    ]);
    expect(dates.length).toBeGreaterThan(200);
    const offMonth = dates.filter((d) => !/^\d{4}-\d{2}-01(T00:00:00(\.000)?Z)?$/.test(d));
    expect(offMonth).toEqual([]);
  });

  it('answers analysts’ date filters by month, so no filter finds the day a value hides', async () => {
    const analyst = await api.as('ANALYST');
    const biller = await api.as('BILLER');
    const count = async (caller: typeof analyst, day: string) =>
      (await caller.execute(ClaimCountDocument, { filter: { serviceFrom: day, serviceTo: day } })).data?.claims.totalCount;
    const days = Array.from({ length: 10 }, (_, i) => `2026-05-${String(i + 11).padStart(2, '0')}`);
    const analystCounts = await Promise.all(days.map((d) => count(analyst, d)));
    const billerCounts = await Promise.all(days.map((d) => count(biller, d)));
    // Seen by month, a claim's service starts on or after May 11 only if it starts in June or
    // later, and ends by May 11 only if it ends in April or earlier: no claim does both.
    expect(new Set(analystCounts)).toEqual(new Set([0]));
    expect(billerCounts.some((c) => (c ?? 0) > 0)).toBe(true);
    const month = await analyst.execute(ClaimCountDocument, { filter: { serviceFrom: '2026-05-01', serviceTo: '2026-05-31' } });
    const part2 = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    expect(month.data?.claims.totalCount).toBe(
      await db.prisma.claim.count({
        where: {
          serviceFrom: { gte: new Date('2026-05-01') },
          serviceTo: { lt: new Date('2026-06-01') },
          program: { isPart2: false },
          patient: { programId: null },
        },
      }),
    );
  });

  it('gives auditors no claims and no patients, and partners nothing but registered operations', async () => {
    const auditor = await api.as('AUDITOR');
    const claims = await auditor.execute(ClaimCountDocument, {});
    expect(claims.data ?? null).toBeNull();
    expect(claims.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await auditor.execute(PayersDocument)).data ?? null).toBeNull();
    const partner = await api.as('PARTNER');
    for (const refused of [await partner.execute(ClaimCountDocument, {}), await partner.execute(PayersDocument)]) {
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
