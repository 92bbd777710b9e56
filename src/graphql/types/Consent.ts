import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { ConsentPurpose, ConsentScope } from './enums.ts';
import { isoDate } from '../../domain/dates.ts';
import { grantConsent, revokeConsent } from '../../services/administration.ts';
import { editErrors, writeContext } from '../write.ts';

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
    icd10Code: t.expose('icd10Code', { type: 'ICD10Code', description: 'ICD-10-CM code, with its dot.' }),
    onsetDate: t.expose('onsetDate', { type: 'Date', nullable: true, description: 'When it began.', ...access('phi') }),
    resolvedDate: t.expose('resolvedDate', { type: 'Date', nullable: true, description: 'When it resolved.', ...access('phi') }),
    part2: t.field(part2Field()),
  }),
});

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const ConsentPayload = builder.objectRef<{ consentId: string }>('ConsentPayload').implement({
  description: 'The consent written.',
  ...access('adminWrite'),
  fields: (t) => ({
    consent: t.prismaField({
      type: 'Part2Consent',
      description: 'The consent, as it is now.',
      resolve: (query, p, _args, ctx) => ctx.prisma.part2Consent.findUniqueOrThrow({ ...query, where: { id: p.consentId } }),
    }),
  }),
});

const GrantConsentInput = builder.inputType('GrantConsentInput', {
  description: 'A patient’s written consent (42 CFR 2.31) to disclose a Part 2 program’s records.',
  fields: (t) => ({
    patientId: t.globalID({ required: true, description: 'The patient.' }),
    programId: t.globalID({ required: true, description: 'The Part 2 program whose records it covers.' }),
    scope: t.field({ type: ConsentScope, required: true, description: 'What may be disclosed.' }),
    purposes: t.field({ type: [ConsentPurpose], required: true, description: 'What for (treatment, payment, health-care operations...).' }),
    recipientName: t.string({ required: true, description: 'The recipient, or the class of recipients ("my health plans").' }),
    recipientPayerId: t.globalID({ required: false, description: 'The payer named, if one is.' }),
    signedOn: t.field({ type: 'Date', required: true, description: 'When the patient signed it (not in the future).' }),
    expiresOn: t.field({ type: 'Date', required: false, description: 'When it expires (or give expiryEvent).' }),
    expiryEvent: t.string({ required: false, description: 'The event that ends it, when not a date.' }),
  }),
});

builder.mutationField('grantConsent', (t) =>
  t.field({
    type: ConsentPayload,
    description: 'Records a patient’s written 42 CFR Part 2 consent. Disclosures under it start with the next request.',
    ...access('adminWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: GrantConsentInput, required: true, description: 'The consent.' }) },
    resolve: (_root, { input }, ctx) =>
      grantConsent(writeContext(ctx), {
        ...input,
        patientId: input.patientId.id,
        programId: input.programId.id,
        recipientPayerId: input.recipientPayerId?.id ?? null,
        signedOn: isoDate(input.signedOn),
        expiresOn: input.expiresOn ? isoDate(input.expiresOn) : null,
        expiryEvent: input.expiryEvent ?? null,
      }),
  }),
);

const RevokeConsentInput = builder.inputType('RevokeConsentInput', {
  description: 'A patient’s written revocation of a Part 2 consent.',
  fields: (t) => ({
    consentId: t.globalID({ required: true, description: 'The consent.' }),
    revokedAt: t.field({ type: 'DateTime', required: false, description: 'When the patient revoked it (now by default).' }),
  }),
});

builder.mutationField('revokeConsent', (t) =>
  t.field({
    type: ConsentPayload,
    description: 'Records the revocation of a Part 2 consent: disclosure under it stops from then on.',
    ...access('adminWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: RevokeConsentInput, required: true, description: 'The revocation.' }) },
    resolve: (_root, { input }, ctx) => revokeConsent(writeContext(ctx), { consentId: input.consentId.id, revokedAt: input.revokedAt ?? null }),
  }),
);
