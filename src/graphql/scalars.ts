import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { normalizeIcd10Code } from '../domain/codes/icd10.ts';
import { normalizeProcedureCode } from '../domain/codes/procedures.ts';
import { isCalendarDate, isoDate, dateValue } from '../domain/dates.ts';
import { isValidNpi } from '../domain/npi.ts';
import { builder } from './builder.ts';

builder.addScalarType('DateTime', DateTimeResolver);

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (dates of service, effective dates, birth dates).',
  serialize: (value) => isoDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : literalText(ast)),
});

builder.scalarType('Decimal', {
  description:
    'An exact decimal amount of money in US dollars, as a string with two decimal places (for example "150.00"). Never a float.',
  serialize: (value) => (typeof value === 'string' ? value : value.toFixed(2)),
  parseValue: (value) => parseMoney(value),
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : literalText(ast)),
});

// Codes as scalars: the schema says what each is, and a value without the shape of one is refused
// before any resolver runs (BAD_USER_INPUT, naming the argument or input field). Whether a code of
// the right shape is one Parity knows (the ICD-10-CM table, the shipped procedure list) is a
// question for the resolver, answered in its typed ValidationError with every other issue.
// Output values are the stored ones, written as they are.

codeScalar(
  'NPI',
  'A National Provider Identifier: ten digits, starting with 1 or 2, the last a check digit (the Luhn digit of the first nine with the 80840 prefix, per the CMS NPI standard).',
  (value) => (isValidNpi(value.trim()) ? value.trim() : null),
  'NPI must be ten digits starting with 1 or 2, ending in its check digit.',
);
codeScalar(
  'ICD10Code',
  'An ICD-10-CM diagnosis code, written with its dot (F33.1). Accepted with or without the dot, in either case ("f331" is F33.1).',
  normalizeIcd10Code,
  'ICD10Code must be an ICD-10-CM code: a letter, a digit, a digit or letter, then up to four more (F33.1).',
);
codeScalar(
  'ProcedureCode',
  'A CPT code (five digits; category II and III: four digits and F or T) or a HCPCS Level II code (a letter and four digits, such as H0015). Upper case.',
  normalizeProcedureCode,
  'ProcedureCode must be a CPT code (five digits) or a HCPCS Level II code (a letter and four digits).',
);

/** A code scalar: accepts a string `normalize` turns into a code, refuses anything else with `message`. */
function codeScalar(name: 'NPI' | 'ICD10Code' | 'ProcedureCode', description: string, normalize: (value: string) => string | null, message: string): void {
  const parse = (value: unknown): string => {
    const code = typeof value === 'string' ? normalize(value) : null;
    if (code === null) {
      throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return code;
  };
  builder.scalarType(name, {
    description,
    serialize: (value) => value,
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : literalText(ast)),
  });
}

function literalText(ast: ValueNode): string {
  return 'value' in ast && typeof ast.value === 'string' ? ast.value : ast.kind;
}

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD.');
  }
  return dateValue(value);
}

function parseMoney(value: unknown): string {
  if (typeof value !== 'string' || !/^-?\d{1,10}(\.\d{1,2})?$/.test(value)) {
    throw new GraphQLError('Decimal must be a string amount with at most two decimal places, such as "150.00".');
  }
  return value;
}
