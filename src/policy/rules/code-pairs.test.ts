import { describe, expect, it } from 'vitest';
import { buildClaim, session } from '../../../test/kit/build-claim.ts';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import { definePayerPolicy } from '../define-payer-policy.ts';
import { evaluateClaim } from '../engine.ts';

const date = '2024-09-10';
const untimed = (code: string) => ({ procedureCode: code, minutes: null, sessionStart: null, sessionEnd: null });

describe('add-on-code', () => {
  it('needs a primary code on the same date', () => {
    expect(judge({ line: { procedureCode: '90833', ...session(date, '15:00', 20) } }).findings).toMatchObject([
      { messageId: 'ADD_ON_WITHOUT_PRIMARY', carc: '16', rarc: 'N122' },
    ]);
    expect(ids(judge({ lines: [{}, untimed('90785')] }))).toEqual([]);
    expect(ids(judge({ lines: [{}, { ...untimed('90785'), serviceDate: '2024-09-11' }] }))).toEqual(['ADD_ON_WITHOUT_PRIMARY']);
  });
});

describe('code-pair-exclusion', () => {
  it('does not pay routine psychotherapy or interactive complexity beside crisis psychotherapy', () => {
    const crisis = { procedureCode: '90839', ...session(date, '10:00', 60) };
    expect(judge({ lines: [crisis, {}] }).findings).toMatchObject([
      { messageId: 'CODE_PAIR_NOT_ALLOWED', lineNumber: 2, data: { code: '90834', other: '90839' }, carc: '97' },
    ]);
    // 90785 is also no add-on of 90839.
    expect(ids(judge({ lines: [crisis, untimed('90785')] }))).toEqual(['ADD_ON_WITHOUT_PRIMARY', 'CODE_PAIR_NOT_ALLOWED']);
  });

  it('does not pay family psychotherapy without the patient beside the one with the patient', () => {
    const result = judge({
      lines: [
        { procedureCode: '90847', ...session(date, '10:00', 50) },
        { procedureCode: '90846', ...session(date, '14:00', 50) },
      ],
    });
    expect(result.findings).toMatchObject([{ messageId: 'CODE_PAIR_NOT_ALLOWED', lineNumber: 2 }]);
  });
});

describe('same-day-limit', () => {
  it('allows one timed psychotherapy service per day and clinician', () => {
    const second = session(date, '17:00', 45);
    expect(judge({ lines: [{}, second] }).findings).toMatchObject([
      { messageId: 'SAME_DAY_LIMIT_EXCEEDED', lineNumber: 2, data: { max: 1, total: 2 } },
    ]);
    expect(ids(judge({ lines: [{}, { ...second, serviceDate: '2024-09-11' }] }))).toEqual([]);
  });

  it('counts each clinician separately', () => {
    const other = { id: 'provider-2', licensureType: 'PSYCHOLOGIST', npi: '1245319599', taxonomyCode: '103T00000X', enrollments: [{ status: 'ENROLLED', effectiveFrom: null, effectiveTo: null, inNetwork: true }] } as const;
    const result = judge({ lines: [{}, { ...session(date, '17:00', 45), renderingProviderId: 'provider-2' }], otherProviders: [other] });
    expect(ids(result)).toEqual([]);
  });
});

describe('covered-services', () => {
  const policy = definePayerPolicy({
    id: 'coverage-test',
    name: 'Coverage Test Plan (fictional)',
    kind: 'COMMERCIAL',
    fictional: true,
    description: 'Does not pay family psychotherapy without the patient, nor detox.',
    cleanClaim: {},
    versions: [
      {
        version: '1',
        effectiveFrom: '2024-01-01',
        summary: 'First.',
        settings: { coverage: { nonCoveredCodes: ['90846'], levelsOfCare: { DETOX: false } } },
      },
    ],
  });
  const judgeHere = (line: object) => {
    const snapshot = buildClaim({ date, line: { ...untimed('H0014'), ...line }, diagnoses: [{ position: 1, code: 'F10.20' }] }, policy.id);
    return evaluateClaim(policy, snapshot, { today: '2024-09-12' });
  };

  it('denies a code the payer does not pay and a level of care it does not cover', () => {
    expect(judgeHere({ procedureCode: '90846', ...session(date, '10:00', 50) }).findings).toMatchObject([
      { messageId: 'CODE_NOT_COVERED', carc: '96', data: { code: '90846' } },
    ]);
    expect(judgeHere({}).findings).toMatchObject([
      { messageId: 'LEVEL_OF_CARE_NOT_COVERED', carc: '204', data: { levelOfCare: 'DETOX' } },
    ]);
  });
});
