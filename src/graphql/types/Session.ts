import type { Prisma } from '../../generated/prisma/client.ts';
import { access, part2Detail } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { SessionStatus, TelehealthModality } from './enums.ts';
import { recordSession } from '../../services/sessions.ts';
import { createErrors, writeContext } from '../write.ts';

export const Session = builder.prismaNode('Session', {
  description: 'One encounter with a rendering provider, with its start and end time.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    serviceDate: t.expose('serviceDate', { type: 'Date', description: 'Date of service (analysts see the first day of its month).' }),
    startTime: t.expose('startTime', { type: 'DateTime', description: 'When the session began.', ...access('phi') }),
    endTime: t.expose('endTime', { type: 'DateTime', description: 'When it ended.', ...access('phi') }),
    minutes: t.int({
      description: 'Length of the session in whole minutes (end minus start).',
      resolve: (s) => Math.round((s.endTime.getTime() - s.startTime.getTime()) / 60_000),
    }),
    placeOfService: t.exposeString('placeOfService', { description: 'CMS place-of-service code (02 and 10 are telehealth).' }),
    telehealthModality: t.expose('telehealthModality', { type: TelehealthModality, description: 'In person, video or audio only.' }),
    procedureCode: t.expose('procedureCode', { type: 'ProcedureCode', nullable: true, description: 'CPT or HCPCS code of the service. Null when withheld (see `part2`).', ...part2Detail() }),
    modifiers: t.exposeStringList('modifiers', { nullable: true, description: 'Procedure modifiers. Null when withheld.', ...part2Detail() }),
    psychotherapyMinutes: t.exposeInt('psychotherapyMinutes', {
      nullable: true,
      description: 'Psychotherapy minutes of an E/M visit with add-on psychotherapy (E/M time excluded). Null when withheld.',
      ...part2Detail(),
    }),
    status: t.expose('status', { type: SessionStatus, description: 'Whether the session happened.' }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    provider: t.relation('provider', { description: 'The rendering provider.' }),
    location: t.relation('location', { description: 'Where it took place (or the clinician’s site for telehealth).' }),
    coverage: t.relation('coverage', { nullable: true, description: 'The coverage it is booked against.', ...access('phi') }),
    billed: t.boolean({
      description: 'Whether a claim line bills this session.',
      select: { _count: { select: { claimLines: true } } },
      resolve: (s) => s._count.claimLines > 0,
    }),
    part2: t.field(part2Field()),
  }),
});

const SessionFilter = builder.inputType('SessionFilter', {
  description: 'Narrows a list of sessions. All given conditions must hold.',
  fields: (t) => ({
    patientId: t.globalID({ required: false, description: 'Sessions of this patient.' }),
    providerId: t.globalID({ required: false, description: 'Sessions of this provider.' }),
    status: t.field({ type: [SessionStatus], required: false, description: 'Any of these statuses.' }),
    from: t.field({ type: 'Date', required: false, description: 'On or after this date.' }),
    to: t.field({ type: 'Date', required: false, description: 'On or before this date.' }),
    unbilled: t.boolean({ required: false, description: 'Only completed sessions no claim line bills yet.' }),
  }),
});

function sessionWhere(filter: typeof SessionFilter.$inferInput | null | undefined): Prisma.SessionWhereInput {
  return {
    patientId: filter?.patientId?.id ?? undefined,
    providerId: filter?.providerId?.id ?? undefined,
    status: filter?.unbilled ? 'COMPLETED' : filter?.status?.length ? { in: filter.status } : undefined,
    serviceDate: { gte: filter?.from ?? undefined, lte: filter?.to ?? undefined },
    claimLines: filter?.unbilled ? { none: {} } : undefined,
  };
}

builder.queryField('sessions', (t) =>
  t.prismaConnection(
    {
      type: 'Session',
      cursor: 'id',
      description: 'Sessions, newest first.',
      ...access('records'),
      args: { filter: t.arg({ type: SessionFilter, required: false, description: 'Conditions the sessions must meet.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.session.count({ where: sessionWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.session.findMany({ ...query, where: sessionWhere(args.filter), orderBy: [{ startTime: 'desc' }, { id: 'asc' }] }),
    },
    {},
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const SessionPayload = builder.objectRef<{ sessionId: string }>('SessionPayload').implement({
  description: 'The session recorded.',
  ...access('clinicalWrite'),
  fields: (t) => ({
    session: t.prismaField({
      type: 'Session',
      description: 'The session.',
      resolve: (query, p, _args, ctx) => ctx.prisma.session.findUniqueOrThrow({ ...query, where: { id: p.sessionId } }),
    }),
  }),
});

const RecordSessionInput = builder.inputType('RecordSessionInput', {
  description: 'A session with a rendering provider.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    providerId: t.globalID({ required: true, description: 'The rendering provider.' }),
    locationId: t.globalID({ required: true, description: 'Where it took place (or the clinic the telehealth session is billed from).' }),
    programId: t.globalID({ required: false, description: 'The program, if any.' }),
    episodeId: t.globalID({ required: false, description: 'The episode of care, if any.' }),
    coverageId: t.globalID({ required: false, description: 'The coverage it will be billed to.' }),
    startTime: t.field({ type: 'DateTime', required: true, description: 'Start.' }),
    endTime: t.field({ type: 'DateTime', required: true, description: 'End (after the start).' }),
    placeOfService: t.string({ required: true, description: 'CMS place of service (02 or 10 for telehealth).' }),
    telehealthModality: t.field({ type: TelehealthModality, required: false, defaultValue: 'NONE', description: 'How it was delivered.' }),
    procedureCode: t.field({ type: 'ProcedureCode', required: true, description: 'The code of the service (the claim’s code follows the minutes when created).' }),
    modifiers: t.stringList({ required: false, description: 'Up to four modifiers.' }),
    psychotherapyMinutes: t.int({ required: false, description: 'Psychotherapy minutes inside an E/M visit (billed with an add-on code).' }),
    status: t.field({ type: SessionStatus, required: false, defaultValue: 'COMPLETED', description: 'COMPLETED by default; SCHEDULED for a future one.' }),
    idempotencyKey: t.string({ required: false, description: 'A key (a UUID) that makes retries safe.' }),
  }),
});

builder.mutationField('recordSession', (t) =>
  t.field({
    type: SessionPayload,
    description:
      'Records a session. End after start; a completed session not in the future; one provider’s sessions never overlap (checked under a lock, so concurrent requests cannot both pass).',
    ...access('clinicalWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: RecordSessionInput, required: true, description: 'The session.' }) },
    resolve: (_root, { input }, ctx) =>
      recordSession(writeContext(ctx), {
        ...input,
        patientId: input.patientId.id,
        providerId: input.providerId.id,
        locationId: input.locationId.id,
        programId: input.programId?.id ?? null,
        episodeId: input.episodeId?.id ?? null,
        coverageId: input.coverageId?.id ?? null,
        telehealthModality: input.telehealthModality ?? 'NONE',
        modifiers: input.modifiers ?? null,
        psychotherapyMinutes: input.psychotherapyMinutes ?? null,
        status: input.status ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
  }),
);
