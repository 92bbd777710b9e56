import { isoDate } from '../../domain/dates.ts';
import { NotFoundError } from '../../errors.ts';
import { canBill } from '../../policy/answers.ts';
import { policyFor } from '../../policy/engine.ts';
import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { CanBillRef } from './PolicyAnswers.ts';
import { setEnrollment } from '../../services/administration.ts';
import { editErrors, writeContext } from '../write.ts';

export const LicensureType = builder.enumType('LicensureType', {
  description: 'The licensure of a clinician; payers credential and pay by it.',
  values: {
    PSYCHIATRIST: { description: 'Psychiatrist (MD/DO).' },
    PSYCHOLOGIST: { description: 'Licensed clinical psychologist (PhD/PsyD).' },
    LCSW: { description: 'Licensed clinical social worker.' },
    LPC_LMHC: { description: 'Licensed professional counselor or licensed mental health counselor.' },
    LMFT: { description: 'Licensed marriage and family therapist.' },
    PSYCHIATRIC_NP: { description: 'Psychiatric-mental health nurse practitioner.' },
    PA: { description: 'Physician assistant.' },
    ADDICTION_COUNSELOR: { description: 'Licensed or certified addiction (alcohol and drug) counselor.' },
    PEER_SPECIALIST: { description: 'Certified peer support specialist.' },
  } as const,
});

export const CredentialingStatus = builder.enumType('CredentialingStatus', {
  description: 'Where a provider stands in credentialing with a payer.',
  values: {
    APPLIED: { description: 'Application sent, not yet in review.' },
    PENDING: { description: 'In review by the payer.' },
    ENROLLED: { description: 'Credentialed: may bill for dates within the effective range.' },
    DENIED: { description: 'The payer declined to credential the provider.' },
    TERMINATED: { description: 'Was credentialed; ended on the effective-to date.' },
  } as const,
});

export const Provider = builder.prismaNode('Provider', {
  description: 'A rendering clinician of the organization.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    npi: t.expose('npi', { type: 'NPI', description: 'Individual (type 1) National Provider Identifier.' }),
    firstName: t.exposeString('firstName', { description: 'Given name.' }),
    lastName: t.exposeString('lastName', { description: 'Family name.' }),
    displayName: t.string({
      description: 'Name as shown in lists: "Last, First".',
      select: { firstName: true, lastName: true },
      resolve: (p) => `${p.lastName}, ${p.firstName}`,
    }),
    licensureType: t.expose('licensureType', { type: LicensureType, description: 'The licensure the provider bills under.' }),
    taxonomyCode: t.exposeString('taxonomyCode', { description: 'NUCC health-care provider taxonomy code.' }),
    active: t.exposeBoolean('active', { description: 'Whether the provider currently sees patients.' }),
    licenses: t.relation('licenses', { description: 'State licenses.', query: { orderBy: { expiresOn: 'asc' } } }),
    enrollments: t.relation('enrollments', {
      description: 'Credentialing with each payer, newest first.',
      query: { orderBy: [{ effectiveFrom: 'desc' }, { id: 'asc' }] },
    }),
    canBill: t.field({
      type: CanBillRef,
      description: 'Whether the provider may bill a payer on a date (and a code): credentialed licensure, enrollment in force, code in scope, and the rate factor.',
      errors: { types: [NotFoundError] },
      args: {
        payerId: t.arg.globalID({ required: true, description: 'The payer.' }),
        date: t.arg({ type: 'Date', required: true, description: 'The date of service.' }),
        procedureCode: t.arg({ type: 'ProcedureCode', required: false, description: 'The code to bill (CPT or HCPCS), if any.' }),
      },
      resolve: async (provider, args, ctx) => {
        const payer = await ctx.prisma.payer.findUnique({ where: { id: args.payerId.id }, select: { id: true, policyId: true } });
        if (payer === null) {
          throw new NotFoundError('Payer', ['payerId']);
        }
        const enrollments = await ctx.loaders.enrollments.load(`${provider.id}:${payer.id}`);
        const code = args.procedureCode ? args.procedureCode.trim().toUpperCase() : null;
        return canBill(policyFor(ctx.policies, payer.policyId), { licensureType: provider.licensureType, enrollments }, isoDate(args.date), code);
      },
    }),
  }),
});

builder.prismaNode('ProviderEnrollment', {
  description: 'A provider’s credentialing with one payer, effective for a date range.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    payer: t.relation('payer', { description: 'The payer.' }),
    status: t.expose('status', { type: CredentialingStatus, description: 'Credentialing status.' }),
    inNetwork: t.exposeBoolean('inNetwork', { description: 'Whether the provider is in the payer’s network.' }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date', nullable: true, description: 'First date of service the enrollment covers.' }),
    effectiveTo: t.expose('effectiveTo', { type: 'Date', nullable: true, description: 'Last date of service the enrollment covers; null when open-ended.' }),
    payerProviderId: t.exposeString('payerProviderId', { nullable: true, description: 'The provider’s ID with the payer.' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency: send it back with an edit.' }),
  }),
});

builder.prismaObject('ProviderLicense', {
  description: 'A state license.',
  ...access('internal'),
  fields: (t) => ({
    state: t.exposeString('state', { description: 'Two-letter state code.' }),
    number: t.exposeString('number', { description: 'License number.' }),
    licensureType: t.expose('licensureType', { type: LicensureType, description: 'What it licenses.' }),
    issuedOn: t.expose('issuedOn', { type: 'Date', description: 'Issue date.' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', description: 'Expiry date.' }),
  }),
});

builder.queryField('providers', (t) =>
  t.prismaConnection(
    {
      type: 'Provider',
      cursor: 'id',
      description: 'The organization’s providers, by name.',
      ...access('internal'),
      args: {
        licensureType: t.arg({ type: LicensureType, required: false, description: 'Only providers of this licensure.' }),
      },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.provider.count({ where: { licensureType: args.licensureType ?? undefined } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.provider.findMany({
          ...query,
          where: { licensureType: args.licensureType ?? undefined },
          orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        }),
    },
    {},
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const EnrollmentPayload = builder.objectRef<{ enrollmentId: string }>('EnrollmentPayload').implement({
  description: 'The enrollment written.',
  ...access('adminWrite'),
  fields: (t) => ({
    enrollment: t.prismaField({
      type: 'ProviderEnrollment',
      description: 'The enrollment, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.providerEnrollment.findUniqueOrThrow({ ...query, where: { id: p.enrollmentId } }),
    }),
  }),
});

const SetEnrollmentInput = builder.inputType('SetEnrollmentInput', {
  description: 'A provider’s enrollment (credentialing) with a payer: a new one, or a change to one (with its id and version).',
  fields: (t) => ({
    enrollmentId: t.globalID({ required: false, description: 'The enrollment to change; leave out to record a new one.' }),
    expectedVersion: t.int({ required: false, description: 'With enrollmentId: the version you read.' }),
    providerId: t.globalID({ required: true, description: 'The provider.' }),
    payerId: t.globalID({ required: true, description: 'The payer.' }),
    status: t.field({ type: CredentialingStatus, required: true, description: 'Credentialing status.' }),
    inNetwork: t.boolean({ required: false, description: 'In the payer’s network (true by default).' }),
    payerProviderId: t.string({ required: false, description: 'The provider’s ID with the payer.' }),
    effectiveFrom: t.field({ type: 'Date', required: false, description: 'First date of service covered (required once enrolled).' }),
    effectiveTo: t.field({ type: 'Date', required: false, description: 'Last date covered (required when terminated).' }),
  }),
});

builder.mutationField('setEnrollment', (t) =>
  t.field({
    type: EnrollmentPayload,
    description: 'Records or updates a provider’s enrollment with a payer. Claims are judged by it from the next request on.',
    ...access('adminWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: SetEnrollmentInput, required: true, description: 'The enrollment.' }) },
    resolve: (_root, { input }, ctx) =>
      setEnrollment(writeContext(ctx), {
        enrollmentId: input.enrollmentId?.id ?? null,
        expectedVersion: input.expectedVersion ?? null,
        providerId: input.providerId.id,
        payerId: input.payerId.id,
        status: input.status,
        inNetwork: input.inNetwork ?? null,
        payerProviderId: input.payerProviderId ?? null,
        effectiveFrom: input.effectiveFrom ? isoDate(input.effectiveFrom) : null,
        effectiveTo: input.effectiveTo ? isoDate(input.effectiveTo) : null,
      }),
  }),
);
