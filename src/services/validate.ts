// Input checks shared by the writes: every problem is collected with its path and a code, and
// the write is refused as a whole (nothing written) when there is any.

import { normalizeIcd10Code } from '../domain/codes/icd10.ts';
import { isKnownProcedureCode, isModifierShape, isPlaceOfServiceShape, normalizeProcedureCode } from '../domain/codes/procedures.ts';
import { isCalendarDate } from '../domain/dates.ts';
import { isValidNpi } from '../domain/npi.ts';
import { ValidationError, type FieldIssue } from '../errors.ts';
import type { Tx } from './write.ts';

/** Most diagnoses a professional claim carries (837P HI: ABK plus 11 ABF). */
export const MAX_CLAIM_DIAGNOSES = 12;
/** Most modifiers a line carries (SV101-3 to -6). */
export const MAX_MODIFIERS = 4;
/** Most diagnosis pointers a professional line carries (SV107). */
export const MAX_POINTERS = 4;

const MONEY = /^\d{1,10}(\.\d{1,2})?$/;

/** Collects problems with an input; `throwIfAny` refuses the write when there are any. */
export class Issues {
  readonly list: FieldIssue[] = [];

  add(path: Array<string | number>, code: string, message: string): void {
    this.list.push({ path: path.map(String), code, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.list.length > 0) {
      throw new ValidationError(this.list);
    }
  }

  /** A known CPT or HCPCS Level II code, normalized; null (with an issue) otherwise. */
  procedureCode(path: Array<string | number>, value: string): string | null {
    const code = normalizeProcedureCode(value);
    if (code === null) {
      this.add(path, 'INVALID_PROCEDURE_CODE', `"${value}" is not a CPT or HCPCS Level II code (five digits, or a letter and four digits).`);
      return null;
    }
    if (!isKnownProcedureCode(code)) {
      this.add(path, 'UNKNOWN_PROCEDURE_CODE', `${code} is not in Parity's list of behavioral-health codes.`);
      return null;
    }
    return code;
  }

  /** Up to four two-character modifiers, normalized to upper case. */
  modifiers(path: Array<string | number>, values: readonly string[]): string[] {
    const modifiers = values.map((m) => m.trim().toUpperCase());
    if (modifiers.length > MAX_MODIFIERS) {
      this.add(path, 'TOO_MANY_MODIFIERS', `At most ${MAX_MODIFIERS} modifiers fit a line.`);
    }
    modifiers.forEach((modifier, i) => {
      if (!isModifierShape(modifier)) {
        this.add([...path, i], 'INVALID_MODIFIER', `"${values[i] ?? ''}" is not a two-character modifier.`);
      }
    });
    if (new Set(modifiers).size !== modifiers.length) {
      this.add(path, 'DUPLICATE_MODIFIER', 'A modifier is repeated.');
    }
    return modifiers;
  }

  placeOfService(path: Array<string | number>, value: string): void {
    if (!isPlaceOfServiceShape(value)) {
      this.add(path, 'INVALID_PLACE_OF_SERVICE', `"${value}" is not a place-of-service code (two digits, 01 to 99).`);
    }
  }

  /** A positive amount with at most two decimals, as a normalized decimal string. */
  money(path: Array<string | number>, value: string, options: { allowZero?: boolean } = {}): string {
    const trimmed = value.trim();
    if (!MONEY.test(trimmed)) {
      this.add(path, 'INVALID_AMOUNT', `"${value}" is not an amount of money (digits, at most two decimals, no sign).`);
      return '0.00';
    }
    const [whole = '0', fraction = ''] = trimmed.split('.');
    const normalized = `${Number(whole)}.${fraction.padEnd(2, '0')}`;
    if (!options.allowZero && Number(normalized) === 0) {
      this.add(path, 'AMOUNT_NOT_POSITIVE', 'The amount must be more than zero.');
    }
    return normalized;
  }

  positiveInteger(path: Array<string | number>, value: number, max = 9_999): void {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      this.add(path, 'NOT_POSITIVE', `Must be a whole number from 1 to ${max}.`);
    }
  }

  /** A date (YYYY-MM-DD) not after `latest`, when given. */
  date(path: Array<string | number>, value: string, latest?: string): void {
    if (!isCalendarDate(value)) {
      this.add(path, 'INVALID_DATE', `"${value}" is not a calendar date (YYYY-MM-DD).`);
    } else if (latest !== undefined && value > latest) {
      this.add(path, 'DATE_IN_FUTURE', `${value} is in the future; this must have happened already.`);
    }
  }

  npi(path: Array<string | number>, value: string): void {
    if (!isValidNpi(value)) {
      this.add(path, 'INVALID_NPI', 'An NPI is ten digits starting with 1 or 2, ending with its check digit.');
    }
  }
}

/**
 * Checks ICD-10-CM codes: the shape, then the code set loaded in the database (only billable
 * codes go on a claim). Returns the normalized codes (with their dots).
 */
export async function checkDiagnoses(tx: Pick<Tx, 'icd10Code'>, issues: Issues, path: Array<string | number>, values: readonly string[]): Promise<string[]> {
  if (values.length === 0) {
    issues.add(path, 'DIAGNOSIS_REQUIRED', 'A claim needs at least one diagnosis.');
  }
  if (values.length > MAX_CLAIM_DIAGNOSES) {
    issues.add(path, 'TOO_MANY_DIAGNOSES', `At most ${MAX_CLAIM_DIAGNOSES} diagnoses fit a claim.`);
  }
  const codes = values.map((value, i) => {
    const code = normalizeIcd10Code(value);
    if (code === null) {
      issues.add([...path, i], 'INVALID_ICD10_CODE', `"${value}" is not an ICD-10-CM code.`);
    }
    return code;
  });
  const known = await tx.icd10Code.findMany({
    where: { code: { in: codes.filter((c): c is string => c !== null) } },
    select: { code: true, billable: true },
  });
  const byCode = new Map(known.map((row) => [row.code, row.billable]));
  codes.forEach((code, i) => {
    if (code === null) {
      return;
    }
    const billable = byCode.get(code);
    if (billable === undefined) {
      issues.add([...path, i], 'UNKNOWN_ICD10_CODE', `${code} is not in the ICD-10-CM code set loaded here.`);
    } else if (!billable) {
      issues.add([...path, i], 'ICD10_CODE_NOT_BILLABLE', `${code} is a category, not a billable code: use a more specific code.`);
    }
  });
  const valid = codes.filter((code): code is string => code !== null);
  if (new Set(valid).size !== valid.length) {
    issues.add(path, 'DUPLICATE_DIAGNOSIS', 'A diagnosis is listed twice.');
  }
  return codes.map((code) => code ?? '');
}
