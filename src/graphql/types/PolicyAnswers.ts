// The payer policies' answers besides findings, as GraphQL types: whether a provider may bill
// (CanBill), a patient's benefit limits used and left (Benefit), and a PHP/IOP week against its
// thresholds (ProgramWeek). The fields that return them sit on Provider and Patient.

import type { BenefitStatus, CanBillAnswer, ProgramWeekStanding } from '../../policy/answers.ts';
import { access, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { LevelOfCare } from './enums.ts';

const dateOf = (value: string): Date => new Date(`${value}T00:00:00.000Z`);

export const CanBillReason = builder.enumType('CanBillReason', {
  description: 'Why a provider may not bill a payer.',
  values: {
    NO_POLICY_VERSION: { description: 'No version of the payer’s policy is in force on the date.' },
    LICENSURE_NOT_CREDENTIALED: { description: 'The payer does not credential the provider’s licensure on the date.' },
    NOT_ENROLLED: { description: 'The provider holds no enrollment with the payer in force on the date.' },
    CODE_NOT_IN_SCOPE: { description: 'The licensure may not bill the code with this payer.' },
    CODE_NOT_COVERED: { description: 'The payer does not pay the code.' },
  } as const,
});

export const CanBillRef = builder.objectRef<CanBillAnswer>('CanBill').implement({
  description: 'Whether a provider may bill a payer on a date (and a code), by the payer’s policy and the provider’s enrollment.',
  ...access('internal'),
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed', { description: 'True when nothing stands in the way.' }),
    reasons: t.field({ type: [CanBillReason], description: 'What stands in the way (empty when allowed).', resolve: (a) => [...a.reasons] }),
    policyVersion: t.string({ nullable: true, description: 'The policy version judging.', resolve: (a) => a.policyVersion }),
    licensureAccepted: t.exposeBoolean('licensureAccepted', { description: 'The payer credentials the licensure on the date.' }),
    enrolled: t.exposeBoolean('enrolled', { description: 'The provider is enrolled with the payer on the date.' }),
    inNetwork: t.exposeBoolean('inNetwork', { description: 'The enrollment in force is in network.' }),
    rateFactor: t.float({ nullable: true, description: 'Share of the payer’s fee schedule paid for the licensure (null when not credentialed).', resolve: (a) => a.rateFactor }),
    enrollmentStatus: t.exposeString('enrollmentStatus', { description: 'The enrollment found, in words (ENROLLED, PENDING, none on file...).' }),
  }),
});

export const BenefitRef = builder
  .objectRef<BenefitStatus & { payerName: string; planCode: string | null; policyVersion: string }>('Benefit')
  .implement({
    description: 'One benefit limit of a patient’s plan: how much of it this benefit year has used, and what is left.',
    ...access('records'),
    fields: (t) => ({
      payerName: t.exposeString('payerName', { description: 'The payer.' }),
      planCode: t.string({ nullable: true, description: 'The benefit design.', resolve: (b) => b.planCode }),
      policyVersion: t.exposeString('policyVersion', { description: 'The policy version in force on the date asked about.' }),
      limitId: t.exposeString('limitId', { description: 'The limit.' }),
      label: t.exposeString('label', { description: 'What it limits.' }),
      classification: t.exposeString('classification', { description: 'Its parity classification.' }),
      count: t.exposeString('count', { description: 'What it counts: VISITS, UNITS or DAYS.' }),
      max: t.exposeInt('max', { description: 'Most per benefit year.' }),
      used: t.exposeInt('used', { description: 'Used this benefit year (claims not denied).' }),
      left: t.exposeInt('left', { description: 'Left this benefit year.' }),
      yearStart: t.field({ type: 'Date', description: 'First day of the benefit year.', resolve: (b) => dateOf(b.yearStart) }),
      yearEnd: t.field({ type: 'Date', description: 'Last day of the benefit year.', resolve: (b) => dateOf(b.yearEnd) }),
    }),
  });

const ProgramDayStandingRef = builder.objectRef<ProgramWeekStanding['days'][number]>('ProgramDayStanding').implement({
  description: 'One program day of the week, against the daily minimums.',
  ...access('records'),
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The day.', resolve: (d) => dateOf(d.date) }),
    hours: t.exposeFloat('hours', { description: 'Hours of services.' }),
    services: t.exposeInt('services', { description: 'Number of services.' }),
    meetsMinimum: t.exposeBoolean('meetsMinimum', { description: 'Whether the day meets the payer’s daily minimums.' }),
  }),
});

export const ProgramWeekRef = builder.objectRef<ProgramWeekStanding & { payerName: string }>('ProgramWeek').implement({
  description: 'A patient’s PHP or IOP week (the payer’s week): hours and services per day and for the week, against the payer’s thresholds.',
  ...access('records'),
  fields: (t) => ({
    levelOfCare: t.field({ type: LevelOfCare, description: 'PHP or IOP.', resolve: (w) => w.levelOfCare }),
    payerName: t.exposeString('payerName', { description: 'The payer whose thresholds apply.' }),
    policyVersion: t.exposeString('policyVersion', { description: 'The policy version in force.' }),
    weekStart: t.field({ type: 'Date', description: 'First day of the week.', resolve: (w) => dateOf(w.weekStart) }),
    weekEnd: t.field({ type: 'Date', description: 'Last day of the week.', resolve: (w) => dateOf(w.weekEnd) }),
    days: t.field({ type: [ProgramDayStandingRef], description: 'The program days of the week.', ...typically(5), resolve: (w) => [...w.days] }),
    hours: t.exposeFloat('hours', { description: 'Hours of services in the week.' }),
    services: t.exposeInt('services', { description: 'Services in the week.' }),
    minHoursPerDay: t.float({ nullable: true, description: 'The payer’s daily minimum hours.', resolve: (w) => w.minHoursPerDay }),
    minServicesPerDay: t.int({ nullable: true, description: 'The payer’s daily minimum services.', resolve: (w) => w.minServicesPerDay }),
    minHoursPerWeek: t.float({ nullable: true, description: 'The weekly minimum hours that apply to the patient.', resolve: (w) => w.minHoursPerWeek }),
    minDaysPerWeek: t.int({ nullable: true, description: 'The weekly minimum program days.', resolve: (w) => w.minDaysPerWeek }),
    meetsWeeklyMinimum: t.exposeBoolean('meetsWeeklyMinimum', { description: 'Whether the week meets the weekly minimums (so far, for a week not yet over).' }),
    belowDayMinimum: t.exposeString('belowDayMinimum', { description: 'What the payer does with a day below the minimums (DENY, DOWNCODE, WARN, INFO).' }),
    belowWeekMinimum: t.exposeString('belowWeekMinimum', { description: 'What the payer does with a week below the minimums.' }),
  }),
});
