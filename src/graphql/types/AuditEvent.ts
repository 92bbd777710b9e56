import type { Prisma } from '../../generated/prisma/client.ts';
import { verifyAuditChain } from '../../audit/log.ts';
import { access } from '../../auth/access.ts';
import { builder } from '../builder.ts';

const globalId = (type: string, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');

builder.prismaObject('AuditEvent', {
  description: 'One audited read or write: who, which record, which fields, when, why. Never the values.',
  ...access('audit'),
  fields: (t) => ({
    sequence: t.string({ description: 'Position in the audit chain.', resolve: (e) => e.id.toString() }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When.' }),
    subject: t.exposeString('subject', { description: 'Who: the token subject.' }),
    role: t.exposeString('role', { description: 'The role they acted in.' }),
    action: t.exposeString('action', { description: 'READ, CREATE, UPDATE, DELETE or DENIED.' }),
    recordType: t.exposeString('recordType', { description: 'Kind of record. Parts of a record (a claim’s lines, diagnoses and status history, a remittance’s service lines and adjustments, a program day’s services) are recorded in its event.' }),
    recordId: t.exposeString('recordId', { description: 'The record’s id.' }),
    patientId: t.id({
      nullable: true,
      description: 'Global ID of the patient the record belongs to (an ID, never a name): pass it to the `patientId` filter for the patient’s disclosure report.',
      resolve: (e) => (e.patientId ? globalId('Patient', e.patientId) : null),
    }),
    fields: t.exposeStringList('fields', { description: 'Schema coordinates read, the record’s parts’ included (`ClaimLine.procedureCode` in a claim’s event), or columns written.' }),
    part2: t.exposeBoolean('part2', { description: 'Whether a 42 CFR Part 2 record was disclosed.' }),
    consentId: t.id({
      nullable: true,
      description: 'Global ID of the 42 CFR Part 2 consent the record was disclosed under (null when none was needed).',
      resolve: (e) => (e.consentId ? globalId('Part2Consent', e.consentId) : null),
    }),
    outcome: t.exposeString('outcome', { description: 'SUCCESS, DENIED or FAILED.' }),
    operationName: t.exposeString('operationName', { nullable: true, description: 'The GraphQL operation’s name.' }),
    operationHash: t.exposeString('operationHash', { nullable: true, description: 'SHA-256 of the operation document.' }),
    purpose: t.exposeString('purpose', { nullable: true, description: 'Purpose of use (TREATMENT, PAYMENT, HEALTH_CARE_OPERATIONS).' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request it belongs to (joins to server logs).' }),
    hash: t.exposeString('hash', { description: 'Chain hash over the previous event and this one.' }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Narrows the audit trail: a patient’s disclosure report, who saw a record, one user’s activity, a period.',
  fields: (t) => ({
    patientId: t.globalID({ required: false, description: 'Events about this patient.' }),
    record: t.globalID({
      required: false,
      description:
        'Events about this record (its global ID): who read or changed it. The parts of a record are read with it: the reads of a claim’s lines are in the claim’s events.',
    }),
    subject: t.string({ required: false, description: 'Events by this user or integration.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'At or after.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Before.' }),
    part2Only: t.boolean({ required: false, description: 'Only disclosures of 42 CFR Part 2 records.' }),
    action: t.string({ required: false, description: 'Only events of this action (READ, CREATE, UPDATE, DELETE, DENIED).' }),
  }),
});

function auditWhere(filter: typeof AuditEventFilter.$inferInput | null | undefined): Prisma.AuditEventWhereInput {
  return {
    patientId: filter?.patientId?.id ?? undefined,
    recordType: filter?.record?.typename ?? undefined,
    recordId: filter?.record?.id ?? undefined,
    subject: filter?.subject ?? undefined,
    occurredAt: { gte: filter?.from ?? undefined, lt: filter?.to ?? undefined },
    part2: filter?.part2Only ? true : undefined,
    action: filter?.action ?? undefined,
  };
}

builder.queryField('auditEvents', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description: 'The audit trail of your organization, newest first.',
      ...access('audit'),
      args: { filter: t.arg({ type: AuditEventFilter, required: false, description: 'Conditions the events must meet.' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.auditEvent.count({ where: auditWhere(args.filter) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditEvent.findMany({ ...query, where: auditWhere(args.filter), orderBy: { id: 'desc' } }),
    },
    {},
  ),
);

const AuditChainStatus = builder.objectRef<{ checked: number; brokenAt: bigint | null }>('AuditChainStatus').implement({
  description: 'Whether the audit chain is intact.',
  ...access('audit'),
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'Events verified.' }),
    intact: t.boolean({ description: 'True when every event’s hash matches.', resolve: (s) => s.brokenAt === null }),
    brokenAt: t.string({ nullable: true, description: 'Sequence of the first event whose hash does not match.', resolve: (s) => s.brokenAt?.toString() ?? null }),
  }),
});

builder.queryField('auditChain', (t) =>
  t.field({
    type: AuditChainStatus,
    description: 'Recomputes the audit chain from the first event: any change or removal shows.',
    ...access('audit'),
    resolve: (_root, _args, ctx) => verifyAuditChain(ctx.prisma),
  }),
);
