import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors.ts';
import { build270, read271, type EligibilityInquiry } from '../../src/x12/eligibility.ts';
import { parseIndependently, value } from './independent.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/x12/${name}`, import.meta.url), 'utf8');

const inquiry: EligibilityInquiry = {
  traceNumber: '123456789',
  traceOriginator: '1848332684',
  payer: { name: 'Northwind Health Plan (fictional)', payerCode: 'NWHP1' },
  provider: { name: 'Riverbend Behavioral Health', npi: '2233857079' },
  subscriber: { memberId: 'NWH100000000', firstName: 'Pat1', lastName: 'Example', dateOfBirth: '1985-05-05', sex: 'UNKNOWN' },
  serviceTypeCodes: ['30', 'MH', 'A8'],
  date: '2026-07-01',
};

const envelope = { senderId: '848332684', receiverId: 'NWHP1', controlNumber: 77, date: '2026-07-01', time: '09:30' };

describe('270 eligibility inquiry (005010X279A1)', () => {
  it('parses independently, with the payer, provider and subscriber levels and one EQ per service type', async () => {
    const parsed = await parseIndependently(build270([inquiry], envelope));
    const tags = parsed.map((s) => (s.tag === 'HL' || s.tag === 'NM1' || s.tag === 'EQ' || s.tag === 'DTP' ? `${s.tag}*${value(s, s.tag === 'HL' ? 3 : 1)}` : s.tag));
    expect(tags).toEqual([
      'ISA', 'GS', 'ST', 'BHT',
      'HL*20', 'NM1*PR',
      'HL*21', 'NM1*1P',
      'HL*22', 'TRN', 'NM1*IL', 'DMG', 'DTP*291', 'EQ*30', 'EQ*MH', 'EQ*A8',
      'SE', 'GE', 'IEA',
    ]);
    const se = parsed.find((s) => s.tag === 'SE');
    expect(Number(value(se, 1))).toBe(parsed.findIndex((s) => s.tag === 'SE') - parsed.findIndex((s) => s.tag === 'ST') + 1);
    expect(value(parsed.find((s) => s.tag === 'GS'), 1)).toBe('HS');
    expect(value(parsed.find((s) => s.tag === 'GS'), 8)).toBe('005010X279A1');
    expect(value(parsed.find((s) => s.tag === 'BHT'), 2)).toBe('13');
    const trn = parsed.find((s) => s.tag === 'TRN');
    expect([value(trn, 1), value(trn, 2), value(trn, 3)]).toEqual(['1', '123456789', '1848332684']);
    const nm1 = parsed.find((s) => s.tag === 'NM1' && value(s, 1) === 'IL');
    expect([value(nm1, 3), value(nm1, 4), value(nm1, 8), value(nm1, 9)]).toEqual(['Example', 'Pat1', 'MI', 'NWH100000000']);
    expect(value(parsed.find((s) => s.tag === 'DMG'), 2)).toBe('19850505');
  });

  it('shares payer and provider levels between members of one payer', async () => {
    const second = { ...inquiry, traceNumber: '2', subscriber: { ...inquiry.subscriber, memberId: 'NWH000000002' } };
    const parsed = await parseIndependently(build270([inquiry, second], envelope));
    expect(parsed.filter((s) => s.tag === 'HL').map((s) => [value(s, 1), value(s, 2), value(s, 3)])).toEqual([
      ['1', '', '20'],
      ['2', '1', '21'],
      ['3', '2', '22'],
      ['4', '2', '22'],
    ]);
  });

  it('refuses an inquiry without a member ID or with a bad service type code', () => {
    expect(() => build270([{ ...inquiry, subscriber: { ...inquiry.subscriber, memberId: ' ' } }], envelope)).toThrow(ValidationError);
    expect(() => build270([{ ...inquiry, serviceTypeCodes: ['MENTAL'] }], envelope)).toThrow(/not a service type code/);
  });
});

describe('271 eligibility answer', () => {
  it('reads active coverage, authorization, visits left, limits and cost sharing in network', () => {
    const [answer] = read271(fixture('eligibility-active.271'), { serviceTypeCodes: ['30', 'MH', 'A8'], serviceDate: '2026-07-01' });
    expect(answer).toMatchObject({
      // The fields of the GraphQL Eligibility answer.
      covered: true,
      serviceDate: '2026-07-01',
      memberId: 'NWH100000000',
      payerCode: 'NWHP1',
      payerName: 'Northwind Health Plan (fictional)',
      planName: 'Gold PPO',
      groupNumber: 'G482193',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      // What only the payer knows.
      traceNumber: '123456789',
      provider: { npi: '2233857079' },
      member: { firstName: 'Pat1', lastName: 'Example', dateOfBirth: '1985-05-05', level: 'SUBSCRIBER' },
      serviceTypeCodes: ['30', 'MH', 'A8'],
      authorizationRequired: true,
      sessionsLeft: 12,
      sessionLimit: { visits: 20, period: '23' },
      copay: '30.00',
      coinsurance: '.2',
      deductibleRemaining: '350.00',
      rejected: false,
    });
    expect(answer?.reasons).toEqual([{ code: 'MESSAGE', message: 'Prior authorization is required for behavioral health visits' }]);
    expect(answer?.benefits).toHaveLength(9);
    expect(answer?.benefits[1]).toMatchObject({ code: '1', serviceTypeCodes: ['MH', 'A8'], authorizationRequired: true, inNetwork: true });
    // Visits left in and out of network: the answer gives the in-network figure.
    expect(answer?.benefits.filter((b) => b.timePeriod === '29' && b.quantityQualifier === 'VS').map((b) => [b.quantity, b.inNetwork])).toEqual([
      [12, true],
      [5, false],
    ]);
  });

  it('reads inactive coverage, a rejection, and a dependent whose partial hospitalization is not covered', () => {
    const asked = ['30', 'MH', 'BB'];
    const [inactive, notFound, subscriber, dependent] = read271(fixture('eligibility-mixed.271'), { serviceTypeCodes: asked, serviceDate: '2026-07-01' });
    expect(inactive).toMatchObject({ traceNumber: '2001', covered: false, effectiveTo: '2026-03-31', rejected: false });
    expect(inactive?.reasons.map((r) => r.code)).toEqual(['COVERAGE_ENDED', 'MESSAGE']);
    // Without a date of service, the payer's word "inactive" is all there is.
    expect(read271(fixture('eligibility-mixed.271'), { serviceTypeCodes: asked })[0]?.reasons[0]?.code).toBe('INACTIVE');
    expect(notFound).toMatchObject({ traceNumber: '2002', covered: null, rejected: true });
    expect(notFound?.reasons).toEqual([{ code: '75', message: 'Subscriber not found: correct and resubmit.' }]);
    expect(subscriber).toMatchObject({ member: { firstName: 'Casey', level: 'SUBSCRIBER' }, covered: null, benefits: [] });
    expect(dependent).toMatchObject({
      traceNumber: '2003',
      memberId: 'EX100000003',
      member: { firstName: 'Drew', dateOfBirth: '2012-03-04', level: 'DEPENDENT' },
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      planName: 'Medicaid Plus',
      covered: false,
    });
    expect(dependent?.reasons).toEqual([{ code: 'NOT_COVERED', message: 'Not covered: Partial hospitalization (psychiatric).' }]);
    // Asked only about mental health, the same dependent is covered.
    expect(read271(fixture('eligibility-mixed.271'), { serviceTypeCodes: ['30', 'MH'] })[3]?.covered).toBe(true);
  });

  it('applies a rejection of the whole inquiry (payer level) to every member', () => {
    const text = fixture('eligibility-active.271')
      .replace('NM1*PR*2*Northwind Health Plan (fictional)*****PI*NWHP1~\n', 'NM1*PR*2*Northwind Health Plan (fictional)*****PI*NWHP1~\nAAA*N**42*R~\n')
      .replace('SE*25*0001', 'SE*26*0001');
    const [answer] = read271(text);
    expect(answer).toMatchObject({ rejected: true, covered: null });
    expect(answer?.reasons[0]).toEqual({ code: '42', message: 'The payer cannot answer now: resubmission allowed.' });
  });

  it('refuses a document that is not a 271', () => {
    expect(() => read271(fixture('northwind-era.835'))).toThrow(/Expected 271/);
  });
});
