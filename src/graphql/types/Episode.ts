import { access, part2Detail } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { EpisodeStatus, LevelOfCare, TransitionDirection, TreatmentPlanStatus } from './enums.ts';
import { isoDate } from '../../domain/dates.ts';
import { transitionLevelOfCare, type TransitionResult } from '../../services/authorizations.ts';
import { editErrors, writeContext } from '../write.ts';

builder.prismaNode('Episode', {
  description: 'A stay at one level of care in one program.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    levelOfCare: t.expose('levelOfCare', { type: LevelOfCare, nullable: true, description: 'The level of care. Null when withheld (see `part2`).', ...part2Detail() }),
    status: t.expose('status', { type: EpisodeStatus, description: 'Open or closed.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'Admission to this level.', ...access('phi') }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'Discharge or transfer; null while open.', ...access('phi') }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    program: t.relation('program', { description: 'The program.' }),
    transitionsIn: t.relation('transitionsIn', { description: 'The move that opened this episode (from the previous level of care).' }),
    transitionsOut: t.relation('transitionsOut', { description: 'Moves from this episode to the next.' }),
    authorizations: t.relation('authorizations', { description: 'Authorizations for this episode.' }),
    treatmentPlans: t.relation('treatmentPlans', { description: 'Treatment plans of this episode.' }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('LevelOfCareTransition', {
  description: 'A move from one level of care to another, closing one episode and opening the next.',
  ...access('records'),
  fields: (t) => ({
    direction: t.expose('direction', { type: TransitionDirection, description: 'Step down, step up or lateral.' }),
    transitionOn: t.expose('transitionOn', { type: 'Date', description: 'Date of the move.', ...access('phi') }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why.', ...access('phi') }),
    fromEpisode: t.relation('fromEpisode', { description: 'The episode it closed.' }),
    toEpisode: t.relation('toEpisode', { description: 'The episode it opened.' }),
  }),
});

builder.prismaNode('TreatmentPlan', {
  description: 'A treatment plan and when its next review is due.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    status: t.expose('status', { type: TreatmentPlanStatus, description: 'In force or not.' }),
    startDate: t.expose('startDate', { type: 'Date', description: 'When the plan was made.', ...access('phi') }),
    lastReviewedOn: t.expose('lastReviewedOn', { type: 'Date', nullable: true, description: 'Last review.', ...access('phi') }),
    nextReviewDue: t.expose('nextReviewDue', { type: 'Date', description: 'When the next review is due.' }),
    overdue: t.boolean({
      description: 'Whether the review is past due today.',
      resolve: (p, _args, ctx) => p.status === 'ACTIVE' && p.nextReviewDue.getTime() < ctx.now.getTime(),
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const TransitionPayload = builder.objectRef<TransitionResult>('LevelOfCareTransitionPayload').implement({
  description: 'A move to another level of care, and what the new level needs.',
  ...access('clinicalWrite'),
  fields: (t) => ({
    fromEpisode: t.prismaField({
      type: 'Episode',
      description: 'The episode closed (it ends the day before the move).',
      resolve: (query, p, _args, ctx) => ctx.prisma.episode.findUniqueOrThrow({ ...query, where: { id: p.fromEpisodeId } }),
    }),
    toEpisode: t.prismaField({
      type: 'Episode',
      description: 'The episode opened at the new level.',
      resolve: (query, p, _args, ctx) => ctx.prisma.episode.findUniqueOrThrow({ ...query, where: { id: p.toEpisodeId } }),
    }),
    direction: t.field({ type: TransitionDirection, description: 'Step down, step up or lateral.', resolve: (p) => p.direction }),
    authorizationRequired: t.boolean({
      description: 'Whether the new level needs its own prior authorization under the patient’s primary coverage.',
      resolve: (p) => p.authorizationRequired,
    }),
    authorization: t.prismaField({
      type: 'Authorization',
      nullable: true,
      description: 'The approved authorization on file covering the new level from its first day; null when there is none (obtain one when required).',
      resolve: (query, p, _args, ctx) =>
        p.authorizationId === null ? null : ctx.prisma.authorization.findUnique({ ...query, where: { id: p.authorizationId } }),
    }),
  }),
});

const TransitionLevelOfCareInput = builder.inputType('TransitionLevelOfCareInput', {
  description: 'A move of a patient from one level of care to another in the same program.',
  fields: (t) => ({
    episodeId: t.globalID({ required: true, description: 'The open episode.' }),
    toLevel: t.field({ type: LevelOfCare, required: true, description: 'The new level of care.' }),
    transitionOn: t.field({ type: 'Date', required: true, description: 'First day at the new level.' }),
    reason: t.string({ required: false, description: 'Why (for example: met criteria for a less intensive level).' }),
  }),
});

builder.mutationField('transitionLevelOfCare', (t) =>
  t.field({
    type: TransitionPayload,
    description:
      'Moves a patient to another level of care: closes the open episode, opens the next, and says whether the new level needs its own authorization and has one.',
    ...access('clinicalWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: TransitionLevelOfCareInput, required: true, description: 'The move.' }) },
    resolve: (_root, { input }, ctx) =>
      transitionLevelOfCare(writeContext(ctx), {
        episodeId: input.episodeId.id,
        toLevel: input.toLevel,
        transitionOn: isoDate(input.transitionOn),
        reason: input.reason ?? null,
      }),
  }),
);
