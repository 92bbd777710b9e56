// X12 through the API: a claim's 837 (Claim.x12) and the 835 import mutation, over HTTP.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleClaims } from '../../src/x12/example-claims.ts';
import { ClaimX12Document, Import835Document } from '../__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../setup/database.ts';
import { startServer, type RunningServer } from '../setup/server.ts';
import { parseIndependently, value } from './independent.ts';

const northwind = readFileSync(new URL('../fixtures/x12/northwind-era.835', import.meta.url), 'utf8');
const gid = (id: string) => Buffer.from(`Claim:${id}`).toString('base64');

describe(`X12 through GraphQL (${databaseKind})`, () => {
  let db: TestDatabase;
  let api: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    await loadExampleClaims(db.prisma);
    api = await startServer(db, { X12_CONTACT_EMAIL: 'billing@riverbend.example' }, { clock: () => new Date('2026-07-16T10:00:00.000Z') });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('writes a submitted claim as an 837P an independent parser reads, and refuses a draft unless previewed', async () => {
    const submitted = await db.prisma.claim.findFirstOrThrow({ where: { patientControlNumber: 'RB0000264' } });
    const result = await api.execute(ClaimX12Document, { id: gid(submitted.id) });
    const node = result.data?.node;
    const doc = node && 'x12' in node ? node.x12 : null;
    expect(doc?.__typename).toBe('X12Document');
    if (doc?.__typename !== 'X12Document') {
      return;
    }
    expect(doc.transactionSet).toBe('837P');
    expect(doc.patientControlNumbers).toEqual(['RB0000264']);
    const segments = await parseIndependently(doc.text);
    expect(value(segments.find((s) => s.tag === 'CLM'), 1)).toBe('RB0000264');

    const draft = await db.prisma.claim.findFirstOrThrow({ where: { patientControlNumber: 'RB0000172' } });
    const refused = await api.execute(ClaimX12Document, { id: gid(draft.id) });
    const refusal = refused.data?.node && 'x12' in refused.data.node ? refused.data.node.x12 : null;
    expect(refusal?.__typename === 'ValidationError' ? refusal.issues.map((i) => i.code) : null).toEqual(['NOT_SUBMITTED']);
    const preview = await api.execute(ClaimX12Document, { id: gid(draft.id), preview: true });
    expect(preview.data?.node && 'x12' in preview.data.node ? preview.data.node.x12.__typename : null).toBe('X12Document');
  });

  it('imports an 835: a dry run writes nothing, the import posts, and importing it again posts nothing twice', async () => {
    const remittances = await db.prisma.remittance.count();
    const dry = await api.execute(Import835Document, { input: { content: northwind, dryRun: true } });
    expect(dry.data?.import835).toMatchObject({ __typename: 'Import835Payload', dryRun: true, claimPayments: 8, posted: 6, notPosted: 2, unmatched: 1 });
    expect(await db.prisma.remittance.count()).toBe(remittances);

    const first = await api.execute(Import835Document, { input: { content: northwind } });
    const summary = first.data?.import835;
    expect(summary).toMatchObject({ __typename: 'Import835Payload', dryRun: false, posted: 6, postedAmount: '320.00', denialRate: 0.2 });
    const posted = await db.prisma.remittance.count();
    expect(posted).toBeGreaterThan(remittances);
    const claim = summary?.__typename === 'Import835Payload' ? summary.claims.find((c) => c.patientControlNumber === 'RB0000264') : null;
    expect(claim).toMatchObject({ result: 'POSTED', fromStatus: 'SUBMITTED' });
    expect((await db.prisma.claim.findFirstOrThrow({ where: { patientControlNumber: 'RB0000264' } })).status).toBe(claim?.toStatus);

    const again = await api.execute(Import835Document, { input: { content: northwind } });
    expect(again.data?.import835).toMatchObject({ posted: 0, alreadyPosted: 6 });
    expect(await db.prisma.remittance.count()).toBe(posted);

    const broken = await api.execute(Import835Document, { input: { content: 'ISA*00*not an 835~' } });
    expect(broken.data?.import835.__typename).toBe('ValidationError');
  });

  it('lets no analyst or clinician import remittances', async () => {
    for (const role of ['ANALYST', 'CLINICIAN'] as const) {
      const caller = await api.as(role);
      const result = await caller.execute(Import835Document, { input: { content: northwind, dryRun: true } });
      expect(result.errors?.[0]?.message).toMatch(/not authorized/i);
    }
  });
});
