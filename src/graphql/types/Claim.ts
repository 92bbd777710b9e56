import type { Prisma } from '../../generated/prisma/client.ts';
import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';

export const ClaimStatus = builder.enumType('ClaimStatus', {
  description: 'Where a claim is in its life, from draft to paid (or written off).',
  values: {
    DRAFT: { description: 'Being prepared; not sent to the payer.' },
    SUBMITTED: { description: 'Sent to the payer (or clearinghouse).' },
    ACCEPTED: { description: 'Accepted for adjudication by the payer; awaiting payment.' },
    DENIED: { description: 'Adjudicated with no payment.' },
    PARTIALLY_PAID: { description: 'Adjudicated with some lines or amounts not paid.' },
    PAID: { description: 'Adjudicated and paid.' },
    APPEALED: { description: 'A denial is under appeal.' },
    WRITTEN_OFF: { description: 'Closed without (further) payment.' },
  } as const,
});

export const ClaimType = builder.enumType('ClaimType', {
  description: 'The claim form.',
  values: {
    PROFESSIONAL: { description: 'Professional claim (837P / CMS-1500): a clinician’s services.' },
    INSTITUTIONAL: { description: 'Institutional claim (837I / UB-04): facility program days (PHP, IOP, residential).' },
  } as const,
});

export const Claim = builder.prismaNode('Claim', {
  description: 'A bill to one payer for one patient’s services.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    patientControlNumber: t.exposeString('patientControlNumber', {
      description: 'Our claim number (X12 CLM01), unique within the organization.',
      ...access('phi'),
    }),
    claimType: t.expose('claimType', { type: ClaimType, description: 'Professional or institutional.' }),
    status: t.expose('status', { type: ClaimStatus, description: 'Current status.' }),
    serviceFrom: t.expose('serviceFrom', { type: 'Date', description: 'First date of service (analysts see the first day of its month).' }),
    serviceTo: t.expose('serviceTo', { type: 'Date', description: 'Last date of service (analysts see the first day of its month).' }),
    totalCharge: t.expose('totalCharge', { type: 'Decimal', description: 'Sum of the line charges.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'When the claim was first submitted.' }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    payer: t.relation('payer', { description: 'The payer billed.' }),
    renderingProvider: t.relation('renderingProvider', {
      nullable: true,
      description: 'The rendering provider (professional claims).',
    }),
    diagnoses: t.relation('diagnoses', {
      description: 'Diagnoses in pointer order (position 1 is the principal diagnosis). Null when withheld (see `part2`).',
      nullable: true,
      ...part2Detail(),
      query: { orderBy: { position: 'asc' } },
    }),
    lines: t.relation('lines', {
      description: 'Service lines in order.',
      query: { orderBy: { lineNumber: 'asc' } },
    }),
    frequencyCode: t.exposeString('frequencyCode', { description: 'Claim frequency (1 original, 7 replacement, 8 void).' }),
    billType: t.exposeString('billType', { nullable: true, description: 'Institutional bill type (facility claims).' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency: send it back with an edit.' }),
    overrideReason: t.exposeString('overrideReason', {
      nullable: true,
      description: 'Why deny-level findings were overridden at submission, if they were.',
      ...access('phi'),
    }),
    billingLocation: t.relation('billingLocation', { description: 'The billing location (its NPI goes on the claim).' }),
    program: t.relation('program', { nullable: true, description: 'The program whose services it bills.' }),
    authorization: t.relation('authorization', { nullable: true, description: 'The prior authorization it bills under.' }),
    statusHistory: t.relation('statusHistory', {
      description: 'Every status change, oldest first.',
      query: { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
    }),
    remittances: t.relation('remittances', { description: 'Remittances posted to it.', query: { orderBy: { paidOn: 'asc' } } }),
    appeals: t.relation('appeals', { description: 'Appeals of its denial.', query: { orderBy: { filedOn: 'asc' } } }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('ClaimStatusChange', {
  description: 'One step of a claim’s status history.',
  ...access('records'),
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: ClaimStatus, nullable: true, description: 'Status before (null when created).' }),
    toStatus: t.expose('toStatus', { type: ClaimStatus, description: 'Status after.' }),
    changedAt: t.expose('changedAt', { type: 'DateTime', description: 'When.' }),
    actor: t.exposeString('actor', { description: 'Who: a user, "payer" or "system".' }),
    note: t.exposeString('note', { nullable: true, description: 'Why, when given.', ...access('phi') }),
  }),
});

builder.prismaObject('ClaimDiagnosis', {
  description: 'A diagnosis on a claim, at the position that line pointers refer to.',
  ...access('records'),
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Position 1 to 12; 1 is the principal diagnosis.' }),
    icd10Code: t.exposeString('icd10Code', { description: 'ICD-10-CM code, with its dot (for example F33.1).' }),
  }),
});

builder.prismaNode('ClaimLine', {
  description: 'One billed service on a claim.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    lineNumber: t.exposeInt('lineNumber', { description: 'Line number, from 1.' }),
    serviceDate: t.expose('serviceDate', { type: 'Date', description: 'Date of service (analysts see the first day of its month).' }),
    procedureCode: t.exposeString('procedureCode', { nullable: true, description: 'CPT or HCPCS Level II code. Null when withheld (see `part2`).', ...part2Detail() }),
    modifiers: t.exposeStringList('modifiers', { nullable: true, description: 'Procedure modifiers, up to four. Null when withheld.', ...part2Detail() }),
    revenueCode: t.exposeString('revenueCode', { nullable: true, description: 'Revenue code (institutional lines). Null when withheld.', ...part2Detail() }),
    units: t.exposeInt('units', { description: 'Units of service.' }),
    chargeAmount: t.expose('chargeAmount', { type: 'Decimal', description: 'Charge for the line.' }),
    placeOfService: t.exposeString('placeOfService', { nullable: true, description: 'CMS place-of-service code.' }),
    diagnosisPointers: t.exposeIntList('diagnosisPointers', {
      nullable: true,
      description: 'Positions of the claim’s diagnoses this line is for (up to four). Null when withheld.',
      ...part2Detail(),
    }),
    minutes: t.exposeInt('minutes', { nullable: true, description: 'Documented minutes of service, for time-based codes. Null when withheld.', ...part2Detail() }),
    part2: t.field(part2Field()),
  }),
});

const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Narrows a list of claims. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: [ClaimStatus], required: false, description: 'Any of these statuses.' }),
    serviceFrom: t.field({ type: 'Date', required: false, description: 'Date of service on or after this date.' }),
    serviceTo: t.field({ type: 'Date', required: false, description: 'Date of service on or before this date.' }),
  }),
});

function claimWhere(filter: typeof ClaimFilter.$inferInput | null | undefined): Prisma.ClaimWhereInput {
  return {
    status: filter?.status?.length ? { in: filter.status } : undefined,
    serviceFrom: filter?.serviceFrom ? { gte: filter.serviceFrom } : undefined,
    serviceTo: filter?.serviceTo ? { lte: filter.serviceTo } : undefined,
  };
}

builder.queryField('claims', (t) =>
  t.prismaConnection(
    {
      type: 'Claim',
      cursor: 'id',
      description: 'Claims, newest date of service first.',
      ...access('records'),
      args: { filter: t.arg({ type: ClaimFilter, required: false, description: 'Conditions the claims must meet.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.claim.count({ where: claimWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.claim.findMany({
          ...query,
          where: claimWhere(args.filter),
          orderBy: [{ serviceFrom: 'desc' }, { id: 'asc' }],
        }),
    },
    {},
  ),
);
