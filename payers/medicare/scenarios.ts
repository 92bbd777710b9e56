// Medicare scenarios: each case names the rule it exercises; the rule's source is in DOMAIN.md.

import { defineScenarios } from '../../test/kit/index.ts';
import type { LevelOfCare, SnapshotOverrides } from '../../src/policy/types.ts';

const untimed = { minutes: null, sessionStart: null, sessionEnd: null };

/** A one-day facility claim of a PHP or IOP program, in a week with `days` program days of `services` one-hour services. */
function programClaim(level: LevelOfCare, date: string, days: string[], services: number, billType = '0131'): SnapshotOverrides {
  return {
    date,
    claim: { type: 'INSTITUTIONAL', billType },
    line: { procedureCode: '90853', revenueCode: '0915', placeOfService: null, diagnosisPointers: [], ...untimed },
    episode: { levelOfCare: level, startDate: '2023-06-01', endDate: null, previousLevelOfCare: null, transition: null },
    programDays: days.map((day) => ({
      date: day,
      levelOfCare: level,
      services: Array.from({ length: services }, () => ({ code: '90853', minutes: 60 })),
    })),
    treatmentPlan: { startDate: '2023-06-01', lastReviewedOn: date, nextReviewDue: null },
  };
}

export default defineScenarios([
  {
    name: 'a 45-minute office session by a clinical social worker is clean',
    rule: 'provider-credentialed',
    claim: { date: '2023-05-09' },
    findings: [],
    version: '2023.1',
  },
  {
    name: 'a marriage and family therapist could not bill Medicare in 2023',
    rule: 'provider-credentialed',
    claim: { date: '2023-12-29', provider: { licensureType: 'LMFT' } },
    findings: [{ messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED', carc: '185', rarc: 'N95' }],
    version: '2023.1',
  },
  {
    name: 'a marriage and family therapist bills from 1 January 2024',
    rule: 'provider-credentialed',
    claim: { date: '2024-01-02', provider: { licensureType: 'LMFT' } },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'a mental health counselor bills on the 2024 version’s first day',
    rule: 'provider-credentialed',
    claim: { date: '2024-01-01', provider: { licensureType: 'LPC_LMHC' } },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'peer specialists are not Medicare practitioners',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09', provider: { licensureType: 'PEER_SPECIALIST' } },
    findings: ['PROVIDER_TYPE_NOT_CREDENTIALED'],
  },
  {
    name: 'a session before the enrollment’s effective date is not paid',
    rule: 'provider-credentialed',
    claim: {
      date: '2024-01-23',
      provider: { enrollments: [{ status: 'ENROLLED', effectiveFrom: '2024-02-01', effectiveTo: null, inNetwork: true }] },
    },
    findings: [{ messageId: 'PROVIDER_NOT_ENROLLED', carc: 'B7' }],
  },
  {
    name: 'HCPCS H-codes are not payable by Medicare',
    rule: 'covered-services',
    claim: { date: '2024-04-09', line: { procedureCode: 'H0004', units: 4, ...untimed } },
    findings: [{ messageId: 'CODE_NOT_COVERED', carc: '96', data: { code: 'H0004' } }],
  },
  {
    name: 'there was no IOP benefit in 2023',
    rule: 'covered-services',
    claim: programClaim('IOP', '2023-10-10', ['2023-10-09', '2023-10-10', '2023-10-12'], 3),
    findings: [{ messageId: 'LEVEL_OF_CARE_NOT_COVERED', carc: '204', data: { levelOfCare: 'IOP' } }],
    version: '2023.1',
  },
  {
    name: 'an IOP day from 2024 on a hospital outpatient type of bill is clean',
    rule: 'opps-program-bill-type',
    claim: programClaim('IOP', '2024-10-08', ['2024-10-07', '2024-10-08', '2024-10-10'], 3),
    findings: [],
    version: '2024.1',
  },
  {
    name: 'an IOP claim on a type of bill outside OPPS is returned',
    rule: 'opps-program-bill-type',
    claim: programClaim('IOP', '2024-10-08', ['2024-10-07', '2024-10-08', '2024-10-10'], 3, '0891'),
    findings: [{ messageId: 'PROGRAM_BILL_TYPE', carc: '5', suggestion: { kind: 'CHANGE_BILL_TYPE', to: ['0131', '0761', '0851'] } }],
  },
  {
    name: 'a PHP week under 20 hours draws only an informational remittance message',
    rule: 'program-week-minimum',
    claim: programClaim('PHP', '2024-10-08', ['2024-10-07', '2024-10-08', '2024-10-10'], 4),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', severity: 'info', data: { hours: 12, minimum: 20 } }],
  },
  {
    name: 'a PHP day with two services is below the per-diem tiers',
    rule: 'program-day-minimum',
    claim: programClaim('PHP', '2024-10-08', ['2024-10-07', '2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11'], 2),
    findings: [
      { messageId: 'PROGRAM_DAY_BELOW_MINIMUM_SERVICES', severity: 'warn', data: { services: 2, minimum: 3 } },
      { messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', severity: 'info', data: { hours: 10 } },
    ],
  },
  {
    name: '37 minutes support 90832, not 90834',
    rule: 'time-based-code',
    claim: { date: '2024-04-09', line: { minutes: 37, sessionEnd: '2024-04-09T15:37:00.000Z' } },
    findings: [{ messageId: 'TIME_CODE_NOT_SUPPORTED', suggestion: { kind: 'REPLACE_CODE', to: '90832' } }],
  },
  {
    name: 'under 16 minutes no psychotherapy code is billed',
    rule: 'time-based-code',
    claim: { date: '2024-04-09', line: { procedureCode: '90832', minutes: 15, sessionEnd: '2024-04-09T15:15:00.000Z' } },
    findings: ['PSYCHOTHERAPY_UNDER_MINIMUM'],
  },
  {
    name: 'psychotherapy beside an E/M visit uses the add-on code',
    rule: 'time-based-code',
    claim: {
      date: '2024-04-09',
      provider: { licensureType: 'PSYCHIATRIC_NP' },
      lines: [{ procedureCode: '99214', ...untimed }, {}],
    },
    findings: [{ messageId: 'PSYCHOTHERAPY_WITH_EM_USE_ADD_ON', lineNumber: 2, suggestion: { to: '90836' } }],
  },
  {
    name: 'a diagnostic evaluation is not paid on the same day as an E/M visit',
    rule: 'code-pair-exclusion',
    claim: {
      date: '2024-04-09',
      provider: { licensureType: 'PSYCHIATRIST' },
      lines: [{ procedureCode: '90791', ...untimed }, { procedureCode: '99214', ...untimed }],
    },
    findings: [{ messageId: 'CODE_PAIR_NOT_ALLOWED', lineNumber: 1, data: { code: '90791', other: '99214' } }],
  },
  {
    name: 'telehealth in 2023: the in-person place of service with modifier 95',
    rule: 'telehealth',
    claim: { date: '2023-05-09', line: { telehealth: 'VIDEO', modifiers: ['95'] } },
    findings: [],
  },
  {
    name: 'telehealth in 2023 without modifier 95',
    rule: 'telehealth',
    claim: { date: '2023-05-09', line: { telehealth: 'VIDEO', placeOfService: '10' } },
    findings: [{ messageId: 'TELEHEALTH_MODIFIER_MISSING', carc: '4', suggestion: { kind: 'ADD_MODIFIER', modifier: '95' } }],
  },
  {
    name: 'from 2024 modifier 95 is no longer needed at home',
    rule: 'telehealth',
    claim: { date: '2024-05-07', line: { telehealth: 'VIDEO', placeOfService: '10', modifiers: ['95'] } },
    findings: [{ messageId: 'TELEHEALTH_MODIFIER_NOT_NEEDED', severity: 'info' }],
  },
  {
    name: 'from 2025 audio-only mental health is for a patient at home',
    rule: 'telehealth',
    claim: { date: '2025-03-04', line: { telehealth: 'AUDIO_ONLY', placeOfService: '02', modifiers: ['93'] } },
    findings: [{ messageId: 'AUDIO_ONLY_PATIENT_NOT_HOME', suggestion: { to: '10' } }],
    version: '2025.1',
  },
  {
    name: 'audio-only at home with modifier 93',
    rule: 'telehealth',
    claim: { date: '2025-03-04', line: { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['93'] } },
    findings: [],
  },
  {
    name: 'the last day of the 12-month filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-15' },
    today: '2025-03-15',
    findings: [{ messageId: 'TIMELY_FILING_DUE_SOON', data: { deadline: '2025-03-15', daysLeft: 0 } }],
  },
  {
    name: 'a day after the 12-month filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-15' },
    today: '2025-03-16',
    findings: [{ messageId: 'TIMELY_FILING_EXPIRED', carc: '29', rarc: 'N211' }],
  },
  {
    name: 'no annual psychotherapy visit cap',
    rule: 'benefit-limit',
    claim: { date: '2024-11-05', usage: [{ serviceDate: '2024-02-01', procedureCode: '90834', count: 60, units: 60 }] },
    findings: [],
  },
  {
    name: 'a Part 2 program’s claim without a consent for payment',
    rule: 'part2-consent',
    claim: { date: '2024-04-09', part2: { isPart2Record: true, consents: [] } },
    findings: [{ messageId: 'PART2_CONSENT_MISSING', suggestion: { kind: 'OBTAIN_CONSENT' } }],
  },
]);
