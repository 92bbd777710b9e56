// Which version of a policy is in force on a date, and the settings of a plan inside it.

import { mergeSettings } from './merge.ts';
import type { IsoDate, PayerPolicy, PlanSettings, ResolvedVersion } from './types.ts';

/** Index of the version in force on `date` (the last one starting on or before it), or -1. */
export function versionIndexAt(policy: PayerPolicy, date: IsoDate): number {
  const { versions } = policy;
  for (let i = versions.length - 1; i >= 0; i--) {
    const version = versions[i];
    if (version !== undefined && version.effectiveFrom <= date) {
      return i;
    }
  }
  return -1;
}

/**
 * The version of `policy` in force on `date`, with its settings merged over every earlier
 * version's; null before the first version.
 */
export function selectPolicyVersion(policy: PayerPolicy, date: IsoDate): ResolvedVersion | null {
  return policy.versions[versionIndexAt(policy, date)] ?? null;
}

/**
 * The settings of one plan of a version: the plan's changes over the version's settings, or the
 * version's own settings for the default plan. `known` is false when the plan code names no plan
 * (the default plan is used).
 */
export function planSettings(
  version: ResolvedVersion,
  planCode: string | null,
): { planCode: string; known: boolean; settings: PlanSettings } {
  const { settings } = version;
  if (planCode === null || planCode === settings.defaultPlan) {
    return { planCode: settings.defaultPlan, known: true, settings };
  }
  const patch = settings.plans[planCode];
  if (patch === undefined) {
    return { planCode: settings.defaultPlan, known: false, settings };
  }
  return { planCode, known: true, settings: mergeSettings<PlanSettings>(settings, patch) };
}
