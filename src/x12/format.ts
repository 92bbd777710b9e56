// Value formats shared by the X12 builders and parsers: money as integer cents (never floats),
// calendar dates, and element text cleaned of the characters that delimit X12.

import { ValidationError } from '../errors.ts';

/** An exact amount of money as a decimal string with two places ("150.00", "-12.50"). */
export type Money = string;

const moneyPattern = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;
const x12AmountPattern = /^(-)?(\d*)(?:\.(\d*))?$/;

/** Thrown when a value does not have the form an X12 element or a Parity field needs. */
export class X12FormatError extends ValidationError {
  constructor(message: string, path: string[] = []) {
    super([{ path, code: 'INVALID_VALUE', message }]);
    this.name = 'X12FormatError';
  }
}

/**
 * Integer cents of a decimal amount written with at most two decimal places.
 *
 * @param amount - "150", "150.5", "-12.50"
 * @throws X12FormatError when the text is not such an amount
 */
export function toCents(amount: string): number {
  const match = moneyPattern.exec(amount.trim());
  if (!match) {
    throw new X12FormatError(`"${amount}" is not an amount of money with at most two decimal places.`);
  }
  const [, sign, whole = '0', fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign && cents !== 0 ? -cents : cents;
}

/**
 * Integer cents of an X12 monetary amount (data type R: optional sign, optional decimal point).
 * Amounts with more than two decimal places are refused rather than rounded.
 *
 * @param value - the element text, for example "150", "-80.5", ".25"
 */
export function x12AmountToCents(value: string): number {
  const text = value.trim();
  const match = x12AmountPattern.exec(text);
  if (!match || text === '' || text === '-' || text === '.' || text === '-.') {
    throw new X12FormatError(`"${value}" is not an X12 monetary amount.`);
  }
  const [, sign, whole = '', rawFraction = ''] = match;
  const fraction = rawFraction.replace(/0+$/, '');
  if (fraction.length > 2) {
    throw new X12FormatError(`"${value}" has more than two decimal places.`);
  }
  if (whole.length > 13) {
    throw new X12FormatError(`"${value}" is too large.`);
  }
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  return sign && cents !== 0 ? -cents : cents;
}

/** A decimal string with two places from integer cents (12345 gives "123.45"). */
export function fromCents(cents: number): Money {
  if (!Number.isSafeInteger(cents)) {
    throw new X12FormatError(`${cents} is not a whole number of cents.`);
  }
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * An X12 monetary element from integer cents: no trailing zeros after the decimal point and no
 * decimal point for whole amounts ("150", "150.5", "-80.25"), as the 5010 guides ask.
 */
export function x12Amount(cents: number): string {
  const money = fromCents(cents);
  return money.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/** CCYYMMDD from YYYY-MM-DD. */
export function d8(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new X12FormatError(`"${date}" is not a calendar date written YYYY-MM-DD.`);
  }
  return date.replace(/-/g, '');
}

/** YYYY-MM-DD from CCYYMMDD, or null when the text is not such a date. */
export function fromD8(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!match) {
    return null;
  }
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

/** HHMM from "HH:MM" or "HHMM". */
export function hhmm(time: string): string {
  const match = /^([01]\d|2[0-3]):?([0-5]\d)$/.exec(time);
  if (!match) {
    throw new X12FormatError(`"${time}" is not a time written HH:MM.`);
  }
  return `${match[1]}${match[2]}`;
}

/** The calendar date of a Date in UTC, YYYY-MM-DD (how Prisma returns @db.Date columns). */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** ICD-10-CM code as X12 carries it: no dot, upper case ("F33.1" gives "F331"). */
export function icd10ForX12(code: string): string {
  return code.replace('.', '').trim().toUpperCase();
}

/** ICD-10-CM code with its dot after the third character ("F331" gives "F33.1"). */
export function icd10WithDot(code: string): string {
  const bare = icd10ForX12(code);
  return bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
}

/**
 * Element text safe to send: the X12 delimiters and control characters become spaces, runs of
 * spaces collapse, and the value is cut to the element's maximum length.
 *
 * @param value - free text from the database (a name, an address line)
 * @param maxLength - the element's maximum length in the implementation guide
 */
export function text(value: string | null | undefined, maxLength = 60): string {
  if (value === null || value === undefined) {
    return '';
  }
  return value
    .replace(/[*~:^|>\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

/** Digits only (phone numbers, postal codes, tax IDs). */
export function digits(value: string | null | undefined): string {
  return (value ?? '').replace(/\D/g, '');
}
