import { describe, expect, it } from 'vitest';
import { isValidNpi } from '../../src/domain/npi.ts';
import { ValidationError } from '../../src/errors.ts';
import { build837I, build837P, type ClaimEnvelopeOptions } from '../../src/x12/build-837.ts';
import { ClaimExportError, type ClaimExport } from '../../src/x12/claim-export.ts';
import { check837, parseIndependently, value, type ParsedSegment } from './independent.ts';

// Fictional people and organizations; NPIs with valid check digits.
const billingNpi = '1234567893';
const renderingNpi = '1245319599';
const otherNpi = '1003000126';

const envelope: ClaimEnvelopeOptions = {
  senderId: 'RIVERBEND',
  receiverId: 'CLEARHOUSE',
  controlNumber: 42,
  date: '2026-06-30',
  time: '12:00',
  usage: 'T',
  submitter: { name: 'Riverbend', id: 'RB01', contactName: 'Billing', phone: '503-555-0100' },
  receiver: { name: 'Example Clearinghouse', id: 'CH01' },
};

function professional(overrides: Partial<ClaimExport> = {}): ClaimExport {
  return {
    claimType: 'PROFESSIONAL',
    patientControlNumber: 'RB0000001',
    frequencyCode: '1',
    serviceFrom: '2026-06-01',
    serviceTo: '2026-06-01',
    totalCharge: '300.00',
    placeOfService: '11',
    billingProvider: {
      name: 'Riverbend Behavioral Health',
      npi: billingNpi,
      taxId: '841234567',
      address: { line1: '1200 Alder Street, Suite 300', city: 'Portland', state: 'OR', postalCode: '97205' },
    },
    renderingProvider: { npi: renderingNpi, firstName: 'Ana', lastName: 'Example', taxonomyCode: '1041C0700X' },
    payer: { name: 'Northwind Health Plan (fictional)', payerCode: 'NWHP1', kind: 'COMMERCIAL', priority: 1 },
    subscriber: {
      memberId: 'NWH123456789',
      groupNumber: 'G123456',
      firstName: 'Pat',
      lastName: 'Example',
      dateOfBirth: '1980-01-02',
      sex: 'FEMALE',
      address: { line1: '1 Main Street', city: 'Portland', state: 'OR', postalCode: '97201' },
    },
    diagnoses: ['F33.1', 'F41.1'],
    lines: [
      { lineNumber: 1, serviceDate: '2026-06-01', procedureCode: '90837', modifiers: ['95'], units: 1, chargeAmount: '200.00', placeOfService: '10', diagnosisPointers: [1, 2] },
      { lineNumber: 2, serviceDate: '2026-06-01', procedureCode: '90785', modifiers: [], units: 1, chargeAmount: '100.00', placeOfService: '11', diagnosisPointers: [1] },
    ],
    ...overrides,
  };
}

function institutional(overrides: Partial<ClaimExport> = {}): ClaimExport {
  return {
    ...professional(),
    claimType: 'INSTITUTIONAL',
    patientControlNumber: 'RB0000002',
    billType: '0761',
    serviceFrom: '2026-06-08',
    serviceTo: '2026-06-12',
    totalCharge: '960.00',
    conditionCodes: ['92'],
    patientStatusCode: '30',
    renderingProvider: null,
    attendingProvider: { npi: renderingNpi, firstName: 'Ana', lastName: 'Example', taxonomyCode: '2084P0800X' },
    diagnoses: ['F25.0'],
    lines: ['2026-06-08', '2026-06-10', '2026-06-12'].map((serviceDate, i) => ({
      lineNumber: i + 1,
      serviceDate,
      procedureCode: 'H0015',
      modifiers: ['HF'],
      revenueCode: '0906',
      units: 1,
      chargeAmount: '320.00',
      diagnosisPointers: [],
    })),
    ...overrides,
  };
}

function segmentsOf(parsed: ParsedSegment[], tag: string, first?: string): ParsedSegment[] {
  return parsed.filter((s) => s.tag === tag && (first === undefined || value(s, 1) === first));
}

describe('837P export (005010X222A1)', () => {
  it('uses valid NPIs in its fixtures', () => {
    expect([billingNpi, renderingNpi, otherNpi].every(isValidNpi)).toBe(true);
  });

  it('parses with an independent X12 parser and passes the structural checks', async () => {
    const text = build837P([professional()], envelope);
    const parsed = await parseIndependently(text);
    const result = check837(parsed, '837P');
    expect(result.problems).toEqual([]);
    expect(result.transactions).toBe(1);
    expect(result.claims).toEqual([
      expect.objectContaining({
        patientControlNumber: 'RB0000001',
        charge: '300',
        diagnoses: ['F331', 'F411'],
        renderingNpi,
        lines: [
          expect.objectContaining({ procedure: ['HC', '90837', '95'], charge: '200', pointers: [1, 2] }),
          expect.objectContaining({ procedure: ['HC', '90785'], charge: '100', pointers: [1] }),
        ],
      }),
    ]);
    // Envelope: the same control number in ISA13, GS06, IEA02 and GE02; ST02 and SE02 agree.
    const [isa] = segmentsOf(parsed, 'ISA');
    expect(value(isa, 13)).toBe('000000042');
    expect(value(segmentsOf(parsed, 'GS')[0], 6)).toBe('42');
    expect(value(segmentsOf(parsed, 'ST')[0], 2)).toBe('0001');
    expect(value(isa, 15)).toBe('T');
  });

  it('writes the loops the guide requires, with place of service and telehealth modifiers', async () => {
    const parsed = await parseIndependently(build837P([professional()], envelope));
    const [clm] = segmentsOf(parsed, 'CLM');
    expect(clm?.elements[4]).toEqual(['11', 'B', '1']);
    expect(segmentsOf(parsed, 'NM1', '85')[0]?.elements.slice(7, 9)).toEqual([['XX'], [billingNpi]]);
    expect(value(segmentsOf(parsed, 'REF', 'EI')[0], 2)).toBe('841234567');
    expect(value(segmentsOf(parsed, 'SBR')[0], 1)).toBe('P');
    expect(value(segmentsOf(parsed, 'SBR')[0], 2)).toBe('18');
    expect(value(segmentsOf(parsed, 'SBR')[0], 9)).toBe('CI');
    expect(value(segmentsOf(parsed, 'NM1', 'IL')[0], 9)).toBe('NWH123456789');
    expect(value(segmentsOf(parsed, 'NM1', 'PR')[0], 9)).toBe('NWHP1');
    expect(value(segmentsOf(parsed, 'PRV', 'PE')[0], 3)).toBe('1041C0700X');
    const [telehealth, office] = segmentsOf(parsed, 'SV1');
    // The telehealth line (POS 10) differs from the claim (11): SV105 carries it; the other line does not.
    expect(value(telehealth, 5)).toBe('10');
    expect(value(office, 5)).toBe('');
    expect(segmentsOf(parsed, 'DTP', '472').map((d) => value(d, 3))).toEqual(['20260601', '20260601']);
  });

  it('leaves out loop 2310B when the rendering NPI is the billing NPI, and writes 2420A when a line differs', async () => {
    const same = professional({ renderingProvider: { npi: billingNpi, firstName: 'A', lastName: 'B', taxonomyCode: '1041C0700X' } });
    expect(segmentsOf(await parseIndependently(build837P([same], envelope)), 'NM1', '82')).toHaveLength(0);
    const base = professional();
    const lineOverride = professional({
      lines: base.lines.map((l, i) => (i === 1 ? { ...l, renderingProvider: { npi: otherNpi, firstName: 'C', lastName: 'D', taxonomyCode: '103T00000X' } } : l)),
    });
    const parsed = await parseIndependently(build837P([lineOverride], envelope));
    expect(segmentsOf(parsed, 'NM1', '82').map((s) => value(s, 9))).toEqual([renderingNpi, otherNpi]);
  });

  it('writes twelve diagnoses (ABK then eleven ABF) and pointers up to twelve', async () => {
    const diagnoses = ['F33.1', 'F41.1', 'F43.10', 'F90.0', 'F31.81', 'F42.2', 'F50.00', 'F60.3', 'F10.20', 'F11.20', 'F12.20', 'Z63.0'];
    const claim = professional({
      diagnoses,
      lines: [{ lineNumber: 1, serviceDate: '2026-06-01', procedureCode: '90837', modifiers: [], units: 1, chargeAmount: '300.00', diagnosisPointers: [12, 11, 2, 1] }],
    });
    const parsed = await parseIndependently(build837P([claim], envelope));
    const result = check837(parsed, '837P');
    expect(result.problems).toEqual([]);
    expect(result.claims[0]?.diagnoses).toHaveLength(12);
    expect(segmentsOf(parsed, 'HI')[0]?.elements.map((e) => e[0])).toEqual(['ABK', ...Array<string>(11).fill('ABF')]);
    expect(result.claims[0]?.lines[0]?.pointers).toEqual([12, 11, 2, 1]);
  });

  it('refuses a claim it cannot write, naming every problem', () => {
    const bad = professional({
      diagnoses: ['F33.1', 'F41.1', 'F43.10', 'F90.0', 'F31.81', 'F42.2', 'F50.00', 'F60.3', 'F10.20', 'F11.20', 'F12.20', 'Z63.0', 'F32.9'],
      totalCharge: '999.00',
      lines: [
        { lineNumber: 1, serviceDate: '2026-06-01', procedureCode: '90837', modifiers: ['95', 'HO', 'GT', 'U1', 'U2'], units: 1, chargeAmount: '200.00', diagnosisPointers: [14] },
        { lineNumber: 2, serviceDate: '2026-06-01', procedureCode: '90785', modifiers: [], units: 0, chargeAmount: '100.00', diagnosisPointers: [1, 2, 3, 4, 5] },
      ],
      billingProvider: { ...professional().billingProvider, npi: '1234567890' },
    });
    let error: unknown;
    try {
      build837P([bad], envelope);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimExportError);
    expect(error).toBeInstanceOf(ValidationError);
    const codes = (error as ClaimExportError).exportIssues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['TOO_MANY_DIAGNOSES', 'POINTER_OUT_OF_RANGE', 'TOO_MANY_POINTERS', 'TOO_MANY_MODIFIERS', 'CHARGE_MISMATCH', 'INVALID_NPI', 'MISSING_VALUE']),
    );
  });

  it('refuses an institutional claim in an 837P', () => {
    expect(() => build837P([institutional()], envelope)).toThrow(/professional claims only/);
  });

  it('groups claims under one HL per billing provider and splits large batches into several transaction sets', async () => {
    const secondBilling = { ...professional().billingProvider, npi: otherNpi };
    const claims = Array.from({ length: 5 }, (_, i) =>
      professional({ patientControlNumber: `RB00000${10 + i}`, ...(i % 2 === 1 ? { billingProvider: secondBilling } : {}) }),
    );
    const parsed = await parseIndependently(build837P(claims, { ...envelope, maxClaimsPerTransaction: 2 }));
    const result = check837(parsed, '837P');
    expect(result.problems).toEqual([]);
    expect(result.transactions).toBe(3);
    expect(segmentsOf(parsed, 'ST').map((s) => value(s, 2))).toEqual(['0001', '0002', '0003']);
    expect(value(segmentsOf(parsed, 'GE')[0], 1)).toBe('3');
    expect(result.claims.map((c) => c.patientControlNumber)).toEqual(claims.map((c) => c.patientControlNumber));
    // The first transaction set holds two claims of two billing providers: two HL*20.
    const firstSe = parsed.findIndex((s) => s.tag === 'SE');
    expect(parsed.slice(0, firstSe).filter((s) => s.tag === 'HL' && value(s, 3) === '20')).toHaveLength(2);
  });

  it('writes a patient loop (2000C) when the patient is not the subscriber', async () => {
    const claim = professional({
      patient: {
        relationship: 'CHILD',
        firstName: 'Sam',
        lastName: 'Example',
        dateOfBirth: '2012-03-04',
        sex: 'MALE',
        address: { line1: '1 Main Street', city: 'Portland', state: 'OR', postalCode: '97201' },
      },
    });
    const parsed = await parseIndependently(build837P([claim], envelope));
    expect(check837(parsed, '837P').problems).toEqual([]);
    expect(segmentsOf(parsed, 'HL').map((h) => [value(h, 1), value(h, 2), value(h, 3), value(h, 4)])).toEqual([
      ['1', '', '20', '1'],
      ['2', '1', '22', '1'],
      ['3', '2', '23', '0'],
    ]);
    expect(value(segmentsOf(parsed, 'SBR')[0], 2)).toBe('');
    expect(value(segmentsOf(parsed, 'PAT')[0], 1)).toBe('19');
  });

  it('carries the prior authorization and, on a replacement, the original payer claim number', async () => {
    const claim = professional({ frequencyCode: '7', originalPayerClaimControlNumber: 'NWH2607150001', priorAuthorizationNumber: 'PA123' });
    const parsed = await parseIndependently(build837P([claim], envelope));
    expect(segmentsOf(parsed, 'REF').filter((r) => ['G1', 'F8'].includes(value(r, 1))).map((r) => [value(r, 1), value(r, 2)])).toEqual([
      ['G1', 'PA123'],
      ['F8', 'NWH2607150001'],
    ]);
    expect(segmentsOf(parsed, 'CLM')[0]?.elements[4]).toEqual(['11', 'B', '7']);
  });
});

describe('837I export (005010X223A2)', () => {
  it('parses independently and carries bill type, statement dates, condition codes, revenue and HCPCS codes', async () => {
    const parsed = await parseIndependently(build837I([institutional()], envelope));
    const result = check837(parsed, '837I');
    expect(result.problems).toEqual([]);
    const [clm] = segmentsOf(parsed, 'CLM');
    expect(clm?.elements[4]).toEqual(['76', 'A', '1']);
    expect(value(segmentsOf(parsed, 'DTP', '434')[0], 3)).toBe('20260608-20260612');
    expect(value(segmentsOf(parsed, 'CL1')[0], 3)).toBe('30');
    expect(result.claims[0]?.conditionCodes).toEqual(['92']);
    expect(result.claims[0]?.attendingNpi).toBe(renderingNpi);
    expect(result.claims[0]?.lines.map((l) => [l.revenueCode, ...l.procedure])).toEqual([
      ['0906', 'HC', 'H0015', 'HF'],
      ['0906', 'HC', 'H0015', 'HF'],
      ['0906', 'HC', 'H0015', 'HF'],
    ]);
    expect(value(segmentsOf(parsed, 'GS')[0], 8)).toBe('005010X223A2');
  });

  it('refuses an institutional claim without revenue codes, bill type or attending provider', () => {
    const claim = institutional({ billType: null, attendingProvider: null, lines: institutional().lines.map((l) => ({ ...l, revenueCode: null })) });
    try {
      build837I([claim], envelope);
      expect.unreachable('build837I accepted a claim without bill type');
    } catch (error) {
      expect((error as ClaimExportError).exportIssues.map((i) => i.code)).toEqual(
        expect.arrayContaining(['INVALID_BILL_TYPE', 'MISSING_ATTENDING_PROVIDER', 'MISSING_REVENUE_CODE']),
      );
    }
  });
});

describe('the structural checker', () => {
  it('catches a wrong segment count, a pointer out of range and a missing loop', async () => {
    const text = build837P([professional()], envelope);
    const badCount = check837(await parseIndependently(text.replace(/^SE\*(\d+)\*/m, (_, n: string) => `SE*${Number(n) + 1}*`)), '837P');
    expect(badCount.problems.join(' ')).toMatch(/SE01/);
    const badPointer = check837(await parseIndependently(text.replace('*1:2~', '*1:7~')), '837P');
    expect(badPointer.problems.join(' ')).toMatch(/pointer 7 is out of range/);
    const noPayer = check837(await parseIndependently(text.replace(/NM1\*PR\*[^~]*~\n/, '')), '837P');
    expect(noPayer.problems.join(' ')).toMatch(/2010BB/);
    const badControl = check837(await parseIndependently(text.replace('GE*1*42', 'GE*1*43')), '837P');
    expect(badControl.problems.join(' ')).toMatch(/GE02/);
  });
});
