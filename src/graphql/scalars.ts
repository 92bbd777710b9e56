import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { isCalendarDate, isoDate, dateValue } from '../domain/dates.ts';
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
