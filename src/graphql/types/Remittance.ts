import type { Prisma } from '../../generated/prisma/client.ts';
import { access, part2Detail } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { AdjustmentGroup, AppealStatus } from './enums.ts';
import { isoDate } from '../../domain/dates.ts';
import { fileAppeal, recordRemittance, resolveAppeal } from '../../services/remittances.ts';
import { createErrors, editErrors, writeContext } from '../write.ts';
import { ValidationError } from '../../errors.ts';
import { import835, type Import835Summary, type PostedClaim } from '../../x12/index.ts';
import { typically } from '../../auth/access.ts';

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
    procedureCode: t.expose('procedureCode', { type: 'ProcedureCode', nullable: true, description: 'Code adjudicated. Null when withheld (see `part2`).', ...part2Detail() }),
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

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const RemittancePayload = builder.objectRef<{ claimId: string; remittanceId: string }>('RemittancePayload').implement({
  description: 'A posted remittance and the claim it moved.',
  ...access('billingWrite'),
  fields: (t) => ({
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: p.claimId } }),
    }),
    remittance: t.prismaField({
      type: 'Remittance',
      description: 'The remittance posted.',
      resolve: (query, p, _args, ctx) => ctx.prisma.remittance.findUniqueOrThrow({ ...query, where: { id: p.remittanceId } }),
    }),
  }),
});

const AdjustmentInput = builder.inputType('AdjustmentInput', {
  description: 'A claim adjustment: the group, the reason (CARC) and the amount.',
  fields: (t) => ({
    group: t.field({ type: AdjustmentGroup, required: true, description: 'CO contractual, PR patient responsibility, OA other, PI payer-initiated.' }),
    reasonCode: t.string({ required: true, description: 'Claim adjustment reason code (for example 45, 197, B7).' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'The amount adjusted (more than zero).' }),
    quantity: t.int({ required: false, description: 'Units adjusted, when the payer says.' }),
  }),
});

const RecordRemittanceInput = builder.inputType('RecordRemittanceInput', {
  description: 'A payer’s answer to a claim, posted by hand (an 835 file is imported with `npm run x12 -- import-835`).',
  fields: (t) => ({
    claimId: t.globalID({ required: true, description: 'The claim.' }),
    payerClaimControlNumber: t.string({ required: true, description: 'The payer’s claim control number (835 CLP07): one posting per number, ever.' }),
    paidAmount: t.field({ type: 'Decimal', required: true, description: 'What the payer paid (0 for a denial).' }),
    patientResponsibility: t.field({ type: 'Decimal', required: true, description: 'What the patient owes (the PR adjustments).' }),
    paidOn: t.field({ type: 'Date', required: true, description: 'The payment (or denial) date.' }),
    adjustments: t.field({
      type: [AdjustmentInput],
      required: true,
      description: 'Every adjustment; charge minus paid must equal their sum.',
    }),
    remarkCodes: t.stringList({ required: false, description: 'Remark codes (RARC, such as N362).' }),
    traceNumber: t.string({ required: false, description: 'The payment’s trace (EFT or check) number.' }),
    idempotencyKey: t.string({ required: false, description: 'A key (a UUID) that makes retries safe: the same key and input post once.' }),
  }),
});

builder.mutationField('recordRemittance', (t) =>
  t.field({
    type: RemittancePayload,
    description:
      'Posts a payer’s answer to a claim (paid, adjustments with CARC and group codes, remark codes, patient responsibility) and moves the claim ' +
      'to paid, partially paid or denied. A control number is posted once: the same posting again returns the first.',
    ...access('billingWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: RecordRemittanceInput, required: true, description: 'The remittance.' }) },
    resolve: (_root, { input }, ctx) =>
      recordRemittance(writeContext(ctx), {
        ...input,
        claimId: input.claimId.id,
        paidOn: isoDate(input.paidOn),
        adjustments: input.adjustments.map((a) => ({ ...a, quantity: a.quantity ?? null })),
        remarkCodes: input.remarkCodes ?? null,
        traceNumber: input.traceNumber ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
  }),
);

const AppealPayload = builder.objectRef<{ claimId: string; appealId: string }>('AppealPayload').implement({
  description: 'An appeal and its claim.',
  ...access('billingWrite'),
  fields: (t) => ({
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: p.claimId } }),
    }),
    appeal: t.prismaField({
      type: 'Appeal',
      description: 'The appeal.',
      resolve: (query, p, _args, ctx) => ctx.prisma.appeal.findUniqueOrThrow({ ...query, where: { id: p.appealId } }),
    }),
  }),
});

const FileAppealInput = builder.inputType('FileAppealInput', {
  description: 'An appeal of a denied or partially paid claim.',
  fields: (t) => ({
    claimId: t.globalID({ required: true, description: 'The claim.' }),
    reason: t.string({ required: true, description: 'Why the denial is wrong.' }),
    idempotencyKey: t.string({ required: false, description: 'A key (a UUID) that makes retries safe.' }),
  }),
});

builder.mutationField('fileAppeal', (t) =>
  t.field({
    type: AppealPayload,
    description:
      'Appeals a denied or partially paid claim. The appeal is flagged for parity when the denial rests on a limit, an authorization or medical ' +
      'necessity and the plan is subject to parity (or its limits show parity flags).',
    ...access('billingWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: FileAppealInput, required: true, description: 'The appeal.' }) },
    resolve: (_root, { input }, ctx) =>
      fileAppeal(writeContext(ctx), { claimId: input.claimId.id, reason: input.reason, idempotencyKey: input.idempotencyKey ?? null }),
  }),
);

const AppealOutcome = builder.enumType('AppealOutcome', {
  description: 'The payer’s decision on an appeal.',
  values: {
    OVERTURNED: { description: 'The denial is reversed: the claim awaits the payer’s new remittance.' },
    UPHELD: { description: 'The denial stands: the claim is denied again.' },
    WITHDRAWN: { description: 'The appeal was withdrawn: the claim is denied again.' },
  } as const,
});

const ResolveAppealInput = builder.inputType('ResolveAppealInput', {
  description: 'The payer’s decision on an appeal.',
  fields: (t) => ({
    appealId: t.globalID({ required: true, description: 'The appeal.' }),
    outcome: t.field({ type: AppealOutcome, required: true, description: 'The decision.' }),
    resolution: t.string({ required: false, description: 'What the payer said.' }),
  }),
});

builder.mutationField('resolveAppeal', (t) =>
  t.field({
    type: AppealPayload,
    description: 'Records the payer’s decision on an appeal.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: ResolveAppealInput, required: true, description: 'The decision.' }) },
    resolve: (_root, { input }, ctx) =>
      resolveAppeal(writeContext(ctx), { appealId: input.appealId.id, outcome: input.outcome, resolution: input.resolution ?? null }),
  }),
);

const Import835Claim = builder.objectRef<PostedClaim>('Import835Claim').implement({
  description: 'One claim payment (CLP) of an imported 835, and what became of it.',
  ...access('billingWrite'),
  fields: (t) => ({
    patientControlNumber: t.exposeString('patientControlNumber', { description: 'CLP01: our claim number.' }),
    payerClaimControlNumber: t.exposeString('payerClaimControlNumber', { description: 'CLP07: the payer’s claim control number.' }),
    claimStatusCode: t.exposeString('claimStatusCode', { description: 'CLP02: 1 processed as primary, 4 denied, 22 reversal...' }),
    result: t.exposeString('result', { description: 'POSTED, ALREADY_POSTED (this file was imported before) or NOT_POSTED.' }),
    reason: t.string({ nullable: true, description: 'Why it was not posted (CLAIM_NOT_FOUND, PAYER_MISMATCH, UNBALANCED, TRANSITION_NOT_ALLOWED, CONFLICT...).', resolve: (c) => c.reason?.code ?? null }),
    reasonMessage: t.string({ nullable: true, description: 'The reason, in words.', resolve: (c) => c.reason?.message ?? null }),
    outcome: t.string({ nullable: true, description: 'PAID, PARTIALLY_PAID, DENIED or REVERSED.', resolve: (c) => c.outcome }),
    fromStatus: t.string({ nullable: true, description: 'The claim’s status before the file.', resolve: (c) => c.fromStatus }),
    toStatus: t.string({ nullable: true, description: 'Its status after.', resolve: (c) => c.toStatus }),
    paid: t.string({ description: 'CLP04: amount paid.', resolve: (c) => String(c.paid) }),
  }),
});

const Import835Result = builder.objectRef<Import835Summary>('Import835Payload').implement({
  description: 'What an 835 remittance file did: each claim payment posted, already posted, or not posted and why.',
  ...access('billingWrite'),
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written.' }),
    claimPayments: t.int({ description: 'Claim payments (CLP) in the file.', resolve: (s) => s.counts.claimPayments }),
    posted: t.int({ description: 'Posted now.', resolve: (s) => s.counts.posted }),
    alreadyPosted: t.int({ description: 'Posted by an earlier import of the same payments (nothing written twice).', resolve: (s) => s.counts.alreadyPosted }),
    notPosted: t.int({ description: 'Not posted (see each claim’s reason).', resolve: (s) => s.counts.notPosted }),
    unmatched: t.int({ description: 'Not posted because no claim of ours matched.', resolve: (s) => s.counts.unmatched }),
    postedAmount: t.string({ description: 'Sum paid over the claim payments posted now.', resolve: (s) => String(s.postedAmount) }),
    denialRate: t.float({ nullable: true, description: 'Denied / adjudicated over the claim payments posted now.', resolve: (s) => s.denialRate }),
    warnings: t.exposeStringList('warnings', { description: 'What the file did that Parity does not keep (provider-level adjustments...).' }),
    claims: t.field({ type: [Import835Claim], description: 'Every claim payment, in file order.', ...typically(10), resolve: (s) => s.claims }),
  }),
});

const Import835Input = builder.inputType('Import835Input', {
  description: 'An X12 835 remittance advice file.',
  fields: (t) => ({
    content: t.string({ required: true, description: 'The 835 text (ISA…IEA).' }),
    dryRun: t.boolean({ required: false, defaultValue: false, description: 'Check and match everything, write nothing.' }),
    payerCode: t.string({ required: false, description: 'The paying payer’s electronic payer ID, when the file does not name it the way Parity knows it.' }),
  }),
});

builder.mutationField('import835', (t) =>
  t.field({
    type: Import835Result,
    description:
      'Imports an 835 remittance file: matches each claim payment to its claim, posts payments, adjustments (CAS) and remark codes, and moves the claims ' +
      'to paid, partially paid or denied. Importing the same file again posts nothing twice. A malformed file is a ValidationError and writes nothing.',
    ...access('billingWrite'),
    errors: { types: [ValidationError] },
    args: { input: t.arg({ type: Import835Input, required: true, description: 'The file.' }) },
    resolve: async (_root, { input }, ctx) => {
      const write = writeContext(ctx);
      await write.prepare?.();
      return import835(ctx.prisma, input.content, {
        organizationId: write.actor.organizationId,
        dryRun: input.dryRun ?? false,
        payerCode: input.payerCode ?? undefined,
        now: ctx.now,
      });
    },
  }),
);
