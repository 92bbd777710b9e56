// 837P (005010X222A1) and 837I (005010X223A2) claims from Parity's model. The envelope is written
// by node-x12 (envelope.ts); the loops and their contents are mapped here.
//
// Layout of one transaction set:
//   BHT; 1000A submitter (NM1*41, PER); 1000B receiver (NM1*40)
//   2000A billing provider HL (one per billing NPI): 2010AA NM1*85 XX, N3, N4, REF*EI
//     2000B subscriber HL (one per claim): SBR; 2010BA NM1*IL (N3, N4, DMG); 2010BB NM1*PR
//       2000C patient HL, only when the patient is not the subscriber: PAT; 2010CA NM1*QC
//       2300 CLM (+ DTP*434, CL1 for 837I), REF*G1, REF*F8, HI (ABK, ABF; BG for 837I)
//         2310B NM1*82 + PRV*PE (837P, when rendering NPI differs from billing NPI)
//         2310A NM1*71 + PRV*AT (837I attending, required)
//         2400 LX; SV1 (837P) or SV2 (837I); DTP*472; REF*6R; 2420A NM1*82 when the line differs

import {
  ClaimExportError,
  claimFilingIndicator,
  validateClaimExport,
  type ClaimExport,
  type ClinicianRef,
  type PersonRef,
  type PostalAddress,
} from './claim-export.ts';
import { composite, seg, writeInterchange, type EnvelopeOptions, type SegmentValue } from './envelope.ts';
import { d8, digits, hhmm, icd10ForX12, text, toCents, x12Amount, X12FormatError } from './format.ts';

export const x12Versions = {
  '837P': '005010X222A1',
  '837I': '005010X223A2',
} as const;

/** The parties of loops 1000A and 1000B. */
export interface ClaimParties {
  /** 1000A: who sends the claims (the billing organization or its clearinghouse account). */
  submitter: {
    name: string;
    /** Submitter ID (NM109), for example the ETIN the clearinghouse assigned. */
    id: string;
    contactName: string;
    /** Ten-digit phone number; a phone or an email is required. */
    phone?: string | null;
    email?: string | null;
  };
  /** 1000B: who receives them (a clearinghouse or the payer). */
  receiver: { name: string; id: string };
}

export type ClaimEnvelopeOptions = EnvelopeOptions &
  ClaimParties & {
    /** BHT03; the interchange control number by default. */
    referenceId?: string;
    /** Claims per transaction set before a new ST starts (5000, as the guides recommend). */
    maxClaimsPerTransaction?: number;
  };

const relationshipCodes = { SPOUSE: '01', CHILD: '19', OTHER: 'G8' } as const;
const sexCodes = { FEMALE: 'F', MALE: 'M', UNKNOWN: 'U' } as const;

function address(a: PostalAddress): SegmentValue[] {
  return [
    seg('N3', text(a.line1, 55), text(a.line2, 55)),
    seg('N4', text(a.city, 30), text(a.state, 2).toUpperCase(), digits(a.postalCode)),
  ];
}

function person(p: PersonRef): SegmentValue[] {
  return [...address(p.address), seg('DMG', 'D8', d8(p.dateOfBirth), sexCodes[p.sex])];
}

function clinician(entity: '82' | '71', prvCode: 'PE' | 'AT', c: ClinicianRef): SegmentValue[] {
  return [
    seg('NM1', entity, '1', text(c.lastName, 60), text(c.firstName, 35), '', '', '', 'XX', c.npi),
    seg('PRV', prvCode, 'PXC', text(c.taxonomyCode, 50)),
  ];
}

function header(options: ClaimEnvelopeOptions, index: number): SegmentValue[] {
  const { submitter, receiver } = options;
  const phone = digits(submitter.phone);
  const email = text(submitter.email, 256);
  if (phone === '' && email === '') {
    throw new X12FormatError('The submitter contact (1000A PER) needs a phone number or an email address.');
  }
  const contact: string[] = phone !== '' ? ['TE', phone] : ['EM', email];
  if (phone !== '' && email !== '') {
    contact.push('EM', email);
  }
  const reference = options.referenceId ?? String(options.controlNumber);
  return [
    seg('BHT', '0019', '00', text(index > 1 ? `${reference}-${index}` : reference, 50), d8(options.date), hhmm(options.time), 'CH'),
    seg('NM1', '41', '2', text(submitter.name, 60), '', '', '', '', '46', text(submitter.id, 80)),
    seg('PER', 'IC', text(submitter.contactName, 60), ...contact),
    seg('NM1', '40', '2', text(receiver.name, 60), '', '', '', '', '46', text(receiver.id, 80)),
  ];
}

function subscriberLoops(claim: ClaimExport, hlId: number, parentId: number): { segments: SegmentValue[]; nextId: number } {
  const patientLoop = claim.patient ?? null;
  const s = claim.subscriber;
  const responsibility = claim.payer.priority === 2 ? 'S' : claim.payer.priority === 3 ? 'T' : 'P';
  const segments: SegmentValue[] = [
    seg('HL', hlId, parentId, '22', patientLoop ? '1' : '0'),
    seg(
      'SBR',
      responsibility,
      patientLoop ? '' : '18',
      text(s.groupNumber, 50),
      '',
      '',
      '',
      '',
      '',
      claimFilingIndicator(claim.payer.kind, claim.claimType),
    ),
    seg('NM1', 'IL', '1', text(s.lastName, 60), text(s.firstName, 35), '', '', '', 'MI', text(s.memberId, 80)),
    ...person(s),
    seg('NM1', 'PR', '2', text(claim.payer.name, 60), '', '', '', '', 'PI', text(claim.payer.payerCode, 80)),
  ];
  let nextId = hlId + 1;
  if (patientLoop) {
    segments.push(
      seg('HL', nextId, hlId, '23', '0'),
      seg('PAT', relationshipCodes[patientLoop.relationship]),
      seg('NM1', 'QC', '1', text(patientLoop.lastName, 60), text(patientLoop.firstName, 35)),
      ...person(patientLoop),
    );
    nextId += 1;
  }
  return { segments, nextId };
}

function diagnosisSegments(claim: ClaimExport): SegmentValue[] {
  const codes = claim.diagnoses.map(icd10ForX12);
  const [principal, ...others] = codes;
  if (claim.claimType === 'PROFESSIONAL') {
    return [seg('HI', composite('ABK', principal), ...others.map((c) => composite('ABF', c)))];
  }
  const result = [seg('HI', composite('ABK', principal))];
  if (others.length > 0) {
    result.push(seg('HI', ...others.map((c) => composite('ABF', c))));
  }
  return result;
}

/** 2300 REF segments in the guides' order: prior authorization (G1), then payer claim control number (F8). */
function claimReferences(claim: ClaimExport): SegmentValue[] {
  const result: SegmentValue[] = [];
  if (claim.priorAuthorizationNumber) {
    result.push(seg('REF', 'G1', text(claim.priorAuthorizationNumber, 50)));
  }
  if ((claim.frequencyCode === '7' || claim.frequencyCode === '8') && claim.originalPayerClaimControlNumber) {
    result.push(seg('REF', 'F8', text(claim.originalPayerClaimControlNumber, 50)));
  }
  return result;
}

function procedure(code: string, modifiers: string[]): string {
  return composite('HC', text(code, 48).toUpperCase(), ...modifiers.slice(0, 4).map((m) => m.toUpperCase()));
}

function professionalClaim(claim: ClaimExport): SegmentValue[] {
  const pos = text(claim.placeOfService, 2);
  const segments: SegmentValue[] = [
    seg('CLM', text(claim.patientControlNumber, 20), x12Amount(toCents(claim.totalCharge)), '', '', composite(pos, 'B', claim.frequencyCode), 'Y', 'A', 'Y', 'Y'),
    ...claimReferences(claim),
    ...diagnosisSegments(claim),
  ];
  const rendering = claim.renderingProvider ?? null;
  if (rendering && rendering.npi !== claim.billingProvider.npi) {
    segments.push(...clinician('82', 'PE', rendering));
  }
  claim.lines.forEach((line, index) => {
    const linePos = line.placeOfService && line.placeOfService !== pos ? line.placeOfService : '';
    segments.push(
      seg('LX', index + 1),
      seg(
        'SV1',
        procedure(line.procedureCode, line.modifiers),
        x12Amount(toCents(line.chargeAmount)),
        'UN',
        line.units,
        linePos,
        '',
        composite(...line.diagnosisPointers),
      ),
      seg('DTP', '472', 'D8', d8(line.serviceDate)),
      seg('REF', '6R', String(line.lineNumber)),
    );
    const lineRendering = line.renderingProvider ?? null;
    if (lineRendering && lineRendering.npi !== (rendering?.npi ?? claim.billingProvider.npi)) {
      segments.push(...clinician('82', 'PE', lineRendering));
    }
  });
  return segments;
}

function institutionalClaim(claim: ClaimExport): SegmentValue[] {
  const billType = (claim.billType ?? '').padStart(4, '0');
  const facility = billType.slice(1, 3);
  const frequency = claim.frequencyCode === '7' || claim.frequencyCode === '8' ? claim.frequencyCode : billType.slice(3, 4);
  const segments: SegmentValue[] = [
    seg('CLM', text(claim.patientControlNumber, 20), x12Amount(toCents(claim.totalCharge)), '', '', composite(facility, 'A', frequency), '', 'A', 'Y', 'Y'),
    seg('DTP', '434', 'RD8', `${d8(claim.serviceFrom)}-${d8(claim.serviceTo)}`),
    seg('CL1', '', '', text(claim.patientStatusCode ?? '30', 2)),
    ...claimReferences(claim),
    ...diagnosisSegments(claim),
  ];
  const conditions = [...new Set(claim.conditionCodes ?? [])].slice(0, 12);
  if (conditions.length > 0) {
    segments.push(seg('HI', ...conditions.map((c) => composite('BG', c))));
  }
  const attending = claim.attendingProvider ?? null;
  if (attending) {
    segments.push(...clinician('71', 'AT', attending));
  }
  claim.lines.forEach((line, index) => {
    segments.push(
      seg('LX', index + 1),
      seg('SV2', line.revenueCode ?? '', procedure(line.procedureCode, line.modifiers), x12Amount(toCents(line.chargeAmount)), 'UN', line.units),
      seg('DTP', '472', 'D8', d8(line.serviceDate)),
      seg('REF', '6R', String(line.lineNumber)),
    );
  });
  return segments;
}

function transactionBody(claims: ClaimExport[], options: ClaimEnvelopeOptions, index: number): SegmentValue[] {
  const segments = header(options, index);
  const byBillingNpi = new Map<string, ClaimExport[]>();
  for (const claim of claims) {
    const list = byBillingNpi.get(claim.billingProvider.npi) ?? [];
    list.push(claim);
    byBillingNpi.set(claim.billingProvider.npi, list);
  }
  let hlId = 1;
  for (const group of byBillingNpi.values()) {
    const first = group[0];
    if (!first) {
      continue;
    }
    const billing = first.billingProvider;
    const billingHl = hlId;
    segments.push(seg('HL', billingHl, '', '20', '1'));
    if (billing.taxonomyCode) {
      segments.push(seg('PRV', 'BI', 'PXC', text(billing.taxonomyCode, 50)));
    }
    segments.push(
      seg('NM1', '85', '2', text(billing.name, 60), '', '', '', '', 'XX', billing.npi),
      ...address(billing.address),
      seg('REF', 'EI', digits(billing.taxId)),
    );
    hlId += 1;
    for (const claim of group) {
      const subscriber = subscriberLoops(claim, hlId, billingHl);
      segments.push(...subscriber.segments);
      hlId = subscriber.nextId;
      segments.push(...(claim.claimType === 'PROFESSIONAL' ? professionalClaim(claim) : institutionalClaim(claim)));
    }
  }
  return segments;
}

function build837(type: '837P' | '837I', claims: ClaimExport[], options: ClaimEnvelopeOptions): string {
  const claimType = type === '837P' ? 'PROFESSIONAL' : 'INSTITUTIONAL';
  if (claims.length === 0) {
    throw new X12FormatError(`An ${type} needs at least one claim.`);
  }
  for (const claim of claims) {
    const issues = validateClaimExport(claim);
    if (claim.claimType !== claimType) {
      issues.push({ code: 'WRONG_CLAIM_TYPE', message: `An ${type} carries ${claimType.toLowerCase()} claims only; this one is ${claim.claimType.toLowerCase()}.` });
    }
    if (issues.length > 0) {
      throw new ClaimExportError(claim.patientControlNumber, issues);
    }
  }
  const perTransaction = options.maxClaimsPerTransaction ?? 5000;
  if (!Number.isInteger(perTransaction) || perTransaction < 1) {
    throw new X12FormatError('maxClaimsPerTransaction must be a whole number of at least 1.');
  }
  const transactions: SegmentValue[][] = [];
  for (let i = 0; i < claims.length; i += perTransaction) {
    transactions.push(transactionBody(claims.slice(i, i + perTransaction), options, transactions.length + 1));
  }
  return writeInterchange(options, { functionalId: 'HC', setId: '837', version: x12Versions[type] }, transactions);
}

/**
 * An 837P (005010X222A1) interchange for professional claims.
 *
 * @param claims - professional claims, already loaded (see validateClaimExport)
 * @param options - envelope, submitter and receiver
 * @throws ClaimExportError when a claim cannot be written (every issue listed)
 */
export function build837P(claims: ClaimExport[], options: ClaimEnvelopeOptions): string {
  return build837('837P', claims, options);
}

/**
 * An 837I (005010X223A2) interchange for institutional claims (PHP, IOP, residential).
 *
 * @param claims - institutional claims, already loaded
 * @param options - envelope, submitter and receiver
 * @throws ClaimExportError when a claim cannot be written
 */
export function build837I(claims: ClaimExport[], options: ClaimEnvelopeOptions): string {
  return build837('837I', claims, options);
}
