import { access, part2Detail } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { LevelOfCare } from './enums.ts';

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
    procedureCode: t.exposeString('procedureCode', { description: 'CPT or HCPCS code of the service.' }),
    revenueCode: t.exposeString('revenueCode', { nullable: true, description: 'Revenue code on a facility claim.' }),
    minutes: t.exposeInt('minutes', { description: 'Minutes of the service.' }),
    provider: t.relation('provider', { nullable: true, description: 'Who gave it.' }),
  }),
});
