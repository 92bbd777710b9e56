import { isoDate } from '../../domain/dates.ts';
import { inForceOn } from '../../services/coverage.ts';
import { benefitStatus, programWeek } from '../../policy/answers.ts';
import { policyFor } from '../../policy/engine.ts';
import { access, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { BenefitRef, ProgramWeekRef } from './PolicyAnswers.ts';
import { setCoverage } from '../../services/administration.ts';
import { editErrors, writeContext } from '../write.ts';

const ProgramLevel = builder.enumType('ProgramLevel', {
  description: 'A bundled program level of care.',
  values: { PHP: { description: 'Partial hospitalization.' }, IOP: { description: 'Intensive outpatient.' } } as const,
});

export const Patient = builder.prismaNode('Patient', {
  description: 'A patient of the organization.',
  ...access('phi'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    mrn: t.exposeString('mrn', { description: 'Medical record number, unique within the organization.' }),
    firstName: t.exposeString('firstName', { description: 'Given name.' }),
    lastName: t.exposeString('lastName', { description: 'Family name.' }),
    dateOfBirth: t.expose('dateOfBirth', { type: 'Date', description: 'Date of birth.' }),
    sex: t.exposeString('sex', { description: 'FEMALE, MALE or UNKNOWN, as on the insurance record.' }),
    addressLine1: t.exposeString('addressLine1', { description: 'Street address.' }),
    addressLine2: t.exposeString('addressLine2', { nullable: true, description: 'Apartment or suite.' }),
    city: t.exposeString('city', { description: 'City.' }),
    state: t.exposeString('state', { description: 'Two-letter state code.' }),
    postalCode: t.exposeString('postalCode', { description: 'ZIP code.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    email: t.exposeString('email', { nullable: true, description: 'Email address.' }),
    diagnoses: t.relation('diagnoses', { description: 'Problem list.', query: { orderBy: [{ onsetDate: 'asc' }, { id: 'asc' }] } }),
    episodes: t.relation('episodes', { description: 'Episodes of care, newest first.', query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] } }),
    authorizations: t.relation('authorizations', { description: 'Prior authorizations, newest first.', query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] } }),
    consents: t.relation('consents', { description: '42 CFR Part 2 consents.', query: { orderBy: [{ signedOn: 'desc' }, { id: 'asc' }] } }),
    treatmentPlans: t.relation('treatmentPlans', { description: 'Treatment plans, newest first.', query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] } }),
    sessions: t.relatedConnection('sessions', {
      description: 'Sessions, newest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ startTime: 'desc' }, { id: 'asc' }] },
    }),
    coverages: t.relation('coverages', {
      description: 'Insurance coverages, primary first.',
      query: { orderBy: [{ priority: 'asc' }, { effectiveFrom: 'desc' }] },
    }),
    claims: t.relatedConnection('claims', {
      description: 'The patient’s claims, newest date of service first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ serviceFrom: 'desc' }, { id: 'asc' }] },
    }),
    benefits: t.field({
      type: [BenefitRef],
      description:
        'The benefit limits of the patient’s plans in force on `asOf` (today by default): sessions (visits, units or days) used and left this benefit year, per limit. ' +
        'Counts every claim with the payer that was not denied or written off.',
      ...typically(3),
      args: {
        payerId: t.arg.globalID({ required: false, description: 'Only this payer’s plan.' }),
        asOf: t.arg({ type: 'Date', required: false, description: 'The date (today when left out).' }),
      },
      select: { coverages: { select: { payerId: true, planCode: true, effectiveFrom: true, effectiveTo: true, priority: true, payer: { select: { name: true, policyId: true } } } } },
      resolve: async (patient, args, ctx) => {
        const asOf = args.asOf ? isoDate(args.asOf) : ctx.today;
        const coverages = inForceOn(patient.coverages, asOf).filter((c) => !args.payerId || c.payerId === args.payerId.id);
        const results = await Promise.all(
          coverages.map(async (coverage) => {
            const usage = await ctx.loaders.usage.load(`${patient.id}:${coverage.payerId}:${asOf}`);
            const status = benefitStatus(policyFor(ctx.policies, coverage.payer.policyId), coverage.planCode, usage, asOf);
            return (status?.limits ?? []).map((limit) => ({ ...limit, payerName: coverage.payer.name, planCode: coverage.planCode, policyVersion: status?.policyVersion ?? '' }));
          }),
        );
        return results.flat();
      },
    }),
    programWeek: t.field({
      type: ProgramWeekRef,
      nullable: true,
      description:
        'The patient’s PHP or IOP week holding `date` (the primary payer’s week), against that payer’s daily and weekly thresholds. Null without a coverage in force.',
      args: {
        levelOfCare: t.arg({ type: ProgramLevel, required: true, description: 'PHP or IOP.' }),
        date: t.arg({ type: 'Date', required: true, description: 'A day of the week.' }),
      },
      select: {
        dateOfBirth: true,
        coverages: { select: { payerId: true, planCode: true, effectiveFrom: true, effectiveTo: true, priority: true, payer: { select: { name: true, policyId: true } } } },
      },
      resolve: async (patient, args, ctx) => {
        const date = isoDate(args.date);
        const coverage = inForceOn(patient.coverages, date)[0];
        if (coverage === undefined) {
          return null;
        }
        const days = await ctx.loaders.programDays.load(`${patient.id}:${date}`);
        const week = programWeek(policyFor(ctx.policies, coverage.payer.policyId), coverage.planCode, args.levelOfCare, date, days, isoDate(patient.dateOfBirth));
        return week === null ? null : { ...week, payerName: coverage.payer.name };
      },
    }),
  }),
});

builder.prismaNode('Coverage', {
  description: 'A patient’s insurance with one payer.',
  ...access('phi'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    payer: t.relation('payer', { description: 'The payer.', ...access('records') }),
    memberId: t.exposeString('memberId', { description: 'The member (subscriber) ID on the insurance card.' }),
    planName: t.exposeString('planName', { description: 'The plan’s name.' }),
    planCode: t.exposeString('planCode', { nullable: true, description: 'The plan’s benefit design in the payer’s policy, if it has several.' }),
    groupNumber: t.exposeString('groupNumber', { nullable: true, description: 'Group number on the card.' }),
    relationship: t.exposeString('relationship', { description: 'The patient’s relationship to the subscriber (SELF, SPOUSE, CHILD, OTHER).' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency: send it back with an edit.' }),
    priority: t.exposeInt('priority', { description: '1 for primary, 2 for secondary, and so on.' }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date', description: 'First day of coverage.' }),
    effectiveTo: t.expose('effectiveTo', { type: 'Date', nullable: true, description: 'Last day of coverage; null while it continues.' }),
  }),
});

builder.queryField('patients', (t) =>
  t.prismaConnection(
    {
      type: 'Patient',
      cursor: 'id',
      description: 'The organization’s patients, by name.',
      ...access('phi'),
      totalCount: (_root, _args, ctx) => ctx.prisma.patient.count(),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.patient.findMany({
          ...query,
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        }),
    },
    {},
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const CoveragePayload = builder.objectRef<{ coverageId: string }>('CoveragePayload').implement({
  description: 'The coverage written.',
  ...access('billingWrite'),
  fields: (t) => ({
    coverage: t.prismaField({
      type: 'Coverage',
      description: 'The coverage, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.coverage.findUniqueOrThrow({ ...query, where: { id: p.coverageId } }),
    }),
  }),
});

const SubscriberRelationship = builder.enumType('SubscriberRelationship', {
  description: 'The patient’s relationship to the subscriber.',
  values: { SELF: { description: 'The patient is the subscriber.' }, SPOUSE: { description: 'Spouse.' }, CHILD: { description: 'Child.' }, OTHER: { description: 'Other.' } } as const,
});

const SetCoverageInput = builder.inputType('SetCoverageInput', {
  description: 'A patient’s coverage with a payer: a new one, or a change to one (with its id and version).',
  fields: (t) => ({
    coverageId: t.globalID({ required: false, description: 'The coverage to change; leave out to record a new one.' }),
    expectedVersion: t.int({ required: false, description: 'With coverageId: the version you read.' }),
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    payerId: t.globalID({ required: true, description: 'The payer.' }),
    memberId: t.string({ required: true, description: 'The member ID on the card.' }),
    groupNumber: t.string({ required: false, description: 'The group number.' }),
    planName: t.string({ required: true, description: 'The plan’s name.' }),
    planCode: t.string({ required: false, description: 'The benefit design in the payer’s policy (its default when left out).' }),
    relationship: t.field({ type: SubscriberRelationship, required: false, description: 'SELF by default.' }),
    priority: t.int({ required: false, description: '1 primary (default), 2 secondary...' }),
    effectiveFrom: t.field({ type: 'Date', required: true, description: 'First day of coverage.' }),
    effectiveTo: t.field({ type: 'Date', required: false, description: 'Last day of coverage.' }),
  }),
});

builder.mutationField('setCoverage', (t) =>
  t.field({
    type: CoveragePayload,
    description: 'Records or updates a patient’s coverage.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: SetCoverageInput, required: true, description: 'The coverage.' }) },
    resolve: (_root, { input }, ctx) =>
      setCoverage(writeContext(ctx), {
        ...input,
        coverageId: input.coverageId?.id ?? null,
        expectedVersion: input.expectedVersion ?? null,
        patientId: input.patientId.id,
        payerId: input.payerId.id,
        groupNumber: input.groupNumber ?? null,
        planCode: input.planCode ?? null,
        relationship: input.relationship ?? null,
        priority: input.priority ?? null,
        effectiveFrom: isoDate(input.effectiveFrom),
        effectiveTo: input.effectiveTo ? isoDate(input.effectiveTo) : null,
      }),
  }),
);
