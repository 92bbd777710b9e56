// A policy described as data, for people and for the API: the version in force on a date, its
// settings for a plan, and the catalogue of every rule it applies with wording, severity, the
// denial code it prevents and its source.

import { compiledPlan, type CompiledRule } from './compile.ts';
import type { RuleFamily } from './rules/catalogue.ts';
import { versionIndexAt } from './versions.ts';
import type { IsoDate, PayerPolicy, PlanSettings, ResolvedVersion, Severity, Source } from './types.ts';

export interface MessageDescription {
  readonly messageId: string;
  readonly template: string;
  readonly severity: Severity;
  readonly carc: string | null;
  readonly rarc: string | null;
}

export interface RuleDescription {
  readonly ruleId: string;
  readonly family: RuleFamily;
  readonly description: string;
  /** False when the payer turned the rule off. */
  readonly enabled: boolean;
  /** Written by the payer plugin rather than built into the engine. */
  readonly custom: boolean;
  readonly source: Source;
  readonly messages: readonly MessageDescription[];
}

export interface PolicyDescription {
  readonly policyId: string;
  readonly version: ResolvedVersion;
  /** The plan the settings are for (the coverage's plan, or the version's default plan). */
  readonly planCode: string;
  readonly planKnown: boolean;
  readonly settings: PlanSettings;
  readonly rules: readonly RuleDescription[];
}

function describeRule(rule: CompiledRule, messages: ReturnType<typeof compiledPlan>['messages']): RuleDescription {
  return {
    ruleId: rule.ruleId,
    family: rule.family,
    description: rule.description,
    enabled: rule.enabled,
    custom: rule.custom,
    source: rule.source,
    messages: rule.messageIds.flatMap((messageId) => {
      const message = messages.get(messageId);
      return message === undefined
        ? []
        : [
            {
              messageId,
              template: message.template,
              severity: message.severity,
              carc: message.carc ?? null,
              rarc: message.rarc ?? null,
            },
          ];
    }),
  };
}

/**
 * The version of `policy` in force on `date` for a plan, with its settings and rule catalogue;
 * null before the policy's first version.
 */
export function describePolicy(policy: PayerPolicy, date: IsoDate, planCode: string | null = null): PolicyDescription | null {
  const index = versionIndexAt(policy, date);
  if (index < 0) {
    return null;
  }
  const plan = compiledPlan(policy, index, planCode);
  return {
    policyId: policy.id,
    version: plan.version,
    planCode: plan.planCode,
    planKnown: plan.planKnown,
    settings: plan.settings,
    rules: plan.rules.map((rule) => describeRule(rule, plan.messages)),
  };
}
