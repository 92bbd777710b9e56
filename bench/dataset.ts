// The benchmark's dataset: one large, deterministic clinic group on PostgreSQL (by default
// 100,000 claims with 300,000 lines, 2,000 providers, 20,000 patients, coverages, provider
// enrollments, authorizations, remittances with their adjustments). Every row is a pure function
// of its index (a stateless hash, no shared random stream), so the same version always builds the
// same rows, chunk by chunk, and PostgreSQL turns each chunk of JSON into typed rows itself
// (json_populate_recordset, as the demo seed does). The schema comes from the project's own
// migrations. A marker row (schema "bench", out of PostGraphile's and Prisma's sight) records what
// was built, so later runs reuse the database; `rebuild` starts over.

import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { addDays } from '../src/domain/dates.ts';
import { npiCheckDigit } from '../src/domain/npi.ts';

/** Bump when the generator changes: an existing dataset of another version is rebuilt. */
export const datasetVersion = 'bench-dataset-1';

/** The "today" of the data: services run for two years up to the day before. */
export const anchorDate = '2026-06-30';

/** The organization every generated row belongs to, and the administrator the servers act for. */
export const benchOrganizationId = '0b000000-0000-4000-8000-000000000001';
export const benchAdminSubject = 'bench-admin';

export interface DatasetSize {
  claims: number;
  patients: number;
  providers: number;
}

export const defaultSize: DatasetSize = { claims: 100_000, patients: 20_000, providers: 2_000 };

export interface DatasetInfo {
  version: string;
  builtAt: string;
  /** Seconds the build took. */
  seconds: number;
  /** Rows per table. */
  counts: Record<string, number>;
  /** Whether this run built it (false: an existing dataset was reused). */
  built: boolean;
}

// ---------------------------------------------------------------------------------------------
// Deterministic values
// ---------------------------------------------------------------------------------------------

/** A stateless hash of (stream, index, draw) to [0, 1): each value depends on nothing else. */
function unit(stream: number, index: number, draw = 0): number {
  let x = Math.imul(stream ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(draw + 0x27d4eb2f, 0x165667b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

function pick<T>(list: readonly T[], u: number): T {
  return list[Math.floor(u * list.length)] as T;
}

/** Picks from weighted choices with a uniform draw. */
function weighted<T>(choices: ReadonlyArray<readonly [T, number]>, u: number): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let x = u * total;
  for (const [value, w] of choices) {
    if (x < w) {
      return value;
    }
    x -= w;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

/** A deterministic, well-formed (version 4 shaped) UUID: a table prefix and the row's index. */
function uuid(prefix: string, index: number): string {
  return `${prefix}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

const ids = {
  location: (i: number) => uuid('10c00000', i),
  program: (i: number) => uuid('20000000', i),
  payer: (i: number) => uuid('a0000000', i),
  provider: (i: number) => uuid('b0000000', i),
  license: (i: number) => uuid('b2000000', i),
  enrollment: (i: number) => uuid('b1000000', i),
  user: (i: number) => uuid('e0000000', i),
  patient: (i: number) => uuid('d0000000', i),
  coverage: (i: number) => uuid('d1000000', i),
  diagnosis: (i: number) => uuid('d2000000', i),
  authorization: (i: number) => uuid('a1000000', i),
  claim: (i: number) => uuid('c0000000', i),
  claimDiagnosis: (i: number) => uuid('c1000000', i),
  claimLine: (i: number) => uuid('c2000000', i),
  remittance: (i: number) => uuid('f0000000', i),
  adjustment: (i: number) => uuid('f1000000', i),
};

/** An NPI with a valid check digit: `lead` (two digits) and a seven-digit serial. */
function npi(lead: string, serial: number): string {
  const first9 = `${lead}${serial.toString().padStart(7, '0')}`;
  return `${first9}${npiCheckDigit(first9)}`;
}

const createdAt = '2024-06-01T00:00:00.000Z';

// The five payers of the demo clinic, judged by the installed policy plugins.
const payers = [
  { key: 'medicare', name: 'Medicare Part B', kind: 'MEDICARE', payerCode: 'MCRPB', plan: 'Medicare Part B', share: 20 },
  { key: 'example-medicaid', name: 'Example State Medicaid (fictional example state)', kind: 'MEDICAID', payerCode: 'EXMCD', plan: 'Medicaid FFS', share: 30 },
  { key: 'northwind-health', name: 'Northwind Health Plan (fictional)', kind: 'COMMERCIAL', payerCode: 'NWHP1', plan: 'Northwind PPO', share: 20 },
  { key: 'cascade-mutual', name: 'Cascade Mutual Insurance (fictional)', kind: 'COMMERCIAL', payerCode: 'CSCM1', plan: 'Cascade Choice', share: 15 },
  { key: 'harbor-choice', name: 'Harbor Choice Health (fictional)', kind: 'COMMERCIAL', payerCode: 'HRBR1', plan: 'Harbor Choice HMO', share: 15 },
] as const;
const payerWeights = payers.map((p, i) => [i, p.share] as const);
/** Payers whose outpatient psychotherapy the dataset authorizes in advance. */
const authorizingPayers = new Set(['example-medicaid', 'cascade-mutual', 'northwind-health']);

const licensures = [
  ['LCSW', 30, '1041C0700X'],
  ['LPC_LMHC', 25, '101YP2500X'],
  ['PSYCHOLOGIST', 15, '103T00000X'],
  ['LMFT', 12, '106H00000X'],
  ['PSYCHIATRIST', 8, '2084P0800X'],
  ['PSYCHIATRIC_NP', 10, '363LP0808X'],
] as const;
const medicaidModifier: Record<string, string | undefined> = { PSYCHOLOGIST: 'HP', LCSW: 'HO', LPC_LMHC: 'HO', LMFT: 'HO' };

const services = [
  { code: '90834', minutes: 45, charge: 150, weight: 35 },
  { code: '90837', minutes: 60, charge: 200, weight: 25 },
  { code: '90832', minutes: 30, charge: 110, weight: 15 },
  { code: '90847', minutes: 50, charge: 170, weight: 10 },
  { code: '90846', minutes: 50, charge: 160, weight: 5 },
  { code: '90853', minutes: 60, charge: 60, weight: 10 },
] as const;
const serviceWeights = services.map((s, i) => [i, s.weight] as const);
const icd10 = ['F33.1', 'F41.1', 'F43.10', 'F32.1', 'F90.0', 'F31.81', 'F42.2', 'F43.23', 'F41.0', 'F33.0'] as const;

const firstNames = ['Avery', 'Jordan', 'Riley', 'Morgan', 'Casey', 'Quinn', 'Rowan', 'Harper', 'Emerson', 'Finley', 'Sage', 'Reese', 'Dakota', 'Skyler', 'Parker', 'Elliot', 'Hayden', 'Jamie', 'Kendall', 'Logan'] as const;
const lastNames = ['Alder', 'Birch', 'Cedar', 'Dalton', 'Ellis', 'Fairbanks', 'Garner', 'Holloway', 'Ingram', 'Jensen', 'Keller', 'Lindqvist', 'Marsh', 'Norwood', 'Okafor', 'Pryce', 'Quimby', 'Ramirez', 'Sato', 'Thornton', 'Underhill', 'Vance', 'Whitfield', 'Yates', 'Zeller'] as const;
const cities = [
  ['Portland', '97201'],
  ['Salem', '97301'],
  ['Eugene', '97401'],
  ['Bend', '97701'],
  ['Medford', '97501'],
] as const;

// ---------------------------------------------------------------------------------------------
// Entities as functions of their index
// ---------------------------------------------------------------------------------------------

const S = { patient: 1, provider: 2, claim: 3, line: 4, remit: 5 } as const;

function providerOf(i: number) {
  const [licensureType, , taxonomyCode] = weighted(
    licensures.map((l) => [l, l[1]] as const),
    unit(S.provider, i),
  );
  return {
    id: ids.provider(i),
    organizationId: benchOrganizationId,
    npi: npi('15', i),
    firstName: pick(firstNames, unit(S.provider, i, 1)),
    lastName: `${pick(lastNames, unit(S.provider, i, 2))}-${i}`,
    licensureType,
    taxonomyCode,
    active: true,
    createdAt,
    updatedAt: createdAt,
  };
}

function patientPayer(p: number): (typeof payers)[number] & { index: number } {
  const index = weighted(payerWeights, unit(S.patient, p, 9));
  return { ...(payers[index] as (typeof payers)[number]), index };
}

/** A Medicare beneficiary identifier shaped as CMS assigns them (no S, L, O, I, B, Z). */
function mbi(p: number): string {
  const letters = 'ACDEFGHJKMNPQRTUVWXY';
  const digit = (k: number) => String(Math.floor(unit(S.patient, p, 20 + k) * 10));
  const letter = (k: number) => letters[Math.floor(unit(S.patient, p, 20 + k) * letters.length)] as string;
  return `${1 + Math.floor(unit(S.patient, p, 19) * 9)}${letter(1)}${letter(2)}${digit(3)}${letter(4)}${letter(5)}${digit(6)}${letter(7)}${letter(8)}${digit(9)}${digit(10)}`;
}

function patientOf(p: number) {
  const [city, postalCode] = pick(cities, unit(S.patient, p, 3));
  const birthYear = 1950 + Math.floor(unit(S.patient, p, 4) * 55);
  return {
    id: ids.patient(p),
    organizationId: benchOrganizationId,
    mrn: `B${p.toString().padStart(7, '0')}`,
    firstName: pick(firstNames, unit(S.patient, p, 1)),
    lastName: pick(lastNames, unit(S.patient, p, 2)),
    dateOfBirth: addDays(`${birthYear}-01-01`, Math.floor(unit(S.patient, p, 5) * 364)),
    sex: unit(S.patient, p, 6) < 0.52 ? 'FEMALE' : 'MALE',
    addressLine1: `${100 + (p % 9000)} ${pick(lastNames, unit(S.patient, p, 7))} Street`,
    city,
    state: 'OR',
    postalCode,
    phone: `503555${(p % 10000).toString().padStart(4, '0')}`,
    createdAt,
  };
}

/** The provider a patient sees, and the service they usually get. */
function patientCare(p: number) {
  return {
    provider: Math.floor(unit(S.patient, p, 10) * 1_000_003) % sizeInUse.providers,
    service: weighted(serviceWeights, unit(S.patient, p, 11)),
    diagnosis: pick(icd10, unit(S.patient, p, 12)),
    telehealth: unit(S.patient, p, 13) < 0.15,
  };
}

type ClaimStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'DENIED' | 'PARTIALLY_PAID' | 'PAID' | 'APPEALED' | 'WRITTEN_OFF';
const denialReasons = [
  ['197', 'N54'],
  ['50', 'N115'],
  ['29', 'N211'],
  ['16', 'M76'],
  ['96', 'N130'],
] as const;

function claimStatus(age: number, u: number): ClaimStatus {
  if (age < 10) {
    return weighted<ClaimStatus>([['DRAFT', 60], ['SUBMITTED', 40]], u);
  }
  if (age < 45) {
    return weighted<ClaimStatus>([['DRAFT', 5], ['SUBMITTED', 25], ['ACCEPTED', 30], ['PAID', 30], ['DENIED', 10]], u);
  }
  return weighted<ClaimStatus>(
    [['SUBMITTED', 2], ['ACCEPTED', 4], ['PAID', 64], ['DENIED', 14], ['PARTIALLY_PAID', 8], ['APPEALED', 4], ['WRITTEN_OFF', 4]],
    u,
  );
}

/** Claim `i`: patient i mod patients (five or so claims each), four, three or two weekly visits. */
function claimOf(i: number) {
  const p = i % sizeInUse.patients;
  const payer = patientPayer(p);
  const care = patientCare(p);
  const service = services[care.service] as (typeof services)[number];
  const provider = providerOf(care.provider);
  const lineCount = 4 - (i % 3);
  const age = 14 * (lineCount - 1) + Math.floor(unit(S.claim, i) * 716);
  const serviceFrom = addDays(anchorDate, -age);
  const serviceTo = addDays(serviceFrom, 7 * (lineCount - 1));
  const status = claimStatus(age - 7 * (lineCount - 1), unit(S.claim, i, 1));
  const modifiers = [
    ...(payer.key === 'example-medicaid' && medicaidModifier[provider.licensureType] ? [medicaidModifier[provider.licensureType] as string] : []),
    ...(care.telehealth ? ['95'] : []),
  ];
  const charge = service.charge * lineCount;
  const submittedAt = status === 'DRAFT' ? null : `${addDays(serviceTo, 2 + Math.floor(unit(S.claim, i, 2) * 4))}T17:00:00.000Z`;
  return { i, p, payer, care, service, provider, lineCount, serviceFrom, serviceTo, status, modifiers, charge, submittedAt };
}

type Claim = ReturnType<typeof claimOf>;
const remitted = new Set<ClaimStatus>(['PAID', 'PARTIALLY_PAID', 'DENIED', 'APPEALED', 'WRITTEN_OFF']);

function claimRow(c: Claim) {
  return {
    id: ids.claim(c.i),
    organizationId: benchOrganizationId,
    patientId: ids.patient(c.p),
    payerId: ids.payer(c.payer.index),
    coverageId: ids.coverage(c.p),
    billingLocationId: ids.location(c.p % 4),
    renderingProviderId: c.provider.id,
    authorizationId: authorizingPayers.has(c.payer.key) ? ids.authorization(c.p) : null,
    claimType: 'PROFESSIONAL',
    status: c.status,
    patientControlNumber: `BN${c.i.toString().padStart(8, '0')}`,
    frequencyCode: '1',
    serviceFrom: c.serviceFrom,
    serviceTo: c.serviceTo,
    totalCharge: c.charge.toFixed(2),
    submittedAt: c.submittedAt,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

function lineRows(c: Claim) {
  return Array.from({ length: c.lineCount }, (_, k) => ({
    id: ids.claimLine(c.i * 4 + k),
    claimId: ids.claim(c.i),
    lineNumber: k + 1,
    serviceDate: addDays(c.serviceFrom, 7 * k),
    procedureCode: c.service.code,
    modifiers: c.modifiers,
    units: 1,
    chargeAmount: c.service.charge.toFixed(2),
    placeOfService: c.care.telehealth ? '10' : '11',
    diagnosisPointers: [1],
    renderingProviderId: c.provider.id,
    authorizationId: authorizingPayers.has(c.payer.key) ? ids.authorization(c.p) : null,
    minutes: c.service.minutes,
  }));
}

function remittanceRows(c: Claim) {
  if (!remitted.has(c.status) || c.submittedAt === null) {
    return { remittance: [], adjustments: [] };
  }
  const paidShare = c.status === 'PAID' ? 0.7 : c.status === 'PARTIALLY_PAID' ? 0.35 : 0;
  const paid = Math.round(c.charge * paidShare * 100) / 100;
  const patient = paidShare > 0 ? Math.round(c.charge * 0.1 * 100) / 100 : 0;
  const denied = paidShare === 0;
  const [carc, rarc] = pick(denialReasons, unit(S.remit, c.i));
  const id = ids.remittance(c.i);
  const remittance = {
    id,
    organizationId: benchOrganizationId,
    claimId: ids.claim(c.i),
    payerId: ids.payer(c.payer.index),
    payerClaimControlNumber: `BENCH${c.i.toString().padStart(9, '0')}`,
    claimStatusCode: denied ? '4' : '1',
    chargeAmount: c.charge.toFixed(2),
    paidAmount: paid.toFixed(2),
    patientResponsibility: patient.toFixed(2),
    traceNumber: `T${(c.i % 5000).toString().padStart(6, '0')}`,
    paidOn: addDays(c.submittedAt.slice(0, 10), 14 + Math.floor(unit(S.remit, c.i, 1) * 30)),
    remarkCodes: denied ? [rarc] : [],
    createdAt,
  };
  const adjustments = denied
    ? [{ id: ids.adjustment(c.i * 2), remittanceId: id, groupCode: 'CO', reasonCode: carc, amount: c.charge.toFixed(2), quantity: null }]
    : [
        { id: ids.adjustment(c.i * 2), remittanceId: id, groupCode: 'CO', reasonCode: '45', amount: (c.charge - paid - patient).toFixed(2), quantity: null },
        { id: ids.adjustment(c.i * 2 + 1), remittanceId: id, groupCode: 'PR', reasonCode: '2', amount: patient.toFixed(2), quantity: null },
      ];
  return { remittance: [remittance], adjustments };
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

let sizeInUse: DatasetSize = defaultSize;

interface TableSpec {
  table: string;
  /** Number of source items (rows, or claims for the tables derived from claims). */
  items: number;
  rows(from: number, to: number): object[];
}

function range<T>(from: number, to: number, f: (i: number) => T): T[] {
  return Array.from({ length: to - from }, (_, k) => f(from + k));
}

function claimsBetween(from: number, to: number): Claim[] {
  return range(from, to, claimOf);
}

function tables(size: DatasetSize): TableSpec[] {
  return [
    {
      table: 'Organization',
      items: 1,
      rows: () => [{ id: benchOrganizationId, name: 'Benchmark Behavioral Health Group (generated)', groupNpi: npi('17', 1), taxId: '930000001', createdAt }],
    },
    {
      table: 'Location',
      items: 4,
      rows: (from, to) =>
        range(from, to, (i) => ({
          id: ids.location(i),
          organizationId: benchOrganizationId,
          name: `${(cities[i] as (typeof cities)[number])[0]} Outpatient Clinic`,
          npi: npi('16', i),
          taxId: '930000001',
          addressLine1: `${200 + i} Main Street`,
          city: (cities[i] as (typeof cities)[number])[0],
          state: 'OR',
          postalCode: (cities[i] as (typeof cities)[number])[1],
          placeOfService: '11',
          createdAt,
        })),
    },
    {
      table: 'Program',
      items: 1,
      rows: () => [{ id: ids.program(0), organizationId: benchOrganizationId, locationId: ids.location(0), name: 'Outpatient therapy', isPart2: false, levelsOfCare: ['OUTPATIENT'], createdAt }],
    },
    {
      table: 'Payer',
      items: payers.length,
      rows: (from, to) =>
        range(from, to, (i) => {
          const p = payers[i] as (typeof payers)[number];
          return { id: ids.payer(i), name: p.name, kind: p.kind, policyId: p.key, payerCode: p.payerCode, createdAt };
        }),
    },
    { table: 'Provider', items: size.providers, rows: (from, to) => range(from, to, providerOf) },
    {
      table: 'ProviderLicense',
      items: size.providers,
      rows: (from, to) =>
        range(from, to, (i) => ({
          id: ids.license(i),
          providerId: ids.provider(i),
          state: 'OR',
          number: `OR-${100000 + i}`,
          licensureType: providerOf(i).licensureType,
          issuedOn: '2015-01-01',
          expiresOn: '2028-12-31',
        })),
    },
    {
      table: 'ProviderEnrollment',
      items: size.providers * payers.length,
      rows: (from, to) =>
        range(from, to, (k) => {
          const provider = Math.floor(k / payers.length);
          const payer = k % payers.length;
          return {
            id: ids.enrollment(k),
            providerId: ids.provider(provider),
            payerId: ids.payer(payer),
            status: 'ENROLLED',
            inNetwork: true,
            payerProviderId: `${(payers[payer] as (typeof payers)[number]).payerCode}-${provider}`,
            effectiveFrom: '2022-01-01',
            version: 1,
            createdAt,
            updatedAt: createdAt,
          };
        }),
    },
    {
      table: 'UserAccount',
      items: 1,
      rows: () => [{ id: ids.user(0), organizationId: benchOrganizationId, subject: benchAdminSubject, displayName: 'Benchmark administrator', createdAt }],
    },
    { table: 'Patient', items: size.patients, rows: (from, to) => range(from, to, patientOf) },
    {
      table: 'Coverage',
      items: size.patients,
      rows: (from, to) =>
        range(from, to, (p) => {
          const payer = patientPayer(p);
          return {
            id: ids.coverage(p),
            organizationId: benchOrganizationId,
            patientId: ids.patient(p),
            payerId: ids.payer(payer.index),
            memberId: payer.key === 'medicare' ? mbi(p) : `${payer.payerCode.slice(0, 3)}${(100_000_000 + p).toString()}`,
            planName: payer.plan,
            relationship: 'SELF',
            priority: 1,
            effectiveFrom: '2023-01-01',
            version: 1,
            createdAt,
            updatedAt: createdAt,
          };
        }),
    },
    {
      table: 'Diagnosis',
      items: size.patients,
      rows: (from, to) =>
        range(from, to, (p) => ({ id: ids.diagnosis(p), patientId: ids.patient(p), icd10Code: patientCare(p).diagnosis, onsetDate: '2023-06-01', createdAt })),
    },
    {
      table: 'Authorization',
      items: size.patients,
      rows: (from, to) =>
        range(from, to, (p) => p)
          .filter((p) => authorizingPayers.has(patientPayer(p).key))
          .map((p) => {
            const payer = patientPayer(p);
            const care = patientCare(p);
            return {
              id: ids.authorization(p),
              patientId: ids.patient(p),
              payerId: ids.payer(payer.index),
              coverageId: ids.coverage(p),
              providerId: ids.provider(care.provider),
              authNumber: `AUTH${p.toString().padStart(8, '0')}`,
              procedureCodes: [(services[care.service] as (typeof services)[number]).code],
              unitType: 'VISITS',
              unitsRequested: 60,
              unitsApproved: 60,
              startDate: addDays(anchorDate, -740),
              endDate: addDays(anchorDate, 180),
              status: 'APPROVED',
              requestedAt: '2024-06-01T15:00:00.000Z',
              decidedAt: '2024-06-03T15:00:00.000Z',
              version: 1,
              createdAt,
              updatedAt: createdAt,
            };
          }),
    },
    { table: 'Claim', items: size.claims, rows: (from, to) => claimsBetween(from, to).map(claimRow) },
    {
      table: 'ClaimDiagnosis',
      items: size.claims,
      rows: (from, to) =>
        claimsBetween(from, to).map((c) => ({ id: ids.claimDiagnosis(c.i), claimId: ids.claim(c.i), position: 1, icd10Code: c.care.diagnosis })),
    },
    { table: 'ClaimLine', items: size.claims, rows: (from, to) => claimsBetween(from, to).flatMap(lineRows) },
    { table: 'Remittance', items: size.claims, rows: (from, to) => claimsBetween(from, to).flatMap((c) => remittanceRows(c).remittance) },
    {
      table: 'RemittanceAdjustment',
      items: size.claims,
      rows: (from, to) => claimsBetween(from, to).flatMap((c) => remittanceRows(c).adjustments),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Build or reuse
// ---------------------------------------------------------------------------------------------

/** The URL of the server's maintenance database (to create and drop the benchmark's). */
export function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

async function readMarker(databaseUrl: string): Promise<DatasetInfo | null> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(databaseUrl) });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(databaseUrl)]);
    if (exists.rowCount === 0) {
      return null;
    }
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('bench.dataset') IS NOT NULL AS present`);
    if (!(table.rows[0] as { present: boolean }).present) {
      return null;
    }
    const marker = await client.query('SELECT version, built_at, seconds, counts FROM bench.dataset LIMIT 1');
    const row = marker.rows[0] as { version: string; built_at: Date; seconds: number; counts: Record<string, number> } | undefined;
    return row ? { version: row.version, builtAt: row.built_at.toISOString(), seconds: row.seconds, counts: row.counts, built: false } : null;
  } finally {
    await client.end();
  }
}

/**
 * Makes sure the benchmark database holds the dataset of this version: reuses it when its marker
 * says so (applying any newer migration), builds it from scratch otherwise or when asked.
 *
 * @param databaseUrl - the benchmark's own database (dropped and recreated on a build)
 * @param options - rebuild: start over even when a dataset exists; size: rows to generate
 */
export async function ensureDataset(
  databaseUrl: string,
  options: { rebuild?: boolean; size?: DatasetSize; log?: (line: string) => void } = {},
): Promise<DatasetInfo> {
  const log = options.log ?? ((line: string) => console.log(line));
  const size = options.size ?? defaultSize;
  const existing = options.rebuild ? null : await readMarker(databaseUrl);
  const wanted = `${datasetVersion}:${size.claims}/${size.patients}/${size.providers}`;
  if (existing && existing.version === wanted) {
    const applied = await migrate(databaseUrl);
    if (applied.length > 0) {
      log(`Applied ${applied.length} newer migration(s) to the existing dataset: ${applied.join(', ')}`);
    }
    return existing;
  }
  if (existing) {
    log(`The existing dataset is ${existing.version}; building ${wanted} instead.`);
  }
  return build(databaseUrl, size, wanted, log);
}

async function migrate(databaseUrl: string): Promise<string[]> {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  return applyMigrations(factory);
}

async function build(databaseUrl: string, size: DatasetSize, version: string, log: (line: string) => void): Promise<DatasetInfo> {
  const started = Date.now();
  const name = databaseName(databaseUrl);
  const admin = new pg.Client({ connectionString: maintenanceUrl(databaseUrl) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  const applied = await migrate(databaseUrl);
  log(`Created database ${name} and applied ${applied.length} migration(s).`);
  log(`Building the dataset (${size.claims.toLocaleString('en-US')} claims; under a minute on 2 cores)...`);

  sizeInUse = size;
  const specs = tables(size);
  const chunk = 2_500;
  const totalItems = specs.reduce((sum, s) => sum + s.items, 0);
  const bar = new SingleBar(
    { format: 'Building the dataset [{bar}] {percentage}% | {table} | {rows} rows | {duration}s', hideCursor: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  const counts: Record<string, number> = {};
  let rows = 0;
  bar.start(totalItems, 0, { table: '', rows: 0 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SET synchronous_commit = off');
    await client.query('BEGIN');
    for (const spec of specs) {
      const columns = await client.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [spec.table],
      );
      const known = new Set(columns.rows.map((r: { column_name: string }) => r.column_name));
      counts[spec.table] = 0;
      for (let from = 0; from < spec.items; from += chunk) {
        const to = Math.min(spec.items, from + chunk);
        const batch = spec.rows(from, to);
        if (batch.length > 0) {
          const names = Object.keys(batch[0] as object);
          const unknown = names.filter((n) => !known.has(n));
          if (unknown.length > 0) {
            throw new Error(`table "${spec.table}" has no column ${unknown.join(', ')}: update bench/dataset.ts for the schema`);
          }
          const list = names.map((n) => `"${n}"`).join(', ');
          await client.query(
            `INSERT INTO "${spec.table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${spec.table}", $1::json)`,
            [JSON.stringify(batch)],
          );
        }
        counts[spec.table] = (counts[spec.table] ?? 0) + batch.length;
        rows += batch.length;
        bar.increment(to - from, { table: spec.table, rows });
      }
    }
    await client.query('COMMIT');
    bar.update({ table: 'VACUUM ANALYZE', rows });
    await client.query('VACUUM ANALYZE');
    const seconds = (Date.now() - started) / 1000;
    await client.query('CREATE SCHEMA IF NOT EXISTS bench');
    await client.query('CREATE TABLE bench.dataset (version text NOT NULL, built_at timestamptz NOT NULL, seconds real NOT NULL, counts jsonb NOT NULL)');
    await client.query('INSERT INTO bench.dataset VALUES ($1, now(), $2, $3)', [version, seconds, JSON.stringify(counts)]);
    bar.stop();
    log(`Built ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s.`);
    return { version, builtAt: new Date().toISOString(), seconds, counts, built: true };
  } catch (error) {
    bar.stop();
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
