import type { Prisma } from '../../generated/prisma/client.ts';
import { daysBetween, isoDate } from '../../domain/dates.ts';
import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { AuthorizationStatus, LevelOfCare, ReviewOutcome, UnitType } from './enums.ts';

export const Authorization = builder.prismaNode('Authorization', {
  description: 'A prior authorization: a payer’s approval of a level of care or of codes, for units and dates.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    authNumber: t.exposeString('authNumber', { nullable: true, description: 'The payer’s authorization number, once issued.', ...access('phi') }),
    status: t.expose('status', { type: AuthorizationStatus, description: 'Where it stands.' }),
    levelOfCare: t.expose('levelOfCare', { type: LevelOfCare, nullable: true, description: 'The level of care authorized, when by level. Null when withheld (see `part2`).', ...part2Detail() }),
    procedureCodes: t.exposeStringList('procedureCodes', { nullable: true, description: 'The codes authorized, when by code. Null when withheld.', ...part2Detail() }),
    unitType: t.expose('unitType', { type: UnitType, description: 'What the units count.' }),
    unitsRequested: t.exposeInt('unitsRequested', { description: 'Units asked for.' }),
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
