// Hardening, over HTTP with production settings: abusive documents are refused before execution
// (no resolver runs, so no SQL statement is issued: every statement of the server is counted),
// batching is off, the body is capped, field suggestions never leak the schema, introspection and
// GraphiQL are for staff only, simple cross-site requests are refused, tokens are checked in
// full, each token has a request budget, partners run registered operations only, and an
// internal failure reaches the client masked.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/db/client.ts';
import { registeredOperations } from '../src/graphql/persisted.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const secret = 'test-secret-of-at-least-thirty-two-characters';

/** A database whose every SQL statement (model operations and raw SQL alike) is counted. */
function counting(db: TestDatabase): { db: TestDatabase; statements: () => number } {
  let statements = 0;
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        statements += 1;
        return query(args);
      },
    },
  });
  // The extension adds no methods: the server takes it as the client it is.
  return { db: { ...db, prisma: prisma as unknown as PrismaClient }, statements: () => statements };
}

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe(`abusive documents on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let statements: () => number;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const counted = counting(db);
    statements = counted.statements;
    api = await startServer(counted.db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const nested = (depth: number): string => {
    // claims > edges > node > patient > claims > ... : each round adds four levels.
    let inner = 'id';
    let levels = 1;
    while (levels < depth) {
      inner = `patient { claims(first: 1) { edges { node { ${inner} } } } }`;
      levels += 4;
    }
    return `{ claims(first: 1) { edges { node { ${inner} } } } }`;
  };
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: organization { id }`).join(' ')} }`;
  const fragmentAliases = Array.from({ length: 14 }, (_, i) => `f${i}: id`).join(' ');

  const cases: Array<[string, () => unknown, number, string?]> = [
    ['depth 50', () => ({ query: nested(50) }), 400, 'DEPTH_LIMIT'],
    ['depth 12 in an operation named __schema (GHSA-hmfr-rx46-4jx2)', () => ({ query: `query __schema ${nested(12)}` }), 400, 'DEPTH_LIMIT'],
    ['depth 12 through a fragment named __schema (GHSA-224p-v68g-5g8f)', () => ({ query: `query Q { claims(first: 1) { edges { node { ...__schema } } } } fragment __schema on Claim { ${nested(12).slice(1, -1).replace('claims(first: 1) { edges { node {', 'patient { id } lines { lineNumber } id } } }').replace(/\} \} \} \}$/, '')} }` }), 400],
    ['1,000 aliases', () => ({ query: aliases(1_000) }), 400],
    ['16 aliases', () => ({ query: aliases(16) }), 400, 'ALIAS_LIMIT'],
    ['a fragment of 14 aliases spread 10 times', () => ({ query: `{ organization { ${Array.from({ length: 10 }, () => '...F').join(' ')} } } fragment F on Organization { ${fragmentAliases} }` }), 400, 'ALIAS_LIMIT'],
    ['a 1 MB document', () => ({ query: `{ organization { id } } # ${'x'.repeat(1_048_576)}` }), 413],
    ['a 101 KB document', () => ({ query: `{ organization { id } } # ${'x'.repeat(101 * 1024)}` }), 413],
    ['100 batched operations', () => Array.from({ length: 100 }, () => ({ query: '{ organization { id } }' })), 400],
    ['2 batched operations', () => [{ query: '{ organization { id } }' }, { query: '{ organization { id } }' }], 400],
    ['10,000 tokens', () => ({ query: `{ organization { ${Array.from({ length: 3_400 }, () => 'id').join(' ')} } }` }), 400],
    ['100 directives', () => ({ query: `{ organization { id ${Array.from({ length: 100 }, () => '@skip(if: false)').join(' ')} } }` }), 400, 'DIRECTIVE_LIMIT'],
    ['a fragment cycle', () => ({ query: '{ organization { ...A } } fragment A on Organization { ...B } fragment B on Organization { ...A }' }), 400],
    ['first: 100000', () => ({ query: '{ claims(first: 100000) { totalCount } }' }), 400, 'BAD_USER_INPUT'],
    ['first: 100000 in a variable', () => ({ query: 'query($n: Int) { claims(first: $n) { totalCount } }', variables: { n: 100_000 } }), 400, 'BAD_USER_INPUT'],
    ['a page of 100 claims of each of 100 patients, with their lines (cost over the limit)', () => ({ query: '{ patients(first: 100) { edges { node { claims(first: 100) { edges { node { lines { lineNumber units } } } } } } } }' }), 400, 'BAD_USER_INPUT'],
  ];

  it.each(cases)('refuses %s before execution (no SQL issued)', async (_name, body, status, code) => {
    const before = statements();
    const response = await api.post(body());
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/"data":\{/);
    if (code) {
      expect(text).toContain(`"code":"${code}"`);
    }
    expect(statements()).toBe(before);
  });

  it('counts statements (the measure above can fail): an ordinary query issues some', async () => {
    const before = statements();
    const response = await api.post({ query: '{ claims(first: 2) { totalCount edges { node { id } } } }' });
    expect(response.status).toBe(200);
    expect(statements()).toBeGreaterThan(before);
  });

  it('refuses an anonymous request before parsing it, whatever it asks', async () => {
    const before = statements();
    for (const body of [{ query: nested(50) }, { query: '{ claimz }' }, { query: '{ __schema { types { name } } }' }, { query: 'not graphql' }]) {
      const response = await api.post(body, { authorization: '' });
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).toContain('UNAUTHENTICATED');
      expect(text).not.toMatch(/claimz|__schema|Syntax Error/);
    }
    expect(statements()).toBe(before);
  });
});

describe(`HTTP and protocol rules on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let statements: () => number;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const counted = counting(db);
    statements = counted.statements;
    api = await startServer(counted.db);
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('refuses simple (cross-site capable) requests without the CSRF header, and runs nothing', async () => {
    const before = statements();
    const query = '{ organization { id } }';
    const auth = { authorization: `Bearer ${api.token}` };
    const attempts: Array<Promise<Response>> = [
      fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers: auth }),
      fetch(api.url, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: JSON.stringify({ query }) }),
      fetch(api.url, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(query)}` }),
      fetch(api.url, { method: 'POST', headers: auth, body: (() => { const f = new FormData(); f.set('operations', JSON.stringify({ query })); return f; })() }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('"data"');
    }
    expect(statements()).toBe(before);
    // With the header (which a browser sends cross-site only after a preflight), GET works.
    const allowed = await fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers: { ...auth, 'x-graphql-yoga-csrf': '1' } });
    expect(allowed.status).toBe(200);
  });

  it('never suggests field names, for any role', async () => {
    for (const role of ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST', 'AUDITOR'] as const) {
      const caller = await api.as(role);
      for (const query of ['{ claimz(first: 1) { totalCount } }', '{ claims(first: 1) { edges { node { statu } } } }', '{ patients(frist: 1) { totalCount } }']) {
        const body = (await (await caller.post({ query })).json()) as Body;
        expect(body.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(body)).not.toMatch(/Did you mean/i);
      }
    }
  });

  it('allows introspection to staff only', async () => {
    const query = '{ __schema { types { name } } }';
    for (const role of ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'] as const) {
      const body = (await (await (await api.as(role)).post({ query })).json()) as { data?: { __schema: { types: unknown[] } } };
      expect(body.data?.__schema.types.length, role).toBeGreaterThan(50);
    }
    const auditor = (await (await (await api.as('AUDITOR')).post({ query: '{ __type(name: "Patient") { fields { name } } }' })).json()) as Body;
    expect(auditor.data ?? null).toBeNull();
    expect(auditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const partner = (await (await (await api.as('PARTNER')).post({ query })).json()) as Body;
    expect(partner.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(JSON.stringify(partner)).not.toContain('Patient');
  });

  it('serves GraphiQL in production only to a request carrying a staff token', async () => {
    const page = (headers: Record<string, string>) => fetch(api.url, { headers: { accept: 'text/html', ...headers } });
    expect(await (await page({})).text()).not.toMatch(/graphiql/i);
    expect(await (await page({ authorization: `Bearer ${(await api.as('PARTNER')).token}` })).text()).not.toMatch(/graphiql/i);
    expect(await (await page({ authorization: `Bearer ${(await api.as('AUDITOR')).token}` })).text()).not.toMatch(/graphiql/i);
    const analyst = await page({ authorization: `Bearer ${(await api.as('ANALYST')).token}` });
    expect(analyst.status).toBe(200);
    expect(await analyst.text()).toMatch(/graphiql/i);
  });

  it('answers an anonymous caller in development with introspection only', async () => {
    const dev = await startServer(db, { NODE_ENV: 'development' });
    try {
      const introspection = await dev.post({ query: '{ __schema { queryType { name } } }' }, { authorization: '' });
      expect(await introspection.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const mixed = await dev.post({ query: '{ __schema { queryType { name } } organization { name } }' }, { authorization: '' });
      expect(mixed.status).toBe(401);
      const data = await dev.post({ query: '{ claims(first: 1) { totalCount } }' }, { authorization: '' });
      expect(data.status).toBe(401);
    } finally {
      await dev.close();
    }
  });

  it('refuses every token that is not exactly right, with a 401 and no data', async () => {
    const organization = await db.prisma.organization.findFirstOrThrow();
    const key = new TextEncoder().encode(secret);
    const sign = (claims: Record<string, unknown>, options: { alg?: string; key?: Uint8Array; iss?: string; aud?: string; exp?: string | number } = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: options.alg ?? 'HS256' })
        .setSubject('demo-admin')
        .setIssuer(options.iss ?? 'parity')
        .setAudience(options.aud ?? 'parity')
        .setIssuedAt()
        .setExpirationTime(options.exp ?? '1h');
      return jwt.sign(options.key ?? key);
    };
    const good = { org: organization.id, role: 'ADMIN' };
    expect((await api.post({ query: '{ organization { id } }' }, { authorization: `Bearer ${await sign(good)}` })).status).toBe(200);
    const [header, payload] = (await sign(good)).split('.');
    const tokens = {
      expired: await sign(good, { exp: Math.floor(Date.now() / 1000) - 60 }),
      'wrong audience': await sign(good, { aud: 'someone-else' }),
      'wrong issuer': await sign(good, { iss: 'someone-else' }),
      'wrong key': await sign(good, { key: new TextEncoder().encode('another-secret-of-at-least-thirty-two-chars') }),
      'HS512 with the right key': await sign(good, { alg: 'HS512' }),
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`,
      tampered: `${header}.${Buffer.from(JSON.stringify({ ...good, role: 'ADMIN', org: '3f1c2b9e-0000-4000-8000-000000000001', sub: 'x', iss: 'parity', aud: 'parity', exp: 9_999_999_999 })).toString('base64url')}.${(await sign(good)).split('.')[2]}`,
      'no organization': await sign({ role: 'ADMIN' }),
      'unknown role': await sign({ org: organization.id, role: 'ROOT' }),
      'partner without payer': await sign({ org: organization.id, role: 'PARTNER' }),
      garbage: 'not-a-jwt',
    };
    for (const [name, token] of Object.entries(tokens)) {
      const response = await api.post({ query: '{ organization { id name } }' }, { authorization: `Bearer ${token}` });
      expect(response.status, name).toBe(401);
      const body = (await response.json()) as Body;
      expect(body.data ?? null, name).toBeNull();
      expect(body.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
    }
    const malformed = await api.post({ query: '{ organization { id } }' }, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(malformed.status).toBe(401);
  });

  it('lets partners run registered operations only, refusing anything else before parsing it', async () => {
    const partner = await api.as({ role: 'PARTNER', payerCode: 'NWHP1' });
    const before = statements();
    for (let i = 0; i < 100; i++) {
      const query = [
        `{ eligibility(input: { memberId: "M${i}" }) { __typename } }`,
        `query Q${i} { claims(first: ${(i % 10) + 1}) { totalCount } }`,
        `{ __type(name: "T${i}") { name } }`,
        `{ e${i}: eligibility(input: { memberId: "X" }) { __typename } }`,
      ][i % 4];
      const response = await partner.post({ query });
      expect(response.status).toBe(403);
      const body = (await response.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    }
    const unknownHash = await partner.post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(((await unknownHash.json()) as Body).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(statements()).toBe(before);

    for (const operation of registeredOperations()) {
      const run = async (caller: Executor) =>
        (await (await caller.post({ extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } }, variables: { input: { memberId: 'NW000000000' } } })).json()) as Body;
      expect((await run(partner)).data, operation.name).toBeDefined();
      expect((await run(partner)).errors, operation.name).toBeUndefined();
      expect((await run(api)).errors, operation.name).toBeUndefined();
    }
  });

  it('keeps registered operations within the limits every caller has', async () => {
    const { parse, validate, specifiedRules } = await import('graphql');
    const { servedSchema } = await import('../src/graphql/executable.ts');
    const { maxDepthRule } = await import('@escape.tech/graphql-armor-max-depth');
    const { maxAliasesRule } = await import('@escape.tech/graphql-armor-max-aliases');
    for (const operation of registeredOperations()) {
      const document = parse(operation.text, { maxTokens: 2_000 });
      expect(validate(servedSchema, document, [...specifiedRules, maxDepthRule({ n: 6 }), maxAliasesRule({ n: 5 })]), operation.name).toEqual([]);
    }
  });
});

describe(`limits per token and masking on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, { RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('gives each token a budget of requests per minute', async () => {
    const analyst = await api.as('ANALYST');
    for (let i = 0; i < 5; i++) {
      expect((await analyst.post({ query: '{ organization { id } }' })).status).toBe(200);
    }
    const refused = await analyst.post({ query: '{ organization { id } }' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as Body).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another caller has a budget of its own.
    expect((await (await api.as('BILLER')).post({ query: '{ organization { id } }' })).status).toBe(200);
  });

  it('masks an internal failure: no SQL, no table names, no stack, but a code and a request id', async () => {
    const auditor = await api.as('AUDITOR');
    await db.prisma.$executeRawUnsafe('ALTER TABLE "Payer" RENAME TO "Payer_gone"');
    try {
      const response = await (await api.as('CLINICIAN')).post({ query: '{ payers(first: 1) { totalCount } }' }, { 'x-request-id': 'masking-test-1' });
      const text = await response.text();
      expect(text).toContain('Unexpected error.');
      expect(text).toContain('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/Payer_gone|relation|prisma|P20\d\d|SELECT|stack|\.ts:|at \//i);
      expect(response.headers.get('x-request-id')).toBe('masking-test-1');
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE "Payer_gone" RENAME TO "Payer"');
    }
    expect(auditor).toBeDefined();
  });
});
