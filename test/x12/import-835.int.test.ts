import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/db/client.ts';
import { ValidationError } from '../../src/errors.ts';
import { exportClaim } from '../../src/x12/export-837.ts';
import { import835, type Import835Summary, type PostedClaim } from '../../src/x12/post-835.ts';
import { X12ParseError } from '../../src/x12/tokenize.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../setup/database.ts';
import { parseIndependently, value } from './independent.ts';
import { exampleClaims, loadExampleClaims } from '../../src/x12/example-claims.ts';

// The fixtures pay the example claims (src/x12/example-claims.ts), loaded into an empty
// database: the tests do not depend on the demo clinic's seed.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/x12/${name}`, import.meta.url), 'utf8');
const northwind = fixture('northwind-era.835');
const medicaid = fixture('example-medicaid-iop.835');
const now = new Date('2026-07-16T10:00:00.000Z');

/** Row counts of the tables an import writes, and the state of the fixture claims. */
async function snapshot(prisma: PrismaClient) {
  const [remittances, serviceLines, adjustments, history] = await Promise.all([
    prisma.remittance.count(),
    prisma.remittanceServiceLine.count(),
    prisma.remittanceAdjustment.count(),
    prisma.claimStatusChange.count(),
  ]);
  const claims = await prisma.claim.findMany({
    where: { patientControlNumber: { in: exampleClaims.map((c) => c.pcn) } },
    select: { patientControlNumber: true, status: true, version: true },
    orderBy: { patientControlNumber: 'asc' },
  });
  return { remittances, serviceLines, adjustments, history, claims };
}

function byClaim(summary: Import835Summary): Record<string, PostedClaim[]> {
  const result: Record<string, PostedClaim[]> = {};
  for (const claim of summary.claims) {
    (result[claim.patientControlNumber] ??= []).push(claim);
  }
  return result;
}

/** An 835 of one payment with the given claim loops, counted correctly. */
function era(trace: string, total: string, claims: string[]): string {
  const body = [
    'ST*835*0001*005010X221A1',
    `BPR*I*${total}*C*CHK************20260720`,
    `TRN*1*${trace}*1999999999`,
    'N1*PR*Northwind Health Plan (fictional)',
    'REF*2U*NWHP1',
    'N1*PE*Riverbend Behavioral Health*XX*2233857079',
    'LX*1',
    ...claims,
  ];
  return [
    'ISA*00*          *00*          *ZZ*NWHP1          *ZZ*848332684      *260720*0900*^*00501*000000900*0*P*:',
    'GS*HP*NWHP1*848332684*20260720*0900*900*X*005010X221A1',
    ...body,
    `SE*${body.length + 1}*0001`,
    'GE*1*900',
    'IEA*1*000000900',
  ]
    .map((s) => `${s}~\n`)
    .join('');
}

describe(`835 import on ${databaseKind}`, () => {
  let db: TestDatabase;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    organizationId = await loadExampleClaims(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  it('loads the example claims into an empty database only', async () => {
    await expect(loadExampleClaims(db.prisma)).rejects.toThrow(/empty database/);
    expect(await db.prisma.claim.count()).toBe(exampleClaims.length);
  });

  it('exports the claim the remittance pays: CLM01 and charges are what the 835 answers', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { organizationId, patientControlNumber: 'RB0000264' } });
    const document = await exportClaim(db.prisma, { organizationId, claimId: claim.id }, { phone: '5035550100', now });
    const parsed = await parseIndependently(document.text);
    const clm = parsed.find((s) => s.tag === 'CLM');
    expect([value(clm, 1), value(clm, 2)]).toEqual(['RB0000264', '200']);
    expect(northwind).toContain('CLP*RB0000264*1*200*');
    expect(value(parsed.find((s) => s.tag === 'REF' && value(s, 1) === '6R'), 2)).toBe('1');
  });

  it('matches and reports in a dry run, and writes nothing', async () => {
    const before = await snapshot(db.prisma);
    const summary = await import835(db.prisma, northwind, { organizationId, dryRun: true, now });
    expect(summary.dryRun).toBe(true);
    expect(summary.counts).toMatchObject({ claimPayments: 8, posted: 6, notPosted: 2, unmatched: 1 });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('posts paid, partially paid, denied and reversed claims, and reports what did not match', async () => {
    const before = await snapshot(db.prisma);
    const progress: Array<[number, number]> = [];
    const summary = await import835(db.prisma, northwind, { organizationId, now, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress[progress.length - 1]).toEqual([8, 8]);
    expect(summary.counts).toEqual({
      claimPayments: 8,
      posted: 6,
      alreadyPosted: 0,
      notPosted: 2,
      unmatched: 1,
      paid: 3,
      partiallyPaid: 1,
      denied: 1,
      reversed: 1,
    });
    expect(summary.postedAmount).toBe('320.00');
    expect(summary.denialRate).toBe(0.2);
    expect(summary.payments).toEqual([
      expect.objectContaining({ traceNumber: 'CHK20260715001', payerCode: 'NWHP1', total: '505.25', paymentDate: '2026-07-15', claimCount: 8 }),
    ]);
    expect(summary.payments[0]?.providerAdjustments).toEqual([{ reasonCode: 'L6', reference: 'NWH2607150005', amount: '-1.25' }]);

    const results = byClaim(summary);
    expect(results.RB0000264?.[0]).toMatchObject({ result: 'POSTED', outcome: 'PAID', fromStatus: 'SUBMITTED', toStatus: 'PAID', statusChanges: ['PAID'] });
    expect(results.RB0003232?.[0]).toMatchObject({ result: 'POSTED', outcome: 'PARTIALLY_PAID', fromStatus: 'ACCEPTED', toStatus: 'PARTIALLY_PAID' });
    expect(results.RB0000412?.[0]).toMatchObject({ result: 'POSTED', outcome: 'DENIED', toStatus: 'DENIED' });
    expect(results.RB0000001?.map((r) => [r.result, r.outcome, r.toStatus])).toEqual([
      ['POSTED', 'REVERSED', 'PAID'],
      ['POSTED', 'PAID', 'PAID'],
    ]);
    expect(results.RB0000001?.[0]?.statusChanges).toEqual(['ACCEPTED', 'PAID']);
    expect(results.RB0000025?.[0]).toMatchObject({ result: 'POSTED', fromStatus: 'APPEALED', toStatus: 'PAID' });
    expect(results.RB0000172?.[0]).toMatchObject({ result: 'NOT_POSTED', reason: { code: 'TRANSITION_NOT_ALLOWED' }, toStatus: 'DRAFT' });
    expect(results.RB9999999?.[0]).toMatchObject({ result: 'NOT_POSTED', reason: { code: 'CLAIM_NOT_FOUND' }, claimId: null });

    // The database: statuses, one version step per claim changed.
    const after = await snapshot(db.prisma);
    const state = Object.fromEntries(after.claims.map((c) => [c.patientControlNumber, c.status]));
    expect(state).toMatchObject({ RB0000264: 'PAID', RB0003232: 'PARTIALLY_PAID', RB0000412: 'DENIED', RB0000001: 'PAID', RB0000025: 'PAID', RB0000172: 'DRAFT' });
    const versions = (s: typeof before) => Object.fromEntries(s.claims.map((c) => [c.patientControlNumber, c.version]));
    expect(versions(after)).toEqual({ ...versions(before), RB0000264: 2, RB0003232: 2, RB0000412: 2, RB0000001: 2, RB0000025: 2 });
    expect(after.remittances - before.remittances).toBe(6);
    expect(after.serviceLines - before.serviceLines).toBe(6);
    expect(after.history - before.history).toBe(6);

    // Paid: service line matched to claim line 1, line-level CAS, allowed less patient share.
    const paid = await db.prisma.remittance.findUniqueOrThrow({
      where: { payerClaimControlNumber: 'NWH2607150001' },
      include: { serviceLines: { include: { adjustments: true, claimLine: true } }, adjustments: true, claim: true },
    });
    expect(paid).toMatchObject({ claimStatusCode: '1', traceNumber: 'CHK20260715001', remarkCodes: [] });
    expect([paid.chargeAmount.toFixed(2), paid.paidAmount.toFixed(2), paid.patientResponsibility.toFixed(2)]).toEqual(['200.00', '120.00', '30.00']);
    expect(paid.paidOn.toISOString().slice(0, 10)).toBe('2026-07-15');
    expect(paid.claim.patientControlNumber).toBe('RB0000264');
    expect(paid.serviceLines.map((l) => [l.procedureCode, l.modifiers, l.claimLine?.lineNumber, l.paidAmount.toFixed(2)])).toEqual([['90837', ['95'], 1, '120.00']]);
    expect(paid.serviceLines[0]?.adjustments.map((a) => [a.groupCode, a.reasonCode, a.amount.toFixed(2)]).sort()).toEqual([
      ['CO', '45', '50.00'],
      ['PR', '3', '30.00'],
    ]);

    // Partially paid: the second line denied as bundled (CO-97) with its remark code.
    const partial = await db.prisma.remittance.findUniqueOrThrow({
      where: { payerClaimControlNumber: 'NWH2607150002' },
      include: { serviceLines: { include: { adjustments: true, claimLine: true }, orderBy: { procedureCode: 'desc' } } },
    });
    expect(partial.serviceLines.map((l) => [l.claimLine?.lineNumber, l.paidAmount.toFixed(2), l.remarkCodes, l.adjustments.map((a) => `${a.groupCode}-${a.reasonCode}`)])).toEqual([
      [1, '75.00', [], ['CO-45', 'PR-3']],
      [2, '0.00', ['N20'], ['CO-97']],
    ]);

    // Denied: the claim-level remark code from MOA, the CARC in the history note.
    const denied = await db.prisma.remittance.findUniqueOrThrow({ where: { payerClaimControlNumber: 'NWH2607150003' }, include: { adjustments: true } });
    expect(denied.claimStatusCode).toBe('4');
    expect(denied.remarkCodes).toEqual(['M62']);
    expect(denied.adjustments.map((a) => [a.groupCode, a.reasonCode, a.amount.toFixed(2)])).toEqual([['CO', '197', '200.00']]);

    // Reversed and corrected: the reversal is stored apart from the original, with negated amounts.
    const rb1 = await db.prisma.claim.findFirstOrThrow({
      where: { patientControlNumber: 'RB0000001' },
      include: { remittances: { orderBy: { payerClaimControlNumber: 'asc' }, include: { adjustments: true } }, statusHistory: { orderBy: { changedAt: 'asc' } } },
    });
    expect(rb1.remittances.map((r) => [r.payerClaimControlNumber, r.claimStatusCode, r.paidAmount.toFixed(2), r.patientResponsibility.toFixed(2)])).toEqual([
      ['NWH2607150004', '1', '32.50', '20.00'],
      ['NWHP126000000001', '1', '12.50', '40.00'],
      ['NWHP126000000001#R', '22', '-12.50', '-40.00'],
    ]);
    expect(rb1.remittances[2]?.adjustments.map((a) => [a.groupCode, a.amount.toFixed(2)]).sort()).toEqual([
      ['CO', '-22.50'],
      ['PR', '-40.00'],
    ]);
    const newHistory = rb1.statusHistory.filter((h) => h.changedAt.getTime() === now.getTime());
    expect(newHistory.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      ['PAID', 'ACCEPTED', 'payer'],
      ['ACCEPTED', 'PAID', 'payer'],
    ]);
    expect(newHistory[0]?.note).toMatch(/835 payment CHK20260715001: claim NWHP126000000001 reversal of a previous payment, paid -12.50/);

    // Denied history note names the denial codes.
    const rb412 = await db.prisma.claimStatusChange.findFirstOrThrow({ where: { claim: { patientControlNumber: 'RB0000412' }, changedAt: now } });
    expect(rb412).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'DENIED' });
    expect(rb412.note).toMatch(/CO-197, M62/);

    // Nothing for the draft claim or the unknown one.
    expect(await db.prisma.remittance.count({ where: { payerClaimControlNumber: { in: ['NWH2607150006', 'NWH2607150007'] } } })).toBe(0);
  });

  it('posts nothing when the same file is imported again', async () => {
    const before = await snapshot(db.prisma);
    const summary = await import835(db.prisma, northwind, { organizationId, now: new Date('2026-07-17T10:00:00.000Z') });
    expect(summary.counts).toMatchObject({ posted: 0, alreadyPosted: 6, notPosted: 2 });
    expect(summary.denialRate).toBeNull();
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('posts an institutional remittance line by line, with revenue codes and remark codes', async () => {
    const summary = await import835(db.prisma, medicaid, { organizationId, now });
    expect(summary.claims.map((c) => [c.patientControlNumber, c.result, c.outcome, c.fromStatus, c.toStatus])).toEqual([
      ['RB0004491', 'POSTED', 'PARTIALLY_PAID', 'SUBMITTED', 'PARTIALLY_PAID'],
    ]);
    const remittance = await db.prisma.remittance.findUniqueOrThrow({
      where: { payerClaimControlNumber: 'EXMCD2607200001' },
      include: { serviceLines: { include: { claimLine: true, adjustments: true } }, payer: true },
    });
    expect(remittance.payer.payerCode).toBe('EXMCD');
    expect(
      remittance.serviceLines
        .map((l) => [l.claimLine?.lineNumber, l.claimLine?.revenueCode, l.procedureCode, l.paidAmount.toFixed(2), l.remarkCodes, l.adjustments.map((a) => `${a.groupCode}-${a.reasonCode}`)])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [1, '0906', 'H0015', '250.00', [], ['CO-45']],
      [2, '0906', 'H0015', '250.00', [], ['CO-45']],
      [3, '0906', 'H0015', '0.00', ['N362'], ['CO-198']],
    ]);
  });

  it('refuses a malformed file and changes nothing', async () => {
    const before = await snapshot(db.prisma);
    const truncated = northwind.slice(0, northwind.indexOf('CLP*RB0000001'));
    await expect(import835(db.prisma, truncated, { organizationId, now })).rejects.toBeInstanceOf(X12ParseError);
    const badAmount = northwind.replace('CLP*RB0000264*1*200*120', 'CLP*RB0000264*1*200*12O');
    await expect(import835(db.prisma, badAmount, { organizationId, now })).rejects.toThrow(/not an X12 monetary amount/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('refuses a payment from a payer it does not know, unless told which payer it is', async () => {
    const unknown = northwind.replace('REF*2U*NWHP1', 'REF*2U*ZZZZ9');
    const error = await import835(db.prisma, unknown, { organizationId, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.code).toBe('PAYER_NOT_FOUND');
    const told = await import835(db.prisma, unknown, { organizationId, now, payerCode: 'NWHP1' });
    expect(told.counts.alreadyPosted).toBe(6);
    // A file from one payer does not post to another payer's claims.
    const wrongPayer = await import835(db.prisma, medicaid.replace('REF*2U*EXMCD', 'REF*2U*NWHP1').replace('EXMCD2607200001', 'EXMCD2607200099'), { organizationId, now });
    expect(wrongPayer.claims[0]?.reason?.code).toBe('PAYER_MISMATCH');
  });

  it('reports a payer claim control number that comes back with other amounts, and a claim that does not balance', async () => {
    const before = await snapshot(db.prisma);
    const summary = await import835(
      db.prisma,
      era('CHK20260720009', '300', [
        'CLP*RB0000264*1*200*110*30*12*NWH2607150001*02*1',
        'CAS*CO*45*60',
        'CLP*RB0000006*1*200*150*30*12*NWH2607200010*11*1',
        'CAS*CO*45*40',
        'CLP*RB0000006*1*200*150*30*12*NWH2607200010*11*1',
        'CAS*CO*45*50',
      ]),
      { organizationId, now },
    );
    expect(summary.claims.map((c) => [c.patientControlNumber, c.result, c.reason?.code])).toEqual([
      ['RB0000264', 'NOT_POSTED', 'CONFLICT'],
      ['RB0000006', 'NOT_POSTED', 'UNBALANCED'],
      ['RB0000006', 'NOT_POSTED', 'DUPLICATE_IN_FILE'],
    ]);
    expect(summary.claims[1]?.reason?.message).toBe('The claim does not balance: charge 200.00 less adjustments is 160.00, but 150.00 was paid.');
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it('returns a paid or partially paid claim to ACCEPTED on a reversal alone', async () => {
    const summary = await import835(
      db.prisma,
      era('CHK20260720010', '-185', [
        'CLP*RB0000002*22*-200*-110*-30*12*NWHP126000000002*11*1',
        'CAS*CO*45*-60',
        'CAS*PR*3*-30',
        'CLP*RB0003232*22*-230*-75*-25*12*NWH2607150002*11*1',
        'CAS*CO*45*-40*0*97*-90',
        'CAS*PR*3*-25',
      ]),
      { organizationId, now },
    );
    expect(summary.claims.map((c) => [c.patientControlNumber, c.result, c.fromStatus, c.toStatus, c.reason?.code ?? null])).toEqual([
      ['RB0000002', 'POSTED', 'PAID', 'ACCEPTED', null],
      // A payer may take back a partial payment too (src/domain/claim-status.ts).
      ['RB0003232', 'POSTED', 'PARTIALLY_PAID', 'ACCEPTED', null],
    ]);
    expect(summary.counts.reversed).toBe(2);
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { patientControlNumber: 'RB0000002' }, include: { remittances: true } });
    expect(claim.status).toBe('ACCEPTED');
    expect(claim.remittances.map((r) => r.payerClaimControlNumber).sort()).toEqual(['NWHP126000000002', 'NWHP126000000002#R']);
  });
});

describe(`835 import racing itself on ${databaseKind}`, () => {
  let db: TestDatabase;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    organizationId = await loadExampleClaims(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  it('posts each payment once when the same file is imported twice at the same time', async () => {
    const before = await snapshot(db.prisma);
    const [a, b] = await Promise.all([import835(db.prisma, northwind, { organizationId, now }), import835(db.prisma, northwind, { organizationId, now })]);
    expect(a.counts.posted + b.counts.posted).toBe(6);
    expect(a.counts.alreadyPosted + b.counts.alreadyPosted).toBe(6);
    const after = await snapshot(db.prisma);
    expect(after.remittances - before.remittances).toBe(6);
    expect(after.history - before.history).toBe(6);
    expect(Object.fromEntries(after.claims.map((c) => [c.patientControlNumber, c.status]))).toMatchObject({ RB0000264: 'PAID', RB0000001: 'PAID', RB0000412: 'DENIED' });
  });
});
