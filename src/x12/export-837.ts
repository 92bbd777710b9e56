// 837 export from the database: loads claims with everything the loops need, checks what the
// builders cannot see (status, 42 CFR Part 2 consent, a replaced claim's payer number), maps them
// to ClaimExport and writes one 837P and/or one 837I interchange. Reads only; writes nothing.

import { NotFoundError, ValidationError } from '../errors.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { build837I, build837P, type ClaimEnvelopeOptions } from './build-837.ts';
import {
  ClaimExportError,
  validateClaimExport,
  type ClaimExport,
  type ClinicianRef,
  type ExportIssue,
} from './claim-export.ts';
import { deriveControlNumber } from './envelope.ts';
import { isoDay } from './format.ts';
import { basePayerClaimControlNumber } from './remittance-keys.ts';

type ClaimStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'DENIED' | 'PARTIALLY_PAID' | 'PAID' | 'APPEALED' | 'WRITTEN_OFF';

/** Statuses whose claims are sent to a payer: submitted (first send) and accepted (a re-send). */
export const exportableStatuses: readonly ClaimStatus[] = ['SUBMITTED', 'ACCEPTED'];

/** Which claims to export. At least one of claimIds, patientControlNumbers and status. */
export interface ClaimSelection {
  /** The organization whose claims are read (the caller's tenant). */
  organizationId: string;
  claimIds?: string[];
  patientControlNumbers?: string[];
  status?: ClaimStatus[];
  /** Only claims to this payer (its electronic payer ID). */
  payerCode?: string;
  claimType?: 'PROFESSIONAL' | 'INSTITUTIONAL';
  /**
   * Write claims that are not submitted yet (a preview of what would be sent). By default only
   * SUBMITTED and ACCEPTED claims are written; others are skipped with NOT_SUBMITTED.
   */
  preview?: boolean;
}

/** Who sends and receives the interchange. Everything has a default except a contact. */
export interface ExportParties {
  /** 1000A submitter name; the organization's name by default. */
  submitterName?: string;
  /** 1000A submitter ID (the ETIN a clearinghouse assigned); the organization's tax ID by default. */
  submitterId?: string;
  /** 1000A PER contact name; "Billing office" by default. */
  contactName?: string;
  /** Contact phone (ten digits); a phone or an email is required. */
  phone?: string;
  email?: string;
  /** 1000B receiver and ISA08; the payer by default when every claim of the document goes to one payer. */
  receiverName?: string;
  receiverId?: string;
  /** ISA06; the submitter ID by default. */
  senderId?: string;
  senderQualifier?: string;
  receiverQualifier?: string;
  /**
   * ISA13/GS06. Derived from the claims and the time by default. When both an 837P and an 837I
   * are written, the 837I takes the next number.
   */
  controlNumber?: number;
  /** ISA15: P production (default) or T test. */
  usage?: 'P' | 'T';
  /** Creation time (ISA09/10, GS04/05, BHT04/05), and the day a Part 2 consent must be in force. */
  now?: Date;
}

/** One interchange written. */
export interface ExportedDocument {
  type: '837P' | '837I';
  /** ISA13 / GS06. */
  controlNumber: number;
  claimIds: string[];
  patientControlNumbers: string[];
  /** The X12 text. */
  text: string;
}

/** A claim that was selected but not written, and why. */
export interface SkippedClaim {
  claimId: string | null;
  patientControlNumber: string;
  issues: ExportIssue[];
}

export interface ExportResult {
  documents: ExportedDocument[];
  skipped: SkippedClaim[];
}

/** Progress of a long export: claims read so far and in all. */
export type ExportProgress = (done: number, total: number) => void;

const claimInclude = {
  diagnoses: { orderBy: { position: 'asc' } },
  lines: {
    orderBy: { lineNumber: 'asc' },
    include: {
      renderingProvider: true,
      programDay: {
        select: {
          levelOfCare: true,
          episode: { select: { status: true, endDate: true } },
          services: { select: { provider: true } },
        },
      },
    },
  },
  renderingProvider: true,
  billingLocation: { include: { organization: true } },
  payer: true,
  coverage: true,
  patient: true,
  authorization: { select: { authNumber: true } },
  program: { select: { isPart2: true } },
  remittances: { select: { payerClaimControlNumber: true, claimStatusCode: true, createdAt: true }, orderBy: { createdAt: 'desc' } },
} satisfies Prisma.ClaimInclude;

type LoadedClaim = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
type ProviderRow = NonNullable<LoadedClaim['renderingProvider']>;

const chunkSize = 250;

/** Who attends a facility claim when the claim names no rendering clinician: the most senior licensure. */
const attendingPreference = ['PSYCHIATRIST', 'PSYCHIATRIC_NP', 'PSYCHOLOGIST', 'PA', 'LCSW', 'LPC_LMHC', 'LMFT', 'ADDICTION_COUNSELOR', 'PEER_SPECIALIST'];

function clinician(p: ProviderRow): ClinicianRef {
  return { npi: p.npi, firstName: p.firstName, lastName: p.lastName, taxonomyCode: p.taxonomyCode };
}

/** The attending clinician of an 837I: the claim's rendering provider, else the program staff who served most. */
function attendingFor(claim: LoadedClaim): ProviderRow | null {
  if (claim.renderingProvider) {
    return claim.renderingProvider;
  }
  const counts = new Map<string, { provider: ProviderRow; count: number }>();
  for (const line of claim.lines) {
    for (const service of line.programDay?.services ?? []) {
      if (service.provider) {
        const entry = counts.get(service.provider.id) ?? { provider: service.provider, count: 0 };
        entry.count += 1;
        counts.set(service.provider.id, entry);
      }
    }
    if (line.renderingProvider) {
      const entry = counts.get(line.renderingProvider.id) ?? { provider: line.renderingProvider, count: 0 };
      entry.count += 1;
      counts.set(line.renderingProvider.id, entry);
    }
  }
  const rank = (p: ProviderRow) => attendingPreference.indexOf(p.licensureType);
  const candidates = [...counts.values()].sort(
    (a, b) => rank(a.provider) - rank(b.provider) || b.count - a.count || a.provider.npi.localeCompare(b.provider.npi),
  );
  return candidates[0]?.provider ?? null;
}

/** Condition codes of a program claim: 41 partial hospitalization, 92 intensive outpatient. */
function conditionCodesFor(claim: LoadedClaim): string[] {
  const levels = new Set(claim.lines.map((l) => l.programDay?.levelOfCare).filter((l) => l !== undefined));
  const codes: string[] = [];
  if (levels.has('PHP')) {
    codes.push('41');
  }
  if (levels.has('IOP')) {
    codes.push('92');
  }
  return codes;
}

/** CL103: 01 discharged home when the episode ended within the claim's dates, else 30 still a patient. */
function patientStatusFor(claim: LoadedClaim): string {
  const serviceTo = isoDay(claim.serviceTo);
  const ended = claim.lines.some((l) => {
    const end = l.programDay?.episode?.endDate;
    return l.programDay?.episode?.status === 'CLOSED' && end !== null && end !== undefined && isoDay(end) <= serviceTo;
  });
  return ended ? '01' : '30';
}

/**
 * Maps a loaded claim to what the 837 builders take. The patient is written as the subscriber:
 * Parity keeps the member ID of the patient's own coverage, and 5010 makes a patient with a
 * unique member ID the subscriber (no 2000C loop).
 */
function toClaimExport(claim: LoadedClaim): { claim: ClaimExport; issues: ExportIssue[] } {
  const issues: ExportIssue[] = [];
  const location = claim.billingLocation;
  const patient = claim.patient;
  const positions = claim.diagnoses.map((d) => d.position);
  if (positions.some((p, i) => p !== i + 1)) {
    issues.push({ code: 'MISSING_VALUE', message: `The diagnosis positions (${positions.join(', ')}) must run 1, 2, 3... without gaps.` });
  }
  let original: string | null = null;
  if (claim.frequencyCode === '7' || claim.frequencyCode === '8') {
    const posted = claim.remittances.find((r) => r.claimStatusCode !== '22');
    original = posted ? basePayerClaimControlNumber(posted.payerClaimControlNumber) : null;
    if (!original) {
      issues.push({
        code: 'MISSING_VALUE',
        message: 'A replacement or void claim needs the payer claim control number of the original (REF*F8); no remittance of it is on file.',
      });
    }
  }
  const attending = claim.claimType === 'INSTITUTIONAL' ? attendingFor(claim) : null;
  const renderingId = claim.renderingProvider?.id ?? null;
  const address = {
    line1: patient.addressLine1,
    line2: patient.addressLine2,
    city: patient.city,
    state: patient.state,
    postalCode: patient.postalCode,
  };
  const result: ClaimExport = {
    claimType: claim.claimType,
    patientControlNumber: claim.patientControlNumber,
    frequencyCode: claim.frequencyCode,
    originalPayerClaimControlNumber: original,
    billType: claim.billType,
    serviceFrom: isoDay(claim.serviceFrom),
    serviceTo: isoDay(claim.serviceTo),
    totalCharge: claim.totalCharge.toFixed(2),
    placeOfService: claim.lines[0]?.placeOfService ?? location.placeOfService,
    priorAuthorizationNumber: claim.authorization?.authNumber ?? null,
    conditionCodes: claim.claimType === 'INSTITUTIONAL' ? conditionCodesFor(claim) : [],
    patientStatusCode: claim.claimType === 'INSTITUTIONAL' ? patientStatusFor(claim) : null,
    billingProvider: {
      name: location.organization.name,
      npi: location.npi,
      taxId: location.taxId,
      address: {
        line1: location.addressLine1,
        line2: location.addressLine2,
        city: location.city,
        state: location.state,
        postalCode: location.postalCode,
      },
    },
    renderingProvider: claim.claimType === 'PROFESSIONAL' && claim.renderingProvider ? clinician(claim.renderingProvider) : null,
    attendingProvider: attending ? clinician(attending) : null,
    payer: {
      name: claim.payer.name,
      payerCode: claim.payer.payerCode,
      kind: claim.payer.kind,
      priority: claim.coverage.priority,
    },
    subscriber: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth: isoDay(patient.dateOfBirth),
      sex: patient.sex,
      address,
      memberId: claim.coverage.memberId,
      groupNumber: claim.coverage.groupNumber,
    },
    patient: null,
    diagnoses: claim.diagnoses.map((d) => d.icd10Code),
    lines: claim.lines.map((line) => ({
      lineNumber: line.lineNumber,
      serviceDate: isoDay(line.serviceDate),
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      revenueCode: line.revenueCode,
      units: line.units,
      chargeAmount: line.chargeAmount.toFixed(2),
      placeOfService: line.placeOfService,
      diagnosisPointers: line.diagnosisPointers,
      renderingProvider:
        claim.claimType === 'PROFESSIONAL' && line.renderingProvider && line.renderingProvider.id !== renderingId
          ? clinician(line.renderingProvider)
          : null,
    })),
  };
  return { claim: result, issues };
}

/**
 * Part 2 claims whose patient has no consent in force on `day` that lets this organization
 * disclose the program's records to the claim's payer for payment (42 CFR 2.31).
 */
async function part2ClaimsWithoutConsent(prisma: PrismaClient, claims: LoadedClaim[], day: string): Promise<Set<string>> {
  const part2 = claims.filter((c) => c.program?.isPart2 && c.programId);
  if (part2.length === 0) {
    return new Set();
  }
  const consents = await prisma.part2Consent.findMany({
    where: {
      patientId: { in: [...new Set(part2.map((c) => c.patientId))] },
      purposes: { has: 'PAYMENT' },
      recipientPayerId: { not: null },
    },
    select: { patientId: true, programId: true, recipientPayerId: true, signedOn: true, expiresOn: true, revokedAt: true },
  });
  const inForce = consents.filter(
    (c) =>
      isoDay(c.signedOn) <= day &&
      (c.expiresOn === null || isoDay(c.expiresOn) >= day) &&
      (c.revokedAt === null || isoDay(c.revokedAt) > day),
  );
  return new Set(
    part2
      .filter((claim) => !inForce.some((c) => c.patientId === claim.patientId && c.programId === claim.programId && c.recipientPayerId === claim.payerId))
      .map((c) => c.id),
  );
}

function whereOf(selection: ClaimSelection): Prisma.ClaimWhereInput {
  const { claimIds, patientControlNumbers, status } = selection;
  if (!claimIds?.length && !patientControlNumbers?.length && !status?.length) {
    throw ValidationError.of(['selection'], 'NOTHING_SELECTED', 'Say which claims to export: claim IDs, patient control numbers or statuses.');
  }
  return {
    organizationId: selection.organizationId,
    ...(claimIds?.length ? { id: { in: claimIds } } : {}),
    ...(patientControlNumbers?.length ? { patientControlNumber: { in: patientControlNumbers } } : {}),
    ...(status?.length ? { status: { in: status } } : {}),
    ...(selection.payerCode ? { payer: { payerCode: selection.payerCode } } : {}),
    ...(selection.claimType ? { claimType: selection.claimType } : {}),
  };
}

function utcDateTime(now: Date): { date: string; time: string } {
  const iso = now.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function envelopeFor(
  type: '837P' | '837I',
  claims: LoadedClaim[],
  parties: ExportParties,
  controlNumber: number,
  now: Date,
): ClaimEnvelopeOptions {
  const first = claims[0];
  if (!first) {
    throw new Error('envelopeFor needs at least one claim');
  }
  const organization = first.billingLocation.organization;
  const payers = new Map(claims.map((c) => [c.payer.payerCode, c.payer]));
  const onlyPayer = payers.size === 1 ? first.payer : null;
  const receiverId = parties.receiverId ?? onlyPayer?.payerCode;
  const receiverName = parties.receiverName ?? onlyPayer?.name;
  if (!receiverId || !receiverName) {
    throw ValidationError.of(
      ['parties', 'receiverId'],
      'RECEIVER_REQUIRED',
      `The ${type} holds claims to ${payers.size} payers (${[...payers.keys()].join(', ')}); name the receiver (a clearinghouse) or export one payer at a time.`,
    );
  }
  const submitterId = parties.submitterId ?? organization.taxId;
  const { date, time } = utcDateTime(now);
  return {
    senderId: parties.senderId ?? submitterId,
    senderQualifier: parties.senderQualifier ?? 'ZZ',
    receiverId,
    receiverQualifier: parties.receiverQualifier ?? 'ZZ',
    controlNumber,
    date,
    time,
    usage: parties.usage ?? 'P',
    submitter: {
      name: parties.submitterName ?? organization.name,
      id: submitterId,
      contactName: parties.contactName ?? 'Billing office',
      phone: parties.phone ?? null,
      email: parties.email ?? null,
    },
    receiver: { name: receiverName, id: receiverId },
  };
}

/**
 * Writes the selected claims as X12: an 837P for professional claims and an 837I for
 * institutional ones. Claims that cannot be written are listed in `skipped` with every reason;
 * the others are written. Reads only.
 *
 * @param prisma - the database (a scoped client limits what the caller may export)
 * @param selection - which claims
 * @param parties - submitter, receiver, control number, time
 * @param onProgress - called as claims are read (for a progress bar)
 * @throws ValidationError when nothing is selected or a receiver is needed and not given
 */
export async function exportClaims(
  prisma: PrismaClient,
  selection: ClaimSelection,
  parties: ExportParties = {},
  onProgress?: ExportProgress,
): Promise<ExportResult> {
  const where = whereOf(selection);
  const now = parties.now ?? new Date();
  const today = isoDay(now);
  const ids = await prisma.claim.findMany({ where, select: { id: true }, orderBy: { patientControlNumber: 'asc' } });
  const skipped: SkippedClaim[] = [];
  const byType: Record<'837P' | '837I', Array<{ loaded: LoadedClaim; export: ClaimExport }>> = { '837P': [], '837I': [] };
  onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunk = ids.slice(start, start + chunkSize).map((r) => r.id);
    const claims = await prisma.claim.findMany({ where: { id: { in: chunk } }, include: claimInclude, orderBy: { patientControlNumber: 'asc' } });
    const withoutConsent = await part2ClaimsWithoutConsent(prisma, claims, today);
    for (const loaded of claims) {
      const mapped = toClaimExport(loaded);
      const issues = [...mapped.issues, ...validateClaimExport(mapped.claim)];
      if (!selection.preview && !exportableStatuses.includes(loaded.status)) {
        issues.unshift({
          code: 'NOT_SUBMITTED',
          message: `The claim is ${loaded.status}; only submitted or accepted claims are sent (submit it first, or ask for a preview).`,
        });
      }
      if (withoutConsent.has(loaded.id)) {
        issues.unshift({
          code: 'PART2_CONSENT_MISSING',
          message: `The claim bills a 42 CFR Part 2 program; no consent in force on ${today} lets us disclose it to ${loaded.payer.name} for payment.`,
        });
      }
      if (issues.length > 0) {
        skipped.push({ claimId: loaded.id, patientControlNumber: loaded.patientControlNumber, issues });
      } else {
        byType[loaded.claimType === 'PROFESSIONAL' ? '837P' : '837I'].push({ loaded, export: mapped.claim });
      }
    }
    onProgress?.(Math.min(start + chunkSize, ids.length), ids.length);
  }
  const found = new Set([...skipped.map((s) => s.patientControlNumber), ...Object.values(byType).flat().map((c) => c.loaded.patientControlNumber)]);
  for (const pcn of selection.patientControlNumbers ?? []) {
    if (!found.has(pcn)) {
      skipped.push({ claimId: null, patientControlNumber: pcn, issues: [{ code: 'NOT_FOUND', message: `No claim ${pcn} matches the selection.` }] });
    }
  }
  const foundIds = new Set([...skipped.map((s) => s.claimId), ...Object.values(byType).flat().map((c) => c.loaded.id)]);
  for (const id of selection.claimIds ?? []) {
    if (!foundIds.has(id)) {
      skipped.push({ claimId: id, patientControlNumber: '', issues: [{ code: 'NOT_FOUND', message: `No claim ${id} matches the selection.` }] });
    }
  }

  const documents: ExportedDocument[] = [];
  const { date, time } = utcDateTime(now);
  for (const type of ['837P', '837I'] as const) {
    const claims = byType[type];
    if (claims.length === 0) {
      continue;
    }
    const base = parties.controlNumber ?? deriveControlNumber(type, date, time, ...claims.map((c) => c.loaded.id));
    const controlNumber = documents.length > 0 && parties.controlNumber !== undefined ? (base % 999_999_999) + 1 : base;
    const envelope = envelopeFor(type, claims.map((c) => c.loaded), parties, controlNumber, now);
    const exports = claims.map((c) => c.export);
    const text = type === '837P' ? build837P(exports, envelope) : build837I(exports, envelope);
    documents.push({
      type,
      controlNumber,
      claimIds: claims.map((c) => c.loaded.id),
      patientControlNumbers: claims.map((c) => c.loaded.patientControlNumber),
      text,
    });
  }
  return { documents, skipped };
}

/**
 * One claim as an 837P or 837I interchange of its own (for a claim's `x12` field).
 *
 * @param prisma - the database
 * @param input - the organization, the claim, and whether an unsubmitted claim may be previewed
 * @param parties - submitter, receiver, control number, time
 * @throws NotFoundError when the claim does not exist (or is not the organization's)
 * @throws ClaimExportError when the claim cannot be written, with every reason
 */
export async function exportClaim(
  prisma: PrismaClient,
  input: { organizationId: string; claimId: string; preview?: boolean },
  parties: ExportParties = {},
): Promise<ExportedDocument> {
  const result = await exportClaims(
    prisma,
    { organizationId: input.organizationId, claimIds: [input.claimId], preview: input.preview ?? false },
    parties,
  );
  const skipped = result.skipped[0];
  if (skipped) {
    if (skipped.issues.some((i) => i.code === 'NOT_FOUND')) {
      throw new NotFoundError('Claim', ['claimId']);
    }
    throw new ClaimExportError(skipped.patientControlNumber, skipped.issues);
  }
  const document = result.documents[0];
  if (!document) {
    throw new NotFoundError('Claim', ['claimId']);
  }
  return document;
}
