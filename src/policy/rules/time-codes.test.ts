import { describe, expect, it } from 'vitest';
import { session } from '../../../test/kit/build-claim.ts';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import { crisisAddOnUnits, psychotherapyCodeFor } from '../time-codes.ts';

const date = '2024-09-10';
const timed = (code: string, minutes: number, start = '15:00') => ({ procedureCode: code, ...session(date, start, minutes) });
const evaluationVisit = { procedureCode: '99214', minutes: null, sessionStart: null, sessionEnd: null };

describe('minutes to code', () => {
  it('follows the CPT bands 16–37, 38–52, 53+ and nothing under 16', () => {
    expect([15, 16, 37, 38, 52, 53, 75].map((m) => psychotherapyCodeFor(m, false))).toEqual([
      null,
      '90832',
      '90832',
      '90834',
      '90834',
      '90837',
      '90837',
    ]);
    expect([16, 38, 53].map((m) => psychotherapyCodeFor(m, true))).toEqual(['90833', '90836', '90838']);
  });

  it('gives crisis add-on units from minute 75, one per 30 minutes', () => {
    expect([74, 75, 104, 105, 134, 135].map((m) => crisisAddOnUnits(m))).toEqual([0, 1, 1, 2, 2, 3]);
  });
});

describe('time-based-code', () => {
  it('accepts 37 minutes as 90832 and 38 as 90834, and denies 90834 for 37 minutes with the right code', () => {
    expect(ids(judge({ line: timed('90832', 37) }))).toEqual([]);
    expect(ids(judge({ line: timed('90834', 38) }))).toEqual([]);
    expect(judge({ line: timed('90834', 37) }).findings).toMatchObject([
      {
        messageId: 'TIME_CODE_NOT_SUPPORTED',
        severity: 'deny',
        data: { minutes: 37, expected: '90832', code: '90834' },
        suggestion: { kind: 'REPLACE_CODE', from: '90834', to: '90832' },
      },
    ]);
  });

  it('denies 90837 for 52 minutes and accepts it from 53, with no upper bound', () => {
    expect(ids(judge({ line: timed('90837', 52) }))).toEqual(['TIME_CODE_NOT_SUPPORTED']);
    expect(ids(judge({ line: timed('90837', 53) }))).toEqual([]);
    expect(ids(judge({ line: timed('90837', 90) }))).toEqual([]);
  });

  it('notes an undercoded session without denying it', () => {
    const result = judge({ line: timed('90832', 38) });
    expect(result.findings).toMatchObject([{ messageId: 'TIME_CODE_UNDERCODED', severity: 'info', data: { expected: '90834' } }]);
    expect(result.willPay).toBe(true);
  });

  it('bills nothing under 16 minutes', () => {
    expect(ids(judge({ line: timed('90832', 16) }))).toEqual([]);
    expect(judge({ line: timed('90832', 15) }).findings).toMatchObject([
      { messageId: 'PSYCHOTHERAPY_UNDER_MINIMUM', suggestion: { kind: 'REMOVE_LINE' } },
    ]);
  });

  it('reads the minutes from the start and stop time when no minutes are recorded', () => {
    const line = { ...timed('90837', 53), minutes: null };
    expect(ids(judge({ line }))).toEqual([]);
    expect(ids(judge({ line: { ...timed('90837', 40), minutes: null } }))).toEqual(['TIME_CODE_NOT_SUPPORTED']);
  });

  it('bills a time-based code with one unit', () => {
    expect(judge({ line: { units: 2 } }).findings).toMatchObject([
      { messageId: 'TIME_CODE_UNITS', suggestion: { kind: 'CHANGE_UNITS', from: 2, to: 1 } },
    ]);
  });

  it('wants the add-on form beside an E/M visit, judged on psychotherapy minutes only', () => {
    expect(judge({ lines: [evaluationVisit, timed('90834', 45)] }).findings).toMatchObject([
      {
        messageId: 'PSYCHOTHERAPY_WITH_EM_USE_ADD_ON',
        lineNumber: 2,
        suggestion: { kind: 'REPLACE_CODE', from: '90834', to: '90836' },
      },
    ]);
    expect(ids(judge({ lines: [evaluationVisit, timed('90836', 45)] }))).toEqual([]);
    expect(judge({ lines: [evaluationVisit, timed('90836', 30)] }).findings).toMatchObject([
      { messageId: 'TIME_CODE_NOT_SUPPORTED', data: { expected: '90833' } },
    ]);
  });
});

describe('crisis-code', () => {
  it('needs 30 minutes, and suggests 90832 (or 90833 with an E/M) below', () => {
    expect(ids(judge({ line: timed('90839', 30) }))).toEqual([]);
    expect(judge({ line: timed('90839', 29) }).findings).toMatchObject([
      { messageId: 'CRISIS_UNDER_MINIMUM', suggestion: { to: '90832' } },
    ]);
    expect(judge({ lines: [evaluationVisit, timed('90839', 29)] }).findings).toMatchObject([
      { messageId: 'CRISIS_UNDER_MINIMUM', lineNumber: 2, suggestion: { to: '90833' } },
    ]);
  });

  it('counts add-on units against the minutes: none at 74, one from 75, two from 105', () => {
    const addOn = (units: number) => ({ procedureCode: '90840', units, minutes: null, sessionStart: null, sessionEnd: null });
    expect(ids(judge({ line: timed('90839', 74) }))).toEqual([]);
    expect(judge({ line: timed('90839', 75) }).findings).toMatchObject([
      { messageId: 'CRISIS_ADD_ON_MISSING', severity: 'info', suggestion: { kind: 'ADD_CODE', code: '90840', units: 1 } },
    ]);
    expect(ids(judge({ lines: [timed('90839', 104), addOn(1)] }))).toEqual([]);
    expect(judge({ lines: [timed('90839', 105), addOn(1)] }).findings).toMatchObject([
      { messageId: 'CRISIS_ADD_ON_MISSING', suggestion: { units: 1 } },
    ]);
    expect(judge({ lines: [timed('90839', 80), addOn(2)] }).findings).toMatchObject([
      { messageId: 'CRISIS_ADD_ON_UNITS', lineNumber: 2, severity: 'deny', suggestion: { kind: 'CHANGE_UNITS', from: 2, to: 1 } },
    ]);
  });
});

describe('family-psychotherapy', () => {
  it('needs at least 26 minutes', () => {
    expect(ids(judge({ line: timed('90847', 26) }))).toEqual([]);
    expect(ids(judge({ line: timed('90847', 25) }))).toEqual(['FAMILY_UNDER_MINIMUM']);
  });
});

describe('time-documentation', () => {
  it('denies a time-based line with no minutes and warns when start and stop times are missing', () => {
    expect(ids(judge({ line: { minutes: null, sessionStart: null, sessionEnd: null } }))).toEqual(['MINUTES_MISSING']);
    const result = judge({ line: { minutes: 45, sessionStart: null, sessionEnd: null } });
    expect(result.findings).toMatchObject([{ messageId: 'START_STOP_TIME_MISSING', severity: 'warn' }]);
    expect(result.willPay).toBe(true);
  });
});
