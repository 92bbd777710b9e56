import { describe, expect, it } from 'vitest';
import { ids, judge } from '../../../test/kit/engine-policy.ts';

const diagnoses = (n: number) => Array.from({ length: n }, (_, i) => ({ position: i + 1, code: 'F33.1' }));
const untimed = (code: string) => ({ procedureCode: code, minutes: null, sessionStart: null, sessionEnd: null });

describe('diagnosis-count', () => {
  it('needs a diagnosis, and at most 12 on a professional claim or 25 on an institutional one', () => {
    expect(judge({ diagnoses: [] }).findings).toMatchObject([
      { messageId: 'DIAGNOSIS_MISSING', lineNumber: null, carc: '16', rarc: 'M76' },
    ]);
    expect(ids(judge({ diagnoses: diagnoses(12) }))).toEqual([]);
    expect(judge({ diagnoses: diagnoses(13) }).findings).toMatchObject([
      { messageId: 'DIAGNOSIS_COUNT_EXCEEDED', data: { count: 13, max: 12, type: 'professional' } },
    ]);
    const institutional = { claim: { type: 'INSTITUTIONAL' as const, billType: '0131' } };
    expect(ids(judge({ ...institutional, diagnoses: diagnoses(25) }))).toEqual([]);
    expect(ids(judge({ ...institutional, diagnoses: diagnoses(26) }))).toEqual(['DIAGNOSIS_COUNT_EXCEEDED']);
  });
});

describe('diagnosis-pointer', () => {
  it('needs one to four pointers, each at a diagnosis of the claim, none repeated', () => {
    expect(judge({ line: { diagnosisPointers: [] } }).findings).toMatchObject([
      { messageId: 'DIAGNOSIS_POINTER_MISSING', suggestion: { kind: 'FIX_DIAGNOSIS_POINTERS', validPositions: [1] } },
    ]);
    expect(judge({ line: { diagnosisPointers: [2] } }).findings).toMatchObject([
      { messageId: 'DIAGNOSIS_POINTER_INVALID', data: { problem: 'pointer 2 points at no diagnosis of the claim' } },
    ]);
    expect(ids(judge({ diagnoses: diagnoses(5), line: { diagnosisPointers: [1, 2, 3, 4] } }))).toEqual([]);
    expect(judge({ diagnoses: diagnoses(5), line: { diagnosisPointers: [1, 2, 3, 4, 5] } }).findings).toMatchObject([
      { data: { problem: '5 diagnosis pointers, at most 4 allowed' } },
    ]);
    expect(judge({ diagnoses: diagnoses(2), line: { diagnosisPointers: [1, 1] } }).findings).toMatchObject([
      { data: { problem: 'pointer 1 is repeated' } },
    ]);
  });
});

describe('sud-diagnosis', () => {
  it('wants a substance-use diagnosis behind a substance-use service', () => {
    expect(judge({ line: untimed('H0005') }).findings).toMatchObject([
      { messageId: 'SUD_DIAGNOSIS_REQUIRED', carc: '11', suggestion: { kind: 'ADD_DIAGNOSIS' } },
    ]);
    expect(ids(judge({ line: untimed('H0005'), diagnoses: [{ position: 1, code: 'F10.20' }] }))).toEqual([]);
    expect(ids(judge({ line: untimed('H0005'), diagnoses: [{ position: 1, code: 'F1120' }] }))).toEqual([]);
  });

  it('does not count nicotine, and looks at the diagnoses the line points at', () => {
    expect(ids(judge({ line: untimed('H0005'), diagnoses: [{ position: 1, code: 'F17.210' }] }))).toEqual(['SUD_DIAGNOSIS_REQUIRED']);
    const two = [
      { position: 1, code: 'F33.1' },
      { position: 2, code: 'F10.20' },
    ];
    expect(ids(judge({ line: untimed('H0005'), diagnoses: two }))).toEqual(['SUD_DIAGNOSIS_REQUIRED']);
    expect(ids(judge({ line: { ...untimed('H0005'), diagnosisPointers: [2] }, diagnoses: two }))).toEqual([]);
  });

  it('applies to a line with the substance-use program modifier and to detox', () => {
    expect(ids(judge({ line: { modifiers: ['HF'] } }))).toEqual(['SUD_DIAGNOSIS_REQUIRED']);
    expect(ids(judge({ line: untimed('H0014') }))).toEqual(['SUD_DIAGNOSIS_REQUIRED']);
  });
});
