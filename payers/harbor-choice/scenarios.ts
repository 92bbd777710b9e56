// Harbor Choice Health (fictional) scenarios: each case names the rule it exercises; the rule's source is in DOMAIN.md.

import { defineScenarios, programDays, session, UNTIMED } from '../../test/kit/index.ts';
import type { LevelOfCare, SnapshotOverrides } from '../../src/policy/types.ts';

/** A program day on Tuesday 2024-10-08 (weeks run Monday to Sunday) in a week of program days of `hours`, authorized. */
function programDay(level: LevelOfCare, code: string, hours: Record<string, number>): SnapshotOverrides {
  return {
    date: '2024-10-08',
    line: { procedureCode: code, placeOfService: '52', ...UNTIMED },
    authorizations: [
      {
        id: 'auth-1',
        status: 'APPROVED',
        levelOfCare: level,
        procedureCodes: [],
        startDate: '2024-10-01',
        endDate: '2024-10-31',
        unitType: 'DAYS',
        unitsApproved: 20,
        unitsUsed: 0,
        providerId: null,
      },
    ],
    programDays: programDays(level, hours),
    treatmentPlan: { startDate: '2024-10-01', lastReviewedOn: null, nextReviewDue: null },
  };
}

const diagnoses = (n: number) => Array.from({ length: n }, (_, i) => ({ position: i + 1, code: i === 0 ? 'F33.1' : 'F41.1' }));

export default defineScenarios([
  {
    name: 'a psychologist’s 60-minute session is clean',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09', provider: { licensureType: 'PSYCHOLOGIST' }, line: { procedureCode: '90837', ...session('2024-04-09', '15:00', 60) } },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'counselors were not credentialed before October 2024',
    rule: 'provider-credentialed',
    claim: { date: '2024-09-30', provider: { licensureType: 'LPC_LMHC' } },
    findings: [{ messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED', carc: '185' }],
  },
  {
    name: 'counselors bill from the version’s first day, 1 October 2024',
    rule: 'provider-credentialed',
    claim: { date: '2024-10-01', provider: { licensureType: 'LPC_LMHC' } },
    findings: [],
    version: '2024.2',
  },
  {
    name: 'marriage and family therapists are not credentialed',
    rule: 'provider-credentialed',
    claim: { date: '2024-11-05', provider: { licensureType: 'LMFT' } },
    findings: ['PROVIDER_TYPE_NOT_CREDENTIALED'],
  },
  {
    name: 'no annual visit limit',
    rule: 'benefit-limit',
    claim: { date: '2024-11-05', usage: [{ serviceDate: '2024-03-01', procedureCode: '90834', count: 45, units: 45 }] },
    findings: [],
  },
  {
    name: 'no residential benefit',
    rule: 'covered-services',
    claim: {
      date: '2024-11-05',
      line: { procedureCode: 'H0018', placeOfService: '56', ...UNTIMED },
      treatmentPlan: { startDate: '2024-11-01', lastReviewedOn: null, nextReviewDue: null },
    },
    findings: [{ messageId: 'LEVEL_OF_CARE_NOT_COVERED', carc: '204', data: { levelOfCare: 'RESIDENTIAL' } }],
  },
  {
    name: 'a PHP day of four hours is clean',
    rule: 'program-day-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 5, '2024-10-08': 4, '2024-10-09': 5, '2024-10-10': 5, '2024-10-11': 5 }),
    findings: [],
  },
  {
    name: 'a PHP day under four hours is denied',
    rule: 'program-day-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 5, '2024-10-08': 3.5, '2024-10-09': 5, '2024-10-10': 5, '2024-10-11': 5 }),
    findings: [{ messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', severity: 'deny', data: { hours: 3.5, minimum: 4 } }],
  },
  {
    name: 'an IOP week (Monday to Sunday) of two days draws a warning',
    rule: 'program-week-minimum',
    claim: programDay('IOP', 'S9480', { '2024-10-08': 4.5, '2024-10-13': 4.5 }),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_DAYS', severity: 'warn', data: { weekStart: '2024-10-07', weekEnd: '2024-10-13' } }],
  },
  {
    name: 'audio-only to a patient away from home is not covered',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { telehealth: 'AUDIO_ONLY', placeOfService: '02', modifiers: ['FQ'] } },
    findings: [{ messageId: 'AUDIO_ONLY_PATIENT_NOT_HOME' }],
  },
  {
    name: 'audio-only at home with FQ is clean',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['FQ'] } },
    findings: [],
  },
  {
    name: 'a claim a day past the 120-day filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-01' },
    today: '2024-06-30',
    findings: [{ messageId: 'TIMELY_FILING_EXPIRED', data: { deadline: '2024-06-29' } }],
  },
  {
    name: 'an add-on psychotherapy code alone is denied',
    rule: 'add-on-code',
    claim: { date: '2024-04-09', provider: { licensureType: 'PSYCHIATRIST' }, line: { procedureCode: '90833', ...session('2024-04-09', '15:00', 20) } },
    findings: [{ messageId: 'ADD_ON_WITHOUT_PRIMARY', rarc: 'N122' }],
  },
  {
    name: 'a pointer at a diagnosis the claim does not have',
    rule: 'diagnosis-pointer',
    claim: { date: '2024-04-09', line: { diagnosisPointers: [1, 3] }, diagnoses: diagnoses(2) },
    findings: [{ messageId: 'DIAGNOSIS_POINTER_INVALID', data: { problem: 'pointer 3 points at no diagnosis of the claim' } }],
  },
  {
    name: 'thirteen diagnoses do not fit a professional claim',
    rule: 'diagnosis-count',
    claim: { date: '2024-04-09', diagnoses: diagnoses(13) },
    findings: [{ messageId: 'DIAGNOSIS_COUNT_EXCEEDED', data: { count: 13, max: 12 } }],
  },
  {
    name: 'family psychotherapy of 25 minutes is under the minimum',
    rule: 'family-psychotherapy',
    claim: { date: '2024-04-09', line: { procedureCode: '90847', ...session('2024-04-09', '15:00', 25) } },
    findings: ['FAMILY_UNDER_MINIMUM'],
  },
  {
    name: 'a session after the coverage ended',
    rule: 'coverage-active',
    claim: { date: '2024-04-09', coverage: { effectiveTo: '2024-03-31' } },
    findings: [{ messageId: 'COVERAGE_ENDED', carc: '27' }],
  },
]);
