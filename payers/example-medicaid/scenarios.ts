// Example State Medicaid scenarios: each case names the rule it exercises; the rule's source is in DOMAIN.md.

import { defineScenarios } from '../../test/kit/index.ts';
import type { AuthorizationSnapshot, EpisodeSnapshot, LevelOfCare, SnapshotOverrides } from '../../src/policy/types.ts';

const untimed = { minutes: null, sessionStart: null, sessionEnd: null };
const sud = [{ position: 1, code: 'F10.20' }];

function auth(level: LevelOfCare, overrides: Partial<AuthorizationSnapshot> = {}): AuthorizationSnapshot {
  return {
    id: `auth-${level.toLowerCase()}`,
    status: 'APPROVED',
    levelOfCare: level,
    procedureCodes: [],
    startDate: '2024-09-01',
    endDate: '2024-11-30',
    unitType: 'DAYS',
    unitsApproved: 36,
    unitsUsed: 4,
    providerId: null,
    ...overrides,
  };
}

/** A substance-use IOP day (H0015) on Tuesday 2024-10-08, in a week of program days of `hours`. */
function iopDay(hours: Record<string, number>, overrides: SnapshotOverrides = {}): SnapshotOverrides {
  return {
    date: '2024-10-08',
    line: { procedureCode: 'H0015', modifiers: ['HF', 'HN'], placeOfService: '57', ...untimed },
    provider: { licensureType: 'ADDICTION_COUNSELOR' },
    diagnoses: sud,
    authorizations: [auth('IOP')],
    programDays: Object.entries(hours).map(([date, h]) => ({
      date,
      levelOfCare: 'IOP',
      services: [
        { code: 'H0005', minutes: (h * 60) / 2 },
        { code: 'H0004', minutes: (h * 60) / 2 },
      ],
    })),
    treatmentPlan: { startDate: '2024-09-01', lastReviewedOn: '2024-09-30', nextReviewDue: '2024-10-30' },
    ...overrides,
  };
}

const fullWeek = { '2024-10-07': 3, '2024-10-08': 3, '2024-10-10': 3 };
const stepDown: EpisodeSnapshot = {
  levelOfCare: 'IOP',
  startDate: '2024-09-20',
  endDate: null,
  previousLevelOfCare: 'PHP',
  transition: 'STEP_DOWN',
};

export default defineScenarios([
  {
    name: 'a clinical social worker’s session with modifier HO is clean',
    rule: 'licensure-modifier',
    claim: { date: '2024-04-09', line: { modifiers: ['HO'] } },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'a master’s-level clinician’s line without HO is denied',
    rule: 'licensure-modifier',
    claim: { date: '2024-04-09' },
    findings: [{ messageId: 'LICENSURE_MODIFIER_MISSING', carc: '4', rarc: 'N822', suggestion: { kind: 'ADD_MODIFIER', modifier: 'HO' } }],
  },
  {
    name: 'a psychologist’s line carries HP, not HO',
    rule: 'licensure-modifier',
    claim: { date: '2024-04-09', provider: { licensureType: 'PSYCHOLOGIST' }, line: { modifiers: ['HO'] } },
    findings: [{ messageId: 'LICENSURE_MODIFIER_WRONG', suggestion: { kind: 'REPLACE_MODIFIER', from: 'HO', to: 'HP' } }],
  },
  {
    name: 'a psychiatrist’s E/M visit needs no licensure modifier',
    rule: 'licensure-modifier',
    claim: { date: '2024-04-09', provider: { licensureType: 'PSYCHIATRIST' }, line: { procedureCode: '99214', ...untimed } },
    findings: [],
  },
  {
    name: 'an addiction counselor bills substance-use group counseling with HF and HN',
    rule: 'code-scope',
    claim: {
      date: '2024-04-09',
      provider: { licensureType: 'ADDICTION_COUNSELOR' },
      line: { procedureCode: 'H0005', modifiers: ['HF', 'HN'], placeOfService: '57', ...untimed },
      diagnoses: sud,
    },
    findings: [],
  },
  {
    name: 'an addiction counselor may not bill individual psychotherapy codes',
    rule: 'code-scope',
    claim: { date: '2024-04-09', provider: { licensureType: 'ADDICTION_COUNSELOR' }, line: { modifiers: ['HN'] } },
    findings: [{ messageId: 'CODE_NOT_IN_PROVIDER_SCOPE', carc: '8', rarc: 'N95' }],
  },
  {
    name: 'peer specialists are not credentialed',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09', provider: { licensureType: 'PEER_SPECIALIST' } },
    findings: ['PROVIDER_TYPE_NOT_CREDENTIALED'],
  },
  {
    name: 'a substance-use IOP day in a full week, authorized, is clean',
    rule: 'program-day-minimum',
    claim: iopDay(fullWeek),
    findings: [],
  },
  {
    name: 'an IOP day without an authorization on file',
    rule: 'prior-authorization',
    claim: iopDay(fullWeek, { authorizations: [] }),
    findings: [{ messageId: 'AUTHORIZATION_REQUIRED', carc: '197', suggestion: { kind: 'OBTAIN_AUTHORIZATION', levelOfCare: 'IOP' } }],
  },
  {
    name: 'an IOP day of 2.5 hours is under the 3-hour minimum',
    rule: 'program-day-minimum',
    claim: iopDay({ '2024-10-07': 3.5, '2024-10-08': 2.5, '2024-10-10': 3.5 }),
    findings: [{ messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', severity: 'deny', carc: '50', data: { hours: 2.5, minimum: 3 } }],
  },
  {
    name: 'an IOP week of two days draws a warning',
    rule: 'program-week-minimum',
    claim: iopDay({ '2024-10-07': 4.5, '2024-10-08': 4.5 }),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_DAYS', severity: 'warn', data: { days: 2, minimum: 3 } }],
  },
  {
    name: 'a step-down from PHP to IOP needs its own authorization',
    rule: 'prior-authorization',
    claim: iopDay(fullWeek, { authorizations: [auth('PHP')], episode: stepDown }),
    findings: [
      {
        messageId: 'AUTHORIZATION_LEVEL_MISMATCH',
        rarc: 'N54',
        data: { authorized: 'PHP', levelOfCare: 'IOP', transition: 'STEP_DOWN' },
        suggestion: { kind: 'OBTAIN_AUTHORIZATION', levelOfCare: 'IOP' },
      },
    ],
  },
  {
    name: 'the last authorized day is noted',
    rule: 'prior-authorization',
    claim: iopDay(fullWeek, { authorizations: [auth('IOP', { unitsApproved: 10, unitsUsed: 9 })] }),
    findings: [{ messageId: 'AUTHORIZATION_LAST_UNITS', severity: 'info' }],
  },
  {
    name: 'a day past the authorized days is denied',
    rule: 'prior-authorization',
    claim: iopDay(fullWeek, { authorizations: [auth('IOP', { unitsApproved: 10, unitsUsed: 10 })] }),
    findings: [{ messageId: 'AUTHORIZATION_UNITS_EXCEEDED', carc: '198', rarc: 'N362', suggestion: { kind: 'SPLIT_UNITS' } }],
  },
  {
    name: 'substance-use IOP needs a substance-use diagnosis',
    rule: 'sud-diagnosis',
    claim: iopDay(fullWeek, { diagnoses: [{ position: 1, code: 'F33.1' }] }),
    findings: [{ messageId: 'SUD_DIAGNOSIS_REQUIRED', carc: '11' }],
  },
  {
    name: 'an IOP treatment plan not reviewed in 30 days',
    rule: 'treatment-plan-review',
    claim: iopDay(fullWeek, { treatmentPlan: { startDate: '2024-08-01', lastReviewedOn: '2024-09-07', nextReviewDue: null } }),
    findings: [{ messageId: 'TREATMENT_PLAN_REVIEW_OVERDUE', severity: 'warn', data: { due: '2024-10-07' } }],
  },
  {
    name: 'residential care without a treatment plan on file',
    rule: 'treatment-plan-review',
    claim: {
      date: '2024-10-08',
      line: { procedureCode: 'H0018', modifiers: ['HO'], placeOfService: '55', ...untimed },
      authorizations: [auth('RESIDENTIAL')],
    },
    findings: ['TREATMENT_PLAN_MISSING'],
  },
  {
    name: 'the last day of the 95-day filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-01', line: { modifiers: ['HO'] } },
    today: '2024-06-04',
    findings: [{ messageId: 'TIMELY_FILING_DUE_SOON', data: { deadline: '2024-06-04', daysLeft: 0 } }],
  },
  {
    name: 'a day after the 95-day filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-01', line: { modifiers: ['HO'] } },
    today: '2024-06-05',
    findings: [{ messageId: 'TIMELY_FILING_EXPIRED', carc: '29' }],
  },
  {
    name: 'video telehealth needs modifier 95 or GT',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { modifiers: ['HO'], telehealth: 'VIDEO', placeOfService: '10' } },
    findings: [{ messageId: 'TELEHEALTH_MODIFIER_MISSING', suggestion: { modifier: '95', alternatives: ['GT'] } }],
  },
  {
    name: 'video telehealth with GT is clean',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { modifiers: ['HO', 'GT'], telehealth: 'VIDEO', placeOfService: '10' } },
    findings: [],
  },
  {
    name: 'audio-only was not covered before July 2025',
    rule: 'telehealth',
    claim: { date: '2025-06-30', line: { modifiers: ['HO', 'FQ'], telehealth: 'AUDIO_ONLY', placeOfService: '10' } },
    findings: ['AUDIO_ONLY_NOT_COVERED'],
    version: '2024.1',
  },
  {
    name: 'audio-only with FQ is covered from the mid-year version’s first day',
    rule: 'telehealth',
    claim: { date: '2025-07-01', line: { modifiers: ['HO', 'FQ'], telehealth: 'AUDIO_ONLY', placeOfService: '10' } },
    findings: [],
    version: '2025.2',
  },
  {
    name: 'a Part 2 program’s claim after the patient revoked the consent',
    rule: 'part2-consent',
    claim: iopDay(fullWeek, {
      part2: {
        isPart2Record: true,
        consents: [{ id: 'c1', purposes: ['PAYMENT'], signedOn: '2024-09-01', expiresOn: null, revokedOn: '2024-10-09' }],
      },
    }),
    findings: [{ messageId: 'PART2_CONSENT_MISSING', data: { date: '2024-10-15' } }],
  },
]);
