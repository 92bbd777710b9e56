// Claims judged at query time through the payer plugins, over HTTP with typed operations.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { loadClaimSnapshots } from '../src/loaders/claim-snapshots.ts';
import { evaluate } from '../src/policy/engine.ts';
import { ClaimsJudgedDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

/** The demo data's "today": judgements are made as of the seed's anchor date. */
const clock = () => new Date(`${seedAnchorDate}T18:00:00.000Z`);

describe(`claims judged by their payer's policy (${databaseKind})`, () => {
  let db: TestDatabase;
  let counted: PrismaClient;
  let api: RunningServer;
  const counter = new StatementCounter();

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    counted = new PrismaClient({ adapter: countingAdapterFactory(db.adapterFactory, counter) });
    api = await startServer({ ...db, prisma: counted }, {}, { clock });
  });
  afterAll(async () => {
    await api.close();
    await counted.$disconnect();
    await db.close();
  });

  it('gives each claim the findings its payer’s policy gives, with version, citation and line findings', async () => {
    const result = await api.execute(ClaimsJudgedDocument, { first: 50, filter: { status: ['DENIED'] } });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.claims.edges ?? [];
    expect(edges.length).toBe(50);
    const policies = await loadPayerPolicies();
    const ids = edges.map((e) => Buffer.from(e.node.id, 'base64').toString('utf8').replace('Claim:', ''));
    const snapshots = await loadClaimSnapshots(db.prisma, ids, 'every row');
    edges.forEach(({ node }, i) => {
      const expected = evaluate(policies, snapshots.get(ids[i] ?? '') ?? fail(), { today: seedAnchorDate });
      expect(node.judgement?.payerPolicy).toBe(node.payer.policyId);
      expect(node.judgement?.policyVersion).toBe(expected.policyVersion);
      expect(node.judgement?.judgedOn).toBe(seedAnchorDate);
      expect(node.judgement?.findings.map((f) => f.messageId)).toEqual(expected.findings.map((f) => f.messageId));
      expect(node.willPay).toBe(expected.willPay);
      for (const line of node.lines) {
        expect(line.findings?.map((f) => f.messageId)).toEqual(expected.findings.filter((f) => f.lineNumber === line.lineNumber).map((f) => f.messageId));
      }
    });
    const denied = edges.filter((e) => e.node.willPay === false);
    expect(denied.length).toBeGreaterThan(25);
    const finding = denied[0]?.node.judgement?.findings.find((f) => f.severity === 'DENY');
    expect(finding?.citation.source.domainRef).toMatch(/^DOMAIN\.md §/);
    expect(finding?.citation.policyVersion).toBe(denied[0]?.node.judgement?.policyVersion);
    expect(finding?.message.length).toBeGreaterThan(10);
  });

  it('filters by “has deny findings”, and the two halves make the whole', async () => {
    const all = await api.execute(ClaimsJudgedDocument, { first: 1, filter: { status: ['DRAFT', 'SUBMITTED'] } });
    const failing = await api.execute(ClaimsJudgedDocument, { first: 100, filter: { status: ['DRAFT', 'SUBMITTED'], hasDenyFindings: true } });
    const passing = await api.execute(ClaimsJudgedDocument, { first: 1, filter: { status: ['DRAFT', 'SUBMITTED'], hasDenyFindings: false } });
    const total = all.data?.claims.totalCount ?? 0;
    const atRisk = failing.data?.claims.totalCount ?? 0;
    expect(atRisk).toBeGreaterThan(0);
    expect(atRisk + (passing.data?.claims.totalCount ?? 0)).toBe(total);
    for (const { node } of failing.data?.claims.edges ?? []) {
      expect(node.willPay).toBe(false);
      expect(node.judgement?.findings.some((f) => f.severity === 'DENY')).toBe(true);
    }
  });

  it('judges a page of 100 claims with lines, provider, payer and findings in as many statements as a page of 10', async () => {
    await api.execute(ClaimsJudgedDocument, { first: 5 });
    counter.reset();
    const ten = await api.execute(ClaimsJudgedDocument, { first: 10 });
    const tenStatements = counter.count;
    counter.reset();
    const hundred = await api.execute(ClaimsJudgedDocument, { first: 100 });
    expect(ten.data?.claims.edges).toHaveLength(10);
    expect(hundred.data?.claims.edges).toHaveLength(100);
    expect(counter.count).toBe(tenStatements);
  });

  it('sorts and narrows by payer', async () => {
    const some = await api.execute(ClaimsJudgedDocument, { first: 1 });
    const payer = await db.prisma.payer.findFirstOrThrow({ where: { payerCode: 'NWHP1' } });
    const payerId = Buffer.from(`Payer:${payer.id}`).toString('base64');
    const byPayer = await api.execute(ClaimsJudgedDocument, { first: 20, filter: { payerId }, orderBy: { field: 'TOTAL_CHARGE', direction: 'DESC' } });
    const nodes = byPayer.data?.claims.edges.map((e) => e.node) ?? [];
    expect(some.errors).toBeUndefined();
    expect(nodes.every((n) => n.payer.policyId === 'northwind-health')).toBe(true);
    const charges = nodes.map((n) => Number(n.totalCharge));
    expect(charges).toEqual([...charges].sort((a, b) => b - a));
    expect(byPayer.data?.claims.totalCount).toBe(await db.prisma.claim.count({ where: { payerId: payer.id } }));
  });
});

function fail(): never {
  throw new Error('missing snapshot');
}
