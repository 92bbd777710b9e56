// Reading X12: node-x12 tokenizes the text and checks the envelope (segment counts in SE, control
// numbers of SE/GE/IEA against ST/GS/ISA); this module turns its object model into plain values
// the transaction parsers walk.

import { X12FatInterchange, X12Interchange, X12Parser, type X12Segment } from 'node-x12';
import { ValidationError } from '../errors.ts';

/** One segment read from a document: elements[0] is XX01. Composites stay joined. */
export interface Segment {
  tag: string;
  elements: string[];
}

export interface ReadDelimiters {
  element: string;
  component: string;
  repetition: string;
}

export interface ReadTransaction {
  /** ST01 (837, 835, 271...). */
  setId: string;
  /** ST02. */
  controlNumber: string;
  /** ST03, when sent. */
  version: string;
  /** The segments between ST and SE. */
  segments: Segment[];
}

export interface ReadGroup {
  functionalId: string;
  senderCode: string;
  receiverCode: string;
  date: string;
  time: string;
  controlNumber: string;
  version: string;
  transactions: ReadTransaction[];
}

export interface ReadInterchange {
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** ISA09, YYMMDD. */
  date: string;
  time: string;
  controlNumber: string;
  usage: string;
  delimiters: ReadDelimiters;
  groups: ReadGroup[];
}

/**
 * Thrown when a document is not well-formed X12, is not the transaction expected, or breaks the
 * implementation guide in a way that keeps it from being read. Nothing is written when it is
 * thrown. A ValidationError, so the GraphQL layer reports it as a typed error.
 */
export class X12ParseError extends ValidationError {
  constructor(
    readonly reason: 'MALFORMED_X12' | 'UNEXPECTED_TRANSACTION' | 'INVALID_SEGMENT',
    message: string,
  ) {
    super([{ path: ['document'], code: reason, message }]);
    this.name = 'X12ParseError';
  }
}

function values(segment: X12Segment): string[] {
  return segment.elements.map((e) => e.value.trim());
}

function element(segment: X12Segment | undefined, position: number): string {
  return segment?.elements[position - 1]?.value.trim() ?? '';
}

function malformed(message: string): X12ParseError {
  return new X12ParseError('MALFORMED_X12', `Not well-formed X12: ${message}`);
}

/**
 * Splits an X12 document into interchanges, groups, transactions and segments. Several
 * interchanges in one file (a "fat" file) are all read.
 *
 * @param input - the X12 text
 * @throws X12ParseError when the text is not well-formed X12 (bad counts or control numbers too)
 */
export function tokenize(input: string): ReadInterchange[] {
  const textIn = input.replace(/^\uFEFF/, '').trimStart();
  let parsed: X12Interchange | X12FatInterchange;
  try {
    parsed = new X12Parser(true).parse(textIn);
  } catch (error) {
    throw malformed((error as Error).message);
  }
  const interchanges = parsed instanceof X12FatInterchange ? parsed.interchanges : [parsed];
  return interchanges.map((interchange) => {
    // node-x12 checks the trailers it finds; a document cut short has none, so check they exist.
    const header = interchange.header;
    const controlNumber = element(header, 13);
    if (!interchange.trailer) {
      throw malformed(`the interchange ${controlNumber} has no IEA trailer (is the file complete?).`);
    }
    if (element(interchange.trailer, 2) !== controlNumber) {
      throw malformed(`IEA02 (${element(interchange.trailer, 2)}) does not match ISA13 (${controlNumber}).`);
    }
    if (element(interchange.trailer, 1) !== String(interchange.functionalGroups.length)) {
      throw malformed(`IEA01 says ${element(interchange.trailer, 1)} functional groups; the interchange has ${interchange.functionalGroups.length}.`);
    }
    return {
      senderQualifier: element(header, 5),
      senderId: element(header, 6),
      receiverQualifier: element(header, 7),
      receiverId: element(header, 8),
      date: element(header, 9),
      time: element(header, 10),
      controlNumber,
      usage: element(header, 15),
      delimiters: {
        element: textIn.charAt(3),
        component: header.elements[15]?.value.charAt(0) ?? ':',
        repetition: element(header, 11) || '^',
      },
      groups: interchange.functionalGroups.map((group) => {
        const groupControl = element(group.header, 6);
        if (!group.trailer) {
          throw malformed(`the functional group ${groupControl} has no GE trailer.`);
        }
        if (element(group.trailer, 2) !== groupControl) {
          throw malformed(`GE02 (${element(group.trailer, 2)}) does not match GS06 (${groupControl}).`);
        }
        if (element(group.trailer, 1) !== String(group.transactions.length)) {
          throw malformed(`GE01 says ${element(group.trailer, 1)} transaction sets; group ${groupControl} has ${group.transactions.length}.`);
        }
        return {
          functionalId: element(group.header, 1),
          senderCode: element(group.header, 2),
          receiverCode: element(group.header, 3),
          date: element(group.header, 4),
          time: element(group.header, 5),
          controlNumber: groupControl,
          version: element(group.header, 8),
          transactions: group.transactions.map((transaction) => {
            const setControl = element(transaction.header, 2);
            if (!transaction.trailer) {
              throw malformed(`the transaction set ${element(transaction.header, 1)} ${setControl} has no SE trailer.`);
            }
            if (element(transaction.trailer, 2) !== setControl) {
              throw malformed(`SE02 (${element(transaction.trailer, 2)}) does not match ST02 (${setControl}).`);
            }
            if (element(transaction.trailer, 1) !== String(transaction.segments.length + 2)) {
              throw malformed(`SE01 says ${element(transaction.trailer, 1)} segments; transaction set ${setControl} has ${transaction.segments.length + 2}.`);
            }
            return {
              setId: element(transaction.header, 1),
              controlNumber: setControl,
              version: element(transaction.header, 3),
              segments: transaction.segments.map((s) => ({ tag: s.tag.trim(), elements: values(s) })),
            };
          }),
        };
      }),
    };
  });
}

/** The value of element XXnn (1-based), or '' when absent. */
export function el(segment: Segment, position: number): string {
  return segment.elements[position - 1] ?? '';
}

/**
 * The components of a composite element.
 *
 * @param segment - the segment
 * @param position - element position, 1-based
 * @param delims - the document's delimiters
 */
export function components(segment: Segment, position: number, delims: ReadDelimiters): string[] {
  const value = el(segment, position);
  return value === '' ? [] : value.split(delims.component);
}

/** The repetitions of a repeating element (EB03, EQ01), without empty ones. */
export function repetitions(segment: Segment, position: number, delims: ReadDelimiters): string[] {
  return el(segment, position)
    .split(delims.repetition)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** One transaction set with the group and interchange around it. */
export interface TransactionInContext {
  interchange: ReadInterchange;
  group: ReadGroup;
  transaction: ReadTransaction;
}

/**
 * The transaction sets of one kind in a document, in order.
 *
 * @param input - the X12 text
 * @param setId - the transaction set expected (ST01)
 * @throws X12ParseError when the text is not well-formed, holds no such transaction set, or
 *   holds transaction sets of another kind
 */
export function transactionsOf(input: string, setId: string): TransactionInContext[] {
  const result: TransactionInContext[] = [];
  for (const interchange of tokenize(input)) {
    for (const group of interchange.groups) {
      for (const transaction of group.transactions) {
        if (transaction.setId !== setId) {
          throw new X12ParseError(
            'UNEXPECTED_TRANSACTION',
            `Expected ${setId} transaction sets; transaction set ${transaction.controlNumber} is an ${transaction.setId}.`,
          );
        }
        result.push({ interchange, group, transaction });
      }
    }
  }
  if (result.length === 0) {
    throw new X12ParseError('UNEXPECTED_TRANSACTION', `The document holds no ${setId} transaction set.`);
  }
  return result;
}
