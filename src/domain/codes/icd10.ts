// ICD-10-CM diagnosis codes: the shape check, the order-file parser, and the loader that fills the
// Icd10Code table. Parity ships a behavioral-health subset (prisma/data/icd10cm-behavioral-health.txt,
// see prisma/data/README.md); `npm run codes:icd10` loads the complete official file with the same
// parser. ICD-10-CM is maintained by CDC/NCHS and is public domain.
import { readFile } from 'node:fs/promises';
import type { PrismaClient } from '../../db/client.ts';

/** One line of an order file: a code (with its dot), whether it is billable, and its title. */
export interface Icd10Row {
  /** The code with its dot after the third character (F33.1), or the bare category (F32). */
  code: string;
  /** Whether the code is valid for claims (a leaf); categories and subcategories are not. */
  billable: boolean;
  /** The long description (the short one when the line has no long description). */
  description: string;
}

/** The release label of the shipped subset, as stored in Icd10Code.release. */
export const SHIPPED_ICD10_RELEASE = 'shipped';

/** Where the shipped subset lives, relative to this module. */
export const SHIPPED_ICD10_FILE = new URL('../../../prisma/data/icd10cm-behavioral-health.txt', import.meta.url);

// letter, digit, letter-or-digit; then an optional dot and one to four letters or digits.
const ICD10_SHAPE = /^([A-Z][0-9][0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?$/;

/**
 * The canonical form of an ICD-10-CM code (upper case, the dot after the third character), or null
 * when the value does not have the shape of one. "f331" and "F33.1" both give "F33.1".
 *
 * @param value - the candidate, as typed
 */
export function normalizeIcd10Code(value: string): string | null {
  const match = ICD10_SHAPE.exec(value.trim().toUpperCase());
  if (!match) {
    return null;
  }
  const [, category, rest] = match;
  return rest ? `${category}.${rest}` : (category ?? null);
}

/**
 * Whether a value has the shape of an ICD-10-CM code (not whether the code exists: that needs the
 * code table).
 *
 * @param value - the candidate
 */
export function isIcd10CmShape(value: string): boolean {
  return normalizeIcd10Code(value) !== null;
}

/**
 * Whether a diagnosis is a substance use disorder for 42 CFR Part 2 purposes: categories F10-F19,
 * except F17 (nicotine dependence), as local policy (DOMAIN.md section 12).
 *
 * @param code - an ICD-10-CM code, with or without its dot
 */
export function isSubstanceUseDiagnosis(code: string): boolean {
  const normalized = normalizeIcd10Code(code);
  return normalized !== null && /^F1[0-9]/.test(normalized) && !normalized.startsWith('F17');
}

/** A line of an order file that cannot be read. Its line number is 1-based. */
export class Icd10FileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'Icd10FileError';
  }
}

// Columns of the CMS/NCHS "icd10cm-order-YYYY.txt" file (1-based): 1-5 order number, 6 blank,
// 7-13 code without its dot (left aligned), 14 blank, 15 header flag (0 header, 1 valid for
// HIPAA transactions), 16 blank, 17-76 short description, 77 blank, 78- long description.
const LINE_HEAD = /^(\d{5}) ([A-Z0-9]{3,7}) *([01]) ?$/;

/**
 * Reads an ICD-10-CM order file (the CMS/NCHS "icd10cm-order-YYYY.txt" layout, or the shipped
 * subset, which has the same layout). Accepts LF, CRLF or CR line ends, a byte-order mark, blank
 * lines and trailing spaces. Throws Icd10FileError, naming the line, on anything else.
 *
 * @param text - the whole file
 */
export function parseIcd10OrderFile(text: string): Icd10Row[] {
  const rows: Icd10Row[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (line.length === 0) {
      continue;
    }
    const head = LINE_HEAD.exec(line.slice(0, 16));
    if (!head || line.length < 17) {
      throw new Icd10FileError(index + 1, 'not in the ICD-10-CM order-file layout (order number, code, flag, descriptions).');
    }
    const [, , bare = '', flag] = head;
    const code = normalizeIcd10Code(bare);
    if (!code) {
      throw new Icd10FileError(index + 1, `"${bare}" is not an ICD-10-CM code.`);
    }
    const short = line.slice(16, 76).trim();
    const long = line.slice(77).trim();
    const description = long || short;
    if (!description) {
      throw new Icd10FileError(index + 1, `code ${code} has no description.`);
    }
    rows.push({ code, billable: flag === '1', description });
  }
  return rows;
}

export interface LoadIcd10Options {
  /** 'update' (the default) overwrites rows already present; 'ignore' leaves them as they are. */
  onConflict?: 'update' | 'ignore';
  /** Delete the codes this release does not contain (for loading a complete official file). */
  prune?: boolean;
  /** Rows per statement. */
  batchSize?: number;
  /** Called after each batch with the rows written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadIcd10Result {
  /** Distinct codes in the input. */
  rows: number;
  /** Codes that were not in the table before. */
  inserted: number;
  /** Codes that were already there (updated, or left as they were with onConflict 'ignore'). */
  existing: number;
  /** Codes deleted because this release does not contain them (prune only). */
  pruned: number;
}

/**
 * Writes ICD-10-CM codes into the Icd10Code table in one transaction, a batch of rows per
 * statement (a complete CMS file, about 98,000 lines, loads in seconds).
 *
 * @param prisma - the database
 * @param rows - codes, as parseIcd10OrderFile gives them
 * @param release - the label stored with each row ("shipped", or the fiscal year such as "2026")
 * @param options - conflict handling, pruning, batch size, progress
 */
export async function loadIcd10Codes(
  prisma: PrismaClient,
  rows: readonly Icd10Row[],
  release: string,
  options: LoadIcd10Options = {},
): Promise<LoadIcd10Result> {
  const { onConflict = 'update', prune = false, batchSize = 5_000, onProgress } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError('batchSize must be a positive whole number.');
  }
  // One row per code (the last wins): ON CONFLICT DO UPDATE cannot touch a row twice in a statement.
  const unique = new Map<string, Icd10Row>();
  for (const row of rows) {
    unique.set(row.code, row);
  }
  const records = [...unique.values()].map((row) => ({
    code: row.code,
    description: row.description,
    billable: row.billable,
    release,
  }));
  const conflict =
    onConflict === 'update'
      ? 'DO UPDATE SET "description" = EXCLUDED."description", "billable" = EXCLUDED."billable", "release" = EXCLUDED."release"'
      : 'DO NOTHING';
  const insert = `INSERT INTO "Icd10Code" ("code", "description", "billable", "release")
    SELECT "code", "description", "billable", "release" FROM json_populate_recordset(NULL::"Icd10Code", $1::json)
    ON CONFLICT ("code") ${conflict}`;

  return prisma.$transaction(
    async (tx) => {
      const before = await countCodes(tx);
      for (let start = 0; start < records.length; start += batchSize) {
        const batch = records.slice(start, start + batchSize);
        await tx.$executeRawUnsafe(insert, JSON.stringify(batch));
        onProgress?.(start + batch.length, records.length);
      }
      let pruned = 0;
      if (prune) {
        pruned = await tx.$executeRawUnsafe(
          `DELETE FROM "Icd10Code" WHERE "code" NOT IN (SELECT value FROM json_array_elements_text($1::json))`,
          JSON.stringify(records.map((r) => r.code)),
        );
      }
      const after = await countCodes(tx);
      const inserted = after - before + pruned;
      return { rows: records.length, inserted, existing: records.length - inserted, pruned };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function countCodes(tx: Transaction): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<Array<{ n: number }>>('SELECT count(*)::int AS n FROM "Icd10Code"');
  return row?.n ?? 0;
}

/**
 * Loads the behavioral-health subset shipped with Parity. Rows already present (from an earlier
 * load, or from a complete official file) are left as they are, so this never downgrades them.
 *
 * @param prisma - the database
 */
export async function loadShippedIcd10Codes(prisma: PrismaClient): Promise<LoadIcd10Result> {
  const rows = parseIcd10OrderFile(await readFile(SHIPPED_ICD10_FILE, 'utf8'));
  return loadIcd10Codes(prisma, rows, SHIPPED_ICD10_RELEASE, { onConflict: 'ignore' });
}
