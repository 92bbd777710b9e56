// What an 837 needs to know about one claim, already loaded: the typed input of build837P and
// build837I, and the checks a claim must pass before it is written.

import { isValidNpi } from '../domain/npi.ts';
import { ValidationError } from '../errors.ts';
import { icd10ForX12, toCents, X12FormatError } from './format.ts';

export interface PostalAddress {
  line1: string;
  line2?: string | null;
  city: string;
  /** Two-letter state code. */
  state: string;
  postalCode: string;
}

export type PayerKind = 'MEDICARE' | 'MEDICAID' | 'COMMERCIAL' | 'MANAGED_MEDICAID' | 'TRICARE';

/** A clinician: rendering provider (837P 2310B, 2420A) or attending provider (837I 2310A). */
export interface ClinicianRef {
  npi: string;
  firstName: string;
  lastName: string;
  /** NUCC taxonomy code (PRV03). */
  taxonomyCode: string;
}

/** A person as the claim names them (subscriber or patient). */
export interface PersonRef {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  sex: 'FEMALE' | 'MALE' | 'UNKNOWN';
  address: PostalAddress;
}

export interface ClaimLineExport {
  lineNumber: number;
  /** YYYY-MM-DD (DTP*472). */
  serviceDate: string;
  /** CPT or HCPCS code. */
  procedureCode: string;
  /** Up to four two-character modifiers, in order (telehealth 95/GT/FQ/93 among them). */
  modifiers: string[];
  /** Revenue code (837I SV201), four digits. */
  revenueCode?: string | null;
  units: number;
  /** Decimal string ("150.00"). */
  chargeAmount: string;
  /** Place of service of the line (837P); the claim's when null. */
  placeOfService?: string | null;
  /** Positions (1-based) in the claim's diagnoses, at most four. */
  diagnosisPointers: number[];
  /** The line's rendering clinician when it differs from the claim's (837P 2420A). */
  renderingProvider?: ClinicianRef | null;
}

/** Everything an 837P or 837I needs about one claim. */
export interface ClaimExport {
  claimType: 'PROFESSIONAL' | 'INSTITUTIONAL';
  /** Our claim number (CLM01), at most 20 characters. */
  patientControlNumber: string;
  /** CLM05-3: 1 original, 7 replacement, 8 void. */
  frequencyCode: string;
  /** The payer's claim control number of the claim replaced or voided (REF*F8). */
  originalPayerClaimControlNumber?: string | null;
  /** 837I type of bill, four characters (0761): facility type in CLM05-1, frequency in CLM05-3. */
  billType?: string | null;
  /** YYYY-MM-DD. */
  serviceFrom: string;
  serviceTo: string;
  /** Decimal string; must equal the sum of the line charges. */
  totalCharge: string;
  /** 837P CLM05-1: place of service of the claim (lines that differ carry SV105). */
  placeOfService: string;
  /** Prior authorization number (REF*G1). */
  priorAuthorizationNumber?: string | null;
  /** 837I condition codes (HI*BG): 41 partial hospitalization, 92 intensive outpatient. */
  conditionCodes?: string[];
  /** 837I CL103 patient status code (30 still a patient, 01 discharged home). */
  patientStatusCode?: string | null;
  billingProvider: {
    /** Legal name of the billing entity. */
    name: string;
    /** The billing NPI (type 2). */
    npi: string;
    /** Nine-digit employer identification number (REF*EI). */
    taxId: string;
    address: PostalAddress;
    /** PRV*BI taxonomy, when the payer needs it. */
    taxonomyCode?: string | null;
  };
  /** 837P 2310B rendering provider (written only when its NPI differs from the billing NPI). */
  renderingProvider?: ClinicianRef | null;
  /** 837I 2310A attending provider. */
  attendingProvider?: ClinicianRef | null;
  payer: {
    name: string;
    /** Electronic payer ID (NM1*PR NM109). */
    payerCode: string;
    kind: PayerKind;
    /** Coverage priority: 1 primary, 2 secondary, 3 tertiary (SBR01). */
    priority: number;
  };
  subscriber: PersonRef & {
    memberId: string;
    groupNumber?: string | null;
  };
  /**
   * The patient when the patient is not the subscriber (loop 2000C). Null when the patient is the
   * subscriber, or has a member ID of their own, as 5010 prefers.
   */
  patient?: (PersonRef & { relationship: 'SPOUSE' | 'CHILD' | 'OTHER' }) | null;
  /** ICD-10-CM codes, with or without the dot, in position order (1 is the principal). */
  diagnoses: string[];
  lines: ClaimLineExport[];
}

/** One reason a claim cannot be written as an 837. */
export interface ExportIssue {
  code:
    | 'NO_DIAGNOSES'
    | 'TOO_MANY_DIAGNOSES'
    | 'NO_LINES'
    | 'TOO_MANY_LINES'
    | 'POINTER_OUT_OF_RANGE'
    | 'TOO_MANY_POINTERS'
    | 'NO_POINTERS'
    | 'TOO_MANY_MODIFIERS'
    | 'INVALID_MODIFIER'
    | 'CHARGE_MISMATCH'
    | 'INVALID_AMOUNT'
    | 'INVALID_NPI'
    | 'INVALID_TAX_ID'
    | 'MISSING_VALUE'
    | 'INVALID_BILL_TYPE'
    | 'MISSING_REVENUE_CODE'
    | 'MISSING_ATTENDING_PROVIDER'
    | 'INVALID_CODE'
    | 'INVALID_ADDRESS'
    | 'WRONG_CLAIM_TYPE'
    | 'NOT_SUBMITTED'
    | 'NOT_FOUND'
    | 'PART2_CONSENT_MISSING';
  message: string;
}

/** The most diagnoses Parity writes on one claim (837P allows 12; 837I more, but 12 suffice). */
export const maxDiagnoses = 12;
/** The most service lines of one claim: 50 in 837P, 999 in 837I. */
export const maxLines = { PROFESSIONAL: 50, INSTITUTIONAL: 999 } as const;

/**
 * The problems that keep a claim from being written as an 837; empty when there are none.
 *
 * @param claim - the claim as loaded
 */
export function validateClaimExport(claim: ClaimExport): ExportIssue[] {
  const issues: ExportIssue[] = [];
  const add = (code: ExportIssue['code'], message: string) => issues.push({ code, message });
  const pcn = claim.patientControlNumber.trim();
  if (pcn === '' || pcn.length > 20) {
    add('MISSING_VALUE', 'The patient control number (CLM01) must have 1 to 20 characters.');
  }
  if (claim.diagnoses.length === 0) {
    add('NO_DIAGNOSES', 'A claim needs at least one diagnosis.');
  }
  if (claim.diagnoses.length > maxDiagnoses) {
    add('TOO_MANY_DIAGNOSES', `A claim carries at most ${maxDiagnoses} diagnoses; this one has ${claim.diagnoses.length}.`);
  }
  for (const code of claim.diagnoses) {
    if (!/^[A-Z]\d[0-9A-Z]{1,5}$/.test(icd10ForX12(code))) {
      add('INVALID_CODE', `"${code}" is not an ICD-10-CM code.`);
    }
  }
  if (claim.lines.length === 0) {
    add('NO_LINES', 'A claim needs at least one service line.');
  }
  if (claim.lines.length > maxLines[claim.claimType]) {
    add('TOO_MANY_LINES', `A ${claim.claimType.toLowerCase()} claim carries at most ${maxLines[claim.claimType]} lines.`);
  }
  if (!isValidNpi(claim.billingProvider.npi)) {
    add('INVALID_NPI', `The billing provider NPI ${claim.billingProvider.npi} is not valid.`);
  }
  if (!/^\d{9}$/.test(claim.billingProvider.taxId)) {
    add('INVALID_TAX_ID', 'The billing provider tax ID must be nine digits.');
  }
  for (const clinician of [claim.renderingProvider, claim.attendingProvider, ...claim.lines.map((l) => l.renderingProvider)]) {
    if (clinician && !isValidNpi(clinician.npi)) {
      add('INVALID_NPI', `The NPI ${clinician.npi} of ${clinician.firstName} ${clinician.lastName} is not valid.`);
    }
  }
  if (claim.subscriber.memberId.trim() === '') {
    add('MISSING_VALUE', 'The member ID is missing.');
  }
  if (claim.payer.payerCode.trim() === '') {
    add('MISSING_VALUE', 'The payer ID is missing.');
  }
  if (!['1', '7', '8'].includes(claim.frequencyCode)) {
    add('MISSING_VALUE', `Claim frequency ${claim.frequencyCode} is not 1 (original), 7 (replacement) or 8 (void).`);
  }
  if (claim.claimType === 'INSTITUTIONAL' && !/^0?[1-9][1-9][0-9A-Z]$/.test(claim.billType ?? '')) {
    add('INVALID_BILL_TYPE', `An institutional claim needs a type of bill such as 0761 (got "${claim.billType ?? ''}").`);
  }
  if (claim.claimType === 'INSTITUTIONAL' && !claim.attendingProvider) {
    add('MISSING_ATTENDING_PROVIDER', 'An institutional claim needs an attending provider (837I loop 2310A).');
  }
  if (claim.claimType === 'PROFESSIONAL' && !/^\d{2}$/.test(claim.placeOfService)) {
    add('MISSING_VALUE', `The place of service "${claim.placeOfService}" is not a two-digit code.`);
  }
  const addresses: Array<[string, PostalAddress]> = [
    ['billing provider', claim.billingProvider.address],
    ['subscriber', claim.subscriber.address],
    ...(claim.patient ? ([['patient', claim.patient.address]] as Array<[string, PostalAddress]>) : []),
  ];
  for (const [who, a] of addresses) {
    if (!/^\d{5}(\d{4})?$/.test(a.postalCode.replace(/\D/g, '')) || !/^[A-Za-z]{2}$/.test(a.state) || a.line1.trim() === '' || a.city.trim() === '') {
      add('INVALID_ADDRESS', `The ${who} address needs a street line, a city, a two-letter state and a 5- or 9-digit ZIP code.`);
    }
  }
  let lineCents = 0;
  for (const line of claim.lines) {
    const where = `Line ${line.lineNumber}`;
    if (!/^[A-Z0-9]{5}$/.test(line.procedureCode.trim().toUpperCase())) {
      add('INVALID_CODE', `${where}: "${line.procedureCode}" is not a five-character CPT or HCPCS code.`);
    }
    if (line.modifiers.length > 4) {
      add('TOO_MANY_MODIFIERS', `${where} has ${line.modifiers.length} modifiers; at most four fit.`);
    }
    for (const modifier of line.modifiers) {
      if (!/^[0-9A-Z]{2}$/.test(modifier)) {
        add('INVALID_MODIFIER', `${where}: "${modifier}" is not a two-character modifier.`);
      }
    }
    if (line.diagnosisPointers.length > 4) {
      add('TOO_MANY_POINTERS', `${where} points to ${line.diagnosisPointers.length} diagnoses; at most four fit.`);
    }
    if (claim.claimType === 'PROFESSIONAL' && line.diagnosisPointers.length === 0) {
      add('NO_POINTERS', `${where} points to no diagnosis.`);
    }
    for (const pointer of line.diagnosisPointers) {
      if (!Number.isInteger(pointer) || pointer < 1 || pointer > Math.min(claim.diagnoses.length, maxDiagnoses)) {
        add('POINTER_OUT_OF_RANGE', `${where} points to diagnosis ${pointer}, but the claim has ${claim.diagnoses.length}.`);
      }
    }
    if (!Number.isInteger(line.units) || line.units < 1) {
      add('MISSING_VALUE', `${where} must bill at least one whole unit.`);
    }
    if (claim.claimType === 'INSTITUTIONAL' && !/^\d{4}$/.test(line.revenueCode ?? '')) {
      add('MISSING_REVENUE_CODE', `${where} needs a four-digit revenue code on an institutional claim.`);
    }
    try {
      const cents = toCents(line.chargeAmount);
      if (cents < 0) {
        add('INVALID_AMOUNT', `${where} has a negative charge.`);
      }
      lineCents += cents;
    } catch (error) {
      add('INVALID_AMOUNT', `${where}: ${(error as X12FormatError).message}`);
    }
  }
  try {
    const total = toCents(claim.totalCharge);
    if (claim.lines.length > 0 && total !== lineCents) {
      add('CHARGE_MISMATCH', `The total charge ${claim.totalCharge} is not the sum of the line charges.`);
    }
  } catch (error) {
    add('INVALID_AMOUNT', `Total charge: ${(error as X12FormatError).message}`);
  }
  return issues;
}

/**
 * Thrown by the builders when a claim cannot be written; carries every issue found, each with the
 * claim's patient control number as its path. A ValidationError, so GraphQL reports it as typed.
 */
export class ClaimExportError extends ValidationError {
  constructor(
    readonly patientControlNumber: string,
    readonly exportIssues: ExportIssue[],
  ) {
    super(exportIssues.map((i) => ({ path: ['claims', patientControlNumber], code: i.code, message: i.message })));
    this.message = `Claim ${patientControlNumber} cannot be exported: ${exportIssues.map((i) => i.message).join(' ')}`;
    this.name = 'ClaimExportError';
  }
}

/**
 * SBR09 claim filing indicator for a payer kind. Medicare institutional claims go to Part A (MA),
 * professional claims to Part B (MB).
 */
export function claimFilingIndicator(kind: PayerKind, claimType: ClaimExport['claimType']): string {
  switch (kind) {
    case 'MEDICARE':
      return claimType === 'INSTITUTIONAL' ? 'MA' : 'MB';
    case 'MEDICAID':
    case 'MANAGED_MEDICAID':
      return 'MC';
    case 'TRICARE':
      return 'CH';
    case 'COMMERCIAL':
      return 'CI';
  }
}
