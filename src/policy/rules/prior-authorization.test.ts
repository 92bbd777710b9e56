import { describe, expect, it } from 'vitest';
import { authorization, ids, judge, programDay } from '../../../test/kit/engine-policy.ts';

const date = '2024-09-10';
const visits = (count: number) => [{ serviceDate: '2024-02-01', procedureCode: '90834', count, units: count }];
const treatmentPlan = { startDate: '2024-09-01', lastReviewedOn: null, nextReviewDue: null };
const programLine = (code: string) => ({ procedureCode: code, minutes: null, sessionStart: null, sessionEnd: null });

describe('prior-authorization: when it is needed', () => {
  it('needs none for the first 12 visits of the year, then one from visit 13', () => {
    expect(ids(judge({ usage: visits(11) }))).toEqual([]);
    expect(judge({ usage: visits(12) }).findings).toMatchObject([
      {
        messageId: 'AUTHORIZATION_REQUIRED',
        carc: '197',
        data: { reason: 'visit 13 of the benefit year, over 12' },
        suggestion: { kind: 'OBTAIN_AUTHORIZATION', levelOfCare: null, codes: ['90834'], from: date },
      },
    ]);
  });

  it('needs one for every day of a level of care that requires it', () => {
    const result = judge({ line: programLine('S9480'), programDays: [programDay(date, 'IOP', [60, 60, 60])], treatmentPlan }, '2024-09-12');
    expect(result.findings).toMatchObject([
      { messageId: 'AUTHORIZATION_REQUIRED', data: { what: 'IOP services' }, suggestion: { levelOfCare: 'IOP', codes: [] } },
    ]);
  });
});

describe('prior-authorization: matching', () => {
  const usage = visits(12);

  it('accepts an approved authorization for the code, dates and units', () => {
    expect(ids(judge({ usage, authorizations: [authorization()] }))).toEqual([]);
  });

  it('notes the last authorized unit, and denies the one after with a split suggestion', () => {
    expect(judge({ usage, authorizations: [authorization({ unitsApproved: 10, unitsUsed: 9 })] }).findings).toMatchObject([
      { messageId: 'AUTHORIZATION_LAST_UNITS', severity: 'info', data: { authorizationId: 'auth-1', unitType: 'visits' } },
    ]);
    expect(judge({ usage, authorizations: [authorization({ unitsApproved: 10, unitsUsed: 10 })] }).findings).toMatchObject([
      {
        messageId: 'AUTHORIZATION_UNITS_EXCEEDED',
        carc: '198',
        suggestion: { kind: 'SPLIT_UNITS', authorizationId: 'auth-1', authorizedUnits: 0, excessUnits: 1 },
      },
    ]);
    const twoLines = judge({
      usage,
      authorizations: [authorization({ unitsApproved: 10, unitsUsed: 9 })],
      lines: [{}, { serviceDate: '2024-09-12' }],
    });
    expect(ids(twoLines)).toEqual(['AUTHORIZATION_LAST_UNITS', 'AUTHORIZATION_UNITS_EXCEEDED']);
  });

  it('tells apart an authorization not approved, for other dates, or for another provider', () => {
    expect(judge({ usage, authorizations: [authorization({ status: 'REQUESTED' })] }).findings).toMatchObject([
      { messageId: 'AUTHORIZATION_PENDING', data: { status: 'REQUESTED' } },
    ]);
    expect(ids(judge({ usage, authorizations: [authorization({ endDate: date })] }))).toEqual([]);
    expect(judge({ usage, authorizations: [authorization({ endDate: '2024-09-09' })] }).findings).toMatchObject([
      { messageId: 'AUTHORIZATION_DATES_MISMATCH', rarc: 'N54', data: { endDate: '2024-09-09' } },
    ]);
    expect(ids(judge({ usage, authorizations: [authorization({ providerId: 'provider-9' })] }))).toEqual([
      'AUTHORIZATION_PROVIDER_MISMATCH',
    ]);
    expect(ids(judge({ usage, authorizations: [authorization({ providerId: 'provider-1' })] }))).toEqual([]);
    // A facility line names no rendering provider; the authorization still covers it.
    const facility = { claim: { type: 'INSTITUTIONAL' as const, billType: '0131', renderingProviderId: null } };
    expect(ids(judge({ ...facility, usage, authorizations: [authorization({ providerId: 'provider-9' })] }))).toEqual([]);
  });

  it('wants a new authorization for a step up to another level of care', () => {
    const iop = authorization({ levelOfCare: 'IOP', procedureCodes: [], unitType: 'DAYS' });
    const php = {
      line: programLine('H0035'),
      programDays: [programDay(date, 'PHP', [90, 90, 90, 90])],
      treatmentPlan,
      episode: { levelOfCare: 'PHP' as const, startDate: date, endDate: null, previousLevelOfCare: 'IOP' as const, transition: 'STEP_UP' as const },
      authorizations: [iop],
    };
    expect(judge(php, '2024-09-12').findings).toMatchObject([
      {
        messageId: 'AUTHORIZATION_LEVEL_MISMATCH',
        data: { authorized: 'IOP', levelOfCare: 'PHP', transition: 'STEP_UP' },
        suggestion: { kind: 'OBTAIN_AUTHORIZATION', levelOfCare: 'PHP' },
      },
    ]);
    expect(ids(judge({ ...php, authorizations: [iop, authorization({ id: 'auth-2', levelOfCare: 'PHP', procedureCodes: [], unitType: 'DAYS' })] }, '2024-09-12'))).toEqual([]);
  });

  it('counts a day once against an authorization in days', () => {
    const days = authorization({ levelOfCare: 'IOP', procedureCodes: [], unitType: 'DAYS', unitsApproved: 1 });
    const result = judge(
      {
        lines: [programLine('S9480'), programLine('S9480')],
        programDays: [programDay(date, 'IOP', [60, 60, 60])],
        treatmentPlan,
        authorizations: [days],
      },
      '2024-09-12',
    );
    expect(ids(result)).toEqual(['AUTHORIZATION_LAST_UNITS']);
  });
});
