// Reading an 835 health care claim payment/advice (005010X221A1) into plain values: one payment
// per transaction set (BPR, TRN, payer 1000A, payee 1000B), its claims (2100 CLP, with CAS,
// NM1*QC, MOA/MIA remark codes, DTM), their service lines (2110 SVC, with DTM, CAS, REF*6R,
// AMT*B6, LQ*HE) and provider-level adjustments (PLB). Money is integer cents. Pure: no I/O.
//
// The guide's balancing rules are checked and reported per claim, not thrown: a payer's
// arithmetic error should stop that claim's posting, not the whole file's.

import { components, el, transactionsOf, X12ParseError, type ReadDelimiters, type Segment } from './tokenize.ts';
import { fromCents, fromD8, x12AmountToCents, X12FormatError } from './format.ts';

export type AdjustmentGroupCode = 'CO' | 'PR' | 'OA' | 'PI';
const groupCodes: readonly string[] = ['CO', 'PR', 'OA', 'PI'];

/** One CAS triplet: group, claim adjustment reason code, amount (cents), quantity. */
export interface Adjustment835 {
  group: AdjustmentGroupCode;
  reasonCode: string;
  amountCents: number;
  quantity: number | null;
}

/** A 2110 service payment (SVC loop). */
export interface ServicePayment835 {
  /** SVC01-1: HC (CPT/HCPCS), NU (revenue code)... */
  qualifier: string;
  /** SVC01-2: the code adjudicated. */
  procedureCode: string;
  /** SVC01-3 to SVC01-6. */
  modifiers: string[];
  chargeCents: number;
  paidCents: number;
  /** SVC04, the revenue code of an institutional line. */
  revenueCode: string | null;
  /** SVC05 units paid (1 when absent). */
  units: number;
  /** SVC06: the code as submitted, when the payer adjudicated another one. */
  submittedProcedureCode: string | null;
  /** DTM*472 (or DTM*150 when a range is given). */
  serviceDate: string | null;
  /** REF*6R: the line item control number we sent (our line number). */
  lineControlNumber: string | null;
  /** AMT*B6 allowed amount. */
  allowedCents: number | null;
  adjustments: Adjustment835[];
  /** LQ*HE remittance advice remark codes. */
  remarkCodes: string[];
}

/** A 2100 claim payment (CLP loop). */
export interface ClaimPayment835 {
  /** CLP01: our patient control number (CLM01 of the 837). */
  patientControlNumber: string;
  /** CLP02: 1, 2, 3 processed; 4 denied; 19-21 processed and forwarded; 22 reversal; 23 not our claim; 25 predetermination. */
  statusCode: string;
  chargeCents: number;
  paidCents: number;
  /** CLP05 (0 when absent). */
  patientResponsibilityCents: number;
  /** CLP06 claim filing indicator. */
  filingIndicator: string;
  /** CLP07: the payer's claim control number. */
  payerClaimControlNumber: string;
  /** CLP08 facility type code, CLP09 frequency code. */
  facilityCode: string | null;
  frequencyCode: string | null;
  patient: { lastName: string; firstName: string; memberId: string } | null;
  /** Claim-level CAS. */
  adjustments: Adjustment835[];
  /** MOA03-07 (outpatient) and MIA05, MIA20-23 (inpatient) remark codes. */
  remarkCodes: string[];
  /** DTM*232 and DTM*233. */
  statementFrom: string | null;
  statementTo: string | null;
  lines: ServicePayment835[];
  /** Where the claim sits in the file: transaction set control number and CLP ordinal (1-based). */
  position: { transaction: string; ordinal: number };
}

/** A PLB provider-level adjustment (interest, forwarding balance, recoupment...). */
export interface ProviderAdjustment835 {
  providerId: string;
  /** PLB02 fiscal period date. */
  date: string | null;
  /** PLB03-1 adjustment reason code (L6 interest, WO overpayment recovery, FB forwarding balance...). */
  reasonCode: string;
  /** PLB03-2 reference (often the claim control number it concerns). */
  reference: string | null;
  /** Positive reduces the payment; negative increases it. */
  amountCents: number;
}

/** One 835 transaction set: one payment (or remittance notice) from one payer to one payee. */
export interface Payment835 {
  /** ST02. */
  transactionControlNumber: string;
  /** BPR01: C payment with remittance, D payment only, H notification, I remittance information only, P prenotification... */
  handlingCode: string;
  totalPaidCents: number;
  /** BPR03: C credit, D debit. */
  creditDebit: string;
  /** BPR04: ACH, CHK, BOP, FWT, NON. */
  paymentMethod: string;
  /** BPR16: the check issue or EFT effective date. */
  paymentDate: string | null;
  /** TRN02: the check or EFT trace number. */
  traceNumber: string;
  /** TRN03: the payer's identifier (1 followed by its tax ID, usually). */
  originatorId: string | null;
  /** DTM*405 production date. */
  productionDate: string | null;
  payer: {
    name: string;
    /** The payer's identification: REF*2U, or N1*PR N104 with XV. */
    payerId: string | null;
  };
  payee: { name: string; npi: string | null; taxId: string | null };
  claims: ClaimPayment835[];
  providerAdjustments: ProviderAdjustment835[];
  /** Balancing problems of the whole payment (BPR02 against the claims and PLB). */
  warnings: string[];
}

/** A balancing problem of one claim: it is not posted. */
export interface BalanceProblem {
  message: string;
}

function where(transaction: string, segment: Segment, ordinal: number): string {
  return `transaction set ${transaction}, segment ${ordinal} (${segment.tag})`;
}

function cents(value: string, place: string): number {
  try {
    return x12AmountToCents(value);
  } catch (error) {
    throw new X12ParseError('INVALID_SEGMENT', `${place}: ${(error as X12FormatError).message}`);
  }
}

function optionalCents(value: string, place: string): number | null {
  return value === '' ? null : cents(value, place);
}

function date(value: string, place: string): string {
  const result = fromD8(value);
  if (!result) {
    throw new X12ParseError('INVALID_SEGMENT', `${place}: "${value}" is not a date written CCYYMMDD.`);
  }
  return result;
}

function quantity(value: string, place: string): number | null {
  if (value === '') {
    return null;
  }
  const n = Number(value);
  if (!Number.isFinite(n)) {
    throw new X12ParseError('INVALID_SEGMENT', `${place}: "${value}" is not a quantity.`);
  }
  return Math.round(n);
}

/** The CAS triplets of one segment (up to six: CAS02-04, CAS05-07, ... CAS17-19). */
function adjustments(segment: Segment, place: string): Adjustment835[] {
  const group = el(segment, 1);
  if (!groupCodes.includes(group)) {
    throw new X12ParseError(
      'INVALID_SEGMENT',
      `${place}: "${group}" is not a 5010 claim adjustment group code (CO, PR, OA, PI; CR was retired in 5010).`,
    );
  }
  const result: Adjustment835[] = [];
  for (let i = 2; i <= 17; i += 3) {
    const reason = el(segment, i);
    if (reason === '') {
      continue;
    }
    result.push({
      group: group as AdjustmentGroupCode,
      reasonCode: reason,
      amountCents: cents(el(segment, i + 1), place),
      quantity: quantity(el(segment, i + 2), place),
    });
  }
  if (result.length === 0) {
    throw new X12ParseError('INVALID_SEGMENT', `${place}: a CAS segment needs at least one reason code and amount.`);
  }
  return result;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * The balancing problems of one claim payment (835 guide, section 1.10.2): each line's charge less
 * its adjustments is its payment, and the claim's charge less all its adjustments is its payment.
 */
export function balanceProblems(claim: ClaimPayment835): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  for (const [index, line] of claim.lines.entries()) {
    const adjusted = line.chargeCents - sum(line.adjustments.map((a) => a.amountCents));
    if (adjusted !== line.paidCents) {
      problems.push({
        message: `Service line ${index + 1} (${line.procedureCode}) does not balance: charge ${fromCents(line.chargeCents)} less adjustments is ${fromCents(adjusted)}, but ${fromCents(line.paidCents)} was paid.`,
      });
    }
  }
  const allAdjustments = [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)];
  const adjusted = claim.chargeCents - sum(allAdjustments.map((a) => a.amountCents));
  if (adjusted !== claim.paidCents) {
    problems.push({
      message: `The claim does not balance: charge ${fromCents(claim.chargeCents)} less adjustments is ${fromCents(adjusted)}, but ${fromCents(claim.paidCents)} was paid.`,
    });
  }
  return problems;
}

function procedure(segment: Segment, position: number, delims: ReadDelimiters): { qualifier: string; code: string; modifiers: string[] } {
  const [qualifier = '', code = '', ...rest] = components(segment, position, delims);
  return { qualifier, code: code.trim().toUpperCase(), modifiers: rest.slice(0, 4).filter((m) => m !== '').map((m) => m.toUpperCase()) };
}

function parseTransaction(segments: Segment[], controlNumber: string, delims: ReadDelimiters): Payment835 {
  let bpr: Segment | undefined;
  let trn: Segment | undefined;
  let productionDate: string | null = null;
  let section: 'header' | 'payer' | 'payee' | 'detail' = 'header';
  const payer = { name: '', payerId: null as string | null };
  const payee = { name: '', npi: null as string | null, taxId: null as string | null };
  let sawPayer = false;
  let sawPayee = false;
  const claims: ClaimPayment835[] = [];
  const providerAdjustments: ProviderAdjustment835[] = [];
  let claim: ClaimPayment835 | null = null;
  let line: ServicePayment835 | null = null;

  segments.forEach((segment, index) => {
    const place = where(controlNumber, segment, index + 2);
    const e = (n: number) => el(segment, n);
    switch (segment.tag) {
      case 'BPR':
        bpr = segment;
        return;
      case 'TRN':
        trn = segment;
        return;
      case 'DTM':
        if (section === 'header' && e(1) === '405') {
          productionDate = date(e(2), place);
        } else if (line) {
          if (e(1) === '472' || (e(1) === '150' && line.serviceDate === null)) {
            line.serviceDate = date(e(2), place);
          }
        } else if (claim) {
          if (e(1) === '232') {
            claim.statementFrom = date(e(2), place);
          } else if (e(1) === '233') {
            claim.statementTo = date(e(2), place);
          }
        }
        return;
      case 'N1':
        if (e(1) === 'PR') {
          section = 'payer';
          sawPayer = true;
          payer.name = e(2);
          if (e(3) === 'XV' && e(4) !== '') {
            payer.payerId = e(4);
          }
        } else if (e(1) === 'PE') {
          section = 'payee';
          sawPayee = true;
          payee.name = e(2);
          if (e(3) === 'XX') {
            payee.npi = e(4);
          } else if (e(3) === 'FI') {
            payee.taxId = e(4);
          }
        }
        return;
      case 'REF':
        if (section === 'payer' && e(1) === '2U') {
          payer.payerId = e(2);
        } else if (section === 'payee' && e(1) === 'TJ') {
          payee.taxId = e(2);
        } else if (line && e(1) === '6R') {
          line.lineControlNumber = e(2);
        }
        return;
      case 'LX':
        section = 'detail';
        return;
      case 'CLP': {
        section = 'detail';
        line = null;
        const pcn = e(1);
        const status = e(2);
        if (pcn === '' || status === '' || e(3) === '' || e(4) === '') {
          throw new X12ParseError('INVALID_SEGMENT', `${place}: CLP01 to CLP04 are required.`);
        }
        if (e(7) === '') {
          throw new X12ParseError('INVALID_SEGMENT', `${place}: CLP07 (the payer claim control number) is required.`);
        }
        claim = {
          patientControlNumber: pcn,
          statusCode: status,
          chargeCents: cents(e(3), place),
          paidCents: cents(e(4), place),
          patientResponsibilityCents: optionalCents(e(5), place) ?? 0,
          filingIndicator: e(6),
          payerClaimControlNumber: e(7),
          facilityCode: e(8) || null,
          frequencyCode: e(9) || null,
          patient: null,
          adjustments: [],
          remarkCodes: [],
          statementFrom: null,
          statementTo: null,
          lines: [],
          position: { transaction: controlNumber, ordinal: claims.length + 1 },
        };
        claims.push(claim);
        return;
      }
      case 'CAS':
        if (line) {
          line.adjustments.push(...adjustments(segment, place));
        } else if (claim) {
          claim.adjustments.push(...adjustments(segment, place));
        } else {
          throw new X12ParseError('INVALID_SEGMENT', `${place}: CAS outside a claim.`);
        }
        return;
      case 'NM1':
        if (claim && !line && e(1) === 'QC') {
          claim.patient = { lastName: e(3), firstName: e(4), memberId: e(9) };
        }
        return;
      case 'MOA':
        if (claim) {
          claim.remarkCodes.push(...[3, 4, 5, 6, 7].map(e).filter((c) => c !== ''));
        }
        return;
      case 'MIA':
        if (claim) {
          claim.remarkCodes.push(...[5, 20, 21, 22, 23].map(e).filter((c) => c !== ''));
        }
        return;
      case 'SVC': {
        if (!claim) {
          throw new X12ParseError('INVALID_SEGMENT', `${place}: SVC outside a claim.`);
        }
        const adjudicated = procedure(segment, 1, delims);
        const submitted = e(6) === '' ? null : procedure(segment, 6, delims);
        if (adjudicated.code === '' || e(2) === '' || e(3) === '') {
          throw new X12ParseError('INVALID_SEGMENT', `${place}: SVC01 to SVC03 are required.`);
        }
        line = {
          qualifier: adjudicated.qualifier,
          procedureCode: adjudicated.code,
          modifiers: adjudicated.modifiers,
          chargeCents: cents(e(2), place),
          paidCents: cents(e(3), place),
          revenueCode: e(4) || null,
          units: quantity(e(5), place) ?? 1,
          submittedProcedureCode: submitted?.code || null,
          serviceDate: null,
          lineControlNumber: null,
          allowedCents: null,
          adjustments: [],
          remarkCodes: [],
        };
        claim.lines.push(line);
        return;
      }
      case 'AMT':
        if (line && e(1) === 'B6') {
          line.allowedCents = cents(e(2), place);
        }
        return;
      case 'LQ':
        if (line && e(1) === 'HE' && e(2) !== '') {
          line.remarkCodes.push(e(2));
        }
        return;
      case 'PLB': {
        claim = null;
        line = null;
        for (let i = 3; i <= 13; i += 2) {
          if (e(i) === '') {
            continue;
          }
          const [reasonCode = '', reference = ''] = components(segment, i, delims);
          providerAdjustments.push({
            providerId: e(1),
            date: fromD8(e(2)),
            reasonCode,
            reference: reference || null,
            amountCents: cents(e(i + 1), place),
          });
        }
        return;
      }
      default:
        return;
    }
  });

  const header = bpr as Segment | undefined;
  const trace = trn as Segment | undefined;
  if (!header || !trace) {
    throw new X12ParseError('INVALID_SEGMENT', `Transaction set ${controlNumber}: an 835 needs its BPR and TRN segments.`);
  }
  if (!sawPayer || !sawPayee) {
    throw new X12ParseError('INVALID_SEGMENT', `Transaction set ${controlNumber}: an 835 needs its payer (N1*PR) and payee (N1*PE) loops.`);
  }
  const bprPlace = `transaction set ${controlNumber}, BPR`;
  const totalPaidCents = cents(el(header, 2), bprPlace);
  const paymentDate = el(header, 16) === '' ? null : date(el(header, 16), bprPlace);
  const warnings: string[] = [];
  const expected = sum(claims.map((c) => c.paidCents)) - sum(providerAdjustments.map((a) => a.amountCents));
  const signed = el(header, 3) === 'D' ? -totalPaidCents : totalPaidCents;
  if (expected !== signed) {
    warnings.push(
      `Payment ${el(trace, 2)} does not balance: BPR02 is ${fromCents(totalPaidCents)}, but the claims less provider adjustments come to ${fromCents(expected)}.`,
    );
  }
  if (el(trace, 2) === '') {
    throw new X12ParseError('INVALID_SEGMENT', `Transaction set ${controlNumber}: TRN02 (the check or EFT trace number) is required.`);
  }
  return {
    transactionControlNumber: controlNumber,
    handlingCode: el(header, 1),
    totalPaidCents,
    creditDebit: el(header, 3),
    paymentMethod: el(header, 4),
    paymentDate,
    traceNumber: el(trace, 2),
    originatorId: el(trace, 3) || null,
    productionDate,
    payer,
    payee,
    claims,
    providerAdjustments,
    warnings,
  };
}

/**
 * Reads every 835 transaction set of a document.
 *
 * @param input - the X12 text (one or more interchanges)
 * @throws X12ParseError when the text is not well-formed X12, holds something other than 835s,
 *   or a segment the posting needs is missing or unreadable (an amount, a date, a group code)
 */
export function parse835(input: string): Payment835[] {
  return transactionsOf(input, '835').map(({ interchange, transaction }) =>
    parseTransaction(transaction.segments, transaction.controlNumber, interchange.delimiters),
  );
}
