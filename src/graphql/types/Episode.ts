import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { EpisodeStatus, LevelOfCare, TransitionDirection, TreatmentPlanStatus } from './enums.ts';

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
