import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsPageDocument, NodeByIdDocument, PatientClaimsDocument, PayersDocument, ProvidersDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

describe(`the API over HTTP on ${databaseKind}`, () => {
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

  it('answers a typed claims query with the seeded data', async () => {
    const result = await api.execute(ClaimsPageDocument, { first: 5 });
    expect(result.errors).toBeUndefined();
    const claims = result.data?.claims;
    expect(claims?.totalCount).toBe(await db.prisma.claim.count());
    expect(claims?.edges).toHaveLength(5);
    const first = claims?.edges[0]?.node;
    expect(first?.patientControlNumber).toMatch(/^RB\d{7}$/);
    expect(first?.totalCharge).toMatch(/^\d+\.\d{2}$/);
    expect(first?.lines.length).toBeGreaterThan(0);
    const dates = claims?.edges.map((e) => e.node.serviceFrom) ?? [];
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('pages with cursors and filters by status', async () => {
    const page1 = await api.execute(ClaimsPageDocument, { first: 3, filter: { status: ['DENIED'] } });
    const page2 = await api.execute(ClaimsPageDocument, {
      first: 3,
      after: page1.data?.claims.pageInfo.endCursor ?? null,
      filter: { status: ['DENIED'] },
    });
    const ids1 = page1.data?.claims.edges.map((e) => e.node.id) ?? [];
    const ids2 = page2.data?.claims.edges.map((e) => e.node.id) ?? [];
    expect(ids1).toHaveLength(3);
    expect(ids2).toHaveLength(3);
    expect(ids1.filter((id) => ids2.includes(id))).toEqual([]);
    expect(page1.data?.claims.totalCount).toBe(await db.prisma.claim.count({ where: { status: 'DENIED' } }));
    expect(page2.data?.claims.edges.every((e) => e.node.status === 'DENIED')).toBe(true);
  });

  it('resolves opaque global IDs through node', async () => {
    const page = await api.execute(ClaimsPageDocument, { first: 1 });
    const claim = page.data?.claims.edges[0]?.node;
    expect(claim?.id).not.toContain('-');
    const result = await api.execute(NodeByIdDocument, { id: claim?.id ?? '' });
    expect(result.data?.node).toMatchObject({ __typename: 'Claim', patientControlNumber: claim?.patientControlNumber });
  });

  it('lists payers, providers with enrollments, and patients with their claims', async () => {
    const payers = await api.execute(PayersDocument);
    expect(payers.data?.payers.edges.map((e) => e.node.policyId).sort()).toEqual(
      ['cascade-mutual', 'example-medicaid', 'harbor-choice', 'medicare', 'northwind-health'],
    );
    const lcsws = await api.execute(ProvidersDocument, { first: 50, licensureType: 'LCSW' });
    expect(lcsws.data?.providers.edges.length).toBeGreaterThan(0);
    expect(lcsws.data?.providers.edges.every((e) => e.node.licensureType === 'LCSW')).toBe(true);
    expect(lcsws.data?.providers.edges.some((e) => e.node.enrollments.length > 0)).toBe(true);

    const patients = await api.execute(PatientClaimsDocument, { first: 10 });
    expect(patients.data?.patients.totalCount).toBe(400);
    const withClaims = patients.data?.patients.edges.find((e) => e.node.claims.totalCount > 0);
    expect(withClaims?.node.claims.edges.length).toBeLessThanOrEqual(3);
  });

  it('runs the operation a request names, in a document of several, whichever ran first', async () => {
    // Operations are compiled once per document (graphql-jit): the name picks among them.
    const query = 'query Payers { payers { totalCount } } query OneClaim { claims(first: 1) { edges { node { status } } } }';
    for (const operationName of ['OneClaim', 'Payers', 'OneClaim']) {
      const body = (await (await api.post({ query, operationName })).json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(Object.keys(body.data ?? {})).toEqual([operationName === 'Payers' ? 'payers' : 'claims']);
    }
  });

  it('refuses an invalid query with a GraphQL error and no data', async () => {
    const response = await api.post({ query: '{ claims(first: 2) { edges { node { noSuchField } } } }' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toContain('noSuchField');
  });

  it('serves health and readiness endpoints', async () => {
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
    expect((await fetch(`${api.origin}/ready`)).status).toBe(200);
  });
});

describe(`GraphiQL on ${databaseKind}`, () => {
  it('is served in development and not in production', async () => {
    const db = await createTestDatabase('empty');
    const dev = await startServer(db, { NODE_ENV: 'development' });
    const prod = await startServer(db, { NODE_ENV: 'production' });
    try {
      const page = await fetch(dev.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Parity');
      const refused = await fetch(prod.url, { headers: { accept: 'text/html' } });
      expect(await refused.text()).not.toContain('graphiql');
    } finally {
      await dev.close();
      await prod.close();
      await db.close();
    }
  });
});
