import type { Prisma } from '../../generated/prisma/client.ts';
import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { AdjustmentGroup, AppealStatus } from './enums.ts';

builder.prismaNode('Remittance', {
  description: 'A payer’s adjudication of one claim (an 835 claim payment, or one posted by hand).',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    payerClaimControlNumber: t.exposeString('payerClaimControlNumber', { description: 'The payer’s claim control number (835 CLP07).', ...access('phi') }),
    claimStatusCode: t.exposeString('claimStatusCode', { description: '835 claim status code (1 processed as primary, 4 denied, 22 reversal...).' }),
    chargeAmount: t.expose('chargeAmount', { type: 'Decimal', description: 'Charges adjudicated.' }),
    paidAmount: t.expose('paidAmount', { type: 'Decimal', description: 'Amount paid.' }),
    patientResponsibility: t.expose('patientResponsibility', { type: 'Decimal', description: 'What the patient owes.' }),
    traceNumber: t.exposeString('traceNumber', { nullable: true, description: 'Check or EFT trace number.', ...access('phi') }),
    paidOn: t.expose('paidOn', { type: 'Date', description: 'Payment date.' }),
    remarkCodes: t.exposeStringList('remarkCodes', { description: 'Claim-level remark codes (RARC).' }),
    claim: t.relation('claim', { description: 'The claim.' }),
    payer: t.relation('payer', { description: 'The payer.' }),
    adjustments: t.relation('adjustments', { description: 'Every adjustment (claim and line level).', query: { orderBy: { id: 'asc' } } }),
    serviceLines: t.relation('serviceLines', { description: 'Payment per service line.', query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.prismaObject('RemittanceServiceLine', {
  description: 'Payment of one service line (835 SVC).',
  ...access('records'),
  fields: (t) => ({
    procedureCode: t.exposeString('procedureCode', { nullable: true, description: 'Code adjudicated. Null when withheld (see `part2`).', ...part2Detail() }),
    modifiers: t.exposeStringList('modifiers', { nullable: true, description: 'Modifiers adjudicated. Null when withheld.', ...part2Detail() }),
    chargeAmount: t.expose('chargeAmount', { type: 'Decimal', description: 'Line charge.' }),
    paidAmount: t.expose('paidAmount', { type: 'Decimal', description: 'Line payment.' }),
    units: t.exposeInt('units', { description: 'Units paid.' }),
    remarkCodes: t.exposeStringList('remarkCodes', { description: 'Line remark codes (RARC).' }),
    claimLine: t.relation('claimLine', { nullable: true, description: 'The claim line it pays, when matched.' }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('RemittanceAdjustment', {
  description: 'One adjustment (835 CAS): group, reason code (CARC) and amount.',
  ...access('records'),
  fields: (t) => ({
    groupCode: t.expose('groupCode', { type: AdjustmentGroup, description: 'Who bears it.' }),
    reasonCode: t.exposeString('reasonCode', { description: 'Claim adjustment reason code (CARC).' }),
    amount: t.expose('amount', { type: 'Decimal', description: 'Amount adjusted.' }),
    quantity: t.exposeInt('quantity', { nullable: true, description: 'Units adjusted, when given.' }),
    lineLevel: t.boolean({ description: 'Whether it adjusts a service line (otherwise the whole claim).', resolve: (a) => a.serviceLineId !== null }),
  }),
});

builder.prismaNode('Appeal', {
  description: 'An appeal of a denial.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    level: t.exposeInt('level', { description: '1 for a first reconsideration, 2 for the next level...' }),
    status: t.expose('status', { type: AppealStatus, description: 'Where it stands.' }),
    filedOn: t.expose('filedOn', { type: 'Date', description: 'Date filed.' }),
    reason: t.exposeString('reason', { description: 'Why the denial is wrong.', ...access('phi') }),
    parityFlag: t.exposeBoolean('parityFlag', { description: 'Whether the denial looks like a mental-health parity (MHPAEA) problem.' }),
    resolvedOn: t.expose('resolvedOn', { type: 'Date', nullable: true, description: 'Date decided.' }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'What the payer decided.', ...access('phi') }),
    claim: t.relation('claim', { description: 'The claim appealed.' }),
  }),
});

const RemittanceFilter = builder.inputType('RemittanceFilter', {
  description: 'Narrows a list of remittances.',
  fields: (t) => ({
    payerId: t.globalID({ required: false, description: 'From this payer.' }),
    paidFrom: t.field({ type: 'Date', required: false, description: 'Paid on or after.' }),
    paidTo: t.field({ type: 'Date', required: false, description: 'Paid on or before.' }),
    reasonCode: t.string({ required: false, description: 'With an adjustment of this CARC.' }),
  }),
});

function remittanceWhere(filter: typeof RemittanceFilter.$inferInput | null | undefined): Prisma.RemittanceWhereInput {
  return {
    payerId: filter?.payerId?.id ?? undefined,
    paidOn: { gte: filter?.paidFrom ?? undefined, lte: filter?.paidTo ?? undefined },
    adjustments: filter?.reasonCode ? { some: { reasonCode: filter.reasonCode } } : undefined,
  };
}

builder.queryField('remittances', (t) =>
  t.prismaConnection(
    {
      type: 'Remittance',
      cursor: 'id',
      description: 'Remittances, newest payment first.',
      ...access('records'),
      args: { filter: t.arg({ type: RemittanceFilter, required: false, description: 'Conditions the remittances must meet.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.remittance.count({ where: remittanceWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.remittance.findMany({ ...query, where: remittanceWhere(args.filter), orderBy: [{ paidOn: 'desc' }, { id: 'asc' }] }),
    },
    {},
  ),
);
