// Which statements get a prepared statement's name (src/db/prepared.ts), and the padding that
// keeps the policy context's statements few.
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { paddedList, statementNames } from '../src/db/prepared.ts';

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

describe('prepared statement names', () => {
  it('names a statement once it has been seen minUses times, and keeps its name', () => {
    const name = statementNames({ minUses: 3 });
    const page = statement('SELECT "t0"."id" FROM "public"."Claim" AS "t0" WHERE "t0"."id" IN ($1,$2)');
    expect(name(page)).toBe('');
    expect(name(page)).toBe('');
    const third = name(page);
    expect(third).toMatch(/^parity_\d+$/);
    expect(name(page)).toBe(third);
    const other = statement('SELECT "t0"."id" FROM "public"."Payer" AS "t0"');
    name(other);
    name(other);
    const otherName = name(other);
    expect(otherName).toMatch(/^parity_\d+$/);
    expect(otherName).not.toBe(third);
  });

  it('names at most max statements; the rest run unnamed', () => {
    const name = statementNames({ max: 2, minUses: 1 });
    expect(name(statement('SELECT 1'))).toBe('parity_1');
    expect(name(statement('SELECT 2'))).toBe('parity_2');
    expect(name(statement('SELECT 3'))).toBe('');
    expect(name(statement('SELECT 3'))).toBe('');
    expect(name(statement('SELECT 1'))).toBe('parity_1');
  });

  it('never names transaction control or settings', () => {
    const name = statementNames({ minUses: 1 });
    for (const sql of ['BEGIN', 'COMMIT', 'ROLLBACK', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'SAVEPOINT s1']) {
      expect(name(statement(sql))).toBe('');
    }
    expect(name(statement('  with a as (select 1) select * from a'))).toBe('parity_1');
    expect(name(statement('INSERT INTO "AuditEvent" DEFAULT VALUES'))).toBe('parity_2');
  });

  it('forgets the uses of texts seen rarely among many others', () => {
    const name = statementNames({ max: 2, minUses: 2 });
    const rare = statement('SELECT $1 AS rare');
    expect(name(rare)).toBe('');
    // More distinct texts than it counts uses of (four times max): the counts start over.
    for (let i = 0; i < 8; i += 1) {
      name(statement(`SELECT ${i} AS other`));
    }
    expect(name(rare)).toBe('');
    expect(name(rare)).toBe('parity_1');
  });
});

describe('padded lists', () => {
  it('pads to the next power of two with the last element, and leaves an empty list empty', () => {
    expect(paddedList([])).toEqual([]);
    expect(paddedList(['a'])).toEqual(['a']);
    expect(paddedList(['a', 'b'])).toEqual(['a', 'b']);
    expect(paddedList(['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'c']);
    expect(paddedList([1, 2, 3, 4, 5])).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
    const fifty = Array.from({ length: 50 }, (_, i) => i);
    const padded = paddedList(fifty);
    expect(padded).toHaveLength(64);
    expect(padded.slice(0, 50)).toEqual(fifty);
    expect(new Set(padded.slice(50))).toEqual(new Set([49]));
  });
});
