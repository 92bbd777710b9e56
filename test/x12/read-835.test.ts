import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import { balanceProblems, parse835 } from '../../src/x12/parse-835.ts';
import { outcomeOf, statusPath } from '../../src/x12/post-835.ts';
import { postingKey } from '../../src/x12/remittance-keys.ts';
import { tokenize, transactionsOf, X12ParseError } from '../../src/x12/tokenize.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x12/${name}`, import.meta.url), 'utf8');
const northwind = fixture('northwind-era.835');

/** A one-claim 835 with correct counts, for variations. */
function era(body: string[], bpr = 'BPR*I*0*C*NON************20260715'): string {
  const segments = [
    'ST*835*0001*005010X221A1',
    bpr,
    'TRN*1*T1*1999999999',
    'N1*PR*Northwind Health Plan (fictional)',
    'REF*2U*NWHP1',
    'N1*PE*Riverbend*XX*1234567893',
    'LX*1',
    ...body,
  ];
  return [
    'ISA*00*          *00*          *ZZ*NWHP1          *ZZ*RIVERBEND      *260715*0900*^*00501*000000001*0*P*:',
    'GS*HP*NWHP1*RIVERBEND*20260715*0900*1*X*005010X221A1',
    ...segments,
    `SE*${segments.length + 1}*0001`,
    'GE*1*1',
    'IEA*1*000000001',
  ]
    .map((s) => `${s}~\n`)
    .join('');
}

function parseError(run: () => unknown): X12ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(X12ParseError);
    expect(error).toBeInstanceOf(ValidationError);
    return error as X12ParseError;
  }
  throw new Error('expected an X12ParseError');
}

describe('reading X12 envelopes', () => {
  it('reads interchanges, groups and transaction sets, with or without line breaks', () => {
    for (const text of [northwind, northwind.replace(/~\n/g, '~'), northwind.replace(/~\n/g, '~\r\n')]) {
      const [interchange] = tokenize(text);
      expect(Number(interchange?.controlNumber)).toBe(731);
      expect(interchange?.delimiters).toEqual({ element: '*', component: ':', repetition: '^' });
      expect(interchange?.groups[0]?.transactions[0]?.setId).toBe('835');
      expect(interchange?.groups[0]?.transactions[0]?.segments).toHaveLength(70);
    }
  });

  it('reads several interchanges in one file', () => {
    const both = `${northwind}${fixture('example-medicaid-iop.835')}`;
    expect(transactionsOf(both, '835').map((t) => t.transaction.controlNumber)).toEqual(['0001', '4417']);
  });

  it('refuses text that is not well-formed X12, naming the problem', () => {
    expect(parseError(() => tokenize('hello')).reason).toBe('MALFORMED_X12');
    expect(parseError(() => tokenize(northwind.replace('SE*72*0001', 'SE*71*0001'))).message).toMatch(/SE01/);
    expect(parseError(() => tokenize(northwind.replace('GE*1*731', 'GE*2*731'))).message).toMatch(/GE01/);
    expect(parseError(() => tokenize(northwind.replace('IEA*1*000000731', 'IEA*1*000000732'))).message).toMatch(/IEA02/);
    const cut = northwind.slice(0, northwind.indexOf('CLP*RB0000412'));
    expect(parseError(() => tokenize(cut)).message).toMatch(/trailer/);
  });

  it('refuses a document of another transaction set', () => {
    const as837 = northwind.replace('ST*835*0001*005010X221A1', 'ST*837*0001*005010X221A1');
    expect(parseError(() => transactionsOf(as837, '835')).reason).toBe('UNEXPECTED_TRANSACTION');
  });
});

describe('reading an 835', () => {
  const [payment] = parse835(northwind);

  it('reads the payment, payer and payee', () => {
    expect(payment).toMatchObject({
      handlingCode: 'C',
      totalPaidCents: 50_525,
      paymentMethod: 'CHK',
      paymentDate: '2026-07-15',
      traceNumber: 'CHK20260715001',
      productionDate: '2026-07-14',
      payer: { name: 'Northwind Health Plan (fictional)', payerId: 'NWHP1' },
      payee: { npi: '2233857079', taxId: '848332684' },
      warnings: [],
    });
    expect(payment?.claims.map((c) => [c.patientControlNumber, c.statusCode, c.payerClaimControlNumber])).toEqual([
      ['RB0000264', '1', 'NWH2607150001'],
      ['RB0003232', '1', 'NWH2607150002'],
      ['RB0000412', '4', 'NWH2607150003'],
      ['RB0000001', '22', 'NWHP126000000001'],
      ['RB0000001', '1', 'NWH2607150004'],
      ['RB0000025', '1', 'NWH2607150005'],
      ['RB0000172', '1', 'NWH2607150006'],
      ['RB9999999', '1', 'NWH2607150007'],
    ]);
    expect(payment?.providerAdjustments).toEqual([
      { providerId: '2233857079', date: '2026-12-31', reasonCode: 'L6', reference: 'NWH2607150005', amountCents: -125 },
    ]);
  });

  it('reads claim and line amounts in cents, CAS triplets, remark codes and line control numbers', () => {
    const [paid, partial, denied, reversal] = payment?.claims ?? [];
    expect(paid).toMatchObject({ chargeCents: 20_000, paidCents: 12_000, patientResponsibilityCents: 3_000, statementFrom: '2026-06-17', patient: { memberId: 'NWH100000000' } });
    expect(paid?.lines[0]).toMatchObject({
      qualifier: 'HC',
      procedureCode: '90837',
      modifiers: ['95'],
      chargeCents: 20_000,
      paidCents: 12_000,
      units: 1,
      serviceDate: '2026-06-17',
      lineControlNumber: '1',
      allowedCents: 15_000,
      adjustments: [
        { group: 'CO', reasonCode: '45', amountCents: 5_000, quantity: null },
        { group: 'PR', reasonCode: '3', amountCents: 3_000, quantity: null },
      ],
    });
    expect(partial?.lines[1]).toMatchObject({ procedureCode: '90833', paidCents: 0, remarkCodes: ['N20'], adjustments: [{ group: 'CO', reasonCode: '97', amountCents: 9_000 }] });
    expect(denied?.remarkCodes).toEqual(['M62']);
    expect(reversal).toMatchObject({ chargeCents: -7_500, paidCents: -1_250, patientResponsibilityCents: -4_000 });
    expect(reversal?.adjustments.map((a) => a.amountCents)).toEqual([-2_250, -4_000]);
    for (const claim of payment?.claims ?? []) {
      expect(balanceProblems(claim)).toEqual([]);
    }
  });

  it('reads a revenue code (SVC04) of an institutional line', () => {
    const [medicaid] = parse835(fixture('example-medicaid-iop.835'));
    expect(medicaid?.claims[0]?.lines.map((l) => [l.procedureCode, l.modifiers, l.revenueCode, l.paidCents, l.remarkCodes])).toEqual([
      ['H0015', ['HF'], '0906', 25_000, []],
      ['H0015', ['HF'], '0906', 25_000, []],
      ['H0015', ['HF'], '0906', 0, ['N362']],
    ]);
  });

  it('reports claims that do not balance and payments whose BPR02 does not add up', () => {
    const [bad] = parse835(era(['CLP*X1*1*100*80*0*12*N1', 'SVC*HC:90834*100*80**1', 'CAS*CO*45*10'], 'BPR*I*70*C*CHK************20260715'));
    const claim = bad?.claims[0];
    expect(claim && balanceProblems(claim).map((p) => p.message)).toEqual([
      'Service line 1 (90834) does not balance: charge 100.00 less adjustments is 90.00, but 80.00 was paid.',
      'The claim does not balance: charge 100.00 less adjustments is 90.00, but 80.00 was paid.',
    ]);
    expect(bad?.warnings[0]).toMatch(/BPR02 is 70.00, but the claims less provider adjustments come to 80.00/);
  });

  it('refuses a retired group code, an unreadable amount and a claim without CLP07', () => {
    expect(parseError(() => parse835(era(['CLP*X1*1*100*80*0*12*N1', 'CAS*CR*45*20']))).message).toMatch(/CR was retired in 5010/);
    expect(parseError(() => parse835(era(['CLP*X1*1*1OO*80*0*12*N1']))).message).toMatch(/segment 8 \(CLP\).*not an X12 monetary amount/);
    expect(parseError(() => parse835(era(['CLP*X1*1*100*80*0*12']))).message).toMatch(/CLP07/);
    expect(parseError(() => parse835(era(['CLP*X1*1*100*80*0*12*N1', 'CAS*CO*45*20.005']))).message).toMatch(/more than two decimal places/);
  });
});

describe('what a claim payment does to a claim', () => {
  const [payment] = parse835(northwind);
  const claims = payment?.claims ?? [];

  it('classifies paid, partially paid, denied and reversed claims', () => {
    expect(claims.map(outcomeOf)).toEqual(['PAID', 'PARTIALLY_PAID', 'DENIED', 'REVERSED', 'PAID', 'PAID', 'PAID', 'PAID']);
  });

  it('treats a processed claim with nothing paid and nothing left to the patient as denied, and a deductible as paid', () => {
    const [zero] = parse835(era(['CLP*X1*1*100*0*0*12*N1', 'SVC*HC:90834*100*0**1', 'CAS*CO*50*100']));
    const [deductible] = parse835(era(['CLP*X2*1*100*0*80*12*N2', 'SVC*HC:90834*100*0**1', 'CAS*CO*45*20', 'CAS*PR*1*80']));
    const [pended] = parse835(era(['CLP*X3*5*100*0*0*12*N3']));
    expect(outcomeOf(zero?.claims[0] as never)).toBe('DENIED');
    expect(outcomeOf(deductible?.claims[0] as never)).toBe('PAID');
    expect(outcomeOf(pended?.claims[0] as never)).toBeNull();
  });

  it('moves claims only along allowed status transitions', () => {
    expect(statusPath('SUBMITTED', ['PAID'])).toEqual([{ to: 'PAID', cause: 0 }]);
    expect(statusPath('ACCEPTED', ['PARTIALLY_PAID'])).toEqual([{ to: 'PARTIALLY_PAID', cause: 0 }]);
    expect(statusPath('APPEALED', ['PAID'])).toEqual([{ to: 'PAID', cause: 0 }]);
    // A reversal and its correction: back to ACCEPTED, then paid again.
    expect(statusPath('PAID', ['REVERSED', 'PAID'])).toEqual([
      { to: 'ACCEPTED', cause: 0 },
      { to: 'PAID', cause: 1 },
    ]);
    expect(statusPath('PAID', ['REVERSED'])).toEqual([{ to: 'ACCEPTED', cause: 0 }]);
    // A partially paid claim goes back to ACCEPTED on a reversal too, and on to PAID with a correction.
    expect(statusPath('PARTIALLY_PAID', ['REVERSED'])).toEqual([{ to: 'ACCEPTED', cause: 0 }]);
    expect(statusPath('PARTIALLY_PAID', ['REVERSED', 'PAID'])).toEqual([
      { to: 'ACCEPTED', cause: 0 },
      { to: 'PAID', cause: 1 },
    ]);
    // A path that is not allowed step by step falls back to the direct change, or none.
    expect(statusPath('WRITTEN_OFF', ['PAID'])).toBeNull();
    expect(statusPath('PAID', ['PAID'])).toEqual([]);
    expect(statusPath('DRAFT', ['PAID'])).toBeNull();
    expect(statusPath('WRITTEN_OFF', ['DENIED'])).toBeNull();
  });

  it('keys a reversal apart from the claim it reverses', () => {
    expect(postingKey('NWHP126000000001', '1')).toBe('NWHP126000000001');
    expect(postingKey('NWHP126000000001', '22')).toBe('NWHP126000000001#R');
  });
});
