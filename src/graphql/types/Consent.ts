import { access } from '../access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { ConsentPurpose, ConsentScope } from './enums.ts';

builder.prismaNode('Part2Consent', {
  description: 'A patient’s written consent under 42 CFR 2.31 to disclose a Part 2 program’s records.',
  ...access('phi'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    program: t.relation('program', { description: 'The Part 2 program whose records it covers.' }),
    scope: t.expose('scope', { type: ConsentScope, description: 'What may be disclosed.' }),
    purposes: t.field({ type: [ConsentPurpose], description: 'Purposes disclosure is allowed for.', resolve: (c) => c.purposes }),
    recipientName: t.exposeString('recipientName', { description: 'The recipient as named in the consent.' }),
    recipientPayer: t.relation('recipientPayer', { nullable: true, description: 'The payer named as recipient, if any.' }),
    namesOrganization: t.boolean({
      description: 'Whether the recipient is this organization’s staff outside the program.',
      resolve: (c) => c.recipientOrganizationId !== null,
    }),
    signedOn: t.expose('signedOn', { type: 'Date', description: 'Date signed.' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', nullable: true, description: 'Expiry date, if it has one.' }),
    expiryEvent: t.exposeString('expiryEvent', { nullable: true, description: 'The event on which it expires, when not a date.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked; disclosure stops from then on.' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency.' }),
    inForce: t.boolean({
      description: 'Whether it is in force today (signed, not expired, not revoked).',
      resolve: (c, _args, ctx) =>
        c.revokedAt === null &&
        c.signedOn.getTime() <= ctx.now.getTime() &&
        (c.expiresOn === null || c.expiresOn.getTime() >= ctx.now.getTime() - 86_400_000),
    }),
  }),
});

builder.prismaNode('Diagnosis', {
  description: 'A diagnosis on the patient’s problem list.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    icd10Code: t.exposeString('icd10Code', { description: 'ICD-10-CM code, with its dot.' }),
    onsetDate: t.expose('onsetDate', { type: 'Date', nullable: true, description: 'When it began.', ...access('phi') }),
    resolvedDate: t.expose('resolvedDate', { type: 'Date', nullable: true, description: 'When it resolved.', ...access('phi') }),
    part2: t.field(part2Field()),
  }),
});
