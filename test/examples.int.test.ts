import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../codegen.ts';
import { createParityClient, ParityRequestError } from '../examples/frontend/client.ts';
import { DraftsAtRiskDocument, PayerDenialRatesDocument } from '../examples/frontend/__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

// The example frontend (examples/frontend): its typed client against the real server, its
// script as a frontend developer runs it, and codegen pointed at the running API's schema, as
// the README tells a frontend repository to do.

const root = path.resolve(import.meta.dirname, '..');
const target = 'examples/frontend/__generated__/';

/** Runs the example script in a process of its own (asynchronously: the server answers from this one). */
function runScript(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(root, 'node_modules/.bin/tsx'), ['examples/frontend/claims-at-risk.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe(`the example frontend on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, { NODE_ENV: 'development' }, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('sends typed operations and gets typed results', async () => {
    const biller = await api.as('BILLER');
    const client = createParityClient({ url: api.url, token: biller.token ?? '' });
    const atRisk = await client.request(DraftsAtRiskDocument, { first: 5 });
    expect(atRisk.claims.totalCount).toBeGreaterThan(0);
    expect(atRisk.claims.edges.length).toBe(Math.min(5, atRisk.claims.totalCount));
    for (const { node } of atRisk.claims.edges) {
      expect(node.judgement?.willPay).toBe(false);
      expect(node.judgement?.findings.some((f) => f.severity === 'DENY')).toBe(true);
    }
    const rates = await client.request(PayerDenialRatesDocument);
    expect(rates.analytics.denialRate.rows.map((r) => r.label).sort()).toEqual(
      (await db.prisma.payer.findMany({ select: { name: true } })).map((p) => p.name).sort(),
    );
  });

  it('throws the API’s errors with their codes', async () => {
    const partner = await api.as('PARTNER');
    const client = createParityClient({ url: api.url, token: partner.token ?? '' });
    const refused = await client.request(PayerDenialRatesDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ParityRequestError);
    expect((refused as ParityRequestError).errors.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const anonymous = await createParityClient({ url: api.url, token: 'not-a-token' }).request(PayerDenialRatesDocument).catch((error: unknown) => error);
    expect((anonymous as ParityRequestError).status).toBe(401);
  });

  it('runs the example script against the server', async () => {
    const token = (await api.as('BILLER')).token ?? '';
    const run = await runScript({ PARITY_URL: api.url, PARITY_TOKEN: token });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\d+ draft claim\(s\) would be denied as they stand\. The first 10:\n( {2}RB\d+ {2}\d{4}-\d{2}-\d{2} {2}.+ {2}\$\d+\.\d{2} {2}\S.*\n){10}Denial rate by payer:\n/);
    const missing = await runScript({ PARITY_TOKEN: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Set PARITY_TOKEN');
  });

  it('generates the same typed documents from the running API’s schema as from schema/schema.graphql', async () => {
    const output = config.generates[target];
    expect(output).toBeDefined();
    // What a frontend repository's codegen.ts says: the API's URL (introspection needs no token
    // in development; add headers with a staff token elsewhere) and its own operation files.
    const outputs = (await generate({ schema: api.url, silent: true, generates: { [target]: output! } }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.map((o) => path.relative(root, o.filename)).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts'].map((f) => `${target}${f}`));
    for (const file of outputs) {
      expect(file.content, file.filename).toBe(await readFile(file.filename, 'utf8'));
    }
  }, 60_000);
});
