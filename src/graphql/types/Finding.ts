// What a payer's policy says about a claim: findings (rule, severity, line, message, suggestion,
// the CARC/RARC the payer would likely send, and the citation), and the judgement as a whole.

import type { Citation, EvaluationResult, Finding, Source, Suggestion } from '../../policy/types.ts';
import { access, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';

export const FindingSeverity = builder.enumType('FindingSeverity', {
  description: 'How a finding weighs on payment.',
  values: {
    DENY: { description: 'The payer would deny the line or claim.', value: 'deny' },
    WARN: { description: 'Likely trouble (a warning from the payer, a documentation gap, a deadline close).', value: 'warn' },
    INFO: { description: 'Worth knowing; no effect on payment (a remark the payer adds, an undercoded session).', value: 'info' },
  } as const,
});

export const SuggestionKind = builder.enumType('SuggestionKind', {
  description: 'The kind of fix a finding suggests.',
  values: {
    REPLACE_CODE: { description: 'Bill another code (`fromCode` → `toCode`).' },
    ADD_CODE: { description: 'Add a line with `code` and `units`.' },
    REMOVE_LINE: { description: 'Remove the line.' },
    ADD_MODIFIER: { description: 'Add `modifier` (or one of `alternatives`).' },
    REMOVE_MODIFIER: { description: 'Remove `modifier`.' },
    REPLACE_MODIFIER: { description: 'Replace modifier `fromCode` with `toCode`.' },
    CHANGE_UNITS: { description: 'Bill `units` units instead of `fromUnits`.' },
    SPLIT_UNITS: { description: 'Bill `authorizedUnits` under the authorization and the `excessUnits` only with a new one.' },
    OBTAIN_AUTHORIZATION: { description: 'Obtain a prior authorization (for `levelOfCare` or `codes`, from `fromDate` to `toDate`).' },
    CHANGE_PLACE_OF_SERVICE: { description: 'Use place of service `toCode` (or one of `alternatives`).' },
    ADD_DIAGNOSIS: { description: 'Add a diagnosis in `range`.' },
    FIX_DIAGNOSIS_POINTERS: { description: 'Point the line at valid positions (`validPositions`).' },
    USE_PROVIDER: { description: 'Have a provider of one of `licensureTypes` render the service.' },
    DOCUMENT: { description: 'Document what is missing (`what`).' },
    OBTAIN_CONSENT: { description: 'Obtain the patient’s written 42 CFR Part 2 consent for `purpose`.' },
    SUBMIT_BY: { description: 'Submit by `toDate`.' },
    CHANGE_BILL_TYPE: { description: 'Use one of the bill types in `alternatives`.' },
  } as const,
});

/** A suggestion with every kind's fields flattened: those a kind does not use are null. */
const SuggestionRef = builder.objectRef<Suggestion>('Suggestion').implement({
  description: 'A structured fix for a finding. `kind` says which of the other fields apply.',
  ...access('records'),
  fields: (t) => {
    const pick = <K extends string>(key: K) => (s: Suggestion): unknown => (key in s ? (s as unknown as Record<K, unknown>)[key] : null);
    const str = (s: Suggestion, ...keys: string[]): string | null => {
      for (const key of keys) {
        const value = pick(key)(s);
        if (typeof value === 'string') {
          return value;
        }
      }
      return null;
    };
    const num = (s: Suggestion, key: string): number | null => {
      const value = pick(key)(s);
      return typeof value === 'number' ? value : null;
    };
    const list = (s: Suggestion, key: string): string[] | null => {
      const value = pick(key)(s);
      return Array.isArray(value) ? value.map(String) : null;
    };
    return {
      kind: t.field({ type: SuggestionKind, description: 'What kind of fix.', resolve: (s) => s.kind }),
      fromCode: t.string({
        nullable: true,
        description: 'The code, modifier or place of service to replace.',
        resolve: (s) => (s.kind === 'CHANGE_BILL_TYPE' ? s.from : str(s, 'from')),
      }),
      toCode: t.string({ nullable: true, description: 'The code, modifier or place of service to use instead.', resolve: (s) => (s.kind === 'SUBMIT_BY' ? null : str(s, 'to')) }),
      code: t.string({ nullable: true, description: 'The code to add.', resolve: (s) => str(s, 'code') }),
      units: t.int({ nullable: true, description: 'Units to bill.', resolve: (s) => (s.kind === 'CHANGE_UNITS' ? s.to : num(s, 'units')) }),
      fromUnits: t.int({ nullable: true, description: 'Units billed now.', resolve: (s) => (s.kind === 'CHANGE_UNITS' ? s.from : null) }),
      modifier: t.string({ nullable: true, description: 'The modifier to add or remove.', resolve: (s) => str(s, 'modifier') }),
      alternatives: t.stringList({
        nullable: true,
        description: 'Other acceptable values (modifiers, places of service, bill types).',
        resolve: (s) => (s.kind === 'CHANGE_BILL_TYPE' ? [...s.to] : list(s, 'alternatives')),
      }),
      authorizationId: t.string({ nullable: true, description: 'The authorization concerned (its database ID).', resolve: (s) => str(s, 'authorizationId') }),
      authorizedUnits: t.int({ nullable: true, description: 'Units the authorization still covers.', resolve: (s) => num(s, 'authorizedUnits') }),
      excessUnits: t.int({ nullable: true, description: 'Units beyond it.', resolve: (s) => num(s, 'excessUnits') }),
      levelOfCare: t.string({ nullable: true, description: 'The level of care to authorize.', resolve: (s) => str(s, 'levelOfCare') }),
      codes: t.stringList({ nullable: true, description: 'The codes to authorize.', resolve: (s) => list(s, 'codes') }),
      fromDate: t.string({ nullable: true, description: 'First day (YYYY-MM-DD) the fix concerns.', resolve: (s) => (s.kind === 'OBTAIN_AUTHORIZATION' ? s.from : null) }),
      toDate: t.string({
        nullable: true,
        description: 'Last day (YYYY-MM-DD) the fix concerns, or the deadline.',
        resolve: (s) => (s.kind === 'OBTAIN_AUTHORIZATION' ? s.to : s.kind === 'SUBMIT_BY' ? s.date : null),
      }),
      range: t.string({ nullable: true, description: 'The diagnosis codes that would do.', resolve: (s) => str(s, 'range') }),
      validPositions: t.intList({ nullable: true, description: 'Valid diagnosis pointer positions.', resolve: (s) => (s.kind === 'FIX_DIAGNOSIS_POINTERS' ? [...s.validPositions] : null) }),
      licensureTypes: t.stringList({ nullable: true, description: 'Licensures the payer credentials.', resolve: (s) => list(s, 'licensureTypes') }),
      what: t.string({ nullable: true, description: 'What to document (START_STOP_TIME, MINUTES, TREATMENT_PLAN_REVIEW, PROGRAM_DAY).', resolve: (s) => str(s, 'what') }),
      purpose: t.string({ nullable: true, description: 'The consent purpose needed.', resolve: (s) => str(s, 'purpose') }),
    };
  },
});

const SourceRef = builder.objectRef<Source>('RuleSource').implement({
  description: 'Where a rule comes from: the document, and the section of Parity’s domain notes recording it.',
  ...access('internal'),
  fields: (t) => ({
    document: t.exposeString('document', { description: 'The payer manual, regulation or article.' }),
    section: t.string({ nullable: true, description: 'Section of the document.', resolve: (s) => s.section ?? null }),
    url: t.string({ nullable: true, description: 'Where to read it, when public.', resolve: (s) => s.url ?? null }),
    published: t.string({ nullable: true, description: 'Publication or effective date of the document.', resolve: (s) => s.published ?? null }),
    domainRef: t.exposeString('domainRef', { description: 'The section of Parity’s domain notes (DOMAIN.md) recording the fact.' }),
    confidence: t.exposeString('confidence', {
      description: 'confirmed (a cited source states it), secondary (weaker or conflicting sources) or unconfirmed (a configurable default).',
    }),
  }),
});

export { SourceRef as RuleSource };

const CitationRef = builder.objectRef<Citation>('Citation').implement({
  description: 'The payer policy, version and rule a finding comes from, and the rule’s source.',
  ...access('records'),
  fields: (t) => ({
    payerPolicy: t.exposeString('payerId', { description: 'The payer policy plugin (folder under payers/).' }),
    policyVersion: t.exposeString('version', { description: 'The policy version that judged the claim.' }),
    ruleId: t.exposeString('ruleId', { description: 'The rule.' }),
    source: t.field({ type: SourceRef, description: 'The rule’s source.', resolve: (c) => c.source }),
  }),
});

const FindingDatum = builder.objectRef<{ name: string; value: string }>('FindingDatum').implement({
  description: 'A value a finding’s message is built from (minutes, codes, dates, counts).',
  ...access('records'),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name (for example minutes, expected, deadline).' }),
    value: t.exposeString('value', { description: 'Its value, as text.' }),
  }),
});

export const FindingRef = builder.objectRef<Finding>('Finding').implement({
  description: 'What a payer’s policy says about a claim or one of its lines: a reason it would be denied, a warning, or a note.',
  ...access('records'),
  fields: (t) => ({
    ruleId: t.exposeString('ruleId', { description: 'The rule (see `rules` for the catalogue).' }),
    messageId: t.exposeString('messageId', { description: 'Machine-readable identifier of the message (stable across wording changes).' }),
    severity: t.field({ type: FindingSeverity, description: 'Deny, warn or info.', resolve: (f) => f.severity }),
    lineNumber: t.int({ nullable: true, description: 'The claim line concerned; null for the claim as a whole.', resolve: (f) => f.lineNumber }),
    message: t.exposeString('message', { description: 'What is wrong, in plain words.' }),
    data: t.field({
      type: [FindingDatum],
      description: 'The values the message is built from.',
      ...typically(4),
      resolve: (f) => Object.entries(f.data).map(([name, value]) => ({ name, value: String(value) })),
    }),
    suggestion: t.field({ type: SuggestionRef, nullable: true, description: 'A structured fix, when there is one.', resolve: (f) => f.suggestion ?? null }),
    carc: t.string({ nullable: true, description: 'The claim adjustment reason code the payer would likely send.', resolve: (f) => f.carc ?? null }),
    rarc: t.string({ nullable: true, description: 'The remittance advice remark code likely with it.', resolve: (f) => f.rarc ?? null }),
    citation: t.field({ type: CitationRef, description: 'Policy, version, rule and source.', resolve: (f) => f.citation }),
  }),
});

export const JudgementRef = builder.objectRef<EvaluationResult & { judgedOn: string }>('Judgement').implement({
  description: 'A claim (or a claim not yet saved) judged by its payer’s policy.',
  ...access('records'),
  fields: (t) => ({
    payerPolicy: t.exposeString('policyId', { description: 'The payer policy plugin.' }),
    policyVersion: t.string({ nullable: true, description: 'The version in force on the first date of service; null before the policy’s first version.', resolve: (r) => r.policyVersion }),
    planCode: t.string({ nullable: true, description: 'The benefit design used.', resolve: (r) => r.planCode }),
    judgedOn: t.string({ description: 'The day the claim was judged on (timely filing, consents), YYYY-MM-DD.', resolve: (r) => r.judgedOn }),
    willPay: t.boolean({ description: 'True when no finding is a deny.', resolve: (r) => r.willPay }),
    findings: t.field({
      type: [FindingRef],
      description: 'Every finding, claim-level first, then by line and severity.',
      ...typically(3),
      resolve: (r) => [...r.findings],
    }),
  }),
});
