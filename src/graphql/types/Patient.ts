import { access } from '../access.ts';
import { builder } from '../builder.ts';

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
