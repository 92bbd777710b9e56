// The state of one evaluation: the compiled plan, the snapshot, "today", and the findings so far.
// Rules report by message id; the reporter fills in wording, severity, codes and citation.

import { minutesBetween } from './dates.ts';
import { codeMatches } from './codes.ts';
import type { CompiledPlan } from './compile.ts';
import type {
  ClaimLineSnapshot,
  ClaimSnapshot,
  CodeSpec,
  Finding,
  FindingData,
  IsoDate,
  LevelOfCare,
  PlanSettings,
  ProviderSnapshot,
  RuleContext,
  Severity,
  Suggestion,
} from './types.ts';

const NO_DATA: FindingData = Object.freeze({});

/** Fills `{{name}}` placeholders from `data`. */
export function formatMessage(template: string, data: FindingData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}

const SEVERITY_RANK: Record<Severity, number> = { deny: 0, warn: 1, info: 2 };

/** The engine's order: claim-level first, then by line, severity, rule id, message id. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.lineNumber ?? -1;
  const lb = b.lineNumber ?? -1;
  if (la !== lb) {
    return la - lb;
  }
  if (a.severity !== b.severity) {
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  }
  if (a.ruleId !== b.ruleId) {
    return a.ruleId < b.ruleId ? -1 : 1;
  }
  if (a.messageId !== b.messageId) {
    return a.messageId < b.messageId ? -1 : 1;
  }
  return 0;
}

/** Turns reports (message id, line, data) into findings for one compiled plan. */
export class Reporter {
  findings: Finding[] | null = null;

  constructor(readonly plan: CompiledPlan) {}

  /**
   * Records a finding.
   *
   * @param severity - overrides the message's severity (rules whose severity is a setting, such
   *   as program minimums); a deny message lowered this way carries no CARC/RARC
   */
  report(
    messageId: string,
    lineNumber: number | null,
    data: FindingData = NO_DATA,
    suggestion?: Suggestion,
    severity?: Severity,
  ): void {
    const message = this.plan.messages.get(messageId);
    if (message === undefined) {
      throw new Error(`Rule reported unknown message id ${messageId}`);
    }
    const finalSeverity = severity ?? message.severity;
    const keepCodes = finalSeverity === 'deny' || message.severity !== 'deny';
    const finding: {
      -readonly [K in keyof Finding]: Finding[K];
    } = {
      ruleId: message.ruleId,
      messageId,
      severity: finalSeverity,
      lineNumber,
      message: formatMessage(message.template, data),
      data,
      citation: message.citation,
    };
    if (suggestion !== undefined) {
      finding.suggestion = suggestion;
    }
    if (keepCodes && message.carc !== undefined) {
      finding.carc = message.carc;
    }
    if (keepCodes && message.rarc !== undefined) {
      finding.rarc = message.rarc;
    }
    if (this.findings === null) {
      this.findings = [finding];
    } else {
      this.findings.push(finding);
    }
  }

  /** The findings in the engine's order. */
  sortedFindings(): readonly Finding[] {
    const { findings } = this;
    if (findings === null) {
      return EMPTY;
    }
    if (findings.length > 1) {
      findings.sort(compareFindings);
    }
    return findings;
  }
}

const EMPTY: readonly Finding[] = Object.freeze([]);

/** One claim being judged: what built-in and custom rules see. */
export class Evaluation extends Reporter implements RuleContext {
  constructor(
    plan: CompiledPlan,
    readonly snapshot: ClaimSnapshot,
    readonly today: IsoDate,
  ) {
    super(plan);
  }

  get policyId(): string {
    return this.plan.policy.id;
  }

  get version(): string {
    return this.plan.version.version;
  }

  get planCode(): string {
    return this.plan.planCode;
  }

  get settings(): PlanSettings {
    return this.plan.settings;
  }

  levelOfCare(line: ClaimLineSnapshot): LevelOfCare {
    const byCode = this.plan.levelOfCareByCode.get(line.procedureCode);
    if (byCode !== undefined) {
      return byCode;
    }
    if (line.revenueCode !== null) {
      const byRevenue = this.plan.levelOfCareByRevenueCode.get(line.revenueCode);
      if (byRevenue !== undefined) {
        return byRevenue;
      }
    }
    const { episode, claim } = this.snapshot;
    if (claim.type === 'INSTITUTIONAL' && episode !== null) {
      return episode.levelOfCare;
    }
    return 'OUTPATIENT';
  }

  minutes(line: ClaimLineSnapshot): number | null {
    if (line.minutes !== null) {
      return line.minutes;
    }
    if (line.sessionStart !== null && line.sessionEnd !== null) {
      return minutesBetween(line.sessionStart, line.sessionEnd);
    }
    return null;
  }

  providerId(line: ClaimLineSnapshot): string | null {
    return line.renderingProviderId ?? this.snapshot.claim.renderingProviderId;
  }

  provider(line: ClaimLineSnapshot): ProviderSnapshot | null {
    const id = this.providerId(line);
    if (id === null) {
      return null;
    }
    for (const provider of this.snapshot.providers) {
      if (provider.id === id) {
        return provider;
      }
    }
    return null;
  }

  matches(code: string, specs: readonly CodeSpec[]): boolean {
    return codeMatches(code, specs);
  }
}
