// The demo clinic group: fictional people, real code shapes. Built in memory from a seed and an
// anchor date (the "today" of the data), so the same inputs always give the same rows.
// Codes are numbers only (no CPT descriptors); ICD-10-CM and HCPCS Level II are public domain.

import type { Prisma } from '../generated/prisma/client.ts';
import { chargeFor } from '../domain/charge-master.ts';
import { addDays, dateValue, dayOfWeek, isoDate } from '../domain/dates.ts';
import { assembleSnapshots, type ClaimSource, type SnapshotSources } from '../loaders/claim-snapshots.ts';
import { describePolicy } from '../policy/describe.ts';
import { evaluate, type PolicyRegistry } from '../policy/engine.ts';
import type { Finding } from '../policy/types.ts';
import { SeededRandom } from './random.ts';

type LicensureType = Prisma.ProviderCreateManyInput['licensureType'];
type LevelOfCare = Prisma.EpisodeCreateManyInput['levelOfCare'];
type ClaimStatus = NonNullable<Prisma.ClaimCreateManyInput['status']>;

export interface DemoClinicOptions {
  /** Seed of the random generator. */
  seed?: number;
  /** The "today" of the demo data, YYYY-MM-DD: six months of history end the day before. */
  anchorDate: string;
  /** Number of patients (about 400 by default). */
  patients?: number;
}

/** Every row of the demo clinic, in the order they must be inserted. */
export interface DemoClinic {
  organizations: Prisma.OrganizationCreateManyInput[];
  locations: Prisma.LocationCreateManyInput[];
  programs: Prisma.ProgramCreateManyInput[];
  payers: Prisma.PayerCreateManyInput[];
  providers: Prisma.ProviderCreateManyInput[];
  programProviders: Prisma.ProgramProviderCreateManyInput[];
  providerLicenses: Prisma.ProviderLicenseCreateManyInput[];
  providerEnrollments: Prisma.ProviderEnrollmentCreateManyInput[];
  userAccounts: Prisma.UserAccountCreateManyInput[];
  programMemberships: Prisma.ProgramMembershipCreateManyInput[];
  patients: Prisma.PatientCreateManyInput[];
  coverages: Prisma.CoverageCreateManyInput[];
  part2Consents: Prisma.Part2ConsentCreateManyInput[];
  diagnoses: Prisma.DiagnosisCreateManyInput[];
  episodes: Prisma.EpisodeCreateManyInput[];
  levelOfCareTransitions: Prisma.LevelOfCareTransitionCreateManyInput[];
  authorizations: Prisma.AuthorizationCreateManyInput[];
  concurrentReviews: Prisma.ConcurrentReviewCreateManyInput[];
  treatmentPlans: Prisma.TreatmentPlanCreateManyInput[];
  sessions: Prisma.SessionCreateManyInput[];
  programDays: Prisma.ProgramDayCreateManyInput[];
  programDayServices: Prisma.ProgramDayServiceCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  claimDiagnoses: Prisma.ClaimDiagnosisCreateManyInput[];
  claimLines: Prisma.ClaimLineCreateManyInput[];
  claimStatusChanges: Prisma.ClaimStatusChangeCreateManyInput[];
  remittances: Prisma.RemittanceCreateManyInput[];
  remittanceServiceLines: Prisma.RemittanceServiceLineCreateManyInput[];
  remittanceAdjustments: Prisma.RemittanceAdjustmentCreateManyInput[];
  appeals: Prisma.AppealCreateManyInput[];
}

export const demoTables: ReadonlyArray<keyof DemoClinic> = [
  'organizations',
  'locations',
  'programs',
  'payers',
  'providers',
  'programProviders',
  'providerLicenses',
  'providerEnrollments',
  'userAccounts',
  'programMemberships',
  'patients',
  'coverages',
  'part2Consents',
  'diagnoses',
  'episodes',
  'levelOfCareTransitions',
  'authorizations',
  'concurrentReviews',
  'treatmentPlans',
  'sessions',
  'programDays',
  'programDayServices',
  'claims',
  'claimDiagnoses',
  'claimLines',
  'claimStatusChanges',
  'remittances',
  'remittanceServiceLines',
  'remittanceAdjustments',
  'appeals',
];

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

/** The demo payers; `policyId` names the plugin in payers/. Commercial plans are fictional. */
export const demoPayers = [
  { key: 'medicare', name: 'Medicare Part B', kind: 'MEDICARE', payerCode: 'MCRPB' },
  {
    key: 'example-medicaid',
    name: 'Example State Medicaid (fictional example state)',
    kind: 'MEDICAID',
    payerCode: 'EXMCD',
  },
  { key: 'northwind-health', name: 'Northwind Health Plan (fictional)', kind: 'COMMERCIAL', payerCode: 'NWHP1' },
  { key: 'cascade-mutual', name: 'Cascade Mutual Insurance (fictional)', kind: 'COMMERCIAL', payerCode: 'CSCM1' },
  { key: 'harbor-choice', name: 'Harbor Choice Health (fictional)', kind: 'COMMERCIAL', payerCode: 'HRBR1' },
] as const;
type PayerKey = (typeof demoPayers)[number]['key'];

const memberPrefix: Record<PayerKey, string> = {
  medicare: '',
  'example-medicaid': 'EX',
  'northwind-health': 'NWH',
  'cascade-mutual': 'CMI',
  'harbor-choice': 'HCH',
};

const planNames: Record<PayerKey, string> = {
  medicare: 'Original Medicare Part B',
  'example-medicaid': 'Example State Medicaid fee-for-service',
  'northwind-health': 'Northwind Choice PPO',
  'cascade-mutual': 'Cascade Mutual Gold',
  'harbor-choice': 'Harbor Choice Open Access',
};

/** Provider mix: about 25 clinicians across every licensure type. */
const staffing: ReadonlyArray<{ type: LicensureType; count: number; taxonomy: string; programs: string[] }> = [
  { type: 'PSYCHIATRIST', count: 3, taxonomy: '2084P0800X', programs: ['op', 'day'] },
  { type: 'PSYCHOLOGIST', count: 3, taxonomy: '103T00000X', programs: ['op'] },
  { type: 'LCSW', count: 5, taxonomy: '1041C0700X', programs: ['op', 'day'] },
  { type: 'LPC_LMHC', count: 4, taxonomy: '101YP2500X', programs: ['op'] },
  { type: 'LMFT', count: 3, taxonomy: '106H00000X', programs: ['op'] },
  { type: 'PSYCHIATRIC_NP', count: 2, taxonomy: '363LP0808X', programs: ['op', 'sud'] },
  { type: 'PA', count: 1, taxonomy: '363A00000X', programs: ['day'] },
  { type: 'ADDICTION_COUNSELOR', count: 3, taxonomy: '101YA0400X', programs: ['sud'] },
  { type: 'PEER_SPECIALIST', count: 1, taxonomy: '175T00000X', programs: ['sud'] },
];

const prescribers: ReadonlySet<LicensureType> = new Set(['PSYCHIATRIST', 'PSYCHIATRIC_NP', 'PA']);
const mastersLevel: ReadonlySet<LicensureType> = new Set(['LCSW', 'LPC_LMHC', 'LMFT', 'ADDICTION_COUNSELOR']);

const mentalHealthDx = ['F32.1', 'F32.2', 'F33.1', 'F41.1', 'F41.0', 'F43.10', 'F43.12', 'F43.21', 'F43.23', 'F90.2', 'F42.2'];
const severeMentalHealthDx = ['F33.2', 'F31.81', 'F31.9', 'F43.12', 'F60.3', 'F25.0', 'F20.9'];
const substanceUseDx = ['F10.20', 'F10.10', 'F11.20', 'F11.21', 'F12.20', 'F14.20', 'F15.20', 'F10.230', 'F13.20'];

/** Typical payer allowances, as a share of charges, for the demo remittances. */
const allowedShare: Record<PayerKey, number> = {
  medicare: 0.52,
  'example-medicaid': 0.45,
  'northwind-health': 0.7,
  'cascade-mutual': 0.66,
  'harbor-choice': 0.74,
};

/** Why a payer denied a demo claim: the CARC (and RARC) it sends, and a note for the history. */
interface DenialReason {
  carc: string;
  rarc: string | undefined;
  note: string;
  /** The policy rule that predicted the denial, when one did. */
  ruleId: string | null;
}

/**
 * Denials no policy rule predicts (a payer's medical-necessity review, a diagnosis it would not
 * accept): a few of the claims Parity judged clean are denied all the same, as in real life.
 */
const unpredictedDenials: readonly DenialReason[] = [
  { carc: '50', rarc: undefined, note: 'not deemed medically necessary', ruleId: null },
  { carc: '16', rarc: 'M76', note: 'missing or invalid diagnosis', ruleId: null },
];
/** The payer paid some lines and refused the last one: its authorized units ran out. */
const lastLineDenial: DenialReason = { carc: '198', rarc: 'N362', note: 'authorized units used up', ruleId: null };

/** The denial a payer sends for a deny finding of its policy. */
function denialFor(finding: Finding): DenialReason {
  return { carc: finding.carc ?? '16', rarc: finding.rarc, note: finding.message, ruleId: finding.ruleId };
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

interface ProviderInfo {
  id: string;
  type: LicensureType;
  programs: string[];
  hiredOn: string;
}

interface PatientInfo {
  id: string;
  dob: string;
  primary: { id: string; payer: PayerKey; effectiveTo: string | null };
  dx: string[];
}

interface ServiceLine {
  serviceDate: string;
  procedureCode: string;
  modifiers: string[];
  units: number;
  placeOfService: string | null;
  revenueCode?: string;
  minutes: number | null;
  renderingProviderId: string | null;
  sessionId?: string;
  programDayId?: string;
  authorizationId?: string | null;
}

/** The demo organization's id for a seed, without building the rest (tokens need only this). */
export function demoOrganizationId(seed: number = defaultSeed): string {
  return new SeededRandom(seed).uuid();
}

export const defaultSeed = 20_240_101;

/**
 * Builds the demo clinic group. Pure: no database, no clock (the anchor date is the "today").
 *
 * @param options - seed, anchor date and size
 */
/**
 * Builds the demo clinic in memory.
 *
 * @param options - seed, anchor date and size
 * @param policies - the payer policy plugins: each claim is judged by its payer's policy as of the
 *   day it was sent, and the payer's answer (paid, or denied with the CARC) follows the findings
 */
export function buildDemoClinic(options: DemoClinicOptions, policies: PolicyRegistry): DemoClinic {
  const rng = new SeededRandom(options.seed ?? defaultSeed);
  const f = rng.faker;
  const today = options.anchorDate;
  const historyStart = addDays(today, -182);
  const patientCount = options.patients ?? 400;

  const data: DemoClinic = Object.fromEntries(demoTables.map((t) => [t, []])) as unknown as DemoClinic;

  // Organization and locations --------------------------------------------------------------
  const orgId = rng.uuid(); // the first draw: see demoOrganizationId()
  const taxId = `84${rng.digits(7)}`;
  data.organizations.push({
    id: orgId,
    name: 'Riverbend Behavioral Health (fictional demo clinic)',
    groupNpi: rng.npi(2),
    taxId,
  });
  const clinic = {
    id: rng.uuid(),
    organizationId: orgId,
    name: 'Riverbend Outpatient Clinic',
    npi: rng.npi(2),
    taxId,
    addressLine1: '1200 Alder Street, Suite 300',
    city: 'Portland',
    state: 'OR',
    postalCode: '97205',
    placeOfService: '11',
  };
  const center = {
    id: rng.uuid(),
    organizationId: orgId,
    name: 'Riverbend Day Treatment and Recovery Center',
    npi: rng.npi(2),
    taxId,
    addressLine1: '455 Larch Avenue',
    city: 'Portland',
    state: 'OR',
    postalCode: '97214',
    placeOfService: '52',
  };
  data.locations.push(clinic, center);

  const programs = {
    op: { id: rng.uuid(), organizationId: orgId, locationId: clinic.id, name: 'Outpatient Mental Health', isPart2: false, levelsOfCare: ['OUTPATIENT'] as LevelOfCare[] },
    day: { id: rng.uuid(), organizationId: orgId, locationId: center.id, name: 'Adult Day Treatment (PHP and IOP)', isPart2: false, levelsOfCare: ['PHP', 'IOP'] as LevelOfCare[] },
    sud: { id: rng.uuid(), organizationId: orgId, locationId: center.id, name: 'Riverbend Recovery Services (substance use, 42 CFR Part 2 program)', isPart2: true, levelsOfCare: ['DETOX', 'RESIDENTIAL', 'IOP', 'OUTPATIENT'] as LevelOfCare[] },
  };
  data.programs.push(programs.op, programs.day, programs.sud);

  const payerIds = {} as Record<PayerKey, string>;
  for (const p of demoPayers) {
    payerIds[p.key] = rng.uuid();
    data.payers.push({ id: payerIds[p.key], name: p.name, kind: p.kind, policyId: p.key, payerCode: p.payerCode });
  }

  // Providers, licenses, enrollments ------------------------------------------------------------
  const credentials = (payer: PayerKey, type: LicensureType): boolean => {
    const policy = policies[payer];
    return policy !== undefined && describePolicy(policy, today)?.settings.credentialing.types[type] != null;
  };
  const providers: ProviderInfo[] = [];
  for (const role of staffing) {
    for (let i = 0; i < role.count; i++) {
      const id = rng.uuid();
      // Two recent hires whose credentialing is still pending with most payers.
      const recent = providers.length === 9 || providers.length === 19;
      const hiredOn = recent ? addDays(today, -rng.int(40, 75)) : addDays(today, -rng.int(400, 3000));
      const programsOf = role.type === 'LCSW' && i === 4 ? ['sud'] : role.programs;
      providers.push({ id, type: role.type, programs: programsOf, hiredOn });
      const sex = rng.pick(['female', 'male'] as const);
      data.providers.push({
        id,
        organizationId: orgId,
        npi: rng.npi(1),
        firstName: f.person.firstName(sex),
        lastName: f.person.lastName(),
        licensureType: role.type,
        taxonomyCode: role.taxonomy,
      });
      for (const program of programsOf) {
        data.programProviders.push({ programId: programs[program as keyof typeof programs].id, providerId: id });
      }
      data.providerLicenses.push({
        id: rng.uuid(),
        providerId: id,
        state: 'OR',
        number: `${role.type === 'PSYCHIATRIST' ? 'MD' : role.type.slice(0, 3)}-${rng.digits(6)}`,
        licensureType: role.type,
        issuedOn: dateValue(addDays(hiredOn, -rng.int(100, 2000))),
        expiresOn: dateValue(addDays(today, providers.length % 11 === 0 ? rng.int(-20, 45) : rng.int(90, 720))),
      });
      for (const payer of demoPayers) {
        // A payer whose policy does not credential the licensure turns the application down.
        const enrollment = credentials(payer.key, role.type)
          ? enrollmentFor(rng, role.type, payer.key, hiredOn, today, recent)
          : { status: 'DENIED' as const, from: null, to: null };
        if (enrollment) {
          data.providerEnrollments.push({
            id: rng.uuid(),
            providerId: id,
            payerId: payerIds[payer.key],
            status: enrollment.status,
            inNetwork: true,
            payerProviderId: enrollment.status === 'ENROLLED' || enrollment.status === 'TERMINATED' ? `${payer.payerCode}-${rng.digits(7)}` : null,
            effectiveFrom: enrollment.from ? dateValue(enrollment.from) : null,
            effectiveTo: enrollment.to ? dateValue(enrollment.to) : null,
          });
        }
      }
    }
  }
  const byType = (...types: LicensureType[]) => providers.filter((p) => types.includes(p.type));
  const therapists = providers.filter((p) => p.programs.includes('op') && !prescribers.has(p.type));
  const opPrescribers = providers.filter((p) => p.programs.includes('op') && prescribers.has(p.type));
  const dayStaff = providers.filter((p) => p.programs.includes('day'));
  const sudStaff = providers.filter((p) => p.programs.includes('sud'));
  const sudCounselors = sudStaff.filter((p) => p.type === 'ADDICTION_COUNSELOR' || p.type === 'LCSW');

  // Demo users: one per role, tied to programs so Part 2 access can be shown.
  const users = [
    { subject: 'demo-admin', displayName: 'Demo Administrator', providerId: null, programs: ['op', 'day', 'sud'] },
    { subject: 'demo-biller', displayName: 'Demo Biller', providerId: null, programs: ['op', 'day'] },
    { subject: 'demo-clinician', displayName: 'Demo Clinician (outpatient)', providerId: byType('PSYCHIATRIST')[0]?.id ?? null, programs: ['op', 'day'] },
    { subject: 'demo-sud-counselor', displayName: 'Demo Counselor (recovery program)', providerId: byType('ADDICTION_COUNSELOR')[0]?.id ?? null, programs: ['sud'] },
    { subject: 'demo-analyst', displayName: 'Demo Analyst', providerId: null, programs: [] },
    { subject: 'demo-auditor', displayName: 'Demo Privacy Officer', providerId: null, programs: [] },
  ];
  for (const u of users) {
    const id = rng.uuid();
    data.userAccounts.push({ id, organizationId: orgId, subject: u.subject, displayName: u.displayName, providerId: u.providerId });
    for (const p of u.programs) {
      data.programMemberships.push({ userId: id, programId: programs[p as keyof typeof programs].id });
    }
  }

  // Patients and coverage -------------------------------------------------------------------------
  const patients: PatientInfo[] = [];
  const dayCount = Math.round(patientCount * 0.11);
  const sudCount = Math.round(patientCount * 0.09);
  for (let i = 0; i < patientCount; i++) {
    const group: 'op' | 'day' | 'sud' = i < dayCount ? 'day' : i < dayCount + sudCount ? 'sud' : 'op';
    const id = rng.uuid();
    const senior = rng.chance(0.16);
    const adolescent = !senior && group === 'op' && rng.chance(0.08);
    const age = senior ? rng.int(65, 88) : adolescent ? rng.int(13, 17) : rng.int(19, 63);
    const dob = addDays(today, -(age * 365 + rng.int(0, 364)));
    const sex = rng.pick(['FEMALE', 'MALE', 'FEMALE', 'MALE', 'UNKNOWN'] as const);
    const firstName = f.person.firstName(sex === 'FEMALE' ? 'female' : sex === 'MALE' ? 'male' : undefined);
    const lastName = f.person.lastName();
    data.patients.push({
      id,
      organizationId: orgId,
      mrn: `RB${String(100_001 + i)}`,
      firstName,
      lastName,
      dateOfBirth: dateValue(dob),
      sex,
      addressLine1: f.location.streetAddress(),
      addressLine2: rng.chance(0.15) ? `Apt ${rng.int(1, 40)}` : null,
      city: rng.pick(['Portland', 'Beaverton', 'Gresham', 'Hillsboro', 'Lake Oswego', 'Milwaukie', 'Tigard']),
      state: 'OR',
      postalCode: `97${rng.digits(3)}`,
      phone: `503-555-01${rng.digits(2)}`,
      email: rng.chance(0.6) ? `${firstName}.${lastName}.${i}@example.com`.toLowerCase() : null,
      programId: group === 'sud' ? programs.sud.id : null,
    });

    const payer: PayerKey = senior
      ? 'medicare'
      : rng.weighted<PayerKey>([
          ['example-medicaid', group === 'sud' ? 55 : 30],
          ['northwind-health', 25],
          ['cascade-mutual', 25],
          ['harbor-choice', 20],
        ]);
    const coverageId = rng.uuid();
    // A few coverages end during the history window (eligibility denials, CARC 27).
    const endsEarly = rng.chance(0.02);
    const effectiveTo = endsEarly ? addDays(today, -rng.int(20, 80)) : null;
    data.coverages.push({
      id: coverageId,
      organizationId: orgId,
      patientId: id,
      payerId: payerIds[payer],
      memberId: payer === 'medicare' ? rng.mbi() : `${memberPrefix[payer]}${rng.digits(9)}`,
      groupNumber: payer === 'medicare' || payer === 'example-medicaid' ? null : `G${rng.digits(6)}`,
      planName: planNames[payer],
      planCode: null,
      relationship: adolescent ? 'CHILD' : 'SELF',
      priority: 1,
      effectiveFrom: dateValue(addDays(today, -rng.int(220, 2400))),
      effectiveTo: effectiveTo ? dateValue(effectiveTo) : null,
    });
    if (senior && rng.chance(0.12)) {
      data.coverages.push({
        id: rng.uuid(),
        organizationId: orgId,
        patientId: id,
        payerId: payerIds['example-medicaid'],
        memberId: `EX${rng.digits(9)}`,
        planName: planNames['example-medicaid'],
        relationship: 'SELF',
        priority: 2,
        effectiveFrom: dateValue(addDays(today, -rng.int(220, 2400))),
      });
    }

    const dx =
      group === 'sud'
        ? [rng.pick(substanceUseDx), ...(rng.chance(0.5) ? [rng.pick(mentalHealthDx)] : [])]
        : group === 'day'
          ? [rng.pick(severeMentalHealthDx), ...(rng.chance(0.5) ? [rng.pick(mentalHealthDx)] : [])]
          : [rng.pick(mentalHealthDx), ...(rng.chance(0.3) ? [rng.pick(mentalHealthDx)] : [])];
    const uniqueDx = [...new Set(dx)];
    uniqueDx.forEach((code, n) => {
      data.diagnoses.push({
        id: rng.uuid(),
        patientId: id,
        programId: group === 'sud' && n === 0 ? programs.sud.id : null,
        icd10Code: code,
        onsetDate: dateValue(addDays(today, -rng.int(200, 1500))),
      });
    });
    patients.push({ id, dob, primary: { id: coverageId, payer, effectiveTo }, dx: uniqueDx });
  }

  // Claims are gathered as they are built, then finished (status, remittance) together.
  let claimSeq = 0;
  const pendingClaims: Array<{
    claim: Prisma.ClaimCreateManyInput;
    lines: ServiceLine[];
    payer: PayerKey;
    diagnoses: string[];
  }> = [];

  const addClaim = (input: {
    patient: PatientInfo;
    coverageId: string;
    payer: PayerKey;
    location: typeof clinic;
    renderingProviderId: string | null;
    programId: string | null;
    authorizationId?: string | null;
    claimType: 'PROFESSIONAL' | 'INSTITUTIONAL';
    billType?: string;
    lines: ServiceLine[];
  }) => {
    const dates = input.lines.map((l) => l.serviceDate).sort();
    const total = input.lines.reduce((sum, l) => sum + cents(lineCharge(l)), 0);
    const firstDate = dates[0] ?? today;
    claimSeq += 1;
    pendingClaims.push({
      claim: {
        id: rng.uuid(),
        organizationId: orgId,
        patientId: input.patient.id,
        payerId: payerIds[input.payer],
        coverageId: input.coverageId,
        billingLocationId: input.location.id,
        renderingProviderId: input.renderingProviderId,
        authorizationId: input.authorizationId ?? null,
        programId: input.programId,
        claimType: input.claimType,
        billType: input.billType ?? null,
        patientControlNumber: `RB${String(claimSeq).padStart(7, '0')}`,
        serviceFrom: dateValue(firstDate),
        serviceTo: dateValue(dates[dates.length - 1] ?? firstDate),
        totalCharge: money(total),
        createdAt: new Date(`${addDays(dates[dates.length - 1] ?? firstDate, 1)}T17:00:00.000Z`),
      },
      lines: input.lines,
      payer: input.payer,
      diagnoses: input.patient.dx.slice(0, 3),
    });
  };

  // Outpatient sessions ---------------------------------------------------------------------------
  const opPatients = patients.slice(dayCount + sudCount);
  // Front desks book patients with clinicians their plan has enrolled, but not always (a
  // credentialing gap the payer answers with CARC B7).
  const enrolledWith = (provider: ProviderInfo, payer: PayerKey): boolean =>
    data.providerEnrollments.some((e) => e.providerId === provider.id && e.payerId === payerIds[payer] && e.status === 'ENROLLED');
  for (const patient of opPatients) {
    const inNetwork = therapists.filter((t) => enrolledWith(t, patient.primary.payer));
    const therapist = inNetwork.length > 0 && rng.chance(0.95) ? rng.pick(inNetwork) : rng.pick(therapists);
    // A few patients come twice a week: they reach their plans' visit limits within the demo's months.
    const cadence = rng.weighted([[3, 6], [7, 38], [14, 42], [28, 14]] as const);
    const isNew = rng.chance(0.35);
    let date = isNew ? addDays(historyStart, rng.int(0, 150)) : addDays(historyStart, rng.int(0, cadence));
    date = nextWeekday(date);
    let visit = 0;
    const seesPrescriber = rng.chance(0.22) && opPrescribers.length > 0;
    const prescriber = seesPrescriber ? rng.pick(opPrescribers) : null;
    const prescriberDay = rng.int(0, 27);
    const telehealthPreference = rng.chance(0.3);
    while (date < addDays(today, 14)) {
      const scheduled = date >= today;
      const code = visit === 0 && isNew ? '90791' : pickTherapyCode(rng);
      sessionWithClaim({ patient, provider: therapist, date, code, scheduled, telehealth: telehealthPreference });
      if (prescriber && visit % 4 === prescriberDay % 4) {
        sessionWithClaim({ patient, provider: prescriber, date: nextWeekday(addDays(date, 2)), code: rng.pick(['99213', '99214']), scheduled, telehealth: false, addOn: rng.chance(0.4) });
      }
      visit += 1;
      date = nextWeekday(addDays(date, cadence + rng.pick([0, 0, 0, 1, -1])));
    }
  }

  function sessionWithClaim(input: {
    patient: PatientInfo;
    provider: ProviderInfo;
    date: string;
    code: string;
    scheduled: boolean;
    telehealth: boolean;
    addOn?: boolean;
    programId?: string;
    episodeId?: string;
    authorizationId?: string | null;
  }): void {
    const { patient, provider, date } = input;
    const payer = patient.primary.payer;
    const status = input.scheduled ? 'SCHEDULED' : rng.weighted([['COMPLETED', 90], ['NO_SHOW', 5], ['CANCELLED', 5]] as const);
    const audioOnly = input.telehealth && rng.chance(0.1);
    const telehealth = input.telehealth && rng.chance(0.8);
    let minutes = minutesFor(rng, input.code);
    let code = input.code;
    // A few documented times that do not support the code billed (time-rule findings).
    if (code === '90837' && rng.chance(0.06)) {
      minutes = rng.int(45, 52);
    }
    if (code === '90834' && rng.chance(0.01)) {
      minutes = rng.int(10, 15);
    }
    if (code === '90832' && minutes > 37) {
      code = '90834';
    }
    const startHour = rng.int(8, 17);
    const startMinute = rng.pick([0, 0, 15, 30, 45]);
    // Local clinic hours (Pacific time) as UTC instants: 8 hours ahead, ignoring daylight saving.
    const start = new Date(dateValue(date).getTime() + ((startHour + 8) * 60 + startMinute) * 60_000);
    const end = new Date(start.getTime() + minutes * 60_000);
    const modifiers: string[] = [];
    const medicaidModifier = payer === 'example-medicaid' && rng.chance(0.92);
    if (medicaidModifier) {
      if (provider.type === 'ADDICTION_COUNSELOR') {
        modifiers.push('HN');
      } else if (mastersLevel.has(provider.type)) {
        modifiers.push('HO');
      } else if (provider.type === 'PSYCHOLOGIST') {
        modifiers.push('HP');
      }
    }
    const placeOfService = telehealth || audioOnly ? (rng.chance(0.9) ? '10' : '02') : input.programId === programs.sud.id ? '57' : '11';
    if (audioOnly) {
      modifiers.push(payer === 'medicare' ? 'FQ' : '93');
    } else if (telehealth && payer !== 'medicare' && rng.chance(0.93)) {
      modifiers.push('95');
    }
    const sessionId = rng.uuid();
    const psychotherapyMinutes = input.addOn ? rng.int(20, 45) : null;
    data.sessions.push({
      id: sessionId,
      organizationId: orgId,
      patientId: patient.id,
      providerId: provider.id,
      locationId: input.programId === programs.sud.id ? center.id : clinic.id,
      programId: input.programId ?? programs.op.id,
      episodeId: input.episodeId ?? null,
      coverageId: patient.primary.id,
      serviceDate: dateValue(date),
      startTime: start,
      endTime: end,
      placeOfService,
      telehealthModality: audioOnly ? 'AUDIO_ONLY' : telehealth ? 'VIDEO' : 'NONE',
      procedureCode: code,
      modifiers,
      psychotherapyMinutes,
      status,
      createdAt: new Date(`${addDays(date, -rng.int(3, 20))}T12:00:00.000Z`),
    });
    if (status !== 'COMPLETED' || date > addDays(today, -3)) {
      return;
    }
    // Unbilled work: about a third of the last ten days have no claim yet.
    if (date > addDays(today, -10) && rng.chance(0.35)) {
      return;
    }
    const lines: ServiceLine[] = [
      { serviceDate: date, procedureCode: code, modifiers, units: code.startsWith('H0004') ? Math.max(1, Math.floor(minutes / 15)) : 1, placeOfService, minutes: input.addOn ? minutes - (psychotherapyMinutes ?? 0) : minutes, renderingProviderId: provider.id, sessionId, authorizationId: input.authorizationId ?? null },
    ];
    if (input.addOn && psychotherapyMinutes) {
      const addOnCode = psychotherapyMinutes >= 38 ? '90836' : '90833';
      lines.push({ serviceDate: date, procedureCode: addOnCode, modifiers, units: 1, placeOfService, minutes: psychotherapyMinutes, renderingProviderId: provider.id, sessionId });
    }
    addClaim({
      patient,
      coverageId: patient.primary.id,
      payer,
      location: input.programId === programs.sud.id ? center : clinic,
      renderingProviderId: provider.id,
      programId: input.programId ?? programs.op.id,
      authorizationId: input.authorizationId ?? null,
      claimType: 'PROFESSIONAL',
      lines,
    });
  }

  // Programs: PHP/IOP (day treatment) and the Part 2 recovery program -------------------------------
  const dayPatients = patients.slice(0, dayCount);
  for (const patient of dayPatients) {
    const startsWithPhp = rng.chance(0.6);
    const plan: Array<{ level: LevelOfCare; weeks: number }> = startsWithPhp
      ? [{ level: 'PHP', weeks: rng.int(2, 4) }, ...(rng.chance(0.7) ? [{ level: 'IOP' as LevelOfCare, weeks: rng.int(3, 6) }] : [])]
      : [{ level: 'IOP', weeks: rng.int(4, 8) }];
    runEpisodes(patient, programs.day.id, plan, dayStaff);
  }
  const sudPatients = patients.slice(dayCount, dayCount + sudCount);
  for (const patient of sudPatients) {
    const path = rng.weighted<Array<{ level: LevelOfCare; weeks: number }>>([
      [[{ level: 'DETOX', weeks: 1 }, { level: 'RESIDENTIAL', weeks: rng.int(2, 4) }, { level: 'IOP', weeks: rng.int(3, 6) }], 35],
      [[{ level: 'RESIDENTIAL', weeks: rng.int(3, 4) }, { level: 'IOP', weeks: rng.int(3, 5) }], 25],
      [[{ level: 'IOP', weeks: rng.int(4, 8) }], 40],
    ]);
    runEpisodes(patient, programs.sud.id, path, sudStaff);
    // 42 CFR Part 2 consent to disclose to the payer for payment: most have one; some expired,
    // one or two revoked, a few none (those claims cannot be billed).
    const consentKind = rng.weighted([['active', 75], ['expired', 10], ['revoked', 7], ['none', 8]] as const);
    if (consentKind !== 'none') {
      const signedOn = addDays(historyStart, rng.int(-60, 20));
      data.part2Consents.push({
        id: rng.uuid(),
        patientId: patient.id,
        programId: programs.sud.id,
        scope: 'DIAGNOSES_AND_SERVICES',
        purposes: ['PAYMENT', 'HEALTH_CARE_OPERATIONS'],
        recipientName: demoPayers.find((p) => p.key === patient.primary.payer)?.name ?? 'payer',
        recipientPayerId: payerIds[patient.primary.payer],
        signedOn: dateValue(signedOn),
        expiresOn: consentKind === 'expired' ? dateValue(addDays(today, -rng.int(15, 60))) : dateValue(addDays(signedOn, 365)),
        revokedAt: consentKind === 'revoked' ? new Date(`${addDays(today, -rng.int(10, 40))}T15:00:00.000Z`) : null,
      });
    }
    // About half also signed a treatment-payment-operations consent naming this organization,
    // so staff outside the program (the billing office, outpatient clinicians) may see them.
    if (consentKind === 'active' && rng.chance(0.5)) {
      data.part2Consents.push({
        id: rng.uuid(),
        patientId: patient.id,
        programId: programs.sud.id,
        scope: rng.chance(0.7) ? 'DIAGNOSES_AND_SERVICES' : 'BILLING_INFORMATION_ONLY',
        purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'],
        recipientName: 'Riverbend Behavioral Health: treating providers and billing office',
        recipientOrganizationId: orgId,
        signedOn: dateValue(addDays(historyStart, rng.int(-30, 30))),
        expiresOn: null,
        expiryEvent: 'Revocation in writing',
      });
    }
    // Recovery program outpatient counseling sessions after the program (Part 2 records).
    const counselor = rng.pick(sudCounselors);
    let date = nextWeekday(addDays(historyStart, rng.int(100, 150)));
    while (date < today) {
      const code = patient.primary.payer === 'example-medicaid' ? 'H0004' : rng.pick(['90832', '90834']);
      sessionWithClaim({ patient, provider: counselor, date, code, scheduled: false, telehealth: false, programId: programs.sud.id });
      date = nextWeekday(addDays(date, 7));
    }
  }

  function runEpisodes(
    patient: PatientInfo,
    programId: string,
    path: Array<{ level: LevelOfCare; weeks: number }>,
    staff: ProviderInfo[],
  ): void {
    const payer = patient.primary.payer;
    // Admissions spread over the whole window, so some patients are in a program today.
    let start = nextMonday(addDays(historyStart, rng.int(0, 170)));
    let previous: { id: string; level: LevelOfCare } | null = null;
    const attending = rng.pick(staff.filter((p) => prescribers.has(p.type)).concat(staff.slice(0, 1)));
    for (const [index, step] of path.entries()) {
      const lastStep = index === path.length - 1;
      let end = addDays(start, step.weeks * 7 - 1);
      const open = end >= today;
      if (open) {
        end = addDays(today, -1);
      }
      if (start >= today) {
        break;
      }
      const episodeId = rng.uuid();
      data.episodes.push({
        id: episodeId,
        patientId: patient.id,
        programId,
        levelOfCare: step.level,
        status: open || lastStep ? (open ? 'OPEN' : 'CLOSED') : 'CLOSED',
        startDate: dateValue(start),
        endDate: open ? null : dateValue(end),
      });
      if (previous) {
        data.levelOfCareTransitions.push({
          id: rng.uuid(),
          fromEpisodeId: previous.id,
          toEpisodeId: episodeId,
          direction: 'STEP_DOWN',
          transitionOn: dateValue(start),
          reason: 'Met criteria for a less intensive level of care',
        });
      }
      // Prior authorization for the level of care, where the payer asks for one (Medicare FFS
      // does not). Some step-downs never get their own authorization (a classic denial).
      let authorizationId: string | null = null;
      const needsAuth = payer !== 'medicare';
      const skipAuth = previous !== null && rng.chance(0.2);
      if (needsAuth && !skipAuth) {
        authorizationId = rng.uuid();
        const days = step.weeks * (step.level === 'IOP' ? 3 : step.level === 'PHP' ? 5 : 7);
        const approved = rng.chance(0.15) ? Math.max(1, days - rng.int(2, 5)) : days + rng.int(0, 3);
        const review = addDays(start, step.level === 'RESIDENTIAL' || step.level === 'DETOX' ? 7 : 14);
        data.authorizations.push({
          id: authorizationId,
          patientId: patient.id,
          payerId: payerIds[payer],
          coverageId: patient.primary.id,
          episodeId,
          programId,
          providerId: attending.id,
          authNumber: `PA${rng.digits(9)}`,
          levelOfCare: step.level,
          procedureCodes: [],
          unitType: 'DAYS',
          unitsRequested: days,
          unitsApproved: approved,
          startDate: dateValue(start),
          endDate: dateValue(addDays(start, step.weeks * 7 + 6)),
          status: 'APPROVED',
          requestedAt: new Date(`${addDays(start, -2)}T16:00:00.000Z`),
          decidedAt: new Date(`${addDays(start, -1)}T16:00:00.000Z`),
          concurrentReviewDue: open ? dateValue(addDays(today, rng.int(-3, 10))) : dateValue(review),
        });
        if (step.weeks > 2) {
          data.concurrentReviews.push({
            id: rng.uuid(),
            authorizationId,
            reviewedOn: dateValue(review),
            outcome: 'CONTINUED',
            unitsAdded: 0,
            nextReviewDue: dateValue(addDays(review, 14)),
          });
        }
      }
      const planInterval = step.level === 'IOP' ? 60 : step.level === 'OUTPATIENT' ? 90 : 30;
      const lastReview = addDays(start, rng.int(0, 3));
      data.treatmentPlans.push({
        id: rng.uuid(),
        patientId: patient.id,
        programId,
        episodeId,
        providerId: attending.id,
        status: open ? 'ACTIVE' : 'COMPLETED',
        startDate: dateValue(lastReview),
        lastReviewedOn: dateValue(lastReview),
        nextReviewDue: dateValue(addDays(lastReview, planInterval)),
      });

      // Program days, a claim per week.
      let weekStart = start;
      while (weekStart <= end) {
        const weekLines: ServiceLine[] = [];
        for (let d = 0; d < 7; d++) {
          const day = addDays(weekStart, d);
          if (day > end) {
            break;
          }
          const weekday = dayOfWeek(day);
          const attends =
            step.level === 'RESIDENTIAL' || step.level === 'DETOX'
              ? true
              : step.level === 'PHP'
                ? weekday >= 1 && weekday <= 5 && rng.chance(0.95)
                : (weekday === 1 || weekday === 3 || weekday === 5) && rng.chance(0.9);
          if (!attends) {
            continue;
          }
          const programDayId = rng.uuid();
          data.programDays.push({
            id: programDayId,
            patientId: patient.id,
            programId,
            episodeId,
            locationId: center.id,
            levelOfCare: step.level,
            serviceDate: dateValue(day),
          });
          const components = programComponents(rng, step.level, payer);
          for (const c of components) {
            data.programDayServices.push({
              id: rng.uuid(),
              programDayId,
              providerId: rng.pick(staff).id,
              procedureCode: c.code,
              revenueCode: c.revenueCode,
              minutes: c.minutes,
            });
          }
          weekLines.push(...programClaimLines(step.level, payer, programId === programs.sud.id, day, components, programDayId, authorizationId));
        }
        const billed = weekLines.length > 0 && addDays(weekStart, 9) < today;
        if (billed) {
          addClaim({
            patient,
            coverageId: patient.primary.id,
            payer,
            location: center,
            renderingProviderId: null,
            programId,
            authorizationId,
            claimType: 'INSTITUTIONAL',
            billType: step.level === 'RESIDENTIAL' || step.level === 'DETOX' ? '0861' : '0761',
            lines: weekLines,
          });
        }
        weekStart = addDays(weekStart, 7);
      }
      previous = { id: episodeId, level: step.level };
      start = addDays(end, 1);
      if (open) {
        break;
      }
    }
  }

  // Claim statuses, history, remittances, appeals ---------------------------------------------------
  let controlSeq = 0;
  const snapshots = assembleSnapshots(snapshotSources());
  for (const pending of pendingClaims) {
    const { claim, payer } = pending;
    const serviceTo = (claim.serviceTo as Date).toISOString().slice(0, 10);
    const age = Math.round((dateValue(today).getTime() - dateValue(serviceTo).getTime()) / 86_400_000);
    const created = claim.createdAt as Date;
    const submittedAt = new Date(created.getTime() + rng.int(1, 4) * 86_400_000);
    // The payer judges the claim by its policy on the day it arrives.
    const snapshot = snapshots.get(claim.id as string);
    const verdict = snapshot ? evaluate(policies, snapshot, { today: isoDate(submittedAt) }) : null;
    const denyFinding = verdict?.findings.find((finding) => finding.severity === 'deny') ?? null;
    let status: ClaimStatus;
    let reason: DenialReason | null = null;
    if (age <= 7) {
      status = 'DRAFT';
    } else if (age <= 21) {
      status = rng.weighted([['SUBMITTED', 50], ['ACCEPTED', 40], ['DRAFT', 10]] as const);
    } else {
      reason = denyFinding ? denialFor(denyFinding) : rng.chance(0.05) ? rng.pick(unpredictedDenials) : null;
      status = reason
        ? rng.weighted([['DENIED', 55], ['APPEALED', 25], ['WRITTEN_OFF', 20]] as const)
        : rng.weighted([['PAID', 85], ['PARTIALLY_PAID', 6], ['ACCEPTED', 9]] as const);
      if (reason?.ruleId === 'timely-filing') {
        status = 'WRITTEN_OFF';
      }
    }
    claim.status = status;
    const history: Array<{ to: ClaimStatus; at: Date; actor: string; note?: string }> = [{ to: 'DRAFT', at: created, actor: 'demo-biller' }];
    if (status !== 'DRAFT') {
      claim.submittedAt = submittedAt;
      history.push({ to: 'SUBMITTED', at: submittedAt, actor: 'demo-biller' });
      // A claim still SUBMITTED has not been accepted yet: its history ends where its status is.
      if (status !== 'SUBMITTED') {
        history.push({ to: 'ACCEPTED', at: new Date(submittedAt.getTime() + 86_400_000), actor: 'payer', note: '277CA accepted' });
      }
    }
    const lines = pending.lines.map((line, index) => ({
      id: rng.uuid(),
      claimId: claim.id as string,
      lineNumber: index + 1,
      serviceDate: dateValue(line.serviceDate),
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      revenueCode: line.revenueCode ?? null,
      units: line.units,
      chargeAmount: lineCharge(line),
      placeOfService: line.placeOfService,
      diagnosisPointers: [1],
      renderingProviderId: line.renderingProviderId,
      sessionId: line.sessionId ?? null,
      programDayId: line.programDayId ?? null,
      authorizationId: line.authorizationId ?? null,
      minutes: line.minutes,
    }));
    data.claimLines.push(...lines);
    pending.diagnoses.forEach((code, i) => {
      data.claimDiagnoses.push({ id: rng.uuid(), claimId: claim.id as string, position: i + 1, icd10Code: code });
    });

    const adjudicated = ['PAID', 'PARTIALLY_PAID', 'DENIED', 'APPEALED', 'WRITTEN_OFF'].includes(status);
    if (adjudicated) {
      const paidOn = addDays(submittedAt.toISOString().slice(0, 10), rng.int(12, 30));
      const denied = status === 'DENIED' || status === 'APPEALED' || status === 'WRITTEN_OFF';
      controlSeq += 1;
      const remittanceId = rng.uuid();
      const totalCents = cents(String(claim.totalCharge));
      let paidCents = 0;
      let patientCents = 0;
      const adjustments: Prisma.RemittanceAdjustmentCreateManyInput[] = [];
      const serviceLines: Prisma.RemittanceServiceLineCreateManyInput[] = [];
      lines.forEach((line, index) => {
        const charge = cents(line.chargeAmount);
        const serviceLineId = rng.uuid();
        let paid = 0;
        let patientShare = 0;
        const lineDenied = denied || (status === 'PARTIALLY_PAID' && index === lines.length - 1 && lines.length > 1);
        if (lineDenied) {
          const r = reason ?? lastLineDenial;
          adjustments.push({ id: rng.uuid(), remittanceId, serviceLineId, groupCode: 'CO', reasonCode: r.carc, amount: money(charge) });
        } else {
          const allowed = Math.round(charge * allowedShare[payer]);
          patientShare =
            payer === 'medicare' ? Math.round(allowed * 0.2) : payer === 'example-medicaid' ? 0 : Math.min(allowed, rng.pick([2500, 3000, 4000]));
          paid = allowed - patientShare;
          adjustments.push({ id: rng.uuid(), remittanceId, serviceLineId, groupCode: 'CO', reasonCode: '45', amount: money(charge - allowed) });
          if (patientShare > 0) {
            adjustments.push({ id: rng.uuid(), remittanceId, serviceLineId, groupCode: 'PR', reasonCode: payer === 'medicare' ? '2' : '3', amount: money(patientShare) });
          }
        }
        paidCents += paid;
        patientCents += patientShare;
        serviceLines.push({
          id: serviceLineId,
          remittanceId,
          claimLineId: line.id,
          procedureCode: line.procedureCode,
          modifiers: line.modifiers,
          chargeAmount: line.chargeAmount,
          paidAmount: money(paid),
          units: line.units,
          remarkCodes: lineDenied && (reason?.rarc ?? 'N362') ? [reason?.rarc ?? 'N362'] : [],
        });
      });
      data.remittances.push({
        id: remittanceId,
        organizationId: orgId,
        claimId: claim.id as string,
        payerId: claim.payerId,
        payerClaimControlNumber: `${demoPayers.find((p) => p.key === payer)?.payerCode}${String(26_000_000_000 + controlSeq)}`,
        claimStatusCode: denied ? '4' : '1',
        chargeAmount: money(totalCents),
        paidAmount: money(paidCents),
        patientResponsibility: money(patientCents),
        traceNumber: `EFT${paidOn.replace(/-/g, '')}${demoPayers.findIndex((p) => p.key === payer)}`,
        paidOn: dateValue(paidOn),
        remarkCodes: [],
      });
      data.remittanceServiceLines.push(...serviceLines);
      data.remittanceAdjustments.push(...adjustments);
      const paidAt = new Date(`${paidOn}T14:00:00.000Z`);
      history.push({
        to: denied ? 'DENIED' : status === 'PARTIALLY_PAID' ? 'PARTIALLY_PAID' : 'PAID',
        at: paidAt,
        actor: 'payer',
        note: reason ? `CARC ${reason.carc}: ${reason.note}` : undefined,
      });
      if (status === 'APPEALED') {
        const filedOn = addDays(paidOn, rng.int(5, 20));
        data.appeals.push({
          id: rng.uuid(),
          claimId: claim.id as string,
          level: 1,
          status: 'FILED',
          filedOn: dateValue(filedOn < today ? filedOn : addDays(today, -1)),
          reason: `Reconsideration requested: ${reason?.note ?? 'denial'}`,
          parityFlag: reason?.ruleId === 'benefit-limit' || reason?.ruleId === 'prior-authorization',
        });
        history.push({ to: 'APPEALED', at: new Date(`${filedOn < today ? filedOn : addDays(today, -1)}T15:00:00.000Z`), actor: 'demo-biller' });
      }
      if (status === 'WRITTEN_OFF') {
        history.push({ to: 'WRITTEN_OFF', at: new Date(paidAt.getTime() + 5 * 86_400_000), actor: 'demo-biller', note: reason?.note });
      }
    }
    let from: ClaimStatus | null = null;
    for (const step of history) {
      data.claimStatusChanges.push({ id: rng.uuid(), claimId: claim.id as string, fromStatus: from, toStatus: step.to, changedAt: step.at, actor: step.actor, note: step.note ?? null });
      from = step.to;
    }
    data.claims.push(claim);
  }
  return data;

  // Helpers that close over the data built above ---------------------------------------------------

  /**
   * The demo claims as the policy engine reads them, before the payers answer: every claim still
   * counts against limits and authorizations, as it would on the day it was sent.
   */
  function snapshotSources(): SnapshotSources {
    const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
    const asDateOrNull = (value: Date | string | null | undefined): Date | null => (value == null ? null : asDate(value));
    const sessionById = new Map(data.sessions.map((session) => [session.id as string, session]));
    const part2Programs = new Set(data.programs.filter((program) => program.isPart2).map((program) => program.id as string));
    const npiOfLocation = new Map(data.locations.map((location) => [location.id as string, location.npi]));
    const policyOfPayer = new Map(demoPayers.map((payer) => [payerIds[payer.key], payer.key as string]));
    const patientBirth = new Map(data.patients.map((patient) => [patient.id as string, asDate(patient.dateOfBirth)]));
    const coverageById = new Map(data.coverages.map((coverage) => [coverage.id as string, coverage]));

    const claims: ClaimSource[] = pendingClaims.map(({ claim, lines, diagnoses }) => {
      const coverage = coverageById.get(claim.coverageId);
      return {
        id: claim.id as string,
        patientId: claim.patientId,
        payerId: claim.payerId,
        programId: claim.programId ?? null,
        renderingProviderId: claim.renderingProviderId ?? null,
        authorizationId: claim.authorizationId ?? null,
        claimType: claim.claimType ?? 'PROFESSIONAL',
        status: 'DRAFT',
        frequencyCode: '1',
        billType: claim.billType ?? null,
        serviceFrom: asDate(claim.serviceFrom),
        serviceTo: asDate(claim.serviceTo),
        submittedAt: null,
        policyId: policyOfPayer.get(claim.payerId) ?? '',
        isPart2: claim.programId != null && part2Programs.has(claim.programId),
        billingNpi: npiOfLocation.get(claim.billingLocationId) ?? '',
        patientDateOfBirth: patientBirth.get(claim.patientId) ?? new Date(0),
        coverage: {
          planCode: coverage?.planCode ?? null,
          memberId: coverage?.memberId ?? '',
          effectiveFrom: asDate(coverage?.effectiveFrom ?? claim.serviceFrom),
          effectiveTo: asDateOrNull(coverage?.effectiveTo),
        },
        lines: lines.map((line, index) => {
          const session = line.sessionId ? sessionById.get(line.sessionId) : undefined;
          return {
            lineNumber: index + 1,
            serviceDate: dateValue(line.serviceDate),
            procedureCode: line.procedureCode,
            modifiers: line.modifiers,
            units: line.units,
            charge: lineCharge(line),
            placeOfService: line.placeOfService,
            diagnosisPointers: [1],
            renderingProviderId: line.renderingProviderId,
            revenueCode: line.revenueCode ?? null,
            authorizationId: line.authorizationId ?? null,
            minutes: line.minutes,
            session: session
              ? {
                  startTime: asDate(session.startTime),
                  endTime: asDate(session.endTime),
                  telehealthModality: session.telehealthModality ?? 'NONE',
                  psychotherapyMinutes: session.psychotherapyMinutes ?? null,
                }
              : null,
          };
        }),
        diagnoses: diagnoses.map((icd10Code, i) => ({ position: i + 1, icd10Code })),
      };
    });

    // What each claim's lines count against: visits by date and code, and authorized units.
    const usage = claims.flatMap((claim) =>
      claim.lines.map((line) => ({
        patientId: claim.patientId,
        payerId: claim.payerId,
        claimId: claim.id,
        serviceDate: isoDate(line.serviceDate),
        procedureCode: line.procedureCode,
        count: 1,
        units: line.units,
      })),
    );
    const authorizationUse = claims.flatMap((claim) =>
      claim.lines.flatMap((line) => {
        const authorizationId = line.authorizationId ?? claim.authorizationId;
        return authorizationId === null
          ? []
          : [{ authorizationId, claimId: claim.id, serviceDate: isoDate(line.serviceDate), lines: 1, units: line.units }];
      }),
    );

    const servicesByDay = new Map<string, Array<{ procedureCode: string; minutes: number }>>();
    for (const service of data.programDayServices) {
      const list = servicesByDay.get(service.programDayId) ?? [];
      list.push({ procedureCode: service.procedureCode, minutes: service.minutes });
      servicesByDay.set(service.programDayId, list);
    }
    const levelOfEpisode = new Map(data.episodes.map((episode) => [episode.id as string, episode.levelOfCare]));
    const transitionInto = new Map(data.levelOfCareTransitions.map((t) => [t.toEpisodeId, t]));

    return {
      claims,
      providers: data.providers.map((provider) => ({
        id: provider.id as string,
        licensureType: provider.licensureType,
        npi: provider.npi,
        taxonomyCode: provider.taxonomyCode,
        enrollments: data.providerEnrollments
          .filter((e) => e.providerId === provider.id)
          .map((e) => ({
            payerId: e.payerId,
            status: e.status,
            effectiveFrom: asDateOrNull(e.effectiveFrom),
            effectiveTo: asDateOrNull(e.effectiveTo),
            inNetwork: e.inNetwork ?? true,
          })),
      })),
      authorizations: data.authorizations.map((a) => ({
        id: a.id as string,
        patientId: a.patientId,
        payerId: a.payerId,
        status: a.status,
        levelOfCare: a.levelOfCare ?? null,
        procedureCodes: Array.isArray(a.procedureCodes) ? a.procedureCodes : [],
        startDate: asDate(a.startDate),
        endDate: asDate(a.endDate),
        unitType: a.unitType,
        unitsApproved: a.unitsApproved ?? 0,
        providerId: a.providerId ?? null,
      })),
      authorizationUse,
      usage,
      programDays: data.programDays.map((d) => ({
        patientId: d.patientId,
        serviceDate: asDate(d.serviceDate),
        levelOfCare: d.levelOfCare,
        services: servicesByDay.get(d.id as string) ?? [],
      })),
      episodes: data.episodes.map((episode) => {
        const transition = transitionInto.get(episode.id as string);
        const from = transition ? levelOfEpisode.get(transition.fromEpisodeId) : undefined;
        return {
          patientId: episode.patientId,
          programId: episode.programId,
          levelOfCare: episode.levelOfCare,
          startDate: asDate(episode.startDate),
          endDate: asDateOrNull(episode.endDate),
          transitionsIn: transition && from ? [{ direction: transition.direction, fromEpisode: { levelOfCare: from } }] : [],
        };
      }),
      treatmentPlans: data.treatmentPlans
        .filter((plan) => plan.status !== 'SUPERSEDED')
        .map((plan) => ({
          patientId: plan.patientId,
          programId: plan.programId ?? null,
          startDate: asDate(plan.startDate),
          lastReviewedOn: asDateOrNull(plan.lastReviewedOn),
          nextReviewDue: asDate(plan.nextReviewDue),
        })),
      consents: data.part2Consents.map((c) => ({
        id: c.id as string,
        patientId: c.patientId,
        programId: c.programId,
        purposes: Array.isArray(c.purposes) ? c.purposes : [],
        recipientPayerId: c.recipientPayerId ?? null,
        recipientOrganizationId: c.recipientOrganizationId ?? null,
        signedOn: asDate(c.signedOn),
        expiresOn: asDateOrNull(c.expiresOn),
        revokedAt: asDateOrNull(c.revokedAt),
      })),
    };
  }


  function programClaimLines(
    level: LevelOfCare,
    payer: PayerKey,
    substanceUse: boolean,
    day: string,
    components: ProgramComponent[],
    programDayId: string,
    authorizationId: string | null,
  ): ServiceLine[] {
    const minutes = components.reduce((sum, c) => sum + c.minutes, 0);
    // Medicare OPPS PHP/IOP bills each service with its HCPCS code and revenue code; Medicaid
    // and commercial plans pay a per diem: one revenue code and one unit per program day.
    if (payer === 'medicare' && (level === 'PHP' || level === 'IOP')) {
      return components.map((c) => ({ serviceDate: day, procedureCode: c.code, modifiers: [], units: 1, placeOfService: null, revenueCode: c.revenueCode, minutes: c.minutes, renderingProviderId: null, programDayId, authorizationId }));
    }
    const perDiem = perDiemCode(level, payer, substanceUse);
    // Medicaid marks the lines of a substance-use program with HF (DOMAIN.md section 4).
    const modifiers = payer === 'example-medicaid' && substanceUse ? ['HF'] : [];
    return [{ serviceDate: day, procedureCode: perDiem.code, modifiers, units: 1, placeOfService: null, revenueCode: perDiem.revenueCode, minutes, renderingProviderId: null, programDayId, authorizationId }];
  }
}

// ---------------------------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------------------------

interface ProgramComponent {
  code: string;
  revenueCode: string;
  minutes: number;
}

function programComponents(rng: SeededRandom, level: LevelOfCare, payer: PayerKey): ProgramComponent[] {
  const group = payer === 'medicare' ? 'G0410' : '90853';
  const short = rng.chance(0.08);
  // A full PHP day runs about six hours; a short one (the patient left early) four.
  if (level === 'PHP') {
    const list: ProgramComponent[] = [
      { code: group, revenueCode: '0915', minutes: 90 },
      { code: 'G0177', revenueCode: '0942', minutes: 60 },
      { code: group, revenueCode: '0915', minutes: 90 },
    ];
    if (!short) {
      list.push({ code: 'G0176', revenueCode: '0904', minutes: 60 }, { code: group, revenueCode: '0915', minutes: 60 });
      if (rng.chance(0.4)) {
        list.push({ code: '90834', revenueCode: '0914', minutes: 45 });
      }
    }
    return list;
  }
  if (level === 'IOP') {
    const list: ProgramComponent[] = [
      { code: group, revenueCode: '0915', minutes: 60 },
      { code: 'G0177', revenueCode: '0942', minutes: 60 },
    ];
    if (!short) {
      list.push({ code: group, revenueCode: '0915', minutes: 60 });
    }
    return list;
  }
  // Residential and detox days: counseling services inside a per diem.
  return [
    { code: 'H0005', revenueCode: '0915', minutes: 90 },
    { code: 'H0004', revenueCode: '0914', minutes: 45 },
    ...(short ? [] : [{ code: 'H0005', revenueCode: '0915', minutes: 60 }]),
  ];
}

function perDiemCode(level: LevelOfCare, payer: PayerKey, substanceUse: boolean): { code: string; revenueCode: string } {
  switch (level) {
    case 'PHP':
      return payer === 'example-medicaid' ? { code: 'H0035', revenueCode: '0913' } : { code: 'S0201', revenueCode: '0913' };
    case 'IOP':
      // H0015 is the substance-use IOP; S9480 the mental-health one (DOMAIN.md section 2a).
      return payer === 'example-medicaid' && substanceUse ? { code: 'H0015', revenueCode: '0906' } : { code: 'S9480', revenueCode: '0905' };
    case 'DETOX':
      return { code: 'H0010', revenueCode: '0116' };
    case 'RESIDENTIAL':
      return { code: 'H0018', revenueCode: '1002' };
    case 'OUTPATIENT':
      return { code: 'H0004', revenueCode: '0914' };
  }
}

function enrollmentFor(
  rng: SeededRandom,
  type: LicensureType,
  payer: PayerKey,
  hiredOn: string,
  today: string,
  recentHire: boolean,
): { status: 'APPLIED' | 'PENDING' | 'ENROLLED' | 'DENIED' | 'TERMINATED'; from: string | null; to: string | null } | null {
  if (payer === 'medicare' && (type === 'ADDICTION_COUNSELOR' || type === 'PEER_SPECIALIST')) {
    return null;
  }
  if (payer === 'cascade-mutual' && (type === 'LMFT' || type === 'PEER_SPECIALIST')) {
    return { status: 'DENIED', from: null, to: null };
  }
  if (type === 'PEER_SPECIALIST' && payer !== 'example-medicaid') {
    return null;
  }
  if (recentHire && payer !== 'example-medicaid') {
    return { status: rng.pick(['APPLIED', 'PENDING'] as const), from: null, to: null };
  }
  let from = addDays(hiredOn, rng.int(30, 120));
  // Medicare enrolled marriage and family therapists and mental health counselors only from
  // 2024-01-01 (Consolidated Appropriations Act, 2023; DOMAIN.md section 4).
  if (payer === 'medicare' && (type === 'LMFT' || type === 'LPC_LMHC') && from < '2024-01-01') {
    from = addDays('2024-01-01', rng.int(0, 200));
  }
  if (from > addDays(today, -1)) {
    return { status: 'PENDING', from: null, to: null };
  }
  // One in fifty enrollments ended a few months ago (a credentialing gap).
  if (rng.chance(0.02)) {
    return { status: 'TERMINATED', from, to: addDays(today, -rng.int(30, 100)) };
  }
  return { status: 'ENROLLED', from, to: null };
}

function pickTherapyCode(rng: SeededRandom): string {
  return rng.weighted([
    ['90834', 48],
    ['90837', 32],
    ['90832', 12],
    ['90847', 5],
    ['90853', 3],
  ] as const);
}

function minutesFor(rng: SeededRandom, code: string): number {
  switch (code) {
    case '90832':
      return rng.int(20, 37);
    case '90834':
      return rng.int(38, 52);
    case '90837':
      return rng.int(53, 65);
    case '90791':
      return rng.int(55, 80);
    case '90847':
    case '90846':
      return rng.int(45, 55);
    case '90853':
      return rng.int(60, 90);
    case '99213':
      return rng.int(20, 30);
    case '99214':
      return rng.int(30, 45);
    case 'H0004':
      return rng.pick([45, 60]);
    default:
      return 50;
  }
}

function nextWeekday(date: string): string {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

function nextMonday(date: string): string {
  const day = dayOfWeek(date);
  return addDays(date, day === 1 ? 0 : (8 - day) % 7);
}

function lineCharge(line: ServiceLine): string {
  return chargeFor(line.procedureCode, line.units);
}

function cents(amount: string): number {
  const [whole = '0', fraction = '0'] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function money(totalCents: number): string {
  const sign = totalCents < 0 ? '-' : '';
  const abs = Math.abs(totalCents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
