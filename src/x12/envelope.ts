// Writing X12: segments as plain values, and the ISA/GS/ST envelope around them. node-x12 does
// the serialization (delimiters, ISA padding, and the SE/GE/IEA trailers with their counts and
// control numbers); the loops inside each transaction are ours.

import { createHash } from 'node:crypto';
import { X12Interchange, X12SerializationOptions } from 'node-x12';
import { d8, hhmm, text, X12FormatError } from './format.ts';

/** The delimiters Parity writes: the common ones of 5010 health care transactions. */
export const delimiters = { element: '*', component: ':', repetition: '^', segment: '~' } as const;

/** One segment: its tag and its elements in order (elements[0] is XX01). */
export interface SegmentValue {
  tag: string;
  elements: string[];
}

/**
 * A segment, with trailing empty elements removed (X12 forbids trailing delimiters).
 *
 * @param tag - the segment ID (NM1, CLM...)
 * @param elements - element values; null and undefined are empty
 */
export function seg(tag: string, ...elements: Array<string | number | null | undefined>): SegmentValue {
  const values = elements.map((v) => (v === null || v === undefined ? '' : String(v)));
  while (values.length > 0 && values[values.length - 1] === '') {
    values.pop();
  }
  return { tag, elements: values };
}

/** A composite element (HC:90837:95), with trailing empty components removed. */
export function composite(...parts: Array<string | number | null | undefined>): string {
  const values = parts.map((v) => (v === null || v === undefined ? '' : String(v)));
  while (values.length > 0 && values[values.length - 1] === '') {
    values.pop();
  }
  return values.join(delimiters.component);
}

/** Who sends and receives an interchange, its control number, and when it was made. */
export interface EnvelopeOptions {
  /** ISA06 interchange sender ID (up to 15 characters); also GS02 unless given. */
  senderId: string;
  /** ISA05 qualifier of the sender ID (ZZ mutually defined by default; 30 federal tax ID...). */
  senderQualifier?: string;
  /** ISA08 interchange receiver ID; also GS03 unless given. */
  receiverId: string;
  receiverQualifier?: string;
  /** GS02 application sender's code, when it differs from the ISA sender ID. */
  applicationSenderCode?: string;
  /** GS03 application receiver's code, when it differs from the ISA receiver ID. */
  applicationReceiverCode?: string;
  /**
   * Interchange control number (ISA13, 1 to 999999999); also the group control number (GS06).
   * Transaction sets are numbered 0001, 0002... within the group (ST02).
   */
  controlNumber: number;
  /** Creation date, YYYY-MM-DD (ISA09, GS04, BHT04). */
  date: string;
  /** Creation time, HH:MM (ISA10, GS05, BHT05). */
  time: string;
  /** ISA15: P production (default) or T test. */
  usage?: 'P' | 'T';
  /** ISA14: whether a TA1 interchange acknowledgment is requested. */
  acknowledgmentRequested?: boolean;
  /** Put a line break after each segment terminator (default true; easier to read and diff). */
  lineBreaks?: boolean;
}

/** The functional group and transaction set of one kind of document. */
export interface TransactionKind {
  /** GS01 functional identifier code: HC claims, HS eligibility inquiry, HP payment advice, HB eligibility answer. */
  functionalId: 'HC' | 'HS' | 'HB' | 'HP';
  /** ST01 transaction set identifier. */
  setId: '837' | '270' | '271' | '835';
  /** GS08 and ST03 implementation convention reference (005010X222A1...). */
  version: string;
}

/**
 * A control number derived from inputs, for callers that do not keep a counter: the same inputs
 * always give the same number, from 1 to 999999999.
 *
 * @param parts - what identifies the document (claim ids, a date...)
 */
export function deriveControlNumber(...parts: string[]): number {
  const digest = createHash('sha256').update(parts.join('\u001f')).digest();
  return (digest.readUInt32BE(0) % 999_999_999) + 1;
}

/** ST02 of the n-th transaction set (1-based) in a group. */
export function transactionControlNumber(index: number): string {
  return String(index).padStart(4, '0');
}

function identifier(value: string, name: string, maxLength: number): string {
  const clean = text(value, 80);
  if (clean.length < 2 || clean.length > maxLength) {
    throw new X12FormatError(`${name} must be 2 to ${maxLength} characters without X12 delimiters (got "${value}").`);
  }
  return clean;
}

/**
 * Serializes transaction sets inside one interchange and one functional group.
 *
 * @param envelope - sender, receiver, control number, date and time
 * @param kind - the functional group and transaction set identifiers
 * @param transactions - the body segments of each transaction set (between ST and SE)
 * @returns the X12 text
 */
export function writeInterchange(envelope: EnvelopeOptions, kind: TransactionKind, transactions: SegmentValue[][]): string {
  const { controlNumber } = envelope;
  if (!Number.isInteger(controlNumber) || controlNumber < 1 || controlNumber > 999_999_999) {
    throw new X12FormatError(`The control number must be a whole number from 1 to 999999999 (got ${controlNumber}).`);
  }
  if (transactions.length === 0) {
    throw new X12FormatError('An interchange needs at least one transaction set.');
  }
  const senderId = identifier(envelope.senderId, 'The sender ID', 15);
  const receiverId = identifier(envelope.receiverId, 'The receiver ID', 15);
  const date = d8(envelope.date);
  const time = hhmm(envelope.time);
  const options = new X12SerializationOptions({
    elementDelimiter: delimiters.element,
    segmentTerminator: delimiters.segment,
    subElementDelimiter: delimiters.component,
    repetitionDelimiter: delimiters.repetition,
    endOfLine: '\n',
    format: envelope.lineBreaks ?? true,
  });
  // node-x12 checks element lengths as it builds; its errors become ours (nothing is half-written).
  let output: string;
  try {
    const interchange = new X12Interchange(options);
    // node-x12 pads ISA elements to their fixed widths.
    interchange.setHeader([
      '00',
      '',
      '00',
      '',
      envelope.senderQualifier ?? 'ZZ',
      senderId,
      envelope.receiverQualifier ?? 'ZZ',
      receiverId,
      date.slice(2),
      time,
      delimiters.repetition,
      '00501',
      String(controlNumber).padStart(9, '0'),
      envelope.acknowledgmentRequested ? '1' : '0',
      envelope.usage ?? 'P',
      delimiters.component,
    ]);
    const group = interchange.addFunctionalGroup();
    group.setHeader([
      kind.functionalId,
      identifier(envelope.applicationSenderCode ?? senderId, 'The application sender code', 15),
      identifier(envelope.applicationReceiverCode ?? receiverId, 'The application receiver code', 15),
      date,
      time,
      String(controlNumber),
      'X',
      kind.version,
    ]);
    transactions.forEach((segments, index) => {
      const transaction = group.addTransaction();
      transaction.setHeader([kind.setId, transactionControlNumber(index + 1), kind.version]);
      for (const segment of segments) {
        transaction.addSegment(segment.tag, segment.elements);
      }
    });
    output = interchange.toString();
  } catch (error) {
    if (error instanceof X12FormatError) {
      throw error;
    }
    throw new X12FormatError(`The interchange cannot be written: ${(error as Error).message}`);
  }
  return envelope.lineBreaks === false ? output : `${output}\n`;
}
