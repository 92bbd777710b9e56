import { describe, expect, it } from 'vitest';
import { programDays } from '../../test/kit/build-claim.ts';
import { authorization, enginePolicy } from '../../test/kit/engine-policy.ts';
import { benefitStatus, canBill, programWeek, serviceRequirements } from './answers.ts';

const enrolled = [{ status: 'ENROLLED' as const, effectiveFrom: '2020-01-01', effectiveTo: null, inNetwork: true }];
const visits = (count: number, serviceDate = '2024-03-01') => [{ serviceDate, procedureCode: '90834', count, units: count }];

describe('benefitStatus', () => {
  it('counts each limit in the benefit year holding the date, and what is left', () => {
    const status = benefitStatus(enginePolicy, null, [...visits(7), ...visits(3, '2023-11-01')], '2024-09-10');
    expect(status?.policyVersion).toBe('2024.2');
    expect(status?.limits.find((l) => l.limitId === 'psychotherapy')).toEqual({
      limitId: 'psychotherapy',
      label: 'Outpatient psychotherapy visits',
      codes: expect.arrayContaining(['90834', '90853']),
      classification: 'OUTPATIENT_IN_NETWORK',
      count: 'VISITS',
      max: 20,
      used: 7,
      left: 13,
      yearStart: '2024-01-01',
      yearEnd: '2024-12-31',
    });
    expect(benefitStatus(enginePolicy, 'unlimited', visits(7), '2024-09-10')?.limits.map((l) => l.limitId)).toEqual(['counseling']);
    expect(benefitStatus(enginePolicy, null, [], '2023-01-01')).toBeNull();
  });

  it('never reports a negative number left', () => {
    expect(benefitStatus(enginePolicy, null, visits(25), '2024-09-10')?.limits[0]).toMatchObject({ used: 25, left: 0 });
  });
});

describe('canBill', () => {
  it('says whether the licensure is credentialed, the provider enrolled, and at what rate', () => {
    expect(canBill(enginePolicy, { licensureType: 'LCSW', enrollments: enrolled }, '2024-09-10', '90834')).toEqual({
      allowed: true,
      policyVersion: '2024.2',
      licensureAccepted: true,
      enrolled: true,
      inNetwork: true,
      rateFactor: 1,
      reasons: [],
      enrollmentStatus: 'ENROLLED',
    });
    expect(canBill(enginePolicy, { licensureType: 'LMFT', enrollments: enrolled }, '2024-06-30', '90834')).toMatchObject({
      allowed: false,
      reasons: ['LICENSURE_NOT_CREDENTIALED'],
      rateFactor: null,
    });
    expect(canBill(enginePolicy, { licensureType: 'LMFT', enrollments: enrolled }, '2024-07-01', '90834')).toMatchObject({
      allowed: true,
      rateFactor: 0.9,
    });
  });

  it('refuses a provider not enrolled on the date, and a code outside the licensure’s scope', () => {
    const pending = [{ status: 'PENDING' as const, effectiveFrom: null, effectiveTo: null, inNetwork: true }];
    expect(canBill(enginePolicy, { licensureType: 'LCSW', enrollments: pending }, '2024-09-10', null)).toMatchObject({
      allowed: false,
      enrolled: false,
      reasons: ['NOT_ENROLLED'],
      enrollmentStatus: 'PENDING',
    });
    expect(canBill(enginePolicy, { licensureType: 'LCSW', enrollments: enrolled }, '2024-09-10', '90792').reasons).toEqual(['CODE_NOT_IN_SCOPE']);
  });
});

describe('programWeek', () => {
  it('sums a week’s program days against the daily and weekly minimums', () => {
    const days = programDays('IOP', { '2024-09-09': 3, '2024-09-10': 1.5, '2024-09-12': 3 });
    const week = programWeek(enginePolicy, null, 'IOP', '2024-09-11', days, '1985-06-15');
    expect(week).toMatchObject({
      weekStart: '2024-09-09',
      weekEnd: '2024-09-15',
      hours: 7.5,
      minHoursPerDay: 2,
      minHoursPerWeek: 9,
      minDaysPerWeek: 3,
      meetsWeeklyMinimum: false,
    });
    expect(week?.days.map((d) => [d.date, d.hours, d.meetsMinimum])).toEqual([
      ['2024-09-09', 3, true],
      ['2024-09-10', 1.5, false],
      ['2024-09-12', 3, true],
    ]);
    expect(programWeek(enginePolicy, null, 'IOP', '2024-09-11', days, '2010-01-01')).toMatchObject({ minHoursPerWeek: 6, meetsWeeklyMinimum: true });
  });
});

describe('serviceRequirements', () => {
  it('says whether a planned service needs an authorization and whether one is on file', () => {
    expect(serviceRequirements(enginePolicy, null, { code: '90834', levelOfCare: null }, '2024-09-10', [], visits(11))).toMatchObject({
      levelOfCare: 'OUTPATIENT',
      covered: true,
      authorizationRequired: false,
    });
    expect(serviceRequirements(enginePolicy, null, { code: '90834', levelOfCare: null }, '2024-09-10', [], visits(12)).authorizationRequired).toBe(true);
    const iop = authorization({ levelOfCare: 'IOP', procedureCodes: [], unitType: 'DAYS', unitsApproved: 12, unitsUsed: 5 });
    expect(serviceRequirements(enginePolicy, null, { code: null, levelOfCare: 'IOP' }, '2024-09-10', [iop], [])).toMatchObject({
      authorizationRequired: true,
      authorizationOnFile: { id: 'auth-1' },
      authorizationUnitsLeft: 7,
    });
    expect(serviceRequirements(enginePolicy, null, { code: 'S9480', levelOfCare: null }, '2024-09-10', [], []).levelOfCare).toBe('IOP');
  });
});
