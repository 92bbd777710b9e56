import type { Prisma } from '../../generated/prisma/client.ts';
import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { SessionStatus, TelehealthModality } from './enums.ts';

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
    procedureCode: t.exposeString('procedureCode', { nullable: true, description: 'CPT or HCPCS code of the service. Null when withheld (see `part2`).', ...part2Detail() }),
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
