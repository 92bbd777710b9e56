import type { Prisma } from '../../generated/prisma/client.ts';
import { daysBetween, isoDate } from '../../domain/dates.ts';
import { access, part2Detail } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { AuthorizationStatus, LevelOfCare, ReviewOutcome, UnitType } from './enums.ts';
import { decideAuthorization, recordConcurrentReview, requestAuthorization } from '../../services/authorizations.ts';
import { createErrors, editErrors, writeContext } from '../write.ts';

export const Authorization = builder.prismaNode('Authorization', {
  description: 'A prior authorization: a payer’s approval of a level of care or of codes, for units and dates.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    authNumber: t.exposeString('authNumber', { nullable: true, description: 'The payer’s authorization number, once issued.', ...access('phi') }),
    status: t.expose('status', { type: AuthorizationStatus, description: 'Where it stands.' }),
    levelOfCare: t.expose('levelOfCare', { type: LevelOfCare, nullable: true, description: 'The level of care authorized, when by level. Null when withheld (see `part2`).', ...part2Detail() }),
    procedureCodes: t.expose('procedureCodes', { type: ['ProcedureCode'], nullable: true, description: 'The codes authorized, when by code. Null when withheld.', ...part2Detail() }),
    unitType: t.expose('unitType', { type: UnitType, description: 'What the units count.' }),
    unitsRequested: t.exposeInt('unitsRequested', { description: 'Units asked for.' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency: send it back with a decision or review.' }),
    unitsApproved: t.exposeInt('unitsApproved', { description: 'Units approved (0 until approved).' }),
    unitsUsed: t.int({
      description: 'Units billed against it so far (claim lines that reference it).',
      resolve: (a, _args, ctx) => ctx.loaders.authorizationUnitsUsed.load(a.id),
    }),
    unitsLeft: t.int({
      description: 'Units approved and not yet used (never below zero).',
      resolve: async (a, _args, ctx) => Math.max(0, a.unitsApproved - (await ctx.loaders.authorizationUnitsUsed.load(a.id))),
    }),
    startDate: t.expose('startDate', { type: 'Date', description: 'First date covered.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'Last date covered.' }),
    expiresInDays: t.int({
      description: 'Days from today to the end date (negative once past).',
      ...access('phi'),
      resolve: (a, _args, ctx) => daysBetween(isoDate(ctx.now), isoDate(a.endDate)),
    }),
    nextReviewDue: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the payer’s next concurrent review is due.',
      select: { concurrentReviewDue: true, reviews: { orderBy: { reviewedOn: 'desc' }, take: 1, select: { nextReviewDue: true } } },
      resolve: (a) => a.reviews[0]?.nextReviewDue ?? a.concurrentReviewDue,
    }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    payer: t.relation('payer', { description: 'The payer that authorized it.' }),
    episode: t.relation('episode', { nullable: true, description: 'The episode of care it is for.' }),
    reviews: t.relation('reviews', { description: 'Concurrent reviews, newest first.', query: { orderBy: { reviewedOn: 'desc' } } }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('ConcurrentReview', {
  description: 'A payer’s continued-stay review of an authorization.',
  ...access('records'),
  fields: (t) => ({
    reviewedOn: t.expose('reviewedOn', { type: 'Date', description: 'Date of the review.' }),
    outcome: t.expose('outcome', { type: ReviewOutcome, description: 'What the payer decided.' }),
    unitsAdded: t.exposeInt('unitsAdded', { description: 'Units added by the review.' }),
    nextReviewDue: t.expose('nextReviewDue', { type: 'Date', nullable: true, description: 'When the next review is due.' }),
  }),
});

const AuthorizationFilter = builder.inputType('AuthorizationFilter', {
  description: 'Narrows a list of authorizations. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: [AuthorizationStatus], required: false, description: 'Any of these statuses.' }),
    payerId: t.globalID({ required: false, description: 'Authorizations from this payer.' }),
    patientId: t.globalID({ required: false, description: 'Authorizations of this patient.' }),
    levelOfCare: t.field({ type: LevelOfCare, required: false, description: 'For this level of care.' }),
    activeOn: t.field({ type: 'Date', required: false, description: 'Covering this date.' }),
    endingBefore: t.field({ type: 'Date', required: false, description: 'Ending on or before this date.' }),
  }),
});

function authorizationWhere(filter: typeof AuthorizationFilter.$inferInput | null | undefined): Prisma.AuthorizationWhereInput {
  return {
    status: filter?.status?.length ? { in: filter.status } : undefined,
    payerId: filter?.payerId?.id ?? undefined,
    patientId: filter?.patientId?.id ?? undefined,
    levelOfCare: filter?.levelOfCare ?? undefined,
    startDate: filter?.activeOn ? { lte: filter.activeOn } : undefined,
    endDate: { gte: filter?.activeOn ?? undefined, lte: filter?.endingBefore ?? undefined },
  };
}

builder.queryField('authorizations', (t) =>
  t.prismaConnection(
    {
      type: 'Authorization',
      cursor: 'id',
      description: 'Prior authorizations, ending soonest first.',
      ...access('records'),
      args: { filter: t.arg({ type: AuthorizationFilter, required: false, description: 'Conditions the authorizations must meet.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.authorization.count({ where: authorizationWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.authorization.findMany({ ...query, where: authorizationWhere(args.filter), orderBy: [{ endDate: 'asc' }, { id: 'asc' }] }),
    },
    {},
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const AuthorizationPayload = builder.objectRef<{ authorizationId: string }>('AuthorizationPayload').implement({
  description: 'The authorization written.',
  ...access('billingWrite'),
  fields: (t) => ({
    authorization: t.prismaField({
      type: 'Authorization',
      description: 'The authorization, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.authorization.findUniqueOrThrow({ ...query, where: { id: p.authorizationId } }),
    }),
  }),
});

const RequestAuthorizationInput = builder.inputType('RequestAuthorizationInput', {
  description: 'A prior-authorization request sent to the payer: for a level of care, or for codes.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    coverageId: t.globalID({ required: true, description: 'The coverage (its payer decides).' }),
    levelOfCare: t.field({ type: LevelOfCare, required: false, description: 'The level of care asked for (or give procedureCodes).' }),
    procedureCodes: t.field({ type: ['ProcedureCode'], required: false, description: 'The codes asked for (or give levelOfCare).' }),
    unitType: t.field({ type: UnitType, required: true, description: 'What the units count.' }),
    unitsRequested: t.int({ required: true, description: 'Units asked for.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'First date.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'Last date.' }),
    providerId: t.globalID({ required: false, description: 'The provider it is for, if the payer authorizes one.' }),
    episodeId: t.globalID({ required: false, description: 'The episode of care it is for.' }),
    idempotencyKey: t.string({ required: false, description: 'A key (a UUID) that makes retries safe.' }),
  }),
});

const day = (d: Date) => isoDate(d);

builder.mutationField('requestAuthorization', (t) =>
  t.field({
    type: AuthorizationPayload,
    description: 'Records a request for prior authorization (status REQUESTED).',
    ...access('billingWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: RequestAuthorizationInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, ctx) =>
      requestAuthorization(writeContext(ctx), {
        ...input,
        patientId: input.patientId.id,
        coverageId: input.coverageId.id,
        levelOfCare: input.levelOfCare ?? null,
        procedureCodes: input.procedureCodes ?? null,
        startDate: day(input.startDate),
        endDate: day(input.endDate),
        providerId: input.providerId?.id ?? null,
        episodeId: input.episodeId?.id ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
  }),
);

const AuthorizationDecision = builder.enumType('AuthorizationDecision', {
  description: 'The payer’s decision on a request.',
  values: { APPROVED: { description: 'Approved (with units and dates).' }, DENIED: { description: 'Denied.' } } as const,
});

const DecideAuthorizationInput = builder.inputType('DecideAuthorizationInput', {
  description: 'The payer’s decision on a requested authorization.',
  fields: (t) => ({
    authorizationId: t.globalID({ required: true, description: 'The authorization.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read.' }),
    decision: t.field({ type: AuthorizationDecision, required: true, description: 'Approved or denied.' }),
    unitsApproved: t.int({ required: false, description: 'Units approved (required when approved).' }),
    authNumber: t.string({ required: false, description: 'The payer’s authorization number.' }),
    startDate: t.field({ type: 'Date', required: false, description: 'The first date approved, when it differs from the request.' }),
    endDate: t.field({ type: 'Date', required: false, description: 'The last date approved, when it differs.' }),
    concurrentReviewDue: t.field({ type: 'Date', required: false, description: 'When the payer’s first concurrent review is due.' }),
  }),
});

builder.mutationField('decideAuthorization', (t) =>
  t.field({
    type: AuthorizationPayload,
    description: 'Records the payer’s decision on a requested authorization.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: DecideAuthorizationInput, required: true, description: 'The decision.' }) },
    resolve: (_root, { input }, ctx) =>
      decideAuthorization(writeContext(ctx), {
        ...input,
        authorizationId: input.authorizationId.id,
        unitsApproved: input.unitsApproved ?? null,
        authNumber: input.authNumber ?? null,
        startDate: input.startDate ? day(input.startDate) : null,
        endDate: input.endDate ? day(input.endDate) : null,
        concurrentReviewDue: input.concurrentReviewDue ? day(input.concurrentReviewDue) : null,
      }),
  }),
);

const RecordConcurrentReviewInput = builder.inputType('RecordConcurrentReviewInput', {
  description: 'A concurrent (continued-stay) review of an approved authorization.',
  fields: (t) => ({
    authorizationId: t.globalID({ required: true, description: 'The authorization.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read.' }),
    reviewedOn: t.field({ type: 'Date', required: true, description: 'Date of the review.' }),
    outcome: t.field({ type: ReviewOutcome, required: true, description: 'What the payer decided.' }),
    unitsAdded: t.int({ required: true, description: 'Units the review adds (0 for none).' }),
    endDate: t.field({ type: 'Date', required: false, description: 'A new last date, when the review changes it.' }),
    nextReviewDue: t.field({ type: 'Date', required: false, description: 'When the next review is due.' }),
  }),
});

builder.mutationField('recordConcurrentReview', (t) =>
  t.field({
    type: AuthorizationPayload,
    description: 'Records a concurrent review: units added, a new end date, the next review date.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: RecordConcurrentReviewInput, required: true, description: 'The review.' }) },
    resolve: (_root, { input }, ctx) =>
      recordConcurrentReview(writeContext(ctx), {
        ...input,
        authorizationId: input.authorizationId.id,
        reviewedOn: day(input.reviewedOn),
        endDate: input.endDate ? day(input.endDate) : null,
        nextReviewDue: input.nextReviewDue ? day(input.nextReviewDue) : null,
      }),
  }),
);
