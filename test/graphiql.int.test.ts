import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { mintToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { exampleVariables, exampleVariablesFor, workbenchExamples, type ExampleVariables } from '../src/graphql/examples.ts';
import { registeredOperations } from '../src/graphql/persisted.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

// GraphiQL as a workbench: the saved examples run as they are against the demo clinic, and a real
// browser (Debian's Chromium, driven by playwright-core) opens GraphiQL, runs one and sees the
// result. The screenshot is kept in test-results/ (git-ignored).

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const secret = 'test-secret-of-at-least-thirty-two-characters';
const now = new Date(`${seedAnchorDate}T18:00:00.000Z`);

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };

function operationsOf(query: string): OperationDefinitionNode[] {
  return parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

describe(`GraphiQL workbench on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let values: ExampleVariables;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const organization = await db.prisma.organization.findFirstOrThrow({ select: { id: true } });
    const config = loadConfig({ NODE_ENV: 'development', AUTH_JWT_SECRET: secret });
    const token = await mintToken(config.auth, { subject: 'demo-admin', role: 'ADMIN', organizationId: organization.id });
    // Development, as `npm start` runs: GraphiQL for anyone, with the demo token in its headers.
    api = await startServer(db, { NODE_ENV: 'development', AUTH_JWT_SECRET: secret }, { clock: () => now, graphiqlHeaders: { Authorization: `Bearer ${token}` } });
    values = await exampleVariables(db.prisma, await loadPayerPolicies(), organization.id, now);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const examples = workbenchExamples();

  it('opens with the saved examples: claims at risk, remaining sessions, a PHP week, denial rate, AR aging, eligibility', () => {
    const operations = examples.flatMap((e) => operationsOf(e.query).map((o) => o.name?.value));
    expect(operations).toEqual([
      'ClaimsAtRisk',
      'RemainingSessions',
      'FindPatients',
      'ProgramWeekAgainstThreshold',
      'FindProgramClaims',
      'DenialRateByPayer',
      'ArAging',
      'Eligibility',
    ]);
    const eligibility = examples.find((e) => e.name === 'partner-eligibility');
    expect(eligibility?.query).toContain(registeredOperations().find((o) => o.name === 'Eligibility')?.text);
  });

  it('fills the examples’ variables with demo records in development', () => {
    expect(values).toMatchObject({ patient: expect.any(String), programPatient: expect.any(String), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), level: 'PHP' });
    expect(values.input).toMatchObject({ memberId: expect.any(String), payerCode: expect.any(String) });
  });

  it('runs every example operation without errors, as an administrator and as the role it is for', async () => {
    const results = new Map<string, Body>();
    for (const example of examples) {
      const variables = exampleVariablesFor(example, values);
      const callers: Array<[string, Executor]> = [['ADMIN', api]];
      if (example.role === 'ANALYST') {
        callers.push(['ANALYST', await api.as('ANALYST')]);
      }
      for (const operation of operationsOf(example.query)) {
        const name = operation.name?.value ?? '';
        const used = Object.fromEntries(Object.entries(variables).filter(([key]) => operation.variableDefinitions?.some((v) => v.variable.name.value === key)));
        for (const [role, caller] of callers) {
          const body = (await (await caller.post({ query: example.query, operationName: name, variables: used })).json()) as Body;
          expect(body.errors, `${name} as ${role}`).toBeUndefined();
          results.set(`${name}/${role}`, body);
        }
      }
      if (example.role === 'PARTNER') {
        // Partners send the registered operation by hash, for their own payer's members.
        const input = values.input as { memberId: string; payerCode: string };
        const partner = await api.as({ role: 'PARTNER', payerCode: input.payerCode });
        const hash = registeredOperations().find((o) => o.name === 'Eligibility')?.hash;
        const body = (await (await partner.post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { input: { memberId: input.memberId } } })).json()) as Body;
        expect(body.errors).toBeUndefined();
        results.set('Eligibility/PARTNER', body);
      }
    }
    const data = (key: string): unknown => results.get(key)?.data;
    expect((data('ClaimsAtRisk/ADMIN') as { claims: { totalCount: number } }).claims.totalCount).toBeGreaterThan(0);
    const atRisk = (data('ClaimsAtRisk/ADMIN') as { claims: { edges: Array<{ node: { judgement: { willPay: boolean; findings: Array<{ severity: string }> } } }> } }).claims.edges;
    expect(atRisk.every((e) => !e.node.judgement.willPay && e.node.judgement.findings.some((f) => f.severity === 'DENY'))).toBe(true);
    const patient = data('RemainingSessions/ADMIN') as { node: { benefits: Array<{ max: number; used: number; left: number }> } };
    expect(patient.node.benefits.length).toBeGreaterThan(0);
    expect(patient.node.benefits.some((b) => b.used > 0 && b.left === Math.max(0, b.max - b.used))).toBe(true);
    const week = data('ProgramWeekAgainstThreshold/ADMIN') as { node: { programWeek: { levelOfCare: string; days: Array<{ date: string }> } | null } };
    expect(week.node.programWeek?.levelOfCare).toBe('PHP');
    expect(week.node.programWeek?.days.map((d) => d.date)).toContain(values.date);
    const rates = data('DenialRateByPayer/ANALYST') as { analytics: { denialRate: { rows: unknown[] } } };
    expect(rates.analytics.denialRate.rows.length).toBeGreaterThan(0);
    const aging = data('ArAging/ADMIN') as { analytics: { arAging: { rows: unknown[] } } };
    expect(aging.analytics.arAging.rows.length).toBeGreaterThan(0);
    for (const key of ['Eligibility/ADMIN', 'Eligibility/PARTNER']) {
      expect((data(key) as { eligibility: { __typename: string; covered: boolean } }).eligibility).toMatchObject({ __typename: 'Eligibility', covered: true });
    }
  });

  it('serves GraphiQL with the examples as tabs and the token in its headers', async () => {
    const html = await (await fetch(api.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('"defaultTabs"');
    expect(html).toContain('query ClaimsAtRisk');
    expect(html).toContain('Bearer ');
    expect(html).toContain(JSON.stringify(JSON.stringify(exampleVariablesFor(examples[1]!, values), null, 2)).slice(1, -1));
  });

  describe('in a real browser', () => {
    let browser: BrowserContext;
    let profile: string;
    beforeAll(async () => {
      expect(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath} (apt-get install chromium; .ci/run does it)`).toBe(true);
      profile = await mkdtemp(path.join(tmpdir(), 'parity-chromium-'));
      browser = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1400, height: 900 },
      });
    });
    afterAll(async () => {
      await browser?.close();
      if (profile) {
        await rm(profile, { recursive: true, force: true });
      }
    });

    it('loads GraphiQL from the server, runs the claims-at-risk example and shows its result', async () => {
      const page = await browser.newPage();
      const failures: string[] = [];
      page.on('requestfailed', (request) => failures.push(request.url()));
      await page.goto(api.url, { waitUntil: 'load' });
      await expect(page.title()).resolves.toBe('Parity: behavioral-health billing API');
      const tabs = page.locator('.graphiql-tab');
      await tabs.first().waitFor();
      expect(await tabs.allInnerTexts()).toEqual(expect.arrayContaining(['ClaimsAtRisk', 'DenialRateByPayer', 'ArAging', 'Eligibility']));
      expect(await tabs.count()).toBe(examples.length);
      await tabs.first().click();
      const response = page.waitForResponse((r) => r.url() === api.url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('ClaimsAtRisk'));
      await page.locator('.graphiql-execute-button').click();
      const exchange = await response;
      expect(exchange.request().headers().authorization, 'the default header carries the token').toMatch(/^Bearer /);
      const answer = (await exchange.json()) as Body;
      expect(answer.errors).toBeUndefined();
      const shown = page.locator('.graphiql-response');
      await expect.poll(() => shown.innerText(), { timeout: 30_000 }).toContain('"totalCount"');
      const text = await shown.innerText();
      expect(text).toContain('"patientControlNumber"');
      expect(text).not.toContain('"errors"');
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/graphiql-${databaseKind}.png` });
      expect(failures, 'every asset is served by Parity itself (no CDN)').toEqual([]);
    });
  });
});
