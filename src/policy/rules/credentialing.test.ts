import { describe, expect, it } from 'vitest';
import { buildClaim, provider } from '../../../test/kit/build-claim.ts';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import { definePayerPolicy } from '../define-payer-policy.ts';
import { evaluateClaim } from '../engine.ts';

const enrolledUntil = (effectiveTo: string) => [
  { status: 'ENROLLED' as const, effectiveFrom: '2015-01-01', effectiveTo, inNetwork: true },
];

describe('provider-credentialed', () => {
  it('denies a licensure the payer does not credential, until the version that adds it', () => {
    const lmft = { licensureType: 'LMFT' as const };
    expect(judge({ date: '2024-06-28', provider: lmft }).findings).toMatchObject([
      {
        messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED',
        carc: '185',
        rarc: 'N95',
        suggestion: { kind: 'USE_PROVIDER', licensureTypes: expect.arrayContaining(['LCSW', 'PSYCHOLOGIST']) },
      },
    ]);
    expect(ids(judge({ date: '2024-07-01', provider: lmft }))).toEqual([]);
    expect(ids(judge({ provider: { licensureType: 'PEER_SPECIALIST' } }))).toEqual(['PROVIDER_TYPE_NOT_CREDENTIALED']);
  });

  it('needs an enrollment in force on the date of service, its last day included, terminated since or not', () => {
    expect(ids(judge({ provider: { enrollments: enrolledUntil('2024-09-10') } }))).toEqual([]);
    expect(judge({ provider: { enrollments: enrolledUntil('2024-09-09') } }).findings).toMatchObject([
      { messageId: 'PROVIDER_NOT_ENROLLED', carc: 'B7', data: { status: 'enrolled only from 2015-01-01 to 2024-09-09' } },
    ]);
    const terminated = [{ status: 'TERMINATED' as const, effectiveFrom: '2015-01-01', effectiveTo: '2024-09-10', inNetwork: true }];
    expect(ids(judge({ provider: { enrollments: terminated } }))).toEqual([]);
    expect(ids(judge({ date: '2024-09-11', provider: { enrollments: terminated } }))).toEqual(['PROVIDER_NOT_ENROLLED']);
    const pending = [{ status: 'PENDING' as const, effectiveFrom: '2024-09-01', effectiveTo: null, inNetwork: true }];
    expect(judge({ provider: { enrollments: pending } }).findings).toMatchObject([{ data: { status: 'PENDING' } }]);
    expect(judge({ provider: { enrollments: [] } }).findings).toMatchObject([{ data: { status: 'none on file' } }]);
  });

  it('judges each line by its own rendering provider, and denies a professional line with none', () => {
    const other = provider({ id: 'provider-2', licensureType: 'LMFT' });
    const result = judge({
      date: '2024-06-25',
      lines: [{}, { serviceDate: '2024-06-26', renderingProviderId: 'provider-2' }],
      otherProviders: [other],
    });
    expect(result.findings).toMatchObject([{ messageId: 'PROVIDER_TYPE_NOT_CREDENTIALED', lineNumber: 2 }]);
    expect(ids(judge({ claim: { renderingProviderId: null } }))).toEqual(['RENDERING_PROVIDER_MISSING']);
  });
});

describe('code-scope', () => {
  it('lets only prescribers bill a diagnostic evaluation with medical services', () => {
    const evaluation = { procedureCode: '90792', minutes: null, sessionStart: null, sessionEnd: null };
    expect(judge({ line: evaluation }).findings).toMatchObject([
      { messageId: 'CODE_NOT_IN_PROVIDER_SCOPE', carc: '8', data: { licensureType: 'LCSW', code: '90792' } },
    ]);
    expect(ids(judge({ line: evaluation, provider: { licensureType: 'PSYCHIATRIST' } }))).toEqual([]);
  });
});

describe('licensure-modifier', () => {
  const policy = definePayerPolicy({
    id: 'modifier-test',
    name: 'Modifier Test Program (fictional)',
    kind: 'MEDICAID',
    fictional: true,
    description: 'Requires HO for master’s-level and HP for doctoral clinicians.',
    cleanClaim: { line: { modifiers: ['HO'] } },
    versions: [
      {
        version: '1',
        effectiveFrom: '2024-01-01',
        summary: 'First.',
        settings: { licensureModifiers: { required: true, byType: { LCSW: 'HO', PSYCHOLOGIST: 'HP' } } },
      },
    ],
  });
  const judgeHere = (modifiers: string[], licensureType: 'LCSW' | 'PSYCHIATRIST' = 'LCSW') =>
    evaluateClaim(policy, buildClaim({ date: '2024-09-10', line: { modifiers }, provider: { licensureType } }, policy.id), {
      today: '2024-09-12',
    });

  it('wants the modifier of the rendering clinician’s licensure', () => {
    expect(judgeHere(['HO']).findings).toEqual([]);
    expect(judgeHere([]).findings).toMatchObject([
      { messageId: 'LICENSURE_MODIFIER_MISSING', carc: '4', rarc: 'N822', suggestion: { kind: 'ADD_MODIFIER', modifier: 'HO' } },
    ]);
    expect(judgeHere(['HP']).findings).toMatchObject([
      { messageId: 'LICENSURE_MODIFIER_WRONG', suggestion: { kind: 'REPLACE_MODIFIER', from: 'HP', to: 'HO' } },
    ]);
    expect(judgeHere([], 'PSYCHIATRIST').findings).toEqual([]);
  });
});
