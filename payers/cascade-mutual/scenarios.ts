// Cascade Mutual Insurance (fictional) scenarios: each case names the rule it exercises; the rule's source is in DOMAIN.md.

import { defineScenarios, programDays, UNTIMED } from '../../test/kit/index.ts';
import type { AuthorizationSnapshot, LevelOfCare, SnapshotOverrides } from '../../src/policy/types.ts';

const visits = (count: number, serviceDate: string) => [{ serviceDate, procedureCode: '90834', count, units: count }];

function auth(overrides: Partial<AuthorizationSnapshot>): AuthorizationSnapshot {
  return {
    id: 'auth-1',
    status: 'APPROVED',
    levelOfCare: null,
    procedureCodes: ['90834', '90837'],
    startDate: '2023-07-01',
    endDate: '2024-06-30',
    unitType: 'VISITS',
    unitsApproved: 40,
    unitsUsed: 18,
    providerId: null,
    ...overrides,
  };
}

/** A program day on Tuesday 2024-10-08 in a week of program days of `hours`, authorized. */
function programDay(level: LevelOfCare, code: string, hours: Record<string, number>): SnapshotOverrides {
  return {
    date: '2024-10-08',
    line: { procedureCode: code, placeOfService: '52', ...UNTIMED },
    authorizations: [auth({ levelOfCare: level, procedureCodes: [], unitType: 'DAYS', startDate: '2024-10-01', endDate: '2024-10-31', unitsUsed: 0 })],
    programDays: programDays(level, hours),
    treatmentPlan: { startDate: '2024-10-01', lastReviewedOn: null, nextReviewDue: null },
  };
}

export default defineScenarios([
  {
    name: 'a marriage and family therapist’s session is clean',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09', provider: { licensureType: 'LMFT' } },
    findings: [],
    version: '2024.1',
  },
  {
    name: 'addiction counselors are not credentialed',
    rule: 'provider-credentialed',
    claim: { date: '2024-04-09', provider: { licensureType: 'ADDICTION_COUNSELOR' } },
    findings: [{ messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED', suggestion: { kind: 'USE_PROVIDER' } }],
  },
  {
    name: 'the 31st visit, on the plan year’s last day, is over the limit',
    rule: 'benefit-limit',
    claim: { date: '2024-06-30', usage: visits(30, '2023-09-01'), authorizations: [auth({})] },
    findings: [{ messageId: 'BENEFIT_LIMIT_REACHED', data: { yearStart: '2023-07-01', yearEnd: '2024-06-30', max: 30 } }],
  },
  {
    name: 'a new plan year starts on 1 July',
    rule: 'benefit-limit',
    claim: { date: '2024-07-02', usage: visits(30, '2023-09-01') },
    findings: [],
  },
  {
    name: 'the Basic plan allows 20 visits',
    rule: 'benefit-limit',
    claim: {
      date: '2024-06-28',
      coverage: { planCode: 'basic' },
      usage: visits(20, '2023-09-01'),
      authorizations: [auth({})],
    },
    findings: [{ messageId: 'BENEFIT_LIMIT_REACHED', data: { max: 20 } }],
  },
  {
    name: 'an unknown plan code is judged as Gold, with a warning',
    rule: 'policy-in-force',
    claim: { date: '2024-04-09', coverage: { planCode: 'platinum' } },
    findings: [{ messageId: 'PLAN_CODE_UNKNOWN', data: { planCode: 'platinum', defaultPlan: 'gold' } }],
  },
  {
    name: 'the 13th visit of the plan year needs an authorization',
    rule: 'prior-authorization',
    claim: { date: '2024-09-10', usage: visits(12, '2024-07-15') },
    findings: [{ messageId: 'AUTHORIZATION_REQUIRED', data: { reason: 'visit 13 of the benefit year, over 12' } }],
  },
  {
    name: 'the 13th visit with an approved authorization is clean',
    rule: 'prior-authorization',
    claim: {
      date: '2024-09-10',
      usage: visits(12, '2024-07-15'),
      authorizations: [auth({ startDate: '2024-09-01', endDate: '2025-06-30', unitsUsed: 0 })],
    },
    findings: [],
  },
  {
    name: 'a PHP day under four hours is paid as an IOP day',
    rule: 'program-day-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 6, '2024-10-08': 3.5, '2024-10-09': 6, '2024-10-10': 6 }),
    findings: [
      {
        messageId: 'PROGRAM_DAY_BELOW_MINIMUM_HOURS',
        severity: 'warn',
        suggestion: { kind: 'REPLACE_CODE', from: 'H0035', to: 'S9480' },
      },
    ],
  },
  {
    name: 'a PHP week under 20 hours is denied',
    rule: 'program-week-minimum',
    claim: programDay('PHP', 'H0035', { '2024-10-07': 5, '2024-10-08': 5, '2024-10-09': 5 }),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', severity: 'deny', data: { hours: 15, minimum: 20 } }],
  },
  {
    name: 'an IOP week under nine hours is denied',
    rule: 'program-week-minimum',
    claim: programDay('IOP', 'S9480', { '2024-10-07': 3, '2024-10-08': 2.5, '2024-10-10': 3 }),
    findings: [{ messageId: 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', data: { hours: 8.5, minimum: 9 } }],
  },
  {
    name: 'telehealth in 2024 without modifier 95',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { telehealth: 'VIDEO', placeOfService: '10' } },
    findings: [{ messageId: 'TELEHEALTH_MODIFIER_MISSING', carc: '4', suggestion: { modifier: '95', alternatives: ['GT'] } }],
  },
  {
    name: 'telehealth in 2024 with GT',
    rule: 'telehealth',
    claim: { date: '2024-04-09', line: { telehealth: 'VIDEO', placeOfService: '02', modifiers: ['GT'] } },
    findings: [],
  },
  {
    name: 'from 2025 modifier 95 is no longer needed',
    rule: 'telehealth',
    claim: { date: '2025-01-01', line: { telehealth: 'VIDEO', placeOfService: '10', modifiers: ['95'] } },
    findings: [{ messageId: 'TELEHEALTH_MODIFIER_NOT_NEEDED', severity: 'info' }],
    version: '2025.1',
  },
  {
    name: 'audio-only with modifier 93 is covered',
    rule: 'telehealth',
    claim: { date: '2025-02-04', line: { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['93'] } },
    findings: [],
  },
  {
    name: 'the last day of the 180-day filing limit',
    rule: 'timely-filing',
    claim: { date: '2024-03-01' },
    today: '2024-08-28',
    findings: [{ messageId: 'TIMELY_FILING_DUE_SOON', data: { deadline: '2024-08-28', daysLeft: 0 } }],
  },
  {
    name: 'a claim submitted on the last day is timely, whenever it is judged',
    rule: 'timely-filing',
    claim: { date: '2024-03-01', claim: { status: 'SUBMITTED', submittedAt: '2024-08-28T16:00:00.000Z' } },
    today: '2024-12-01',
    findings: [],
  },
  {
    name: 'interactive complexity is not billed with family psychotherapy',
    rule: 'code-pair-exclusion',
    claim: {
      date: '2024-04-09',
      lines: [{ procedureCode: '90847', minutes: 50, sessionEnd: '2024-04-09T15:50:00.000Z' }, { procedureCode: '90785', ...UNTIMED }],
    },
    findings: [
      { messageId: 'ADD_ON_WITHOUT_PRIMARY', lineNumber: 2 },
      { messageId: 'CODE_PAIR_NOT_ALLOWED', lineNumber: 2, data: { code: '90785', other: '90847' } },
    ],
  },
]);
