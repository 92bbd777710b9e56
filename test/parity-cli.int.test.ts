import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { formatSummary, openStatuses, scrubClaims, type ScrubSummary } from '../scripts/cli/scrub.ts';
import { ClaimsJudgedDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

// The `parity` command line: the scrub against the API's own judgement of the same claims, and
// the bin itself in a process of its own (on PostgreSQL, where a second process can reach the
// test's database; the embedded test database lives in this process's memory).

const root = path.resolve(import.meta.dirname, '..');

function parity(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin/parity.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe(`parity (the command line) on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let organizationId: string;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, {}, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
    organizationId = (await db.prisma.organization.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('scrubs the open claims as the API judges them', async () => {
    const progress: Array<[number, number]> = [];
    const summary = await scrubClaims(db.prisma, await loadPayerPolicies(), { organizationId, statuses: ['DRAFT'], today: seedAnchorDate, batchSize: 50 }, (done, total) =>
      progress.push([done, total]),
    );
    const drafts = await db.prisma.claim.findMany({ where: { status: 'DRAFT' }, select: { patientControlNumber: true, program: { select: { isPart2: true } } } });
    expect(summary.total.claims).toBe(drafts.length);
    expect(summary.total.willPay + summary.total.willBeDenied + summary.total.notJudged).toBe(drafts.length);
    expect(summary.total.notJudged).toBe(0);
    expect(progress.at(-1)).toEqual([drafts.length, drafts.length]);
    expect(progress.length).toBe(1 + Math.ceil(drafts.length / 50));

    // The API, as an administrator, judges the same drafts (of Part 2 records, those it may show).
    const judged = await api.execute(ClaimsJudgedDocument, { first: 100, filter: { status: ['DRAFT'] } });
    expect(judged.errors).toBeUndefined();
    const visible = judged.data?.claims.totalCount ?? 0;
    expect(visible).toBeGreaterThanOrEqual(drafts.filter((d) => !d.program?.isPart2).length);
    expect(visible).toBeLessThanOrEqual(drafts.length);
    const seen = judged.data?.claims.edges.map((e) => e.node) ?? [];
    expect(seen.length).toBe(Math.min(100, drafts.length));
    const deniedByScrub = new Map(summary.denied.map((d) => [d.patientControlNumber, d.ruleIds]));
    for (const claim of seen) {
      const denyRules = [...new Set((claim.judgement?.findings ?? []).filter((f) => f.severity === 'DENY').map((f) => f.ruleId))];
      expect(deniedByScrub.get(claim.patientControlNumber) ?? [], claim.patientControlNumber).toEqual(denyRules);
    }
    expect(summary.total.willBeDenied).toBeGreaterThan(0);
    const byRule = new Map(summary.denyRules.map((r) => [r.ruleId, r.claims]));
    for (const [ruleId, claims] of byRule) {
      expect(claims).toBe(summary.denied.filter((d) => d.ruleIds.includes(ruleId)).length);
    }
    const text = formatSummary(summary, true);
    expect(text).toContain(`Judged ${drafts.length} open claim(s) (DRAFT) as of ${seedAnchorDate}.`);
    expect(text).toMatch(new RegExp(`All payers +${drafts.length} +${summary.total.willPay} +${summary.total.willBeDenied} `));
    for (const d of summary.denied) {
      expect(text).toContain(d.patientControlNumber);
    }
  });

  it('judges every open claim unless told which statuses', () => {
    expect(openStatuses).toEqual(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'DENIED', 'PARTIALLY_PAID', 'APPEALED']);
  });

  it('prints its usage, and says what is wrong with a command line', async () => {
    const none = await parity([]);
    expect(none.status).toBe(2);
    for (const command of ['migrate', 'seed', 'scrub', 'import-icd10', 'token', 'x12', 'operations']) {
      expect(none.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    const unknown = await parity(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badOption = await parity(['scrub', '--status', 'LOST']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toMatch(/"LOST" is not a claim status[\s\S]*usage: parity scrub/);
    const help = await parity(['seed', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: parity seed [--seed N] [--anchor YYYY-MM-DD] [--patients N]');
  });

  it('mints tokens and lists the registered operations by the SHA-256 of their files', async () => {
    const token = await parity(['token', '--role', 'PARTNER', '--payer', 'NWHP1'], { AUTH_JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' });
    expect(token.status, token.stderr).toBe(0);
    const claims = JSON.parse(Buffer.from(token.stdout.trim().split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toMatchObject({ role: 'PARTNER', payer: 'NWHP1', sub: 'partner-NWHP1' });
    const partner = { post: (body: unknown) => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout.trim()}` }, body: JSON.stringify(body) }) };

    const manifest = await parity(['operations', '--manifest']);
    expect(manifest.status, manifest.stderr).toBe(0);
    const operations = JSON.parse(manifest.stdout) as Record<string, string>;
    const file = await readFile(path.join(root, 'src/graphql/persisted/Eligibility.graphql'), 'utf8');
    const hash = createHash('sha256').update(file).digest('hex');
    expect(operations[hash]).toBe(file);
    const listed = await parity(['operations']);
    expect(listed.stdout).toContain(`${hash}  Eligibility  src/graphql/persisted/Eligibility.graphql`);

    // The partner runs it by that hash, and nothing else.
    const member = await db.prisma.coverage.findFirstOrThrow({ where: { payer: { payerCode: 'NWHP1' } }, select: { memberId: true } });
    const byHash = (await (await partner.post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { input: { memberId: member.memberId } } })).json()) as { data?: { eligibility: { __typename: string } }; errors?: unknown[] };
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data?.eligibility.__typename).toBe('Eligibility');
    const text = (await (await partner.post({ query: file, variables: { input: { memberId: member.memberId } } })).json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(text.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it.runIf(databaseKind === 'postgres')('runs migrate, import-icd10, seed and scrub on the configured database', async () => {
    const env = { DATABASE_URL: db.url ?? '' };
    const migrate = await parity(['migrate'], env);
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toContain('The database is up to date.');
    const codesBefore = await db.prisma.icd10Code.count();
    const codes = await parity(['import-icd10', 'test/fixtures/icd10/icd10cm-order-2026-sample.txt'], env);
    expect(codes.status, codes.stderr).toBe(0);
    // What it says it added is what the table gained (the fixture's codes beyond the shipped set).
    const [, added, present] = /Release 2026: 13 codes, (\d+) new, (\d+) already present\./.exec(codes.stdout) ?? [];
    expect(Number(added) + Number(present)).toBe(13);
    expect(Number(added)).toBeGreaterThan(0);
    expect((await db.prisma.icd10Code.count()) - codesBefore).toBe(Number(added));
    const seed = await parity(['seed'], env);
    expect(seed.status).toBe(1);
    expect(seed.stderr).toContain('The database already holds data');
    const scrub = await parity(['scrub', '--status', 'draft', '--today', seedAnchorDate, '--json'], env);
    expect(scrub.status, scrub.stderr).toBe(0);
    const printed = JSON.parse(scrub.stdout) as ScrubSummary;
    const expected = await scrubClaims(db.prisma, await loadPayerPolicies(), { organizationId, statuses: ['DRAFT'], today: seedAnchorDate });
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.total.willBeDenied).toBeGreaterThan(0);
  });
});
