import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { LevelOfCare } from './enums.ts';

builder.prismaNode('Organization', {
  description: 'The clinic group you belong to: the billing entity.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Legal name.' }),
    groupNpi: t.expose('groupNpi', { type: 'NPI', description: 'Group (type 2) NPI of the billing entity.' }),
    taxId: t.exposeString('taxId', { description: 'Federal tax identification number (EIN).' }),
    locations: t.relation('locations', { description: 'Service locations.', query: { orderBy: { name: 'asc' } } }),
    programs: t.relation('programs', { description: 'Treatment programs.', query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.prismaNode('Location', {
  description: 'A service location with its own NPI.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the site.' }),
    npi: t.expose('npi', { type: 'NPI', description: 'NPI of the site.' }),
    addressLine1: t.exposeString('addressLine1', { description: 'Street address.' }),
    city: t.exposeString('city', { description: 'City.' }),
    state: t.exposeString('state', { description: 'Two-letter state code.' }),
    postalCode: t.exposeString('postalCode', { description: 'ZIP code.' }),
    placeOfService: t.exposeString('placeOfService', { description: 'Default CMS place-of-service code of services here.' }),
  }),
});

builder.prismaNode('Program', {
  description: 'A treatment program. A 42 CFR Part 2 program’s records are disclosed only to its staff or under consent.',
  ...access('internal'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the program.' }),
    isPart2: t.exposeBoolean('isPart2', { description: 'Whether the program is a federally assisted substance-use program under 42 CFR Part 2.' }),
    levelsOfCare: t.exposeStringList('levelsOfCare', { description: 'Levels of care the program offers.' }),
    location: t.relation('location', { nullable: true, description: 'Where the program runs.' }),
  }),
});

builder.queryField('organization', (t) =>
  t.prismaField({
    type: 'Organization',
    description: 'Your organization.',
    ...access('internal'),
    resolve: (query, _root, _args, ctx) => ctx.prisma.organization.findFirstOrThrow({ ...query }),
  }),
);

export { LevelOfCare };
