// Eligibility: a 270 inquiry (005010X279A1) for a member and behavioral-health service types, and
// a 271 answer read into a plain EligibilityAnswer: covered or not, authorization required,
// sessions left, cost sharing, and the reasons (AAA rejections, inactive or non-covered benefits,
// payer messages). Code meanings are our own short wording of the X12 code lists.

import { NotFoundError, ValidationError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { deriveControlNumber, seg, writeInterchange, type EnvelopeOptions, type SegmentValue } from './envelope.ts';
import { d8, digits, fromCents, fromD8, hhmm, isoDay, text, x12AmountToCents, X12FormatError, type Money } from './format.ts';
import { el, repetitions, transactionsOf, X12ParseError, type ReadDelimiters, type Segment } from './tokenize.ts';

export const eligibilityVersion = '005010X279A1';

/** Service type codes (EQ01, EB03) of behavioral health, with our short wording (DOMAIN.md §11). */
export const behavioralHealthServiceTypes: Readonly<Record<string, string>> = {
  '30': 'Health benefit plan coverage',
  MH: 'Mental health',
  A4: 'Psychiatric',
  A5: 'Psychiatric room and board',
  A6: 'Psychotherapy',
  A7: 'Psychiatric inpatient',
  A8: 'Psychiatric outpatient',
  AI: 'Substance abuse',
  AJ: 'Alcoholism',
  AK: 'Drug addiction',
  BB: 'Partial hospitalization (psychiatric)',
  BC: 'Day care (psychiatric)',
  BD: 'Cognitive therapy',
};

/** The service types to ask about for a level of care (a default; any code may be asked). */
export const serviceTypesForLevelOfCare: Readonly<Record<'OUTPATIENT' | 'IOP' | 'PHP' | 'RESIDENTIAL' | 'DETOX', readonly string[]>> = {
  OUTPATIENT: ['MH', 'A8', 'A6'],
  IOP: ['MH', 'A8'],
  PHP: ['BB', 'MH'],
  RESIDENTIAL: ['A7', 'MH'],
  DETOX: ['AI', 'AK'],
};

/** The default question: the plan, and mental health. */
export const defaultServiceTypes: readonly string[] = ['30', 'MH'];

/** One eligibility question about one member. */
export interface EligibilityInquiry {
  /** TRN02: our reference, echoed by the payer in the 271 (TRN*2). */
  traceNumber: string;
  /** TRN03: ten characters identifying who assigned the trace number ("1" and our tax ID). */
  traceOriginator: string;
  payer: { name: string; payerCode: string };
  /** The provider asking (2100B NM1*1P), by its NPI. */
  provider: { name: string; npi: string };
  subscriber: {
    memberId: string;
    firstName: string;
    lastName: string;
    /** YYYY-MM-DD. */
    dateOfBirth?: string | null;
    sex?: 'FEMALE' | 'MALE' | 'UNKNOWN' | null;
  };
  /** EQ01 service type codes asked about. */
  serviceTypeCodes: readonly string[];
  /** DTP*291: the date of service asked about, YYYY-MM-DD. */
  date: string;
}

/** A benefit line of a 271 (EB and what follows it). */
export interface EligibilityBenefit {
  /** EB01: 1-5 active, 6-8 inactive, A coinsurance, B copay, C deductible, F limitation, I non-covered... */
  code: string;
  meaning: string;
  /** EB02: IND individual, FAM family... */
  coverageLevel: string | null;
  serviceTypeCodes: string[];
  insuranceType: string | null;
  /** EB05 plan coverage description. */
  planDescription: string | null;
  /** EB06: 22 service year, 23 calendar year, 27 visit, 29 remaining, 32 lifetime... */
  timePeriod: string | null;
  amount: Money | null;
  /** EB08: a fraction written as the payer sent it (0.2 for 20 %). */
  percent: string | null;
  /** EB09: VS visits, DY days, HS hours... */
  quantityQualifier: string | null;
  quantity: number | null;
  /** EB11: prior authorization or certification required; null when unknown. */
  authorizationRequired: boolean | null;
  /** EB12: in the plan's network; null when not applicable or unknown. */
  inNetwork: boolean | null;
  /** EB13: the procedure code the benefit is about. */
  procedureCode: string | null;
  /** HSD: how the benefit is delivered (visits per period...), as sent. */
  delivery: Array<{ quantityQualifier: string; quantity: number | null; unit: string | null; periodCount: number | null; period: string | null }>;
  /** MSG free-form text. */
  messages: string[];
}

/** Why the answer is what it is. */
export interface EligibilityReason {
  /** AAA03 reject reason (72, 75...), or INACTIVE, NOT_COVERED, MESSAGE. */
  code: string;
  message: string;
}

/**
 * A 271 read for one member. Its first fields carry the names and meanings of the GraphQL
 * `Eligibility` answer (covered, reasons, serviceDate, memberId, payerCode, payerName, planName,
 * groupNumber, effectiveFrom, effectiveTo); the rest is what only the payer's answer knows.
 */
export interface EligibilityAnswer {
  /** True when the plan is active for the services asked; false when inactive or not covered; null when the answer does not say (or the inquiry was rejected). */
  covered: boolean | null;
  /** Why: COVERAGE_ENDED / COVERAGE_NOT_STARTED (inactive, with dates), INACTIVE, NOT_COVERED, an AAA reject reason (72, 75...), or MESSAGE. */
  reasons: EligibilityReason[];
  /** The date the payer answered for (DTP*307/291 as one date), YYYY-MM-DD; else the date asked about, when given. */
  serviceDate: string | null;
  memberId: string | null;
  payerCode: string | null;
  payerName: string;
  planName: string | null;
  groupNumber: string | null;
  /** First and last day of coverage (DTP*346/347, 356/357, or a 291/307 range). */
  effectiveFrom: string | null;
  effectiveTo: string | null;

  /** TRN02 of our inquiry, echoed (null when the payer did not echo it). */
  traceNumber: string | null;
  provider: { name: string; npi: string | null } | null;
  member: {
    firstName: string;
    lastName: string;
    dateOfBirth: string | null;
    /** SUBSCRIBER (2000C) or DEPENDENT (2000D). */
    level: 'SUBSCRIBER' | 'DEPENDENT';
  };
  /** The service types the answer was judged for. */
  serviceTypeCodes: string[];
  authorizationRequired: boolean | null;
  /** Visits left in the period (EB09 VS with EB06 29), in network when both are given. */
  sessionsLeft: number | null;
  /** Visits allowed per period (EB01 F with EB09 VS), when stated. */
  sessionLimit: { visits: number; period: string | null } | null;
  copay: Money | null;
  /** A fraction (0.2 for 20 %). */
  coinsurance: string | null;
  deductibleRemaining: Money | null;
  /** AAA rejections: the inquiry could not be answered as sent. */
  rejected: boolean;
  benefits: EligibilityBenefit[];
}

/** What read271 judges coverage for. */
export interface Read271Options {
  /** The service types asked about in the 270; the plan and mental health by default. */
  serviceTypeCodes?: readonly string[];
  /** The date of service asked about, YYYY-MM-DD, when the 271 does not state one. */
  serviceDate?: string;
}

const benefitMeanings: Readonly<Record<string, string>> = {
  '1': 'Active coverage',
  '2': 'Active, full risk capitation',
  '3': 'Active, services capitated',
  '4': 'Active, services capitated to primary care provider',
  '5': 'Active, pending investigation',
  '6': 'Inactive',
  '7': 'Inactive, pending eligibility update',
  '8': 'Inactive, pending investigation',
  A: 'Coinsurance',
  B: 'Copayment',
  C: 'Deductible',
  CB: 'Coverage basis',
  D: 'Benefit description',
  E: 'Exclusions',
  F: 'Limitations',
  G: 'Out-of-pocket maximum',
  H: 'Unlimited',
  I: 'Not covered',
  J: 'Cost containment',
  L: 'Primary care provider',
  MC: 'Managed care coordinator',
  N: 'Services restricted to a provider',
  O: 'Not deemed a medical necessity',
  P: 'Benefit disclaimer',
  R: 'Other or additional payer',
  U: 'Contact another entity for benefit information',
  V: 'Cannot process',
  W: 'Other source of data',
  Y: 'Spend down',
};

/** AAA03 reject reasons, in our words. */
export const rejectReasons: Readonly<Record<string, string>> = {
  '04': 'Authorized quantity exceeded',
  '15': 'Required information missing',
  '41': 'Authorization or access restrictions',
  '42': 'The payer cannot answer now',
  '43': 'Provider identification missing or not valid',
  '44': 'Provider name missing or not valid',
  '45': 'Provider specialty missing or not valid',
  '47': 'Provider state missing or not valid',
  '50': 'Provider not eligible to make inquiries',
  '51': 'Provider not on file',
  '52': 'Service dates outside the provider plan enrollment',
  '56': 'Inappropriate date',
  '57': 'Dates of service missing or not valid',
  '58': 'Date of birth missing or not valid',
  '60': 'Date of birth after the dates of service',
  '62': 'Date of service outside the period the payer answers for',
  '63': 'Date of service in the future',
  '64': 'Patient ID missing or not valid',
  '65': 'Patient name missing or not valid',
  '67': 'Patient not found',
  '71': 'Date of birth does not match the payer’s records',
  '72': 'Member ID missing or not valid',
  '73': 'Subscriber name missing or not valid',
  '75': 'Subscriber not found',
  '76': 'Duplicate member ID',
  '77': 'Subscriber found, patient not found',
  '78': 'Subscriber not in the group or plan named',
  '79': 'Participant identification not valid',
  '80': 'No answer received; the inquiry ended',
  '97': 'Provider address missing or not valid',
  T4: 'Payer name or identifier missing',
};

const followUps: Readonly<Record<string, string>> = {
  C: 'correct and resubmit',
  N: 'do not resubmit',
  P: 'resubmit the original inquiry',
  R: 'resubmission allowed',
  S: 'do not resubmit; the payer asked a third party',
  W: 'wait 30 days and resubmit',
  X: 'wait 10 days and resubmit',
  Y: 'do not resubmit; the payer will answer by other means',
};

function checkInquiry(inquiry: EligibilityInquiry, index: number): void {
  const path = ['inquiries', String(index)];
  const problems: Array<{ path: string[]; code: string; message: string }> = [];
  if (text(inquiry.subscriber.memberId, 80) === '') {
    problems.push({ path: [...path, 'memberId'], code: 'MISSING_VALUE', message: 'The member ID is missing.' });
  }
  if (text(inquiry.payer.payerCode, 80) === '') {
    problems.push({ path: [...path, 'payerCode'], code: 'MISSING_VALUE', message: 'The payer ID is missing.' });
  }
  if (!/^\d{10}$/.test(inquiry.provider.npi)) {
    problems.push({ path: [...path, 'npi'], code: 'INVALID_NPI', message: `The provider NPI ${inquiry.provider.npi} is not ten digits.` });
  }
  if (inquiry.serviceTypeCodes.length === 0 || inquiry.serviceTypeCodes.length > 99) {
    problems.push({ path: [...path, 'serviceTypeCodes'], code: 'INVALID_VALUE', message: 'Ask about 1 to 99 service types.' });
  }
  for (const code of inquiry.serviceTypeCodes) {
    if (!/^[0-9A-Z]{1,2}$/.test(code)) {
      problems.push({ path: [...path, 'serviceTypeCodes'], code: 'INVALID_VALUE', message: `"${code}" is not a service type code.` });
    }
  }
  if (!/^[0-9A-Z]{10}$/.test(inquiry.traceOriginator)) {
    problems.push({ path: [...path, 'traceOriginator'], code: 'INVALID_VALUE', message: 'TRN03 must be ten letters or digits ("1" and a tax ID).' });
  }
  if (text(inquiry.traceNumber, 50) === '') {
    problems.push({ path: [...path, 'traceNumber'], code: 'MISSING_VALUE', message: 'The trace number is missing.' });
  }
  if (problems.length > 0) {
    throw new ValidationError(problems);
  }
}

const sexCodes = { FEMALE: 'F', MALE: 'M', UNKNOWN: 'U' } as const;

/**
 * A 270 eligibility inquiry for one or more members, in one transaction set.
 *
 * @param inquiries - the questions
 * @param envelope - sender, receiver, control number and time
 * @param reference - BHT03 (the control number by default)
 * @throws ValidationError when an inquiry lacks what the 270 needs
 */
export function build270(inquiries: EligibilityInquiry[], envelope: EnvelopeOptions, reference?: string): string {
  if (inquiries.length === 0) {
    throw new X12FormatError('A 270 needs at least one inquiry.');
  }
  inquiries.forEach(checkInquiry);
  const segments: SegmentValue[] = [
    seg('BHT', '0022', '13', text(reference ?? String(envelope.controlNumber), 50), d8(envelope.date), hhmm(envelope.time)),
  ];
  let hl = 1;
  let lastPayer = '';
  let lastProvider = '';
  let payerHl = 0;
  let providerHl = 0;
  for (const inquiry of inquiries) {
    if (inquiry.payer.payerCode !== lastPayer) {
      payerHl = hl++;
      lastPayer = inquiry.payer.payerCode;
      lastProvider = '';
      segments.push(seg('HL', payerHl, '', '20', '1'), seg('NM1', 'PR', '2', text(inquiry.payer.name, 60), '', '', '', '', 'PI', text(inquiry.payer.payerCode, 80)));
    }
    if (inquiry.provider.npi !== lastProvider) {
      providerHl = hl++;
      lastProvider = inquiry.provider.npi;
      segments.push(seg('HL', providerHl, payerHl, '21', '1'), seg('NM1', '1P', '2', text(inquiry.provider.name, 60), '', '', '', '', 'XX', inquiry.provider.npi));
    }
    const s = inquiry.subscriber;
    segments.push(
      seg('HL', hl++, providerHl, '22', '0'),
      seg('TRN', '1', text(inquiry.traceNumber, 50), inquiry.traceOriginator),
      seg('NM1', 'IL', '1', text(s.lastName, 60), text(s.firstName, 35), '', '', '', 'MI', text(s.memberId, 80)),
    );
    if (s.dateOfBirth) {
      segments.push(seg('DMG', 'D8', d8(s.dateOfBirth), s.sex ? sexCodes[s.sex] : ''));
    }
    segments.push(seg('DTP', '291', 'D8', d8(inquiry.date)));
    for (const code of inquiry.serviceTypeCodes) {
      segments.push(seg('EQ', code));
    }
  }
  return writeInterchange(envelope, { functionalId: 'HS', setId: '270', version: eligibilityVersion }, [segments]);
}

// ---------------------------------------------------------------------------------------------
// 271
// ---------------------------------------------------------------------------------------------

function yesNo(value: string): boolean | null {
  return value === 'Y' ? true : value === 'N' ? false : null;
}

function number(value: string): number | null {
  if (value === '') {
    return null;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function money(value: string, place: string): Money | null {
  if (value === '') {
    return null;
  }
  try {
    return fromCents(x12AmountToCents(value));
  } catch (error) {
    throw new X12ParseError('INVALID_SEGMENT', `${place}: ${(error as Error).message}`);
  }
}

/** [from, to] of a DTP date or date range (D8 or RD8). */
function dates(segment: Segment): [string | null, string | null] {
  const format = el(segment, 2);
  const value = el(segment, 3);
  if (format === 'RD8') {
    const [from = '', to = ''] = value.split('-');
    return [fromD8(from), fromD8(to)];
  }
  const day = fromD8(value);
  return [day, day];
}

function reject(segment: Segment): EligibilityReason {
  const code = el(segment, 3);
  const followUp = followUps[el(segment, 4)];
  return {
    code,
    message: `${rejectReasons[code] ?? `Rejected (reason ${code || 'not given'})`}${followUp ? `: ${followUp}` : ''}.`,
  };
}

interface Draft {
  answer: EligibilityAnswer;
  inBenefits: boolean;
}

function readBenefit(segment: Segment, delims: ReadDelimiters, place: string): EligibilityBenefit {
  const code = el(segment, 1);
  const [, procedureCode = ''] = el(segment, 13).split(delims.component);
  return {
    code,
    meaning: benefitMeanings[code] ?? `Benefit ${code}`,
    coverageLevel: el(segment, 2) || null,
    serviceTypeCodes: repetitions(segment, 3, delims),
    insuranceType: el(segment, 4) || null,
    planDescription: el(segment, 5) || null,
    timePeriod: el(segment, 6) || null,
    amount: money(el(segment, 7), place),
    percent: el(segment, 8) || null,
    quantityQualifier: el(segment, 9) || null,
    quantity: number(el(segment, 10)),
    authorizationRequired: yesNo(el(segment, 11)),
    inNetwork: yesNo(el(segment, 12)),
    procedureCode: procedureCode || null,
    delivery: [],
    messages: [],
  };
}

const activeCodes = new Set(['1', '2', '3', '4', '5']);
const inactiveCodes = new Set(['6', '7', '8']);

/** Prefers benefits in network (or not saying) over those out of network. */
function preferInNetwork(benefits: EligibilityBenefit[]): EligibilityBenefit[] {
  const inNetwork = benefits.filter((b) => b.inNetwork !== false);
  return inNetwork.length > 0 ? inNetwork : benefits;
}

/** Fills the summary fields of an answer from its benefits, for the service types asked. */
function judge(answer: EligibilityAnswer, asked: readonly string[], sourceRejections: EligibilityReason[], serviceDate: string | null): void {
  const specificCodes = asked.filter((c) => c !== '30');
  const specific = answer.benefits.filter((b) => b.serviceTypeCodes.some((c) => specificCodes.includes(c)));
  const planLevel = answer.benefits.filter((b) => b.serviceTypeCodes.length === 0 || b.serviceTypeCodes.includes('30'));
  const relevant = specific.length > 0 ? specific : planLevel;
  const describe = (b: EligibilityBenefit) => b.serviceTypeCodes.map((c) => behavioralHealthServiceTypes[c] ?? `service type ${c}`).join(', ') || 'the plan';

  answer.reasons.unshift(...sourceRejections);
  answer.rejected = answer.reasons.some((r) => /^[0-9A-Z]{2}$/.test(r.code));
  answer.serviceTypeCodes = [...asked];
  answer.serviceDate ??= serviceDate;
  const day = answer.serviceDate;
  const inactiveCode = () =>
    day && answer.effectiveTo && answer.effectiveTo < day ? 'COVERAGE_ENDED' : day && answer.effectiveFrom && answer.effectiveFrom > day ? 'COVERAGE_NOT_STARTED' : 'INACTIVE';
  const planActive = planLevel.some((b) => activeCodes.has(b.code));
  const planInactive = planLevel.filter((b) => inactiveCodes.has(b.code));
  const notCovered = specific.filter((b) => b.code === 'I');
  for (const b of [...planInactive, ...notCovered]) {
    answer.reasons.push({ code: b.code === 'I' ? 'NOT_COVERED' : inactiveCode(), message: `${b.meaning}: ${describe(b)}.` });
  }
  if (answer.rejected) {
    answer.covered = null;
  } else if (planInactive.length > 0 && !planActive) {
    answer.covered = false;
  } else if (notCovered.length > 0) {
    answer.covered = false;
  } else if (specific.some((b) => activeCodes.has(b.code)) || planActive) {
    answer.covered = true;
  } else {
    answer.covered = null;
  }

  const auth = [...specific, ...(specific.some((b) => b.authorizationRequired !== null) ? [] : planLevel)]
    .map((b) => b.authorizationRequired)
    .filter((v): v is boolean => v !== null);
  answer.authorizationRequired = auth.length === 0 ? null : auth.includes(true);

  const visits = preferInNetwork(relevant.filter((b) => b.quantityQualifier === 'VS' && b.quantity !== null));
  const left = visits.filter((b) => b.timePeriod === '29').map((b) => b.quantity as number);
  answer.sessionsLeft = left.length > 0 ? Math.min(...left) : null;
  const limit = visits.find((b) => b.code === 'F' && b.timePeriod !== '29');
  answer.sessionLimit = limit && limit.quantity !== null ? { visits: limit.quantity, period: limit.timePeriod } : null;

  // Cost sharing of the services asked about, else of the plan.
  const first = (code: string, pick: (b: EligibilityBenefit) => string | null, filter: (b: EligibilityBenefit) => boolean = () => true) => {
    for (const list of [specific, planLevel]) {
      const found = preferInNetwork(list.filter((b) => b.code === code && filter(b) && pick(b) !== null)).map(pick)[0];
      if (found !== undefined) {
        return found;
      }
    }
    return null;
  };
  answer.copay = first('B', (b) => b.amount);
  answer.coinsurance = first('A', (b) => b.percent);
  answer.deductibleRemaining = first('C', (b) => b.amount, (b) => b.timePeriod === '29');
  answer.planName ??= planLevel.map((b) => b.planDescription).find((d) => d !== null) ?? null;
  for (const b of relevant) {
    for (const message of b.messages) {
      answer.reasons.push({ code: 'MESSAGE', message });
    }
  }
}

/**
 * Reads a 271 eligibility answer: one EligibilityAnswer per member (subscriber or dependent).
 *
 * @param input - the 271 text
 * @param options - the service types to judge coverage for (those asked in the 270), and the
 *   date asked about
 * @throws X12ParseError when the text is not a readable 271
 */
export function read271(input: string, options: Read271Options = {}): EligibilityAnswer[] {
  const serviceTypeCodes = options.serviceTypeCodes?.length ? options.serviceTypeCodes : defaultServiceTypes;
  const answers: Array<{ draft: Draft; sourceRejections: EligibilityReason[] }> = [];
  for (const { interchange, transaction } of transactionsOf(input, '271')) {
    const delims = interchange.delimiters;
    let level = '';
    let payer = { name: '', payerCode: null as string | null };
    let provider: EligibilityAnswer['provider'] = null;
    let sourceRejections: EligibilityReason[] = [];
    let current: Draft | null = null;
    let benefit: EligibilityBenefit | null = null;
    let inRelatedEntity = false;
    transaction.segments.forEach((segment, index) => {
      const place = `transaction set ${transaction.controlNumber}, segment ${index + 2} (${segment.tag})`;
      const e = (n: number) => el(segment, n);
      switch (segment.tag) {
        case 'HL':
          level = e(3);
          benefit = null;
          inRelatedEntity = false;
          if (level === '20') {
            payer = { name: '', payerCode: null };
            sourceRejections = [];
          } else if (level === '21') {
            provider = null;
          } else if (level === '22' || level === '23') {
            current = {
              inBenefits: false,
              answer: {
                covered: null,
                reasons: [],
                serviceDate: null,
                memberId: null,
                payerCode: payer.payerCode,
                payerName: payer.name,
                planName: null,
                groupNumber: null,
                effectiveFrom: null,
                effectiveTo: null,
                traceNumber: null,
                provider,
                member: { firstName: '', lastName: '', dateOfBirth: null, level: level === '22' ? 'SUBSCRIBER' : 'DEPENDENT' },
                serviceTypeCodes: [],
                authorizationRequired: null,
                sessionsLeft: null,
                sessionLimit: null,
                copay: null,
                coinsurance: null,
                deductibleRemaining: null,
                rejected: false,
                benefits: [],
              },
            };
            // A dependent's answer inherits the subscriber's trace number and group.
            const subscriber = answers[answers.length - 1]?.draft.answer;
            if (level === '23' && subscriber) {
              current.answer.traceNumber = subscriber.traceNumber;
              current.answer.groupNumber = subscriber.groupNumber;
              current.answer.memberId = subscriber.memberId;
            }
            answers.push({ draft: current, sourceRejections: [...sourceRejections] });
          }
          return;
        case 'NM1': {
          if (inRelatedEntity) {
            return;
          }
          if (level === '20') {
            payer = { name: e(3), payerCode: e(9) || null };
          } else if (level === '21') {
            provider = { name: [e(3), e(4)].filter((v) => v !== '').join(' '), npi: e(8) === 'XX' ? e(9) : null };
          } else if (current && !current.inBenefits) {
            current.answer.member.lastName = e(3);
            current.answer.member.firstName = e(4);
            current.answer.memberId = e(9) || current.answer.memberId;
          }
          return;
        }
        case 'AAA':
          if (el(segment, 1) === 'N' || el(segment, 3) !== '') {
            if (level === '20' || level === '21') {
              sourceRejections.push(reject(segment));
            } else if (current) {
              current.answer.reasons.push(reject(segment));
            }
          }
          return;
        case 'TRN':
          if (current && (e(1) === '2' || current.answer.traceNumber === null)) {
            current.answer.traceNumber = e(2);
          }
          return;
        case 'REF':
          if (current && !current.inBenefits && (e(1) === '6P' || e(1) === '1L')) {
            current.answer.groupNumber = e(2);
            if (e(3) !== '') {
              current.answer.planName = e(3);
            }
          }
          return;
        case 'DMG':
          if (current && !current.inBenefits && e(1) === 'D8') {
            current.answer.member.dateOfBirth = fromD8(e(2));
          }
          return;
        case 'DTP':
          if (current && !current.inBenefits) {
            const [from, to] = dates(segment);
            const q = e(1);
            const range = e(2) === 'RD8';
            if (q === '346' || q === '356') {
              current.answer.effectiveFrom = from;
            } else if (q === '347' || q === '357') {
              current.answer.effectiveTo = to;
            } else if ((q === '291' || q === '307') && range) {
              current.answer.effectiveFrom = from;
              current.answer.effectiveTo = to;
            } else if (q === '291' || q === '307' || q === '472') {
              current.answer.serviceDate = from;
            }
          }
          return;
        case 'EB':
          if (current) {
            current.inBenefits = true;
            inRelatedEntity = false;
            benefit = readBenefit(segment, delims, place);
            current.answer.benefits.push(benefit);
          }
          return;
        case 'HSD': {
          const b = benefit as EligibilityBenefit | null;
          if (b) {
            b.delivery.push({
              quantityQualifier: e(1),
              quantity: number(e(2)),
              unit: e(3) || null,
              periodCount: number(e(6)),
              period: e(5) || null,
            });
            if (b.quantity === null && e(1) === 'VS') {
              b.quantityQualifier = 'VS';
              b.quantity = number(e(2));
              b.timePeriod ??= e(5) || null;
            }
          }
          return;
        }
        case 'MSG': {
          const b = benefit as EligibilityBenefit | null;
          if (b && e(1) !== '') {
            b.messages.push(e(1));
          }
          return;
        }
        case 'LS':
          inRelatedEntity = true;
          return;
        case 'LE':
          inRelatedEntity = false;
          return;
        default:
          return;
      }
    });
  }
  if (answers.length === 0) {
    throw new X12ParseError('INVALID_SEGMENT', 'The 271 answers for no member (no subscriber or dependent level).');
  }
  return answers.map(({ draft, sourceRejections }) => {
    judge(draft.answer, serviceTypeCodes, sourceRejections, options.serviceDate ?? null);
    return draft.answer;
  });
}

// ---------------------------------------------------------------------------------------------
// From the database
// ---------------------------------------------------------------------------------------------

/** Which member to ask about: a coverage by ID, or a payer and member ID. */
export interface EligibilityRequestInput {
  organizationId: string;
  coverageId?: string;
  payerCode?: string;
  memberId?: string;
  /** The service types to ask about; by default those of the level of care, else the plan and mental health. */
  serviceTypeCodes?: string[];
  levelOfCare?: keyof typeof serviceTypesForLevelOfCare;
  /** The date of service asked about, YYYY-MM-DD (the day of `now` by default). */
  date?: string;
  /** The location (by NPI) asking; the organization's first location by default. */
  providerNpi?: string;
  /** TRN02; derived from the coverage and date by default. */
  traceNumber?: string;
}

/**
 * The inquiry for one member's coverage, loaded from the database.
 *
 * @throws NotFoundError when no such coverage (or location) belongs to the organization
 * @throws ValidationError when neither a coverage nor a payer and member ID is given
 */
export async function eligibilityInquiryFor(prisma: PrismaClient, input: EligibilityRequestInput, now: Date = new Date()): Promise<EligibilityInquiry> {
  if (!input.coverageId && !(input.payerCode && input.memberId)) {
    throw ValidationError.of(['coverageId'], 'MISSING_VALUE', 'Say whose eligibility to ask about: a coverage, or a payer code and member ID.');
  }
  const coverage = await prisma.coverage.findFirst({
    where: {
      organizationId: input.organizationId,
      ...(input.coverageId ? { id: input.coverageId } : { memberId: input.memberId, payer: { payerCode: input.payerCode } }),
    },
    include: { patient: true, payer: true },
    orderBy: [{ priority: 'asc' }, { effectiveFrom: 'desc' }],
  });
  if (!coverage) {
    throw new NotFoundError('Coverage', [input.coverageId ? 'coverageId' : 'memberId']);
  }
  const location = await prisma.location.findFirst({
    where: { organizationId: input.organizationId, ...(input.providerNpi ? { npi: input.providerNpi } : {}) },
    include: { organization: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!location) {
    throw new NotFoundError('Location', ['providerNpi']);
  }
  const date = input.date ?? isoDay(now);
  const codes = input.serviceTypeCodes?.length
    ? input.serviceTypeCodes
    : input.levelOfCare
      ? [...serviceTypesForLevelOfCare[input.levelOfCare]]
      : [...defaultServiceTypes];
  return {
    traceNumber: input.traceNumber ?? `${deriveControlNumber(coverage.id, date, now.toISOString())}`,
    traceOriginator: `1${digits(location.taxId).padStart(9, '0').slice(-9)}`,
    payer: { name: coverage.payer.name, payerCode: coverage.payer.payerCode },
    provider: { name: location.organization.name, npi: location.npi },
    subscriber: {
      memberId: coverage.memberId,
      firstName: coverage.patient.firstName,
      lastName: coverage.patient.lastName,
      dateOfBirth: isoDay(coverage.patient.dateOfBirth),
      sex: coverage.patient.sex,
    },
    serviceTypeCodes: codes,
    date,
  };
}

/**
 * A 270 for one member's coverage, ready to send, and the inquiry it asks (keep its trace number
 * to match the 271).
 *
 * @param prisma - the database
 * @param input - whose eligibility, for which services, on which date
 * @param envelope - ISA/GS parties and control number; the payer and the organization's tax ID by default
 */
export async function eligibilityRequest(
  prisma: PrismaClient,
  input: EligibilityRequestInput,
  envelope: Partial<Omit<EnvelopeOptions, 'date' | 'time'>> & { now?: Date } = {},
): Promise<{ inquiry: EligibilityInquiry; text: string; controlNumber: number }> {
  const now = envelope.now ?? new Date();
  const inquiry = await eligibilityInquiryFor(prisma, input, now);
  const iso = now.toISOString();
  const controlNumber = envelope.controlNumber ?? deriveControlNumber('270', inquiry.traceNumber, iso);
  const text = build270([inquiry], {
    ...envelope,
    senderId: envelope.senderId ?? inquiry.traceOriginator.slice(1),
    receiverId: envelope.receiverId ?? inquiry.payer.payerCode,
    controlNumber,
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
  });
  return { inquiry, text, controlNumber };
}
