// A resolved version and plan, compiled once into what the rules read fast: code matchers, maps,
// the list of enabled checks, each message with its severity and citation. Cached per policy,
// version and plan code, so an evaluation allocates almost nothing on a clean claim.

import { CodeMatcher } from './codes.ts';
import type { Evaluation } from './evaluation.ts';
import { BUILTIN_RULES, BUILTIN_RULE_IDS, type BuiltinRuleId, type RuleFamily } from './rules/catalogue.ts';
import { BUILTIN_CHECKS } from './rules/index.ts';
import { planSettings } from './versions.ts';
import type {
  Citation,
  CustomRule,
  LevelOfCare,
  LicensureType,
  MessageSpec,
  PayerPolicy,
  PlanSettings,
  PsychotherapyBand,
  ResolvedVersion,
  Severity,
  Source,
} from './types.ts';

export type Check = (evaluation: Evaluation) => void;

export interface CompiledMessage {
  readonly ruleId: string;
  readonly messageId: string;
  readonly template: string;
  readonly severity: Severity;
  readonly carc: string | undefined;
  readonly rarc: string | undefined;
  readonly citation: Citation;
}

export interface CompiledRule {
  readonly ruleId: string;
  readonly family: RuleFamily;
  readonly description: string;
  readonly enabled: boolean;
  readonly custom: boolean;
  readonly source: Source;
  readonly messageIds: readonly string[];
}

export interface CompiledPlan {
  readonly policy: PayerPolicy;
  readonly versionIndex: number;
  readonly version: ResolvedVersion;
  readonly planCode: string;
  /** False when the coverage's plan code names no plan of the version (the default plan is used). */
  readonly planKnown: boolean;
  readonly settings: PlanSettings;
  readonly rules: readonly CompiledRule[];
  readonly messages: ReadonlyMap<string, CompiledMessage>;
  readonly checks: readonly Check[];
  readonly customRules: readonly CustomRule[];

  readonly credentialed: ReadonlyMap<LicensureType, { rateFactor: number; codes: CodeMatcher | null }>;
  readonly credentialedTypes: readonly LicensureType[];
  readonly codeScope: ReadonlyMap<string, readonly LicensureType[]>;
  readonly licensureModifier: ReadonlyMap<LicensureType, string>;
  readonly licensureModifierValues: ReadonlySet<string>;
  readonly licensureExempt: CodeMatcher;
  readonly evaluationAndManagement: CodeMatcher;
  readonly bands: readonly PsychotherapyBand[];
  /** Band code -> its band index and whether it is the add-on form. */
  readonly bandOf: ReadonlyMap<string, { index: number; addOn: boolean }>;
  readonly familyCodes: ReadonlySet<string>;
  /** Codes whose minutes must be documented. */
  readonly timedCodes: ReadonlySet<string>;
  readonly addOns: ReadonlyMap<string, { matcher: CodeMatcher; text: string }>;
  readonly excludedPairs: ReadonlyArray<{ codes: CodeMatcher; with: CodeMatcher }>;
  readonly sameDayLimits: ReadonlyArray<{ id: string; codes: CodeMatcher; text: string; maxPerDay: number }>;
  readonly nonCovered: CodeMatcher;
  readonly levelOfCareByCode: ReadonlyMap<string, LevelOfCare>;
  readonly levelOfCareByRevenueCode: ReadonlyMap<string, LevelOfCare>;
  readonly benefitLimits: ReadonlyArray<{
    id: string;
    label: string;
    codes: CodeMatcher;
    max: number;
    count: 'VISITS' | 'UNITS' | 'DAYS';
    noticeWhenLeft: number;
  }>;
  readonly authorizationLevels: ReadonlySet<LevelOfCare>;
  readonly authorizationCodes: CodeMatcher;
  readonly authorizationAfterVisits: ReadonlyArray<{ id: string; codes: CodeMatcher; visits: number }>;
  readonly substanceUseCodes: CodeMatcher;
  readonly substanceUseLevels: ReadonlySet<LevelOfCare>;
  readonly treatmentPlanRequired: ReadonlySet<LevelOfCare>;
}

function entries<V>(record: Readonly<Record<string, V | null | undefined>>): Array<[string, V]> {
  const out: Array<[string, V]> = [];
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value !== null && value !== undefined) {
      out.push([key, value]);
    }
  }
  return out;
}

function compile(policy: PayerPolicy, versionIndex: number, planCode: string | null): CompiledPlan {
  const version = policy.versions[versionIndex];
  if (version === undefined) {
    throw new Error(`Policy ${policy.id} has no version ${versionIndex}`);
  }
  const plan = planSettings(version, planCode);
  const { settings } = plan;

  const messages = new Map<string, CompiledMessage>();
  const rules: CompiledRule[] = [];
  const checks: Check[] = [];
  const addRule = (
    ruleId: string,
    family: RuleFamily,
    description: string,
    specs: Readonly<Record<string, MessageSpec>>,
    fallbackSource: Source,
    custom: boolean,
  ): boolean => {
    const override = settings.rules[ruleId] ?? null;
    const enabled = override?.enabled ?? true;
    const source = version.sources[ruleId] ?? fallbackSource;
    const citation: Citation = Object.freeze({ payerId: policy.id, version: version.version, ruleId, source });
    for (const messageId of Object.keys(specs)) {
      const spec = specs[messageId];
      if (spec === undefined) {
        continue;
      }
      messages.set(messageId, {
        ruleId,
        messageId,
        template: spec.template,
        severity: override?.severity?.[messageId] ?? spec.severity,
        carc: spec.carc,
        rarc: spec.rarc,
        citation,
      });
    }
    rules.push({ ruleId, family, description, enabled, custom, source, messageIds: Object.keys(specs) });
    return enabled;
  };
  for (const ruleId of BUILTIN_RULE_IDS) {
    const spec = BUILTIN_RULES[ruleId];
    if (addRule(ruleId, spec.family, spec.description, spec.messages, spec.source, false)) {
      checks.push(BUILTIN_CHECKS[ruleId as BuiltinRuleId]);
    }
  }
  const customRules: CustomRule[] = [];
  for (const rule of version.customRules) {
    if (addRule(rule.id, 'custom', rule.description, rule.messages, rule.source, true)) {
      customRules.push(rule);
    }
  }

  const credentialed = new Map<LicensureType, { rateFactor: number; codes: CodeMatcher | null }>();
  for (const [type, value] of entries(settings.credentialing.types)) {
    credentialed.set(type as LicensureType, {
      rateFactor: value.rateFactor,
      codes: value.codes === null ? null : new CodeMatcher(value.codes),
    });
  }
  const licensureModifier = new Map<LicensureType, string>();
  for (const [type, modifier] of entries(settings.licensureModifiers.byType)) {
    licensureModifier.set(type as LicensureType, modifier);
  }
  const bands = settings.timeCodes.psychotherapyBands;
  const bandOf = new Map<string, { index: number; addOn: boolean }>();
  bands.forEach((band, index) => {
    bandOf.set(band.code, { index, addOn: false });
    bandOf.set(band.addOnCode, { index, addOn: true });
  });
  const { crisis, family } = settings.timeCodes;
  const timedCodes = settings.timeCodes.enabled
    ? new Set<string>([...bandOf.keys(), crisis.code, ...family.codes])
    : new Set<string>();

  return {
    policy,
    versionIndex,
    version,
    planCode: plan.planCode,
    planKnown: plan.known,
    settings,
    rules,
    messages,
    checks,
    customRules,
    credentialed,
    credentialedTypes: [...credentialed.keys()],
    codeScope: new Map(entries(settings.credentialing.codeScope)),
    licensureModifier,
    licensureModifierValues: new Set(licensureModifier.values()),
    licensureExempt: new CodeMatcher(settings.licensureModifiers.exemptCodes),
    evaluationAndManagement: new CodeMatcher(settings.timeCodes.evaluationAndManagement),
    bands,
    bandOf,
    familyCodes: new Set(family.codes),
    timedCodes,
    addOns: new Map(
      entries(settings.addOnCodes).map(([code, primaries]) => [
        code,
        { matcher: new CodeMatcher(primaries), text: primaries.join(', ') },
      ]),
    ),
    excludedPairs: entries(settings.excludedPairs).map(([, pair]) => ({
      codes: new CodeMatcher(pair.codes),
      with: new CodeMatcher(pair.with),
    })),
    sameDayLimits: entries(settings.sameDayLimits).map(([id, limit]) => ({
      id,
      codes: new CodeMatcher(limit.codes),
      text: limit.codes.join(', '),
      maxPerDay: limit.maxPerDay,
    })),
    nonCovered: new CodeMatcher(settings.coverage.nonCoveredCodes),
    levelOfCareByCode: new Map(Object.entries(settings.levelOfCareCodes)),
    levelOfCareByRevenueCode: new Map(Object.entries(settings.levelOfCareRevenueCodes)),
    benefitLimits: entries(settings.benefitLimits).map(([id, limit]) => ({
      id,
      label: limit.label,
      codes: new CodeMatcher(limit.codes),
      max: limit.max,
      count: limit.count,
      noticeWhenLeft: limit.noticeWhenLeft,
    })),
    authorizationLevels: new Set(settings.priorAuthorization.levelsOfCare),
    authorizationCodes: new CodeMatcher(settings.priorAuthorization.codes),
    authorizationAfterVisits: entries(settings.priorAuthorization.afterVisits).map(([id, trigger]) => ({
      id,
      codes: new CodeMatcher(trigger.codes),
      visits: trigger.visits,
    })),
    substanceUseCodes: new CodeMatcher(settings.diagnosis.substanceUseCodes),
    substanceUseLevels: new Set(settings.diagnosis.substanceUseLevelsOfCare),
    treatmentPlanRequired: new Set(settings.documentation.treatmentPlanRequired),
  };
}

const cache = new WeakMap<PayerPolicy, Array<Map<string | null, CompiledPlan>>>();

/**
 * The compiled plan for a version of a policy and a coverage's plan code, compiled on first use
 * and cached.
 */
export function compiledPlan(policy: PayerPolicy, versionIndex: number, planCode: string | null): CompiledPlan {
  let byVersion = cache.get(policy);
  if (byVersion === undefined) {
    byVersion = [];
    cache.set(policy, byVersion);
  }
  let byPlan = byVersion[versionIndex];
  if (byPlan === undefined) {
    byPlan = new Map();
    byVersion[versionIndex] = byPlan;
  }
  let plan = byPlan.get(planCode);
  if (plan === undefined) {
    plan = compile(policy, versionIndex, planCode);
    byPlan.set(planCode, plan);
  }
  return plan;
}
