// Policy-level and eligibility rules: the version a claim is judged by, the plan code, and
// coverage dates (DOMAIN.md §9 CARC 26/27, §13).

import type { Evaluation } from '../evaluation.ts';
import { versionIndexAt } from '../versions.ts';

export function policyInForce(e: Evaluation): void {
  const { claim } = e.snapshot;
  const { plan } = e;
  if (!plan.planKnown) {
    e.report('PLAN_CODE_UNKNOWN', null, {
      planCode: e.snapshot.coverage.planCode ?? '',
      defaultPlan: plan.planCode,
    });
  }
  if (claim.serviceTo === claim.serviceFrom) {
    return;
  }
  const toIndex = versionIndexAt(plan.policy, claim.serviceTo);
  if (toIndex !== plan.versionIndex) {
    const next = plan.policy.versions[plan.versionIndex + 1];
    const to = plan.policy.versions[toIndex];
    e.report('CLAIM_SPANS_POLICY_VERSIONS', null, {
      from: claim.serviceFrom,
      to: claim.serviceTo,
      fromVersion: plan.version.version,
      toVersion: to?.version ?? '',
      splitAt: next?.effectiveFrom ?? '',
    });
  }
}

export function coverageActive(e: Evaluation): void {
  const { coverage } = e.snapshot;
  for (const line of e.snapshot.lines) {
    const date = line.serviceDate;
    if (date < coverage.effectiveFrom) {
      e.report('COVERAGE_NOT_STARTED', line.lineNumber, { date, effectiveFrom: coverage.effectiveFrom });
    } else if (coverage.effectiveTo !== null && date > coverage.effectiveTo) {
      e.report('COVERAGE_ENDED', line.lineNumber, { date, effectiveTo: coverage.effectiveTo });
    }
  }
}
