// Example claims for trying the X12 round trip (README) and for the 835 tests: an organization,
// its two locations, two payers, a clinician, patients with coverage, and claims in the statuses
// the example remittances (test/fixtures/x12/*.835) were written for, with the earlier
// remittances a reversal or an appeal refers to. Fixed, unlike the demo clinic, so the examples
// always pay the same claims. Loaded only into an empty database. Everyone here is fictional.

import type { PrismaClient } from '../db/client.ts';
import { npiCheckDigit } from '../domain/npi.ts';
import { ValidationError } from '../errors.ts';

type Status = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'PAID' | 'PARTIALLY_PAID' | 'DENIED' | 'APPEALED';

interface LineSpec {
  code: string;
  modifiers?: string[];
  charge: string;
  date: string;
  revenueCode?: string;
  pos?: string;
}

interface ClaimSpec {
  pcn: string;
  payer: 'NWHP1' | 'EXMCD';
  status: Status;
  lines: LineSpec[];
  /** An earlier remittance of the claim: payer claim control number, CLP02, charge, paid, patient share. */
  remittance?: [string, string, string, string, string];
}

/** The example claims, with their lines and statuses. */
export const exampleClaims: readonly ClaimSpec[] = [
  { pcn: 'RB0000264', payer: 'NWHP1', status: 'SUBMITTED', lines: [{ code: '90837', modifiers: ['95'], charge: '200.00', date: '2026-06-17', pos: '02' }] },
  {
    pcn: 'RB0003232',
    payer: 'NWHP1',
    status: 'ACCEPTED',
    lines: [
      { code: '99213', charge: '140.00', date: '2026-02-18' },
      { code: '90833', charge: '90.00', date: '2026-02-18' },
    ],
  },
  { pcn: 'RB0000412', payer: 'NWHP1', status: 'SUBMITTED', lines: [{ code: '90837', charge: '200.00', date: '2026-06-15' }] },
  {
    pcn: 'RB0000001',
    payer: 'NWHP1',
    status: 'PAID',
    lines: [{ code: '90853', charge: '75.00', date: '2026-01-12' }],
    remittance: ['NWHP126000000001', '1', '75.00', '12.50', '40.00'],
  },
  {
    pcn: 'RB0000025',
    payer: 'NWHP1',
    status: 'APPEALED',
    lines: [{ code: '90834', modifiers: ['95'], charge: '150.00', date: '2026-06-08', pos: '02' }],
    remittance: ['NWHP126000000021', '4', '150.00', '0.00', '0.00'],
  },
  { pcn: 'RB0000172', payer: 'NWHP1', status: 'DRAFT', lines: [{ code: '90837', charge: '200.00', date: '2026-06-10' }] },
  {
    pcn: 'RB0000002',
    payer: 'NWHP1',
    status: 'PAID',
    lines: [{ code: '90837', charge: '200.00', date: '2026-02-10' }],
    remittance: ['NWHP126000000002', '1', '200.00', '110.00', '30.00'],
  },
  { pcn: 'RB0000006', payer: 'NWHP1', status: 'ACCEPTED', lines: [{ code: '90837', modifiers: ['95'], charge: '200.00', date: '2026-01-02', pos: '02' }] },
  {
    pcn: 'RB0004491',
    payer: 'EXMCD',
    status: 'SUBMITTED',
    lines: ['2026-06-08', '2026-06-10', '2026-06-12'].map((date) => ({ code: 'H0015', modifiers: ['HF'], charge: '320.00', date, revenueCode: '0906' })),
  },
];

function npi(first9: string): string {
  return `${first9}${npiCheckDigit(first9)}`;
}

function cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function money(total: number): string {
  return `${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}`;
}

const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

/**
 * Writes the example claims (and the organization, payers and patients around them) into an
 * empty database, in one transaction.
 *
 * @returns the organization's id
 * @throws ValidationError when the database already holds an organization
 */
export async function loadExampleClaims(db: PrismaClient): Promise<string> {
  if ((await db.organization.count()) > 0) {
    throw ValidationError.of([], 'DATABASE_NOT_EMPTY', 'The example claims go into an empty database; this one already holds an organization.');
  }
  return db.$transaction((tx) => write(tx), { timeout: 60_000 });
}

type Writer = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

async function write(prisma: Writer): Promise<string> {
  const organization = await prisma.organization.create({
    data: { name: 'Riverbend Behavioral Health (fictional example clinic)', groupNpi: npi('258118804'), taxId: '848332684' },
  });
  const address = { addressLine1: '1200 Alder Street, Suite 300', city: 'Portland', state: 'OR', postalCode: '97205' };
  const clinic = await prisma.location.create({
    data: { organizationId: organization.id, name: 'Riverbend Outpatient Clinic', npi: '2233857079', taxId: '848332684', placeOfService: '11', ...address },
  });
  const center = await prisma.location.create({
    data: { organizationId: organization.id, name: 'Riverbend Day Treatment Center', npi: '2801387103', taxId: '848332684', placeOfService: '52', ...address, addressLine1: '455 Larch Avenue' },
  });
  const payers = {
    NWHP1: await prisma.payer.create({ data: { name: 'Northwind Health Plan (fictional)', kind: 'COMMERCIAL', policyId: 'northwind-health', payerCode: 'NWHP1' } }),
    EXMCD: await prisma.payer.create({ data: { name: 'Example State Medicaid (fictional example state)', kind: 'MEDICAID', policyId: 'example-medicaid', payerCode: 'EXMCD' } }),
  };
  const provider = await prisma.provider.create({
    data: { organizationId: organization.id, npi: npi('123456789'), firstName: 'Ana', lastName: 'Example', licensureType: 'PSYCHIATRIST', taxonomyCode: '2084P0800X' },
  });
  for (const [index, spec] of exampleClaims.entries()) {
    const patient = await prisma.patient.create({
      data: {
        organizationId: organization.id,
        mrn: `MRN${index + 1}`,
        firstName: `Pat${index + 1}`,
        lastName: 'Example',
        dateOfBirth: day('1985-05-05'),
        sex: 'UNKNOWN',
        addressLine1: '1 Main Street',
        city: 'Portland',
        state: 'OR',
        postalCode: '97201',
      },
    });
    const payer = payers[spec.payer];
    const coverage = await prisma.coverage.create({
      data: {
        organizationId: organization.id,
        patientId: patient.id,
        payerId: payer.id,
        memberId: `${spec.payer === 'NWHP1' ? 'NWH' : 'EX'}${String(100_000_000 + index)}`,
        planName: 'Test plan',
        effectiveFrom: day('2025-01-01'),
      },
    });
    const institutional = spec.payer === 'EXMCD';
    const dates = spec.lines.map((l) => l.date).sort();
    const claim = await prisma.claim.create({
      data: {
        organizationId: organization.id,
        patientId: patient.id,
        payerId: payer.id,
        coverageId: coverage.id,
        billingLocationId: institutional ? center.id : clinic.id,
        renderingProviderId: provider.id,
        claimType: institutional ? 'INSTITUTIONAL' : 'PROFESSIONAL',
        billType: institutional ? '0761' : null,
        status: spec.status,
        patientControlNumber: spec.pcn,
        serviceFrom: day(dates[0] ?? '2026-01-01'),
        serviceTo: day(dates[dates.length - 1] ?? '2026-01-01'),
        totalCharge: money(spec.lines.reduce((sum, l) => sum + cents(l.charge), 0)),
        diagnoses: { create: [{ position: 1, icd10Code: institutional ? 'F25.0' : 'F33.1' }] },
        lines: {
          create: spec.lines.map((l, i) => ({
            lineNumber: i + 1,
            serviceDate: day(l.date),
            procedureCode: l.code,
            modifiers: l.modifiers ?? [],
            revenueCode: l.revenueCode ?? null,
            units: 1,
            chargeAmount: l.charge,
            placeOfService: institutional ? null : (l.pos ?? '11'),
            diagnosisPointers: [1],
          })),
        },
      },
    });
    if (spec.remittance) {
      const [key, code, charge, paid, patientShare] = spec.remittance;
      await prisma.remittance.create({
        data: {
          organizationId: organization.id,
          claimId: claim.id,
          payerId: payer.id,
          payerClaimControlNumber: key,
          claimStatusCode: code,
          chargeAmount: charge,
          paidAmount: paid,
          patientResponsibility: patientShare,
          traceNumber: 'EFT20260203',
          paidOn: day('2026-02-03'),
        },
      });
    }
  }
  return organization.id;
}
