// buildClaim(overrides): a clean baseline claim snapshot, changed only where a test says. Every
// payer scenario and engine test builds its claims here, so each case states only what differs.
//
// The baseline: one 45-minute individual psychotherapy session (90834) in the office (POS 11) on
// Tuesday 2025-03-04, by an enrolled LCSW, with one depression diagnosis, start and stop times
// documented, on a coverage in force since the start of the year before.

import { addDays } from '../../src/policy/dates.ts';
import type {
  ClaimHeader,
  ClaimLineSnapshot,
  ClaimSnapshot,
  IsoDate,
  LevelOfCare,
  ProgramDaySnapshot,
  ProviderSnapshot,
  SnapshotOverrides,
} from '../../src/policy/types.ts';

export const BASELINE_DATE: IsoDate = '2025-03-04';
export const BASELINE_PROVIDER_ID = 'provider-1';

/** A session from `start` ('HH:MM', UTC) lasting `minutes`, as the line's start and end instants. */
export function session(date: IsoDate, start: string, minutes: number): Pick<ClaimLineSnapshot, 'sessionStart' | 'sessionEnd' | 'minutes'> {
  const begin = Date.parse(`${date}T${start}:00.000Z`);
  return {
    sessionStart: new Date(begin).toISOString(),
    sessionEnd: new Date(begin + minutes * 60_000).toISOString(),
    minutes,
  };
}

function baselineLine(date: IsoDate, lineNumber: number): ClaimLineSnapshot {
  return {
    lineNumber,
    serviceDate: date,
    procedureCode: '90834',
    modifiers: [],
    units: 1,
    charge: '150.00',
    placeOfService: '11',
    diagnosisPointers: [1],
    ...session(date, '15:00', 45),
    telehealth: 'NONE',
    renderingProviderId: null,
    revenueCode: null,
    authorizationId: null,
  };
}

/** An enrolled provider of a licensure type (enrolled with the payer since 2015). */
export function provider(overrides: Partial<ProviderSnapshot> = {}): ProviderSnapshot {
  return {
    id: BASELINE_PROVIDER_ID,
    licensureType: 'LCSW',
    npi: '1234567893',
    taxonomyCode: '1041C0700X',
    enrollments: [{ status: 'ENROLLED', effectiveFrom: '2015-01-01', effectiveTo: null, inNetwork: true }],
    ...overrides,
  };
}

/**
 * A claim snapshot: the baseline with `overrides` applied.
 *
 * @param overrides - what differs from the baseline (see SnapshotOverrides)
 * @param policyId - the policy the coverage names
 */
export function buildClaim(overrides: SnapshotOverrides = {}, policyId = 'test-policy'): ClaimSnapshot {
  const date = overrides.date ?? BASELINE_DATE;
  const lineOverrides = overrides.lines ?? [{}];
  const lines = lineOverrides.map((line, index) => ({
    ...baselineLine(line.serviceDate ?? overrides.line?.serviceDate ?? date, index + 1),
    ...overrides.line,
    ...line,
  }));
  const dates = lines.map((line) => line.serviceDate).sort();
  const serviceFrom = dates[0] ?? date;
  const serviceTo = dates[dates.length - 1] ?? date;
  const claim: ClaimHeader = {
    id: 'claim-1',
    type: 'PROFESSIONAL',
    status: 'DRAFT',
    serviceFrom,
    serviceTo,
    frequencyCode: '1',
    billType: null,
    submittedAt: null,
    renderingProviderId: BASELINE_PROVIDER_ID,
    authorizationId: null,
    ...overrides.claim,
  };
  return {
    claim,
    lines,
    diagnoses: overrides.diagnoses ?? [{ position: 1, code: 'F33.1' }],
    patient: { id: 'patient-1', dateOfBirth: '1985-06-15', ...overrides.patient },
    coverage: {
      payerId: 'payer-1',
      policyId,
      planCode: null,
      memberId: 'M00001',
      effectiveFrom: `${Number(serviceFrom.slice(0, 4)) - 1}-01-01`,
      effectiveTo: null,
      ...overrides.coverage,
    },
    providers: [provider(overrides.provider), ...(overrides.otherProviders ?? [])],
    billingProvider: { npi: '1245319599', taxonomyCode: '261QM0801X', ...overrides.billingProvider },
    authorizations: overrides.authorizations ?? [],
    usage: overrides.usage ?? [],
    programDays: overrides.programDays ?? [],
    episode: overrides.episode ?? null,
    treatmentPlan: overrides.treatmentPlan ?? null,
    part2: { isPart2Record: false, consents: [], ...overrides.part2 },
  };
}

/** The day a built claim is judged on by default: a week after its last date of service. */
export function defaultToday(snapshot: ClaimSnapshot): IsoDate {
  return addDays(snapshot.claim.serviceTo, 7);
}

/** Line fields of a service that is not time-based: no minutes, no session times. */
export const UNTIMED = { minutes: null, sessionStart: null, sessionEnd: null } as const;

/**
 * Program days of `level`, one per entry of `hours` (date -> hours of services), each made of
 * one-hour services and the remainder.
 */
export function programDays(level: LevelOfCare, hours: Readonly<Record<IsoDate, number>>): ProgramDaySnapshot[] {
  return Object.entries(hours).map(([date, h]) => {
    const services: ProgramDaySnapshot['services'][number][] = [];
    for (let left = Math.round(h * 60); left > 0; left -= 60) {
      services.push({ code: '90853', minutes: Math.min(60, left) });
    }
    return { date, levelOfCare: level, services };
  });
}
