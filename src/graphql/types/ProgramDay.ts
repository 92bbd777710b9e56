import { access, part2Detail } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { LevelOfCare } from './enums.ts';
import { isoDate } from '../../domain/dates.ts';
import { recordProgramDay } from '../../services/sessions.ts';
import { createErrors, writeContext } from '../write.ts';

builder.prismaNode('ProgramDay', {
  description: 'One day of a PHP, IOP, residential or detox program, made of component services.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    serviceDate: t.expose('serviceDate', { type: 'Date', description: 'Date of service (analysts see the first day of its month).' }),
    levelOfCare: t.expose('levelOfCare', { type: LevelOfCare, nullable: true, description: 'The program’s level of care. Null when withheld (see `part2`).', ...part2Detail() }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    program: t.relation('program', { description: 'The program.' }),
    services: t.relation('services', {
      nullable: true,
      description: 'Component services of the day. Null when withheld.',
      ...part2Detail(),
      query: { orderBy: { id: 'asc' } },
    }),
    totalMinutes: t.int({
      nullable: true,
      ...part2Detail(),
      description: 'Minutes of therapeutic services that day. Null when withheld.',
      select: { services: { select: { minutes: true } } },
      resolve: (d) => d.services.reduce((sum, s) => sum + s.minutes, 0),
    }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('ProgramDayService', {
  description: 'A component service of a program day (group therapy, an individual session, education...).',
  ...access('records'),
  fields: (t) => ({
    procedureCode: t.expose('procedureCode', { type: 'ProcedureCode', description: 'CPT or HCPCS code of the service.' }),
    revenueCode: t.exposeString('revenueCode', { nullable: true, description: 'Revenue code on a facility claim.' }),
    minutes: t.exposeInt('minutes', { description: 'Minutes of the service.' }),
    provider: t.relation('provider', { nullable: true, description: 'Who gave it.' }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const ProgramDayPayload = builder.objectRef<{ programDayId: string }>('ProgramDayPayload').implement({
  description: 'The program day recorded.',
  ...access('clinicalWrite'),
  fields: (t) => ({
    programDay: t.prismaField({
      type: 'ProgramDay',
      description: 'The program day.',
      resolve: (query, p, _args, ctx) => ctx.prisma.programDay.findUniqueOrThrow({ ...query, where: { id: p.programDayId } }),
    }),
  }),
});

const ProgramServiceInput = builder.inputType('ProgramServiceInput', {
  description: 'One component service of a program day.',
  fields: (t) => ({
    procedureCode: t.field({ type: 'ProcedureCode', required: true, description: 'Its code (group therapy, activity therapy...).' }),
    minutes: t.int({ required: true, description: 'Its minutes.' }),
    providerId: t.globalID({ required: false, description: 'Who rendered it.' }),
    revenueCode: t.string({ required: false, description: 'Its revenue code (institutional claims).' }),
  }),
});

const RecordProgramDayInput = builder.inputType('RecordProgramDayInput', {
  description: 'One day of a PHP, IOP, residential or detox program.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    programId: t.globalID({ required: true, description: 'The program.' }),
    locationId: t.globalID({ required: true, description: 'Where.' }),
    episodeId: t.globalID({ required: false, description: 'The episode of care.' }),
    serviceDate: t.field({ type: 'Date', required: true, description: 'The day (not in the future).' }),
    levelOfCare: t.field({ type: LevelOfCare, required: true, description: 'The level of care (one the program offers).' }),
    services: t.field({ type: [ProgramServiceInput], required: true, description: 'The day’s services (1 to 20).' }),
  }),
});

builder.mutationField('recordProgramDay', (t) =>
  t.field({
    type: ProgramDayPayload,
    description: 'Records a program day with its component services; one day per patient, program and date.',
    ...access('clinicalWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: RecordProgramDayInput, required: true, description: 'The day.' }) },
    resolve: (_root, { input }, ctx) =>
      recordProgramDay(writeContext(ctx), {
        patientId: input.patientId.id,
        programId: input.programId.id,
        locationId: input.locationId.id,
        episodeId: input.episodeId?.id ?? null,
        serviceDate: isoDate(input.serviceDate),
        levelOfCare: input.levelOfCare,
        services: input.services.map((s) => ({ ...s, providerId: s.providerId?.id ?? null, revenueCode: s.revenueCode ?? null })),
      }),
  }),
);
