// Northwind Health Plan (fictional) scenarios: each case names the rule it exercises; the rule's source is in DOMAIN.md.

import { defineScenarios, programDays, session, UNTIMED } from '../../test/kit/index.ts';
import type { LevelOfCare, SnapshotOverrides } from '../../src/policy/types.ts';

const visits = (count: number, serviceDate: string) => [{ serviceDate, procedureCode: '90834', count, units: count }];

/** A program day on Tuesday 2024-10-08 with program days of `hours` that week, authorized. */
function programDay(level: LevelOfCare, code: string, hours: Record<string, number>, overrides: SnapshotOverrides = {}): SnapshotOverrides {
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
    ...overrides,
  };
}

export default defineScenarios([
  {
    name: 'a clinical social worker’s 45-minute session is clean',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09' },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'marriage and family therapists were not credentialed before July 2025',
    rule: 'provider-credentialed',
    claim: { date: '2025-06-30', provider: { licensureType: 'LMFT' } },
    findings: [{ messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED', carc: '185' }],
    version: '2024.1',
  },
  {
    name: 'marriage and family therapists bill from the mid-year version’s first day',
    rule: 'provider-credentialed',
    claim: { date: '2025-07-01', provider: { licensureType: 'LMFT' } },
    findings: [],
    version: '2025.2',
  },
  {
    name: 'the 18th visit of 20 notes that two are left',
    rule: 'benefit-limit',
    claim: { date: '2024-09-10', usage: visits(17, '2024-02-01') },
    findings: [{ messageId: 'BENEFIT_LIMIT_LOW', severity: 'info', data: { left: 2, max: 20 } }],
  },
  {
    name: 'the 21st visit of the year is over the limit',
    rule: 'benefit-limit',
    claim: { date: '2024-09-10', usage: visits(20, '2024-02-01') },
    findings: [{ messageId: 'BENEFIT_LIMIT_REACHED', carc: '119', rarc: 'N130', data: { used: 20, max: 20 } }],
  },
  {
    name: 'the limit holds on the last day of the benefit year',
    rule: 'benefit-limit',
    claim: { date: '2024-12-31', usage: visits(20, '2024-02-01') },
    findings: [{ messageId: 'BENEFIT_LIMIT_REACHED', data: { yearEnd: '2024-12-31' } }],
  },
  {
    name: 'the count starts again on the first day of the next benefit year',
    rule: 'benefit-limit',
    claim: { date: '2025-01-01', usage: visits(20, '2024-02-01') },
    findings: [],
  },
  {
    name: 'the raise to 30 visits counts the visits already used this year',
    rule: 'benefit-limit',
    claim: { date: '2025-07-01', usage: visits(20, '2025-02-01') },
    findings: [],
    version: '2025.2',
  },
  {
    name: 'an IOP day needs an authorization',
    rule: 'prior-authorization',
    claim: programDay('IOP', 'S9480', { '2024-10-07': 3, '2024-10-08': 3, '2024-10-10': 3 }, { authorizations: [] }),
    findings: [{ messageId: 'AUTHORIZATION_REQUIRED', carc: '197' }],
  },
  {
    name: 'an IOP day of two hours is under the three-hour minimum',
    rule: 'program-day-minimum',
    claim: programDay('IOP', 'S9480', { '2024-10-07': 3.5, '2024-10-08': 2, '2024-10-10': 3.5 }),
    findings: [{ messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', severity: 'deny', data: { hours: 2, minimum: 3 } }],
  },
  {
    name: 'an IOP week of two days is denied',
    rule: 'program-week-minimum',
    claim: programDay('IOP', 'S9480', { '2024-10-07': 4.5, '2024-10-08': 4.5 }),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_DAYS', severity: 'deny', carc: '50' }],
  },
  {
    name: 'a PHP day of six hours is clean',
    rule: 'program-day-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 6, '2024-10-08': 6, '2024-10-09': 6, '2024-10-10': 6 }),
    findings: [],
  },
  {
    name: 'a PHP day of five hours is denied',
    rule: 'program-day-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 6, '2024-10-08': 5, '2024-10-09': 6, '2024-10-10': 6 }),
    findings: [{ messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', data: { hours: 5, minimum: 6 } }],
  },
  {
    name: 'audio-only was not covered before July 2025',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['93'] } },
    findings: [{ messageId: 'AUDIO_ONLY_NOT_COVERED', carc: '204' }],
  },
  {
    name: 'audio-only with modifier 93 is covered from July 2025',
    rule: 'telehealth',
    claim: { date: '2025-07-01', line: { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['93'] } },
    findings: [],
  },
  {
    name: 'a claim a day past the 90-day filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-01' },
    today: '2024-05-31',
    findings: [{ messageId: 'TIMELY_FILING_EXPIRED', data: { deadline: '2024-05-30' } }],
  },
  {
    name: '52 minutes do not support 90837',
    rule: 'time-based-code',
    claim: { date: '2024-04-09', line: { procedureCode: '90837', ...session('2024-04-09', '15:00', 52) } },
    findings: [{ messageId: 'TIME_CODE_NOT_SUPPORTED', suggestion: { to: '90834' } }],
  },
  {
    name: 'routine psychotherapy is not paid beside crisis psychotherapy the same day',
    rule: 'code-pair-exclusion',
    claim: {
      date: '2024-04-09',
      lines: [{ procedureCode: '90839', ...session('2024-04-09', '09:00', 60) }, {}],
    },
    findings: [{ messageId: 'CODE_PAIR_NOT_ALLOWED', lineNumber: 2, carc: '97', rarc: 'N20' }],
  },
]);
