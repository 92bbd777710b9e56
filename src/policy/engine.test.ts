import { describe, expect, it } from 'vitest';
import { buildClaim } from '../../test/kit/build-claim.ts';
import { enginePolicy, ids, judge } from '../../test/kit/engine-policy.ts';
import { definePayerPolicy, validatePolicy } from './define-payer-policy.ts';
import { describePolicy } from './describe.ts';
import { evaluate, evaluateClaim, UnknownPolicyError } from './engine.ts';
import { mergeSettings } from './merge.ts';
import { selectPolicyVersion } from './versions.ts';

describe('policy versions', () => {
  it('judges a claim by the version in force on its first date of service, from the version’s first day', () => {
    expect(judge({ date: '2024-06-30' }).policyVersion).toBe('2024.1');
    expect(judge({ date: '2024-07-01' }).policyVersion).toBe('2024.2');
    expect(selectPolicyVersion(enginePolicy, '2024-06-30')?.effectiveTo).toBe('2024-06-30');
    expect(selectPolicyVersion(enginePolicy, '2024-07-01')?.effectiveTo).toBeNull();
  });

  it('applies each version as a change over the one before', () => {
    const first = selectPolicyVersion(enginePolicy, '2024-01-01');
    const second = selectPolicyVersion(enginePolicy, '2024-07-01');
    expect(first?.settings.credentialing.types.LMFT).toBeNull();
    expect(second?.settings.credentialing.types.LMFT).toEqual({ rateFactor: 0.9, codes: null });
    // Carried forward unchanged from 2024.1:
    expect(second?.settings.timelyFiling.days).toBe(90);
    expect(second?.changes).toEqual([
      'credentialing.types.LMFT.rateFactor',
      'credentialing.types.LMFT.codes',
      'telehealth.audioOnly.covered',
      'telehealth.audioOnly.modifiers',
      'rule +no-evaluation-on-first-visit-day',
    ]);
  });

  it('refuses to judge a claim before the first version', () => {
    const result = judge({ date: '2023-12-31' });
    expect(result.policyVersion).toBeNull();
    expect(ids(result)).toEqual(['NO_POLICY_VERSION']);
    expect(result.willPay).toBe(false);
  });

  it('warns when a claim spans two versions, and judges it by the first', () => {
    const result = judge({ lines: [{ serviceDate: '2024-06-28' }, { serviceDate: '2024-07-02' }] });
    expect(result.policyVersion).toBe('2024.1');
    expect(result.findings[0]).toMatchObject({
      messageId: 'CLAIM_SPANS_POLICY_VERSIONS',
      severity: 'warn',
      lineNumber: null,
      data: { fromVersion: '2024.1', toVersion: '2024.2', splitAt: '2024-07-01' },
    });
  });

  it('uses a coverage’s plan, and falls back to the default plan with a warning for an unknown one', () => {
    const usage = [{ serviceDate: '2024-02-01', procedureCode: '90834', count: 20, units: 20 }];
    expect(ids(judge({ usage }))).toEqual(['BENEFIT_LIMIT_REACHED', 'AUTHORIZATION_REQUIRED']);
    const unlimited = judge({ usage, coverage: { planCode: 'unlimited' } });
    expect(unlimited.planCode).toBe('unlimited');
    expect(ids(unlimited)).toEqual([]);
    const unknown = judge({ coverage: { planCode: 'platinum' } });
    expect(unknown.planCode).toBe('standard');
    expect(ids(unknown)).toEqual(['PLAN_CODE_UNKNOWN']);
  });
});

describe('findings', () => {
  it('are empty for a clean claim, which will pay', () => {
    const result = judge();
    expect(result).toMatchObject({ policyId: 'engine-test', policyVersion: '2024.2', planCode: 'standard', willPay: true });
    expect(result.findings).toEqual([]);
  });

  it('carry rule, severity, line, message, suggestion, CARC/RARC and a citation', () => {
    const result = judge({ line: { ...{ minutes: 60 }, procedureCode: '90834', sessionEnd: '2024-09-10T16:00:00.000Z' } });
    expect(result.findings).toEqual([
      {
        ruleId: 'time-based-code',
        messageId: 'TIME_CODE_UNDERCODED',
        severity: 'info',
        lineNumber: 1,
        message: '60 minutes support 90837; 90834 is billed.',
        data: { code: '90834', minutes: 60, expected: '90837' },
        suggestion: { kind: 'REPLACE_CODE', from: '90834', to: '90837' },
        citation: {
          payerId: 'engine-test',
          version: '2024.2',
          ruleId: 'time-based-code',
          source: expect.objectContaining({ domainRef: 'DOMAIN.md §1' }),
        },
      },
    ]);
    const deny = judge({ line: { procedureCode: '90837' } });
    expect(deny.findings[0]).toMatchObject({ messageId: 'TIME_CODE_NOT_SUPPORTED', severity: 'deny', carc: '16' });
    expect(deny.willPay).toBe(false);
  });

  it('come in a deterministic order: claim-level first, then by line, severity, rule and message', () => {
    const result = judge({
      diagnoses: [],
      lines: [{ procedureCode: '90833', diagnosisPointers: [], minutes: 20 }, { procedureCode: '90837', minutes: 20 }],
      coverage: { planCode: 'platinum' },
    });
    expect(result.findings.map((f) => [f.lineNumber, f.severity, f.ruleId, f.messageId])).toEqual([
      [null, 'deny', 'diagnosis-count', 'DIAGNOSIS_MISSING'],
      [null, 'warn', 'policy-in-force', 'PLAN_CODE_UNKNOWN'],
      [1, 'deny', 'add-on-code', 'ADD_ON_WITHOUT_PRIMARY'],
      [2, 'deny', 'time-based-code', 'TIME_CODE_NOT_SUPPORTED'],
    ]);
    const again = judge({
      diagnoses: [],
      lines: [{ procedureCode: '90833', diagnosisPointers: [], minutes: 20 }, { procedureCode: '90837', minutes: 20 }],
      coverage: { planCode: 'platinum' },
    });
    expect(again).toEqual(result);
  });

  it('follow severity overrides and disabled rules from the settings', () => {
    const strict = definePayerPolicy({
      ...enginePolicy.input,
      versions: [
        {
          version: '1',
          effectiveFrom: '2024-01-01',
          summary: 'Start/stop times required; timely filing off.',
          settings: {
            rules: {
              'time-documentation': { severity: { START_STOP_TIME_MISSING: 'deny' } },
              'timely-filing': { enabled: false },
            },
          },
        },
      ],
    });
    const snapshot = buildClaim({ date: '2024-09-10', line: { sessionStart: null, sessionEnd: null } }, strict.id);
    const late = evaluateClaim(strict, snapshot, { today: '2026-01-01' });
    expect(late.findings.map((f) => [f.messageId, f.severity])).toEqual([['START_STOP_TIME_MISSING', 'deny']]);
    const described = describePolicy(strict, '2024-09-10');
    expect(described?.rules.find((rule) => rule.ruleId === 'timely-filing')?.enabled).toBe(false);
  });

  it('include those of a version’s custom rules, with their own source', () => {
    const lines = [{ procedureCode: '90791', minutes: null, sessionStart: null, sessionEnd: null }, {}];
    expect(ids(judge({ date: '2024-06-10', lines }))).toEqual([]);
    const result = judge({ date: '2024-07-10', lines });
    expect(result.findings).toMatchObject([
      {
        ruleId: 'no-evaluation-on-first-visit-day',
        messageId: 'EVALUATION_WITH_PSYCHOTHERAPY',
        lineNumber: 1,
        carc: '97',
        citation: { version: '2024.2', source: { document: 'AAPC fact sheet on LCD L31887 (90791)' } },
      },
    ]);
  });
});

describe('describePolicy', () => {
  it('lists every rule a version applies with wording, severity, CARC and source', () => {
    const description = describePolicy(enginePolicy, '2024-07-01');
    expect(description?.version.version).toBe('2024.2');
    const ruleIds = description?.rules.map((rule) => rule.ruleId) ?? [];
    expect(ruleIds).toContain('no-evaluation-on-first-visit-day');
    expect(ruleIds).toContain('time-based-code');
    for (const rule of description?.rules ?? []) {
      expect(rule.source.domainRef).toMatch(/^DOMAIN\.md §\d/);
      expect(rule.messages.length).toBeGreaterThan(0);
    }
    const benefit = description?.rules.find((rule) => rule.ruleId === 'benefit-limit');
    expect(benefit?.messages).toContainEqual({
      messageId: 'BENEFIT_LIMIT_REACHED',
      template: expect.any(String),
      severity: 'deny',
      carc: '119',
      rarc: 'N130',
    });
    expect(describePolicy(enginePolicy, '2023-01-01')).toBeNull();
  });
});

describe('the registry', () => {
  it('judges by the policy the coverage names, and refuses an unknown one', () => {
    const snapshot = buildClaim({ date: '2024-09-10' }, 'engine-test');
    expect(evaluate({ 'engine-test': enginePolicy }, snapshot, { today: '2024-09-12' }).policyId).toBe('engine-test');
    expect(() => evaluate({}, snapshot, { today: '2024-09-12' })).toThrow(UnknownPolicyError);
  });
});

describe('settings merge', () => {
  it('merges objects key by key, replaces arrays and scalars, and removes with null', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: { e: 1 } as { e: number } | null, f: 'x' };
    expect(mergeSettings(base, { a: { c: [3] }, d: null })).toEqual({ a: { b: 1, c: [3] }, d: null, f: 'x' });
    expect(base.a.c).toEqual([1, 2]);
  });
});

describe('validatePolicy', () => {
  it('accepts the engine test policy', () => {
    expect(validatePolicy(enginePolicy)).toEqual([]);
  });

  it('rejects versions out of order or on the same date, unknown overrides, and unfictional fiction', () => {
    const bad = definePayerPolicy({
      ...enginePolicy.input,
      name: 'Engine Test Plan',
      versions: [
        { version: '1', effectiveFrom: '2024-03-01', summary: 'first' },
        { version: '2', effectiveFrom: '2024-03-01', summary: 'same day' },
        { version: '3', effectiveFrom: '2024-02-01', summary: 'earlier', settings: { rules: { 'no-such-rule': { enabled: false } } } },
        { version: '3', effectiveFrom: '2024-13-01', summary: '' },
      ],
    });
    const problems = validatePolicy(bad).join('\n');
    expect(problems).toContain('must say "(fictional"');
    expect(problems).toContain('the same date as the version before');
    expect(problems).toContain('before the version before');
    expect(problems).toContain('override of unknown rule "no-such-rule"');
    expect(problems).toContain('label used twice');
    expect(problems).toContain('is not a calendar date');
    expect(problems).toContain('no summary');
  });
});
