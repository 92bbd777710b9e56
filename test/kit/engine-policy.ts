// A fictional policy for the engine's own unit tests: every rule family switched on with simple
// numbers, two versions (a mid-year change) and a second plan, so each rule and each boundary can
// be tested without a real payer's plugin.

import { OUTPATIENT_PSYCHOTHERAPY_FAMILY } from '../../src/policy/codes.ts';
import { definePayerPolicy, defineRule } from '../../src/policy/define-payer-policy.ts';
import { evaluateClaim } from '../../src/policy/engine.ts';
import type {
  AuthorizationSnapshot,
  EvaluationResult,
  IsoDate,
  LevelOfCare,
  ProgramDaySnapshot,
  SnapshotOverrides,
} from '../../src/policy/types.ts';
import { buildClaim, defaultToday } from './build-claim.ts';

const sameDayEvaluation = defineRule({
  id: 'no-evaluation-on-first-visit-day',
  description: 'Example custom rule: a diagnostic evaluation is not billed with psychotherapy on the same date.',
  source: {
    document: 'AAPC fact sheet on LCD L31887 (90791)',
    domainRef: 'DOMAIN.md §1',
    confidence: 'confirmed',
  },
  messages: {
    EVALUATION_WITH_PSYCHOTHERAPY: {
      template: 'Diagnostic evaluation {{code}} is billed with psychotherapy on {{date}}.',
      severity: 'deny',
      carc: '97',
    },
  },
  check(context) {
    const reports = [];
    for (const line of context.snapshot.lines) {
      if (line.procedureCode !== '90791') {
        continue;
      }
      const other = context.snapshot.lines.some(
        (o) => o !== line && o.serviceDate === line.serviceDate && context.matches(o.procedureCode, ['90832-90838']),
      );
      if (other) {
        reports.push({
          messageId: 'EVALUATION_WITH_PSYCHOTHERAPY' as const,
          lineNumber: line.lineNumber,
          data: { code: line.procedureCode, date: line.serviceDate },
        });
      }
    }
    return reports;
  },
});

export const enginePolicy = definePayerPolicy({
  id: 'engine-test',
  name: 'Engine Test Plan (fictional)',
  kind: 'COMMERCIAL',
  fictional: true,
  description: 'A fictional plan that switches every rule family on, for the engine tests.',
  cleanClaim: {},
  versions: [
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary: 'First version.',
      settings: {
        credentialing: { types: { LMFT: null } },
        benefitLimits: {
          psychotherapy: {
            label: 'Outpatient psychotherapy visits',
            codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY,
            max: 20,
            count: 'VISITS',
            classification: 'OUTPATIENT_IN_NETWORK',
            noticeWhenLeft: 2,
          },
          counseling: {
            label: 'Counseling units',
            codes: ['H0004'],
            max: 40,
            count: 'UNITS',
            classification: 'OUTPATIENT_IN_NETWORK',
            noticeWhenLeft: 0,
          },
        },
        priorAuthorization: {
          levelsOfCare: ['PHP', 'IOP', 'RESIDENTIAL'],
          afterVisits: { psychotherapy: { codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY, visits: 12 } },
        },
        programs: {
          PHP: { minHoursPerDay: 6, minServicesPerDay: 4, belowDayMinimum: 'DOWNCODE', downcodeTo: 'S9480', weekStartsOn: 1 },
          IOP: { minHoursPerDay: 2, minDaysPerWeek: 3, belowDayMinimum: 'DENY', belowWeekMinimum: 'DENY', weekStartsOn: 1 },
        },
        telehealth: { audioOnly: { covered: false } },
        timelyFiling: { days: 90, months: null, warnWithinDays: 10 },
        documentation: { treatmentPlanReviewDays: { IOP: 30 } },
        plans: {
          unlimited: { benefitLimits: { psychotherapy: null }, priorAuthorization: { afterVisits: { psychotherapy: null } } },
        },
      },
    },
    {
      version: '2024.2',
      effectiveFrom: '2024-07-01',
      summary: 'Credentials marriage and family therapists; covers audio-only with modifier 93; adds a custom rule.',
      settings: {
        credentialing: { types: { LMFT: { rateFactor: 0.9, codes: null } } },
        telehealth: { audioOnly: { covered: true, modifiers: ['93'] } },
      },
      addRules: [sameDayEvaluation],
    },
  ],
});

/** Judges a claim built from `overrides` against the engine test policy. */
export function judge(overrides: SnapshotOverrides = {}, today?: IsoDate): EvaluationResult {
  const snapshot = buildClaim({ date: '2024-09-10', ...overrides }, enginePolicy.id);
  return evaluateClaim(enginePolicy, snapshot, { today: today ?? defaultToday(snapshot) });
}

/** The message ids of a result, in order. */
export function ids(result: EvaluationResult): string[] {
  return result.findings.map((finding) => finding.messageId);
}

/** An approved authorization; by code unless a level of care is given. */
export function authorization(overrides: Partial<AuthorizationSnapshot> = {}): AuthorizationSnapshot {
  return {
    id: 'auth-1',
    status: 'APPROVED',
    levelOfCare: null,
    procedureCodes: ['90834'],
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    unitType: 'VISITS',
    unitsApproved: 30,
    unitsUsed: 0,
    providerId: null,
    ...overrides,
  };
}

/** A program day of `level` on `date` with one service per entry of `minutes`. */
export function programDay(date: IsoDate, level: LevelOfCare, minutes: readonly number[]): ProgramDaySnapshot {
  return { date, levelOfCare: level, services: minutes.map((m, i) => ({ code: i === 0 ? '90853' : 'G0410', minutes: m })) };
}
