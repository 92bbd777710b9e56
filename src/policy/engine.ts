// The policy engine: judges a claim snapshot against the version of a payer policy in force on its
// first date of service and returns ordered findings. Pure: no database, no clock ("today" is an
// input), no network. Loading the snapshot is another module's job.

import { compiledPlan } from './compile.ts';
import { Evaluation } from './evaluation.ts';
import { BUILTIN_RULES } from './rules/catalogue.ts';
import { versionIndexAt } from './versions.ts';
import type { ClaimSnapshot, EvaluationResult, Finding, IsoDate, PayerPolicy } from './types.ts';

export interface EvaluateOptions {
  /** The day the claim is judged on: timely filing, unsent Part 2 disclosures, complete program weeks. */
  readonly today: IsoDate;
}

/** Policies by id (the folder name under payers/). */
export type PolicyRegistry = Readonly<Record<string, PayerPolicy>>;

function noVersion(policy: PayerPolicy, snapshot: ClaimSnapshot): EvaluationResult {
  const rule = BUILTIN_RULES['policy-in-force'];
  const spec = rule.messages.NO_POLICY_VERSION;
  const date = snapshot.claim.serviceFrom;
  const finding: Finding = {
    ruleId: 'policy-in-force',
    messageId: 'NO_POLICY_VERSION',
    severity: spec.severity,
    lineNumber: null,
    message: spec.template.replace('{{date}}', date),
    data: { date },
    citation: { payerId: policy.id, version: '', ruleId: 'policy-in-force', source: rule.source },
  };
  return { policyId: policy.id, policyVersion: null, planCode: null, findings: [finding], willPay: false };
}

/**
 * Judges one claim against one payer policy.
 *
 * @param policy - the payer's policy (from definePayerPolicy)
 * @param snapshot - the claim and everything around it, loaded beforehand
 * @param options - `today`, the day the claim is judged on
 * @returns the findings in the engine's order, the version and plan used, and whether it will pay
 */
export function evaluateClaim(policy: PayerPolicy, snapshot: ClaimSnapshot, options: EvaluateOptions): EvaluationResult {
  const versionIndex = versionIndexAt(policy, snapshot.claim.serviceFrom);
  if (versionIndex < 0) {
    return noVersion(policy, snapshot);
  }
  const plan = compiledPlan(policy, versionIndex, snapshot.coverage.planCode);
  const evaluation = new Evaluation(plan, snapshot, options.today);
  for (const check of plan.checks) {
    check(evaluation);
  }
  for (const rule of plan.customRules) {
    for (const report of rule.check(evaluation)) {
      evaluation.report(report.messageId, report.lineNumber, report.data, report.suggestion);
    }
  }
  const findings = evaluation.sortedFindings();
  let willPay = true;
  for (const finding of findings) {
    if (finding.severity === 'deny') {
      willPay = false;
      break;
    }
  }
  return { policyId: policy.id, policyVersion: plan.version.version, planCode: plan.planCode, findings, willPay };
}

/** Thrown when a coverage names a policy the registry does not hold. */
export class UnknownPolicyError extends Error {
  constructor(readonly policyId: string) {
    super(`No payer policy plugin "${policyId}" is installed`);
    this.name = 'UnknownPolicyError';
  }
}

/** The policy a coverage names, from a registry. */
export function policyFor(registry: PolicyRegistry, policyId: string): PayerPolicy {
  const policy = registry[policyId];
  if (policy === undefined) {
    throw new UnknownPolicyError(policyId);
  }
  return policy;
}

/** Judges a claim against the policy its coverage names. */
export function evaluate(registry: PolicyRegistry, snapshot: ClaimSnapshot, options: EvaluateOptions): EvaluationResult {
  return evaluateClaim(policyFor(registry, snapshot.coverage.policyId), snapshot, options);
}
