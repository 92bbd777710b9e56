// Property-based tests (fast-check) of the input validators (RELIABILITY.md T18) and of the claim
// state machine: valid values survive normalization unchanged, invalid ones get a typed issue and
// never an exception, and a write with bad input is refused before it touches the database.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/db/client.ts';
import { canTransition, claimStatuses, claimTransitions, type ClaimStatusValue } from '../src/domain/claim-status.ts';
import { normalizeIcd10Code, parseIcd10OrderFile, type Icd10Row } from '../src/domain/codes/icd10.ts';
import { isKnownProcedureCode, normalizeProcedureCode } from '../src/domain/codes/procedures.ts';
import { isCalendarDate, isoDate } from '../src/domain/dates.ts';
import { isValidNpi, npiCheckDigit } from '../src/domain/npi.ts';
import { ValidationError } from '../src/errors.ts';
import { writeOffClaim } from '../src/services/claims.ts';
import { recordSession } from '../src/services/sessions.ts';
import { checkDiagnoses, Issues, MAX_CLAIM_DIAGNOSES } from '../src/services/validate.ts';
import type { WriteContext } from '../src/services/write.ts';

const runs = { numRuns: 1_000 };
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
/** Characters no code may contain: C0 and C1 controls, and the bidirectional overrides and marks. */
const hidden = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069');

function issueCodes(issues: Issues): string[] {
  return issues.list.map((i) => i.code);
}

/** Inserts a character somewhere strictly inside a string (not at its ends, which trimming forgives). */
function inside(value: string, char: string, at: number): string {
  const i = 1 + (at % Math.max(1, value.length - 1));
  return `${value.slice(0, i)}${char}${value.slice(i)}`;
}

/** An independent NPI check: Luhn over the ten digits prefixed with 80840 (CMS). */
function luhnWithPrefix(npi: string): boolean {
  const all = `80840${npi}`;
  let sum = 0;
  for (let i = 0; i < all.length; i++) {
    let d = Number(all[all.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) {
        d -= 9;
      }
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A database that fails the test if touched: writes with bad input must be refused before it. */
const untouchable = new Proxy({} as PrismaClient, {
  get(_target, property) {
    throw new Error(`database touched (${String(property)})`);
  },
});

function contextAt(now: Date): WriteContext {
  return {
    prisma: untouchable,
    actor: { subject: 'property', role: 'BILLER', organizationId: '00000000-0000-4000-8000-000000000000', purpose: null, requestId: null, operationName: null, operationHash: null },
    now,
    policies: {},
    idempotencyTtlMs: 3_600_000,
    rowAccess: async () => 'every row',
  };
}

describe('NPI check digit', () => {
  const first9 = fc.tuple(fc.constantFrom('1', '2'), digits(8)).map(([a, b]) => a + b);
  const npi = first9.map((f) => `${f}${npiCheckDigit(f)}`);

  it('agrees with the CMS definition (Luhn over 80840 and the ten digits) on every ten-digit number', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), digits(9), (lead, rest) => {
        expect(isValidNpi(lead + rest)).toBe(luhnWithPrefix(lead + rest));
      }),
      runs,
    );
  });

  it('catches every single wrong digit and every swap of two different neighbours (but 0 and 9)', () => {
    fc.assert(
      fc.property(npi, fc.nat({ max: 9 }), fc.integer({ min: 1, max: 9 }), (valid, position, delta) => {
        expect(isValidNpi(valid)).toBe(true);
        const changed = valid.slice(0, position) + String((Number(valid[position]) + delta) % 10) + valid.slice(position + 1);
        expect(isValidNpi(changed)).toBe(false);
      }),
      runs,
    );
    fc.assert(
      fc.property(npi, fc.nat({ max: 8 }), (valid, position) => {
        const [a, b] = [valid[position] ?? '', valid[position + 1] ?? ''];
        fc.pre(a !== b && !(new Set([a, b]).has('0') && new Set([a, b]).has('9')));
        const swapped = valid.slice(0, position) + b + a + valid.slice(position + 2);
        expect(isValidNpi(swapped)).toBe(false);
      }),
      runs,
    );
  });

  it('refuses anything that is not ten digits starting with 1 or 2, with a typed issue', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 14 }), (value) => {
        fc.pre(!/^[12]\d{9}$/.test(value));
        const issues = new Issues();
        issues.npi(['input', 'npi'], value);
        expect(issueCodes(issues)).toEqual(['INVALID_NPI']);
      }),
      runs,
    );
  });
});

describe('ICD-10-CM codes', () => {
  const code = fc
    .tuple(upper, digit, alnum, fc.array(alnum, { minLength: 0, maxLength: 4 }))
    .map(([a, b, c, rest]) => (rest.length > 0 ? `${a}${b}${c}.${rest.join('')}` : `${a}${b}${c}`));

  it('normalizes the ways a code is typed (case, dot, spaces) to one form, which normalizes to itself', () => {
    fc.assert(
      fc.property(code, fc.constantFrom('', ' ', '  '), (canonical, pad) => {
        const variants = [canonical, canonical.toLowerCase(), canonical.replace('.', ''), `${pad}${canonical}${pad}`];
        for (const variant of variants) {
          expect(normalizeIcd10Code(variant)).toBe(canonical);
        }
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (value) => {
        const normalized = normalizeIcd10Code(value);
        if (normalized !== null) {
          expect(normalized).toMatch(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);
          expect(normalizeIcd10Code(normalized)).toBe(normalized);
        }
      }),
      runs,
    );
  });

  it('refuses a code with a control or bidirectional character inside it', () => {
    fc.assert(
      fc.property(code, hidden, fc.nat(), (canonical, char, at) => {
        expect(normalizeIcd10Code(inside(canonical, char, at))).toBeNull();
      }),
      runs,
    );
  });

  it('reads back, unchanged, any code set written in the CMS order-file layout', () => {
    const description = fc
      .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ,()-'), minLength: 1, maxLength: 120 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const row = fc.record({ code, billable: fc.boolean(), description });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (rows, newline) => {
        const text = rows
          .map((r, i) => {
            const short = r.description.slice(0, 60);
            return `${String(i + 1).padStart(5, '0')} ${r.code.replace('.', '').padEnd(7)} ${r.billable ? '1' : '0'} ${short.padEnd(60)} ${r.description}`;
          })
          .join(newline);
        const parsed: Icd10Row[] = parseIcd10OrderFile(text + newline);
        expect(parsed).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it('checks a claim’s diagnoses: 1 to 12, known, billable, no repeats, each problem with its path', async () => {
    const known = new Map([
      ['F33.1', true],
      ['F41.1', true],
      ['F43.10', true],
      ['F10.20', true],
      ['F32', false],
    ]);
    const table = {
      icd10Code: {
        findMany: async ({ where }: { where: { code: { in: string[] } } }) =>
          where.code.in.filter((c) => known.has(c)).map((c) => ({ code: c, billable: known.get(c) ?? false })),
      },
    };
    const entry = fc.oneof(
      fc.constantFrom('F33.1', 'f331', 'F41.1', 'F43.10', 'F10.20', 'F32'),
      fc.constantFrom('Z99.89', 'A00.0'),
      fc.constantFrom('33.1', 'F3', 'hello', ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 16 }), async (values) => {
        const issues = new Issues();
        await checkDiagnoses(table as unknown as Parameters<typeof checkDiagnoses>[0], issues, ['input', 'diagnoses'], values);
        const normalized = values.map(normalizeIcd10Code);
        const expected: string[] = [];
        if (values.length === 0) {
          expected.push('DIAGNOSIS_REQUIRED');
        }
        if (values.length > MAX_CLAIM_DIAGNOSES) {
          expected.push('TOO_MANY_DIAGNOSES');
        }
        normalized.forEach((c) => {
          if (c === null) {
            expected.push('INVALID_ICD10_CODE');
          } else if (!known.has(c)) {
            expected.push('UNKNOWN_ICD10_CODE');
          } else if (!known.get(c)) {
            expected.push('ICD10_CODE_NOT_BILLABLE');
          }
        });
        const valid = normalized.filter((c): c is string => c !== null);
        if (new Set(valid).size !== valid.length) {
          expected.push('DUPLICATE_DIAGNOSIS');
        }
        expect(issueCodes(issues).sort()).toEqual(expected.sort());
      }),
      runs,
    );
  });
});

describe('CPT and HCPCS codes', () => {
  const shaped = fc.oneof(
    digits(5),
    fc.tuple(digits(4), fc.constantFrom('F', 'T')).map(([d, s]) => d + s),
    fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUV'), digits(4)).map(([l, d]) => l + d),
  );

  it('normalizes case and spaces; a code is known only if it has the shape; the result is stable', () => {
    fc.assert(
      fc.property(shaped, (code) => {
        expect(normalizeProcedureCode(` ${code.toLowerCase()} `)).toBe(code);
        const issues = new Issues();
        const result = issues.procedureCode(['input', 'procedureCode'], code);
        expect(result === null ? issueCodes(issues) : []).toEqual(isKnownProcedureCode(code) ? [] : ['UNKNOWN_PROCEDURE_CODE']);
      }),
      runs,
    );
  });

  it('knows every psychiatry code 90785–90899 and every H-code H0001–H0050', () => {
    fc.assert(
      fc.property(fc.integer({ min: 90_785, max: 90_899 }), fc.integer({ min: 1, max: 50 }), (cpt, h) => {
        expect(isKnownProcedureCode(String(cpt))).toBe(true);
        expect(isKnownProcedureCode(`H${String(h).padStart(4, '0')}`)).toBe(true);
      }),
      runs,
    );
  });

  it('refuses any other shape, and hidden characters, as INVALID_PROCEDURE_CODE', () => {
    const notShaped = fc.string({ unit: 'binary', maxLength: 8 }).filter((s) => !/^(?:\d{4}[0-9FT]|[A-V]\d{4})$/.test(s.trim().toUpperCase()));
    fc.assert(
      fc.property(fc.oneof(notShaped, fc.tuple(shaped, hidden, fc.nat()).map(([c, h, at]) => inside(c, h, at))), (value) => {
        const issues = new Issues();
        expect(issues.procedureCode(['input', 'procedureCode'], value)).toBeNull();
        expect(issueCodes(issues)).toEqual(['INVALID_PROCEDURE_CODE']);
      }),
      runs,
    );
  });
});

describe('money, units and dates', () => {
  const cents = fc.integer({ min: 0, max: 999_999_999_999 });
  const written = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

  it('keeps every amount of whole cents up to 9,999,999,999.99 exactly; zero only where allowed', () => {
    fc.assert(
      fc.property(cents, fc.boolean(), (c, allowZero) => {
        const issues = new Issues();
        const normalized = issues.money(['input', 'amount'], written(c), { allowZero });
        expect(normalized).toBe(written(c));
        expect(issueCodes(issues)).toEqual(c === 0 && !allowZero ? ['AMOUNT_NOT_POSITIVE'] : []);
      }),
      runs,
    );
  });

  it('refuses signs, exponents, separators, a third decimal, eleven-digit amounts and hidden characters', () => {
    const broken = fc.oneof(
      cents.map((c) => `-${written(c)}`),
      cents.map((c) => `${written(c)}1`),
      cents.map((c) => `${written(c)}e2`),
      cents.filter((c) => c >= 100_000).map((c) => written(c).replace(/^(\d)/, '$1,')),
      fc.integer({ min: 1, max: 9 }).map((d) => `${d}0000000000.00`),
      fc.tuple(cents, hidden, fc.nat()).map(([c, h, at]) => inside(written(c), h, at)),
      fc.string({ unit: 'binary', maxLength: 16 }).filter((s) => !/^\d{1,10}(\.\d{1,2})?$/.test(s.trim())),
    );
    fc.assert(
      fc.property(broken, (value) => {
        const issues = new Issues();
        expect(issues.money(['input', 'amount'], value)).toBe('0.00');
        expect(issueCodes(issues)).toEqual(['INVALID_AMOUNT']);
      }),
      runs,
    );
  });

  it('takes whole units from 1 to the cap and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100, max: 10_100 }), fc.double({ noNaN: false })), (value) => {
        const issues = new Issues();
        issues.positiveInteger(['input', 'units'], value);
        expect(issues.empty).toBe(Number.isInteger(value) && value >= 1 && value <= 9_999);
      }),
      runs,
    );
  });

  it('formats the UTC calendar date of any instant as toISOString() does, and refuses an invalid one', () => {
    // Instants from year -2000 to 12000, at any millisecond: both sides of the 1000 to 9999 years
    // formatted from the UTC fields, and the ones that fall back.
    const instant = fc.integer({ min: -125_000_000_000_000, max: 316_000_000_000_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, (value) => {
        expect(isoDate(value)).toBe(value.toISOString().slice(0, 10));
      }),
      runs,
    );
    for (const edge of ['1000-01-01T00:00:00.000Z', '0999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z', '2024-02-29T12:00:00.000Z']) {
      expect(isoDate(new Date(edge))).toBe(edge.slice(0, 10));
    }
    expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('takes calendar dates only, and refuses those after the latest allowed', () => {
    const day = fc.integer({ min: -30_000, max: 60_000 }).map((d) => isoDate(new Date(d * 86_400_000)));
    fc.assert(
      fc.property(day, day, (date, latest) => {
        expect(isCalendarDate(date)).toBe(true);
        const issues = new Issues();
        issues.date(['input', 'date'], date, latest);
        expect(issueCodes(issues)).toEqual(date > latest ? ['DATE_IN_FUTURE'] : []);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const value = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(isCalendarDate(value)).toBe(real);
      }),
      runs,
    );
  });
});

describe('writes refused before the database', () => {
  const now = new Date('2026-06-30T18:00:00.000Z');
  const minute = 60_000;

  it('a session: end after start, not completed in the future, not scheduled in the past, at most 12 hours', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -3 * 24 * 60, max: 2 * 24 * 60 }),
        fc.integer({ min: -120, max: 15 * 60 }),
        fc.constantFrom('COMPLETED' as const, 'SCHEDULED' as const, 'CANCELLED' as const, 'NO_SHOW' as const),
        async (startOffset, length, status) => {
          const startTime = new Date(now.getTime() + startOffset * minute);
          const endTime = new Date(startTime.getTime() + length * minute);
          const expected: string[] = [];
          if (length <= 0) {
            expected.push('END_BEFORE_START');
          } else if (length > 12 * 60) {
            expected.push('TOO_LONG');
          }
          if (status === 'COMPLETED' && startTime > now) {
            expected.push('DATE_IN_FUTURE');
          }
          if (status === 'SCHEDULED' && startTime.getTime() < now.getTime() - 24 * 60 * minute) {
            expected.push('SCHEDULED_IN_PAST');
          }
          const outcome = await recordSession(contextAt(now), {
            patientId: crypto.randomUUID(),
            providerId: crypto.randomUUID(),
            locationId: crypto.randomUUID(),
            startTime,
            endTime,
            placeOfService: '11',
            telehealthModality: 'NONE',
            procedureCode: '90834',
            status,
          }).then(
            () => 'written',
            (e: unknown) => (e instanceof ValidationError ? e.issues.map((i) => i.code).sort() : (e as Error).message),
          );
          // Valid input goes on to the database (here: the untouchable one); invalid input never does.
          expect(outcome).toEqual(expected.length > 0 ? expected.sort() : 'database touched ($transaction)');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a write-off: a reason of 1 to 500 characters, not blank', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 600 }), fc.constantFrom('', '   ', '\n\t')), async (reason) => {
        const trimmed = reason.trim();
        const outcome = await writeOffClaim(contextAt(now), { claimId: crypto.randomUUID(), expectedVersion: 1, reason }).then(
          () => 'written',
          (e: unknown) => (e instanceof ValidationError ? e.issues[0]?.code : (e as Error).message),
        );
        expect(outcome).toBe(trimmed.length === 0 || trimmed.length > 500 ? 'REASON_REQUIRED' : 'database touched ($transaction)');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the claim state machine', () => {
  const status = fc.constantFrom(...claimStatuses);

  it('is a graph over the eight statuses with no self-loops, where WRITTEN_OFF is final and every status is reachable from DRAFT', () => {
    const reachable = new Set<ClaimStatusValue>(['DRAFT']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const from of reachable) {
        for (const to of claimTransitions[from]) {
          if (!reachable.has(to)) {
            reachable.add(to);
            grew = true;
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...claimStatuses].sort());
    expect(claimTransitions.WRITTEN_OFF).toEqual([]);
    fc.assert(
      fc.property(status, status, (from, to) => {
        expect(canTransition(from, to)).toBe(claimTransitions[from].includes(to));
        expect(canTransition(from, from)).toBe(false);
      }),
      runs,
    );
  });

  it('a random walk that takes only allowed steps never reaches a status the graph does not allow, and never leaves WRITTEN_OFF', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (choices) => {
        let at: ClaimStatusValue = 'DRAFT';
        const path: ClaimStatusValue[] = [at];
        for (const choice of choices) {
          const next = claimTransitions[at];
          if (next.length === 0) {
            expect(at).toBe('WRITTEN_OFF');
            break;
          }
          const to = next[choice % next.length] as ClaimStatusValue;
          expect(canTransition(at, to)).toBe(true);
          at = to;
          path.push(at);
        }
        const writtenOff = path.indexOf('WRITTEN_OFF');
        expect(writtenOff === -1 || writtenOff === path.length - 1).toBe(true);
      }),
      runs,
    );
  });
});
