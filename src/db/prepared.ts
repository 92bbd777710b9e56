// Prepared statements on PostgreSQL, for the statements the server sends again and again.
//
// Without a name, every statement is parsed, analysed and planned anew each time it runs. With
// one, node-postgres prepares it once per connection and then only binds and executes it, and
// PostgreSQL may keep a generic plan for it (after five runs, when that plan is estimated no
// dearer than planning each time; otherwise it goes on planning per run, as before). For a page
// with findings, whose policy context was then five statements (three of joined relations),
// that was about a fifth of PostgreSQL's CPU per page (README, Performance).
//
// Neither node-postgres nor PostgreSQL forgets a prepared statement while the connection lives,
// so names are given as Npgsql's automatic preparation gives them: only to a statement seen a few
// times, and to a bounded number of statements per process. Prisma writes one parameter per
// element of an `in` list, so the same query with lists of other lengths is another text; the
// loaders that run on every page pad their lists (`paddedList`) so that they send few texts.

import type { SqlQuery } from '@prisma/driver-adapter-utils';

export interface StatementNamesOptions {
  /** How many statements get a name, at most (each connection prepares those it runs). */
  max?: number;
  /** How many times a statement is seen before it gets one. */
  minUses?: number;
}

/** Statements a name may be given to: queries and writes, not transaction control or SET. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * The `statementNameGenerator` of Prisma's PostgreSQL adapter: a stable name for a statement
 * once it has been seen `minUses` times, while fewer than `max` have one; otherwise `''`, the
 * protocol's unnamed statement (what node-postgres sends when a query has no name).
 */
export function statementNames({ max = 500, minUses = 3 }: StatementNamesOptions = {}): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  // Uses of texts without a name yet. Bounded: when it is full it starts over, so a text seen
  // rarely among many others never gets a name.
  const uses = new Map<string, number>();
  const maxCandidates = 4 * max;
  return (query) => {
    const { sql } = query;
    const name = names.get(sql);
    if (name !== undefined) {
      return name;
    }
    if (names.size >= max || !PREPARABLE.test(sql)) {
      return '';
    }
    const seen = (uses.get(sql) ?? 0) + 1;
    if (seen < minUses) {
      if (uses.size >= maxCandidates) {
        uses.clear();
      }
      uses.set(sql, seen);
      return '';
    }
    uses.delete(sql);
    const named = `parity_${names.size + 1}`;
    names.set(sql, named);
    return named;
  };
}

/**
 * The list padded to a power-of-two length by repeating its last element, so that an `in` filter
 * built from it has one of a few statement texts whatever the list's length (repeating an element
 * changes nothing an `in` finds).
 */
export function paddedList<T>(items: readonly T[]): T[] {
  const last = items[items.length - 1];
  if (last === undefined) {
    return [];
  }
  let size = 1;
  while (size < items.length) {
    size *= 2;
  }
  const padded = [...items];
  while (padded.length < size) {
    padded.push(last);
  }
  return padded;
}
