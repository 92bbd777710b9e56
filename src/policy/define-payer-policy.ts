// The SDK a payer plugin is written with: definePayerPolicy({...}) resolves the versions (each a
// change over the one before, the first over the engine defaults), defineRule({...}) types a
// custom rule's message ids, and validatePolicy lists what the conformance kit rejects.

import { addDays, isCalendarDate } from './dates.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';
import { changedPaths, deepFreeze, mergeSettings } from './merge.ts';
import { BUILTIN_MESSAGE_RULE, BUILTIN_RULES, type BuiltinRuleId } from './rules/catalogue.ts';
import type {
  CustomRule,
  PayerPolicy,
  PayerPolicyInput,
  PlanSettings,
  PolicySettings,
  ResolvedVersion,
  Source,
} from './types.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Declares a payer policy: a list of effective-dated versions, each a change over the one before.
 *
 * @param input - the policy as written in payers/<id>/index.ts
 * @returns the policy with every version resolved (settings merged, sources and custom rules carried forward)
 */
export function definePayerPolicy(input: PayerPolicyInput): PayerPolicy {
  let settings: PolicySettings = DEFAULT_SETTINGS;
  let sources: Record<string, Source> = {};
  let customRules: readonly CustomRule[] = [];
  let cleanClaim = input.cleanClaim;
  const versions: ResolvedVersion[] = input.versions.map((version, index) => {
    settings = mergeSettings<PolicySettings>(settings, version.settings);
    sources = { ...sources, ...version.sources };
    const removed = version.removeRules ?? [];
    const added = version.addRules ?? [];
    customRules = [...customRules.filter((rule) => !removed.includes(rule.id)), ...added];
    cleanClaim = version.cleanClaim ?? cleanClaim;
    const next = input.versions[index + 1];
    const changes = [
      ...changedPaths(version.settings),
      ...Object.keys(version.sources ?? {}).map((ruleId) => `source ${ruleId}`),
      ...added.map((rule) => `rule +${rule.id}`),
      ...removed.map((ruleId) => `rule -${ruleId}`),
    ];
    return deepFreeze({
      version: version.version,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: next !== undefined && isCalendarDate(next.effectiveFrom) ? addDays(next.effectiveFrom, -1) : null,
      summary: version.summary,
      changes,
      settings,
      sources,
      customRules,
      cleanClaim,
    });
  });
  return Object.freeze({
    id: input.id,
    name: input.name,
    kind: input.kind,
    fictional: input.fictional,
    description: input.description,
    deprecated: input.deprecated ?? null,
    versions: Object.freeze(versions),
    input,
  });
}

/**
 * Declares a custom rule, for what settings cannot say: a typed function over the snapshot that
 * returns reports by message id.
 */
export function defineRule<const M extends string>(rule: CustomRule<M>): CustomRule<M> {
  return rule;
}

function checkSource(where: string, source: Source | undefined, problems: string[]): void {
  if (source === undefined) {
    problems.push(`${where}: no source`);
    return;
  }
  if (source.document.trim() === '') {
    problems.push(`${where}: source names no document`);
  }
  if (!/^DOMAIN\.md §\d/.test(source.domainRef)) {
    problems.push(`${where}: source does not cite a DOMAIN.md section ("DOMAIN.md §n")`);
  }
}

/**
 * Everything the conformance kit rejects in a policy: ids, version dates and order, sources,
 * custom rules, overrides that name nothing, settings out of range.
 *
 * @returns a list of problems, empty when the policy is sound
 */
export function validatePolicy(policy: PayerPolicy): string[] {
  const problems: string[] = [];
  const { input } = policy;
  if (!KEBAB.test(input.id)) {
    problems.push(`id "${input.id}" is not kebab-case`);
  }
  if (input.fictional !== input.name.includes('(fictional')) {
    problems.push(`name "${input.name}" must say "(fictional" exactly when the payer is fictional`);
  }
  if (input.versions.length === 0) {
    problems.push('the policy has no version');
  }
  const labels = new Set<string>();
  let previous = '';
  for (const version of input.versions) {
    const where = `version ${version.version}`;
    if (labels.has(version.version)) {
      problems.push(`${where}: label used twice`);
    }
    labels.add(version.version);
    if (!isCalendarDate(version.effectiveFrom)) {
      problems.push(`${where}: effectiveFrom "${version.effectiveFrom}" is not a calendar date`);
    } else if (version.effectiveFrom === previous) {
      problems.push(`${where}: starts on ${version.effectiveFrom}, the same date as the version before`);
    } else if (version.effectiveFrom < previous) {
      problems.push(`${where}: starts on ${version.effectiveFrom}, before the version before (${previous})`);
    }
    previous = version.effectiveFrom;
    if (version.summary.trim() === '') {
      problems.push(`${where}: no summary`);
    }
    for (const ruleId of Object.keys(version.sources ?? {})) {
      const known =
        ruleId in BUILTIN_RULES ||
        policy.versions.some((v) => v.customRules.some((rule) => rule.id === ruleId));
      if (!known) {
        problems.push(`${where}: source for unknown rule "${ruleId}"`);
      }
    }
  }
  for (const resolved of policy.versions) {
    problems.push(...validateVersion(resolved).map((problem) => `version ${resolved.version}: ${problem}`));
  }
  return problems;
}

function validateVersion(version: ResolvedVersion): string[] {
  const problems: string[] = [];
  const messageIds = new Map<string, string>(BUILTIN_MESSAGE_RULE);
  const ruleIds = new Set<string>(Object.keys(BUILTIN_RULES));
  for (const ruleId of Object.keys(BUILTIN_RULES) as BuiltinRuleId[]) {
    checkSource(`rule ${ruleId}`, version.sources[ruleId] ?? BUILTIN_RULES[ruleId].source, problems);
  }
  for (const rule of version.customRules) {
    if (!KEBAB.test(rule.id)) {
      problems.push(`custom rule "${rule.id}" is not kebab-case`);
    }
    if (ruleIds.has(rule.id)) {
      problems.push(`custom rule "${rule.id}" reuses a rule id`);
    }
    ruleIds.add(rule.id);
    checkSource(`rule ${rule.id}`, version.sources[rule.id] ?? rule.source, problems);
    for (const messageId of Object.keys(rule.messages)) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(messageId)) {
        problems.push(`custom rule "${rule.id}": message id ${messageId} is not UPPER_SNAKE_CASE`);
      }
      if (messageIds.has(messageId)) {
        problems.push(`custom rule "${rule.id}": message id ${messageId} is already used by ${messageIds.get(messageId)}`);
      }
      messageIds.set(messageId, rule.id);
    }
  }
  const plans: Array<[string, PlanSettings]> = [[version.settings.defaultPlan, version.settings]];
  for (const [planCode, patch] of Object.entries(version.settings.plans)) {
    if (planCode === version.settings.defaultPlan) {
      problems.push(`plan "${planCode}" is also the default plan`);
    }
    plans.push([planCode, mergeSettings<PlanSettings>(version.settings, patch)]);
  }
  for (const [planCode, settings] of plans) {
    const where = `plan ${planCode}`;
    for (const [ruleId, override] of Object.entries(settings.rules)) {
      if (!ruleIds.has(ruleId)) {
        problems.push(`${where}: override of unknown rule "${ruleId}"`);
      }
      for (const messageId of Object.keys(override?.severity ?? {})) {
        if (messageIds.get(messageId) !== ruleId) {
          problems.push(`${where}: severity override of ${messageId}, not a message of ${ruleId}`);
        }
      }
    }
    for (const [type, credentialed] of Object.entries(settings.credentialing.types)) {
      if (credentialed && !(credentialed.rateFactor > 0 && credentialed.rateFactor <= 1)) {
        problems.push(`${where}: rate factor of ${type} must be in (0, 1]`);
      }
    }
    for (const [id, limit] of Object.entries(settings.benefitLimits)) {
      if (limit && !(Number.isInteger(limit.max) && limit.max > 0 && limit.codes.length > 0)) {
        problems.push(`${where}: benefit limit ${id} needs codes and a positive whole max`);
      }
    }
    const { days, months } = settings.timelyFiling;
    if ((days === null) === (months === null)) {
      problems.push(`${where}: timely filing needs exactly one of days and months`);
    }
    if (!/^\d{2}-\d{2}$/.test(settings.benefitYear.startMonthDay) || !isCalendarDate(`2001-${settings.benefitYear.startMonthDay}`)) {
      problems.push(`${where}: benefit year start "${settings.benefitYear.startMonthDay}" is not MM-DD`);
    }
    const bands = settings.timeCodes.psychotherapyBands;
    for (let i = 1; i < bands.length; i++) {
      const before = bands[i - 1];
      const band = bands[i];
      if (before && band && (before.maxMinutes === null || band.minMinutes !== before.maxMinutes + 1)) {
        problems.push(`${where}: psychotherapy bands must be contiguous and ascending`);
      }
    }
    for (const level of ['PHP', 'IOP'] as const) {
      const rules = settings.programs[level];
      if ((rules.belowDayMinimum === 'DOWNCODE' || rules.belowWeekMinimum === 'DOWNCODE') && rules.downcodeTo === null) {
        problems.push(`${where}: ${level} downcodes below the minimum but names no code to downcode to`);
      }
    }
  }
  return problems;
}
