import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { EvaluationResult, Finding } from '../../policy/types.ts';
import type { Context } from '../../context.ts';
import { access, part2Detail, typically } from '../../auth/access.ts';
import { builder } from '../builder.ts';
import { part2Field } from '../part2.ts';
import { FindingRef, JudgementRef } from './Finding.ts';
import { isoDate } from '../../domain/dates.ts';
import { IdempotencyKeyReusedError, NotFoundError, ValidationError } from '../../errors.ts';
import { exportClaim, type ExportedDocument } from '../../x12/index.ts';
import { createClaimFromSessions, DenyFindingsError, submitClaim, updateDraftClaim, writeOffClaim } from '../../services/claims.ts';
import { ErrorInterface } from '../errors.ts';
import { createErrors, editErrors, writeContext } from '../write.ts';

const X12DocumentRef = builder.objectRef<ExportedDocument>('X12Document').implement({
  description: 'An X12 interchange (ISA…IEA) Parity wrote.',
  ...access('phi'),
  fields: (t) => ({
    transactionSet: t.exposeString('type', { description: '837P (professional) or 837I (institutional).' }),
    controlNumber: t.exposeInt('controlNumber', { description: 'Interchange and group control number (ISA13, GS06).' }),
    patientControlNumbers: t.exposeStringList('patientControlNumbers', { description: 'The claims in it (CLM01).' }),
    text: t.exposeString('text', { description: 'The X12 text, segments ended by ~.' }),
  }),
});

/** A claim's judgement by its payer's policy today, with the day it was judged on. */
async function judgementOf(claimId: string, ctx: Context): Promise<(EvaluationResult & { judgedOn: string }) | null> {
  const result = await ctx.loaders.claimJudgement.load(claimId);
  return result === null ? null : { ...result, judgedOn: ctx.today };
}

/** Findings stored at submission (JSON), read back. */
function storedFindings(value: Prisma.JsonValue | null): Finding[] | null {
  return Array.isArray(value) ? (value as unknown as Finding[]) : null;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length && a.every((f, i) => f.messageId === b[i]?.messageId && f.lineNumber === b[i]?.lineNumber && f.severity === b[i]?.severity);

export const ClaimStatus = builder.enumType('ClaimStatus', {
  description: 'Where a claim is in its life, from draft to paid (or written off).',
  values: {
    DRAFT: { description: 'Being prepared; not sent to the payer.' },
    SUBMITTED: { description: 'Sent to the payer (or clearinghouse).' },
    ACCEPTED: { description: 'Accepted for adjudication by the payer; awaiting payment.' },
    DENIED: { description: 'Adjudicated with no payment.' },
    PARTIALLY_PAID: { description: 'Adjudicated with some lines or amounts not paid.' },
    PAID: { description: 'Adjudicated and paid.' },
    APPEALED: { description: 'A denial is under appeal.' },
    WRITTEN_OFF: { description: 'Closed without (further) payment.' },
  } as const,
});

export const ClaimType = builder.enumType('ClaimType', {
  description: 'The claim form.',
  values: {
    PROFESSIONAL: { description: 'Professional claim (837P / CMS-1500): a clinician’s services.' },
    INSTITUTIONAL: { description: 'Institutional claim (837I / UB-04): facility program days (PHP, IOP, residential).' },
  } as const,
});

export const Claim = builder.prismaNode('Claim', {
  description: 'A bill to one payer for one patient’s services.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    patientControlNumber: t.exposeString('patientControlNumber', {
      description: 'Our claim number (X12 CLM01), unique within the organization.',
      ...access('phi'),
    }),
    claimType: t.expose('claimType', { type: ClaimType, description: 'Professional or institutional.' }),
    status: t.expose('status', { type: ClaimStatus, description: 'Current status.' }),
    serviceFrom: t.expose('serviceFrom', { type: 'Date', description: 'First date of service (analysts see the first day of its month).' }),
    serviceTo: t.expose('serviceTo', { type: 'Date', description: 'Last date of service (analysts see the first day of its month).' }),
    totalCharge: t.expose('totalCharge', { type: 'Decimal', description: 'Sum of the line charges.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'When the claim was first submitted.' }),
    patient: t.relation('patient', { description: 'The patient.', ...access('phi') }),
    payer: t.relation('payer', { description: 'The payer billed.' }),
    renderingProvider: t.relation('renderingProvider', {
      nullable: true,
      description: 'The rendering provider (professional claims).',
    }),
    diagnoses: t.relation('diagnoses', {
      description: 'Diagnoses in pointer order (position 1 is the principal diagnosis). Null when withheld (see `part2`).',
      nullable: true,
      extensions: { part2Detail: true, listEstimate: 3 },
      query: { orderBy: { position: 'asc' } },
    }),
    lines: t.relation('lines', {
      description: 'Service lines in order.',
      ...typically(4),
      query: { orderBy: { lineNumber: 'asc' } },
    }),
    frequencyCode: t.exposeString('frequencyCode', { description: 'Claim frequency (1 original, 7 replacement, 8 void).' }),
    billType: t.exposeString('billType', { nullable: true, description: 'Institutional bill type (facility claims).' }),
    version: t.exposeInt('version', { description: 'Version for optimistic concurrency: send it back with an edit.' }),
    overrideReason: t.exposeString('overrideReason', {
      nullable: true,
      description: 'Why deny-level findings were overridden at submission, if they were.',
      ...access('phi'),
    }),
    billingLocation: t.relation('billingLocation', { description: 'The billing location (its NPI goes on the claim).' }),
    program: t.relation('program', { nullable: true, description: 'The program whose services it bills.' }),
    authorization: t.relation('authorization', { nullable: true, description: 'The prior authorization it bills under.' }),
    statusHistory: t.relation('statusHistory', {
      description: 'Every status change, oldest first.',
      query: { orderBy: [{ changedAt: 'asc' }, { sequence: 'asc' }] },
    }),
    remittances: t.relation('remittances', { description: 'Remittances posted to it.', query: { orderBy: { paidOn: 'asc' } } }),
    appeals: t.relation('appeals', { description: 'Appeals of its denial.', query: { orderBy: { filedOn: 'asc' } } }),
    judgement: t.field({
      type: JudgementRef,
      nullable: true,
      description:
        'The claim judged now by its payer’s policy (the version in force on its first date of service): findings and whether it will pay. ' +
        'Open claims follow policy changes; see `submittedJudgement` for what it was submitted under. Null when withheld (see `part2`).',
      ...access('phi', { part2Detail: true }),
      resolve: (claim, _args, ctx) => judgementOf(claim.id, ctx),
    }),
    findings: t.field({
      type: [FindingRef],
      nullable: true,
      description: 'Shorthand for `judgement.findings`. Not for analysts: messages carry exact dates of service. Null when withheld.',
      ...access('phi', { part2Detail: true, listEstimate: 3 }),
      resolve: async (claim, _args, ctx) => (await judgementOf(claim.id, ctx))?.findings.slice() ?? null,
    }),
    willPay: t.boolean({
      nullable: true,
      description: 'Whether the payer’s policy says the claim will pay as it stands today (no deny finding). Null when withheld.',
      ...part2Detail(),
      resolve: async (claim, _args, ctx) => (await judgementOf(claim.id, ctx))?.willPay ?? null,
    }),
    submittedPolicyVersion: t.exposeString('submittedPolicyVersion', {
      nullable: true,
      description: 'The policy version the claim was judged by when it was submitted.',
    }),
    submittedFindings: t.field({
      type: [FindingRef],
      nullable: true,
      description: 'The findings at submission (kept as they were). Null before submission, or when withheld.',
      ...access('phi', { part2Detail: true, listEstimate: 3 }),
      resolve: (claim) => storedFindings(claim.submittedFindings),
    }),
    findingsChangedSinceSubmission: t.boolean({
      nullable: true,
      description: 'Whether the policy now says something else than at submission (a new policy version, a changed authorization...). Null before submission.',
      ...part2Detail(),
      resolve: async (claim, _args, ctx) => {
        const stored = storedFindings(claim.submittedFindings);
        const now = await judgementOf(claim.id, ctx);
        return stored === null || now === null ? null : !sameFindings(stored, now.findings);
      },
    }),
    x12: t.field({
      type: X12DocumentRef,
      description:
        'The claim as an X12 837P (professional) or 837I (institutional) interchange, ready for a clearinghouse. ' +
        'Only submitted or accepted claims, unless `preview`; a claim that cannot be written is a ValidationError naming every problem. ' +
        'The billing office contact comes from X12_CONTACT_PHONE or X12_CONTACT_EMAIL.',
      ...access('phi'),
      errors: { types: [ValidationError, NotFoundError] },
      args: { preview: t.arg.boolean({ required: false, defaultValue: false, description: 'Write a claim not submitted yet (a preview of what would be sent).' }) },
      resolve: (claim, args, ctx) =>
        exportClaim(
          ctx.prisma,
          { organizationId: claim.organizationId, claimId: claim.id, preview: args.preview ?? false },
          { now: ctx.now, ...ctx.x12Contact },
        ),
    }),
    part2: t.field(part2Field()),
  }),
});

builder.prismaObject('ClaimStatusChange', {
  description: 'One step of a claim’s status history.',
  ...access('records'),
  fields: (t) => ({
    fromStatus: t.expose('fromStatus', { type: ClaimStatus, nullable: true, description: 'Status before (null when created).' }),
    toStatus: t.expose('toStatus', { type: ClaimStatus, description: 'Status after.' }),
    changedAt: t.expose('changedAt', { type: 'DateTime', description: 'When.' }),
    actor: t.exposeString('actor', { description: 'Who: a user, "payer" or "system".' }),
    note: t.exposeString('note', { nullable: true, description: 'Why, when given.', ...access('phi') }),
  }),
});

builder.prismaObject('ClaimDiagnosis', {
  description: 'A diagnosis on a claim, at the position that line pointers refer to.',
  ...access('records'),
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Position 1 to 12; 1 is the principal diagnosis.' }),
    icd10Code: t.expose('icd10Code', { type: 'ICD10Code', description: 'ICD-10-CM code, with its dot (for example F33.1).' }),
  }),
});

builder.prismaNode('ClaimLine', {
  description: 'One billed service on a claim.',
  ...access('records'),
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    lineNumber: t.exposeInt('lineNumber', { description: 'Line number, from 1.' }),
    serviceDate: t.expose('serviceDate', { type: 'Date', description: 'Date of service (analysts see the first day of its month).' }),
    procedureCode: t.expose('procedureCode', { type: 'ProcedureCode', nullable: true, description: 'CPT or HCPCS Level II code. Null when withheld (see `part2`).', ...part2Detail() }),
    modifiers: t.exposeStringList('modifiers', { nullable: true, description: 'Procedure modifiers, up to four. Null when withheld.', ...part2Detail() }),
    revenueCode: t.exposeString('revenueCode', { nullable: true, description: 'Revenue code (institutional lines). Null when withheld.', ...part2Detail() }),
    units: t.exposeInt('units', { description: 'Units of service.' }),
    chargeAmount: t.expose('chargeAmount', { type: 'Decimal', description: 'Charge for the line.' }),
    placeOfService: t.exposeString('placeOfService', { nullable: true, description: 'CMS place-of-service code.' }),
    diagnosisPointers: t.exposeIntList('diagnosisPointers', {
      nullable: true,
      description: 'Positions of the claim’s diagnoses this line is for (up to four). Null when withheld.',
      ...part2Detail(),
    }),
    minutes: t.exposeInt('minutes', { nullable: true, description: 'Documented minutes of service, for time-based codes. Null when withheld.', ...part2Detail() }),
    findings: t.field({
      type: [FindingRef],
      nullable: true,
      description: 'The findings of the claim’s judgement that concern this line. Null when withheld.',
      ...access('phi', { part2Detail: true, listEstimate: 2 }),
      resolve: async (line, _args, ctx) =>
        (await judgementOf(line.claimId, ctx))?.findings.filter((f) => f.lineNumber === line.lineNumber) ?? null,
    }),
    part2: t.field(part2Field()),
  }),
});

const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Narrows a list of claims. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: [ClaimStatus], required: false, description: 'Any of these statuses.' }),
    claimType: t.field({ type: ClaimType, required: false, description: 'Professional or institutional claims only.' }),
    serviceFrom: t.field({ type: 'Date', required: false, description: 'Date of service on or after this date.' }),
    serviceTo: t.field({ type: 'Date', required: false, description: 'Date of service on or before this date.' }),
    payerId: t.globalID({ required: false, description: 'Billed to this payer.' }),
    providerId: t.globalID({ required: false, description: 'Rendered by this provider (on the claim or any of its lines).' }),
    patientId: t.globalID({ required: false, description: 'Of this patient.' }),
    hasDenyFindings: t.boolean({
      required: false,
      description:
        'True: only claims the payer’s policy would deny as they stand today; false: only claims it would pay. ' +
        'Judged at query time over every claim the other conditions select, so narrow with them (status: DRAFT, a date range) on large lists.',
    }),
  }),
});

const ClaimOrderField = builder.enumType('ClaimOrderField', {
  description: 'What to sort claims by.',
  values: {
    SERVICE_FROM: { description: 'First date of service.' },
    TOTAL_CHARGE: { description: 'Total charge.' },
    SUBMITTED_AT: { description: 'When submitted (unsubmitted claims last).' },
  } as const,
});

const SortDirection = builder.enumType('SortDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest (earliest) first.' }, DESC: { description: 'Largest (latest) first.' } } as const,
});

const ClaimOrder = builder.inputType('ClaimOrder', {
  description: 'How to sort claims.',
  fields: (t) => ({
    field: t.field({ type: ClaimOrderField, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirection, required: false, defaultValue: 'DESC', description: 'Which way (latest first by default).' }),
  }),
});

function claimWhere(filter: typeof ClaimFilter.$inferInput | null | undefined): Prisma.ClaimWhereInput {
  const providerId = filter?.providerId?.id;
  return {
    status: filter?.status?.length ? { in: filter.status } : undefined,
    claimType: filter?.claimType ?? undefined,
    serviceFrom: filter?.serviceFrom ? { gte: filter.serviceFrom } : undefined,
    serviceTo: filter?.serviceTo ? { lte: filter.serviceTo } : undefined,
    payerId: filter?.payerId?.id,
    patientId: filter?.patientId?.id,
    ...(providerId ? { OR: [{ renderingProviderId: providerId }, { lines: { some: { renderingProviderId: providerId } } }] } : {}),
  };
}

function claimOrderBy(order: typeof ClaimOrder.$inferInput | null | undefined): Prisma.ClaimOrderByWithRelationInput[] {
  const direction = order?.direction === 'ASC' ? 'asc' : 'desc';
  switch (order?.field) {
    case 'TOTAL_CHARGE':
      return [{ totalCharge: direction }, { id: 'asc' }];
    case 'SUBMITTED_AT':
      return [{ submittedAt: { sort: direction, nulls: 'last' } }, { id: 'asc' }];
    default:
      return [{ serviceFrom: direction }, { id: 'asc' }];
  }
}

/** How many claims a `hasDenyFindings` filter judges at a time. */
const judgementSlice = 1000;

/**
 * The where-clause of a claims list, narrowed to the claims whose judgement matches
 * `hasDenyFindings` when it is given (judged through the request's loader, in slices). Worked out
 * once per request and filter: a page and its `totalCount` ask for the same.
 */
function claimsMatching(filter: typeof ClaimFilter.$inferInput | null | undefined, ctx: Context): Promise<Prisma.ClaimWhereInput> {
  if (filter?.hasDenyFindings == null) {
    return Promise.resolve(claimWhere(filter));
  }
  const asked = matchingByRequest.get(ctx) ?? new Map<string, Promise<Prisma.ClaimWhereInput>>();
  matchingByRequest.set(ctx, asked);
  const key = JSON.stringify(filter);
  let matching = asked.get(key);
  if (matching === undefined) {
    matching = judgedMatching(filter, filter.hasDenyFindings, ctx);
    asked.set(key, matching);
  }
  return matching;
}

const matchingByRequest = new WeakMap<Context, Map<string, Promise<Prisma.ClaimWhereInput>>>();

async function judgedMatching(filter: typeof ClaimFilter.$inferInput, wanted: boolean, ctx: Context): Promise<Prisma.ClaimWhereInput> {
  const where = claimWhere(filter);
  // By patient: a slice's policy context is read per patient, so no patient's is read twice.
  const candidates = await ctx.prisma.claim.findMany({ where, select: { id: true }, orderBy: [{ patientId: 'asc' }, { id: 'asc' }] });
  // Judged a slice at a time, letting the event loop turn between slices: the other requests,
  // and the timers that keep connections, run meanwhile (on embedded PGlite the SQL itself runs
  // on this thread, and a slice's statements chain without ever leaving it).
  const judgements: Array<Awaited<ReturnType<typeof ctx.loaders.claimJudgement.load>> | Error> = [];
  for (let i = 0; i < candidates.length; i += judgementSlice) {
    if (i > 0) {
      await setImmediatePromise();
    }
    judgements.push(...(await ctx.loaders.claimJudgement.loadMany(candidates.slice(i, i + judgementSlice).map((c) => c.id))));
  }
  const ids = candidates.filter((c, i) => {
    const judgement = judgements[i];
    return judgement !== null && judgement !== undefined && !(judgement instanceof Error) && judgement.willPay !== wanted;
  });
  return { id: { in: ids.map((c) => c.id) } };
}

builder.queryField('claims', (t) =>
  t.prismaConnection(
    {
      type: 'Claim',
      cursor: 'id',
      description: 'Claims, newest date of service first.',
      ...access('records'),
      args: {
        filter: t.arg({ type: ClaimFilter, required: false, description: 'Conditions the claims must meet.' }),
        orderBy: t.arg({ type: ClaimOrder, required: false, description: 'Sort order (latest date of service first by default).' }),
      },
      totalCount: async (_root, args, ctx) => ctx.prisma.claim.count({ where: await claimsMatching(args.filter, ctx) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.claim.findMany({
          ...query,
          where: await claimsMatching(args.filter, ctx),
          orderBy: claimOrderBy(args.orderBy),
        }),
    },
    {},
  ),
);

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

builder.objectType(DenyFindingsError, {
  name: 'DenyFindingsError',
  description: 'The payer’s policy says the claim would be denied. Nothing was written: fix the findings, or submit again with an override reason.',
  ...access('open'),
  interfaces: [ErrorInterface],
  fields: (t) => ({
    policyVersion: t.string({ nullable: true, description: 'The policy version that judged the claim.', resolve: (e) => e.evaluation.policyVersion }),
    findings: t.field({
      type: [FindingRef],
      description:
        'Every finding (the deny-level ones are why). Empty when the claim’s details are withheld from you: its findings name its codes ' +
        '(a Part 2 claim under a consent for billing information only; see the claim’s `part2`).',
      ...access('billingWrite', { listEstimate: 3 }),
      resolve: async (e, _args, ctx) => {
        const disclosed = await ctx.part2.accessToOwner(e.owner);
        return disclosed && !disclosed.details ? [] : [...e.findings];
      },
    }),
  }),
});

/** A mutation's payload holding the claim it wrote, read back through the caller's scope. */
const ClaimPayload = builder.objectRef<{ claimId: string }>('ClaimPayload').implement({
  description: 'The claim a mutation created or changed.',
  ...access('billingWrite'),
  fields: (t) => ({
    claim: t.prismaField({
      type: 'Claim',
      description: 'The claim, as it is now.',
      resolve: (query, payload, _args, ctx) => ctx.prisma.claim.findUniqueOrThrow({ ...query, where: { id: payload.claimId } }),
    }),
  }),
});

const ChargeInput = builder.inputType('ChargeInput', {
  description: 'A charge for a code, overriding the charge master.',
  fields: (t) => ({
    procedureCode: t.field({ type: 'ProcedureCode', required: true, description: 'The code.' }),
    amount: t.field({ type: 'Decimal', required: true, description: 'Charge per unit.' }),
  }),
});

const CreateClaimFromSessionsInput = builder.inputType('CreateClaimFromSessionsInput', {
  description: 'Completed sessions of one patient to bill on a new draft claim.',
  fields: (t) => ({
    sessionIds: t.globalIDList({ required: true, description: 'The sessions (1 to 50), all of one patient, none billed yet.' }),
    coverageId: t.globalID({ required: false, description: 'The coverage to bill (the session’s, or the primary coverage in force, by default).' }),
    charges: t.field({ type: [ChargeInput], required: false, description: 'Charges overriding the charge master.' }),
  }),
});

builder.mutationField('createClaimFromSessions', (t) =>
  t.field({
    type: ClaimPayload,
    description:
      'Creates a draft professional claim from completed sessions: the codes the documented minutes support under the payer’s time rules ' +
      '(psychotherapy bands, E/M add-ons, crisis add-on units), the patient’s active diagnoses with pointers, and charges from the charge master.',
    ...access('billingWrite'),
    errors: { types: [...createErrors] },
    args: { input: t.arg({ type: CreateClaimFromSessionsInput, required: true, description: 'The sessions.' }) },
    resolve: (_root, { input }, ctx) =>
      createClaimFromSessions(writeContext(ctx), {
        sessionIds: input.sessionIds.map((id) => id.id),
        coverageId: input.coverageId?.id ?? null,
        charges: input.charges ?? null,
      }),
  }),
);

const ClaimLineInput = builder.inputType('ClaimLineInput', {
  description: 'A service line of a draft claim.',
  fields: (t) => ({
    serviceDate: t.field({ type: 'Date', required: true, description: 'Date of service (not in the future).' }),
    procedureCode: t.field({ type: 'ProcedureCode', required: true, description: 'CPT or HCPCS Level II code.' }),
    modifiers: t.stringList({ required: false, description: 'Up to four modifiers.' }),
    units: t.int({ required: true, description: 'Units (at least 1).' }),
    chargeAmount: t.field({ type: 'Decimal', required: true, description: 'Charge for the line (more than zero).' }),
    placeOfService: t.string({ required: false, description: 'CMS place of service (professional lines).' }),
    revenueCode: t.string({ required: false, description: 'Revenue code (institutional lines).' }),
    diagnosisPointers: t.intList({ required: true, description: 'Positions of the claim’s diagnoses the line is for (1 to 4).' }),
    minutes: t.int({ required: false, description: 'Documented minutes (time-based codes).' }),
    renderingProviderId: t.globalID({ required: false, description: 'The line’s rendering provider, when not the claim’s.' }),
  }),
});

const UpdateDraftClaimInput = builder.inputType('UpdateDraftClaimInput', {
  description: 'Changes to a draft claim (or a denied claim being corrected). Lines and diagnoses are replaced as a whole when given.',
  fields: (t) => ({
    claimId: t.globalID({ required: true, description: 'The claim.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read (optimistic concurrency).' }),
    diagnoses: t.field({ type: ['ICD10Code'], required: false, description: 'ICD-10-CM codes in pointer order (at most 12).' }),
    lines: t.field({ type: [ClaimLineInput], required: false, description: 'The lines.' }),
    renderingProviderId: t.globalID({ required: false, description: 'The claim’s rendering provider.' }),
  }),
});

builder.mutationField('updateDraftClaim', (t) =>
  t.field({
    type: ClaimPayload,
    description: 'Edits a draft claim (or a denied claim being corrected). A stale `expectedVersion` is a VersionConflictError with the current version.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: UpdateDraftClaimInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx) =>
      updateDraftClaim(writeContext(ctx), {
        claimId: input.claimId.id,
        expectedVersion: input.expectedVersion,
        diagnoses: input.diagnoses ?? null,
        lines:
          input.lines?.map((line) => ({
            ...line,
            serviceDate: isoDate(line.serviceDate),
            renderingProviderId: line.renderingProviderId?.id ?? null,
          })) ?? null,
        ...(input.renderingProviderId !== undefined ? { renderingProviderId: input.renderingProviderId?.id ?? null } : {}),
      }),
  }),
);

const SubmitClaimInput = builder.inputType('SubmitClaimInput', {
  description: 'A claim to submit to its payer.',
  fields: (t) => ({
    claimId: t.globalID({ required: true, description: 'The claim (a draft, or a denied claim corrected for resubmission).' }),
    expectedVersion: t.int({ required: true, description: 'The version you read (optimistic concurrency).' }),
    overrideReason: t.string({ required: false, description: 'Why deny-level findings are overridden (kept on the claim); required when there are any.' }),
    idempotencyKey: t.string({ required: false, description: 'A key (a UUID) that makes retries safe: the same key and input return the first answer.' }),
  }),
});

builder.mutationField('submitClaim', (t) =>
  t.field({
    type: ClaimPayload,
    description:
      'Submits a claim: judges it by its payer’s policy in force, refuses deny-level findings unless overridden with a reason, ' +
      'and keeps the findings and the policy version it was submitted under.',
    ...access('billingWrite'),
    errors: { types: [...editErrors, DenyFindingsError, IdempotencyKeyReusedError] },
    args: { input: t.arg({ type: SubmitClaimInput, required: true, description: 'The claim.' }) },
    resolve: (_root, { input }, ctx) =>
      submitClaim(writeContext(ctx), {
        claimId: input.claimId.id,
        expectedVersion: input.expectedVersion,
        overrideReason: input.overrideReason ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
  }),
);

const WriteOffClaimInput = builder.inputType('WriteOffClaimInput', {
  description: 'A claim to close without (further) payment.',
  fields: (t) => ({
    claimId: t.globalID({ required: true, description: 'The claim.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read.' }),
    reason: t.string({ required: true, description: 'Why (kept in the status history).' }),
  }),
});

builder.mutationField('writeOffClaim', (t) =>
  t.field({
    type: ClaimPayload,
    description: 'Writes a claim off: final, along the allowed status changes only.',
    ...access('billingWrite'),
    errors: { types: [...editErrors] },
    args: { input: t.arg({ type: WriteOffClaimInput, required: true, description: 'The claim.' }) },
    resolve: (_root, { input }, ctx) =>
      writeOffClaim(writeContext(ctx), { claimId: input.claimId.id, expectedVersion: input.expectedVersion, reason: input.reason }),
  }),
);
