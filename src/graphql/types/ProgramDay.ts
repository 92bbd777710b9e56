import { access } from '../access.ts';
import { builder } from '../builder.ts';
import { serviceDateFor } from '../deidentify.ts';
import { LevelOfCare } from './enums.ts';

builder.prismaNode('ProgramDay', {
  description: 'One day of a PHP, IOP, residential or detox program, made of component services.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    serviceDate: t.field({
      type: 'Date',
      description: 'Date of service (analysts see the first day of its month).',
      resolve: (d, _args, ctx) => serviceDateFor(d.serviceDate, ctx),
    }),
    levelOfCare: t.expose('levelOfCare', { type: LevelOfCare, description: 'The program’s level of care.' }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    program: t.relation('program', { description: 'The program.' }),
    services: t.relation('services', { description: 'Component services of the day.', query: { orderBy: { id: 'asc' } } }),
    totalMinutes: t.int({
      description: 'Minutes of therapeutic services that day.',
      select: { services: { select: { minutes: true } } },
      resolve: (d) => d.services.reduce((sum, s) => sum + s.minutes, 0),
    }),
  }),
});

builder.prismaObject('ProgramDayService', {
  description: 'A component service of a program day (group therapy, an individual session, education...).',
  ...access('records'),
  fields: (t) => ({
    procedureCode: t.exposeString('procedureCode', { description: 'CPT or HCPCS code of the service.' }),
    revenueCode: t.exposeString('revenueCode', { nullable: true, description: 'Revenue code on a facility claim.' }),
    minutes: t.exposeInt('minutes', { description: 'Minutes of the service.' }),
    provider: t.relation('provider', { nullable: true, description: 'Who gave it.' }),
  }),
});
