// The payer scenario tester (after ESLint's RuleTester): a plugin lists cases as data, each tied
// to the rule it exercises, and runScenarios turns them into tests that judge the built claim and
// compare the findings, in the engine's order, with what the case expects.

import { describe, expect, it } from 'vitest';
import { describePolicy } from '../../src/policy/describe.ts';
import { evaluateClaim } from '../../src/policy/engine.ts';
import type {
  EvaluationResult,
  FindingData,
  IsoDate,
  PayerPolicy,
  Severity,
  SnapshotOverrides,
  Suggestion,
} from '../../src/policy/types.ts';
import { buildClaim, defaultToday } from './build-claim.ts';

export interface ExpectedFinding {
  readonly messageId: string;
  readonly lineNumber?: number | null;
  readonly severity?: Severity;
  readonly carc?: string;
  readonly rarc?: string;
  readonly data?: FindingData;
  readonly suggestion?: Partial<Suggestion>;
}

export interface Scenario {
  /** What the case shows, in a few words. */
  readonly name: string;
  /** The rule the case exercises (a built-in rule id or one of the plugin's custom rules). */
  readonly rule: string;
  /** What differs from the baseline clean claim (test/kit/build-claim.ts). */
  readonly claim: SnapshotOverrides;
  /** The day the claim is judged on; a week after its last date of service by default. */
  readonly today?: IsoDate;
  /** The findings expected, in the engine's order (message ids, or objects to match); empty for a clean claim. */
  readonly findings: readonly (string | ExpectedFinding)[];
  /** The policy version expected to judge the claim. */
  readonly version?: string;
}

/** Declares a plugin's scenarios (typed identity, so a scenarios file needs no test runner). */
export function defineScenarios(scenarios: readonly Scenario[]): readonly Scenario[] {
  return scenarios;
}

/** Judges a scenario's claim against a policy. */
export function judgeScenario(policy: PayerPolicy, scenario: Scenario): EvaluationResult {
  const snapshot = buildClaim(scenario.claim, policy.id);
  return evaluateClaim(policy, snapshot, { today: scenario.today ?? defaultToday(snapshot) });
}

/** The DOMAIN.md section a rule of a policy cites on a date ('DOMAIN.md §1'), or null for an unknown rule. */
export function ruleSource(policy: PayerPolicy, ruleId: string, date: IsoDate): string | null {
  const description = describePolicy(policy, date);
  return description?.rules.find((rule) => rule.ruleId === ruleId)?.source.domainRef ?? null;
}

/** Registers one test per scenario. */
export function runScenarios(policy: PayerPolicy, scenarios: readonly Scenario[]): void {
  describe(`${policy.id}: scenarios`, () => {
    for (const scenario of scenarios) {
      const snapshot = buildClaim(scenario.claim, policy.id);
      const source = ruleSource(policy, scenario.rule, snapshot.claim.serviceFrom) ?? 'unknown rule';
      it(`${scenario.name} [${scenario.rule}, ${source}]`, () => {
        const result = judgeScenario(policy, scenario);
        const expected = scenario.findings.map((finding) =>
          typeof finding === 'string' ? { messageId: finding } : finding,
        );
        expect(result.findings.map((finding) => finding.messageId)).toEqual(expected.map((finding) => finding.messageId));
        expected.forEach((finding, index) => {
          expect(result.findings[index]).toMatchObject(finding);
        });
        if (expected.length > 0) {
          expect(result.findings.map((finding) => finding.ruleId)).toContain(scenario.rule);
        } else {
          expect(source).not.toBe('unknown rule');
        }
        expect(result.willPay).toBe(!result.findings.some((finding) => finding.severity === 'deny'));
        if (scenario.version !== undefined) {
          expect(result.policyVersion).toBe(scenario.version);
        }
      });
    }
  });
}
