import { describe, expect, it } from 'vitest';
import { buildClaim } from '../../../test/kit/build-claim.ts';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import { addDays } from '../dates.ts';
import { definePayerPolicy } from '../define-payer-policy.ts';
import { evaluateClaim } from '../engine.ts';
import type { ClaimLineSnapshot } from '../types.ts';

describe('telehealth', () => {
  it('accepts video at home on POS 10 and wants a telehealth place of service', () => {
    expect(ids(judge({ line: { telehealth: 'VIDEO', placeOfService: '10' } }))).toEqual([]);
    expect(ids(judge({ line: { telehealth: 'VIDEO', placeOfService: '02' } }))).toEqual([]);
    expect(judge({ line: { telehealth: 'VIDEO', placeOfService: '11' } }).findings).toMatchObject([
      {
        messageId: 'TELEHEALTH_POS_REQUIRED',
        carc: '5',
        rarc: 'M77',
        suggestion: { kind: 'CHANGE_PLACE_OF_SERVICE', from: '11', to: '10', alternatives: ['02', '10'] },
      },
    ]);
  });

  it('warns when a telehealth place of service is on an in-person line', () => {
    expect(judge({ line: { placeOfService: '02' } }).findings).toMatchObject([
      { messageId: 'TELEHEALTH_POS_WITHOUT_MODALITY', severity: 'warn' },
    ]);
  });

  it('follows the version in force for audio-only: not covered, then covered with modifier 93', () => {
    const audio = { telehealth: 'AUDIO_ONLY', placeOfService: '10' } as const;
    expect(ids(judge({ date: '2024-06-28', line: audio }))).toEqual(['AUDIO_ONLY_NOT_COVERED']);
    expect(judge({ date: '2024-07-01', line: audio }).findings).toMatchObject([
      { messageId: 'AUDIO_ONLY_MODIFIER_MISSING', suggestion: { kind: 'ADD_MODIFIER', modifier: '93' } },
    ]);
    expect(ids(judge({ date: '2024-07-01', line: { ...audio, modifiers: ['93'] } }))).toEqual([]);
  });
});

describe('telehealth: modifiers and the 2024 change', () => {
  // A fictional payer that wanted modifier 95 (or GT) and the in-person place of service until
  // 2024, then telehealth places of service without the modifier, and audio-only only at home.
  const policy = definePayerPolicy({
    id: 'telehealth-test',
    name: 'Telehealth Test Plan (fictional)',
    kind: 'COMMERCIAL',
    fictional: true,
    description: 'Modifier 95 until 2024, places of service after.',
    cleanClaim: {},
    versions: [
      {
        version: '2023',
        effectiveFrom: '2023-01-01',
        summary: 'Modifier 95 or GT on telehealth lines; the in-person place of service is accepted with it.',
        settings: { telehealth: { requiredModifier: '95', acceptedModifiers: ['GT'], acceptInPersonPlaceOfService: true } },
      },
      {
        version: '2024',
        effectiveFrom: '2024-01-01',
        summary: 'Places of service 02 and 10 say telehealth; 95 is no longer needed; audio-only for a patient at home.',
        settings: {
          telehealth: {
            requiredModifier: null,
            acceptedModifiers: [],
            acceptInPersonPlaceOfService: false,
            unneededModifiers: ['95'],
            audioOnly: { covered: true, modifiers: ['93', 'FQ'], requirePatientHome: true },
          },
        },
      },
    ],
  });
  const judgeHere = (date: string, line: Partial<ClaimLineSnapshot>) =>
    evaluateClaim(policy, buildClaim({ date, line }, policy.id), { today: addDays(date, 7) }).findings.map((f) => f.messageId);

  it('wants 95 or GT in 2023, with the in-person place of service or a telehealth one', () => {
    expect(judgeHere('2023-05-02', { telehealth: 'VIDEO', modifiers: ['95'] })).toEqual([]);
    expect(judgeHere('2023-05-02', { telehealth: 'VIDEO', placeOfService: '10', modifiers: ['GT'] })).toEqual([]);
    expect(judgeHere('2023-05-02', { telehealth: 'VIDEO', placeOfService: '10' })).toEqual(['TELEHEALTH_MODIFIER_MISSING']);
    expect(judgeHere('2023-05-02', { telehealth: 'VIDEO' })).toEqual(['TELEHEALTH_MODIFIER_MISSING', 'TELEHEALTH_POS_REQUIRED']);
  });

  it('notes an unneeded 95 from 2024 and keeps audio-only for a patient at home', () => {
    expect(judgeHere('2024-05-07', { telehealth: 'VIDEO', placeOfService: '10', modifiers: ['95'] })).toEqual([
      'TELEHEALTH_MODIFIER_NOT_NEEDED',
    ]);
    expect(judgeHere('2024-05-07', { telehealth: 'AUDIO_ONLY', placeOfService: '10', modifiers: ['FQ'] })).toEqual([]);
    expect(judgeHere('2024-05-07', { telehealth: 'AUDIO_ONLY', placeOfService: '02', modifiers: ['93'] })).toEqual([
      'AUDIO_ONLY_PATIENT_NOT_HOME',
    ]);
  });
});
