// Code sets the rules need, as code numbers only (Parity ships no CPT or NUBC descriptors), and
// the matcher that reads code specs: '90834' (one code), '99202-99255' (an inclusive range of
// codes of the same length, compared as strings), 'H*' (a prefix).

import type { CodeSpec, LevelOfCare } from './types.ts';

/** Matches codes against a list of code specs; build once, test many times. */
export class CodeMatcher {
  private readonly exact = new Set<string>();
  private readonly ranges: Array<readonly [string, string]> = [];
  private readonly prefixes: string[] = [];
  readonly empty: boolean;

  constructor(specs: readonly CodeSpec[]) {
    for (const spec of specs) {
      const dash = spec.indexOf('-');
      if (spec.endsWith('*')) {
        this.prefixes.push(spec.slice(0, -1));
      } else if (dash > 0) {
        this.ranges.push([spec.slice(0, dash), spec.slice(dash + 1)]);
      } else {
        this.exact.add(spec);
      }
    }
    this.empty = specs.length === 0;
  }

  has(code: string): boolean {
    if (this.exact.has(code)) {
      return true;
    }
    for (const [lo, hi] of this.ranges) {
      if (code.length === lo.length && code >= lo && code <= hi) {
        return true;
      }
    }
    for (const prefix of this.prefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

const matcherCache = new WeakMap<readonly CodeSpec[], CodeMatcher>();

/** A matcher for a list of specs, cached by the list's identity. */
export function matcherFor(specs: readonly CodeSpec[]): CodeMatcher {
  let matcher = matcherCache.get(specs);
  if (matcher === undefined) {
    matcher = new CodeMatcher(specs);
    matcherCache.set(specs, matcher);
  }
  return matcher;
}

/** Whether `code` matches one of `specs`. */
export function codeMatches(code: string, specs: readonly CodeSpec[]): boolean {
  return matcherFor(specs).has(code);
}

// DOMAIN.md §1 (Novitas CERT article): the E/M families an add-on psychotherapy code may go with.
export const EVALUATION_AND_MANAGEMENT: readonly CodeSpec[] = ['99202-99255', '99304-99337', '99341-99350'];

// DOMAIN.md §1: the time-based psychotherapy codes and the other timed codes.
export const PSYCHOTHERAPY_CODES: readonly CodeSpec[] = ['90832', '90834', '90837'];
export const PSYCHOTHERAPY_ADD_ON_CODES: readonly CodeSpec[] = ['90833', '90836', '90838'];
export const CRISIS_CODES: readonly CodeSpec[] = ['90839', '90840'];
export const FAMILY_PSYCHOTHERAPY_CODES: readonly CodeSpec[] = ['90846', '90847'];

/** Outpatient psychotherapy visits, the family benefit limits usually count (DOMAIN.md §1). */
export const OUTPATIENT_PSYCHOTHERAPY_FAMILY: readonly CodeSpec[] = [
  '90832',
  '90833',
  '90834',
  '90836',
  '90837',
  '90838',
  '90846',
  '90847',
  '90853',
];

// DOMAIN.md §2a: HCPCS Level II level-of-care codes.
export const LEVEL_OF_CARE_CODES: Readonly<Record<string, LevelOfCare>> = {
  H0035: 'PHP',
  S0201: 'PHP',
  H0015: 'IOP',
  S9480: 'IOP',
  H0017: 'RESIDENTIAL',
  H0018: 'RESIDENTIAL',
  H0019: 'RESIDENTIAL',
  H0008: 'DETOX',
  H0009: 'DETOX',
  H0010: 'DETOX',
  H0011: 'DETOX',
  H0012: 'DETOX',
  H0013: 'DETOX',
  H0014: 'DETOX',
};

// DOMAIN.md §2b: revenue codes of partial hospitalization (0912/0913, ✔) and intensive outpatient
// (0905 ✔; 0906 ~, sources conflict).
export const LEVEL_OF_CARE_REVENUE_CODES: Readonly<Record<string, LevelOfCare>> = {
  '0912': 'PHP',
  '0913': 'PHP',
  '0905': 'IOP',
  '0906': 'IOP',
};

// DOMAIN.md §2a: codes that bill substance-use treatment.
export const SUBSTANCE_USE_CODES: readonly CodeSpec[] = [
  'H0001',
  'H0005',
  'H0008-H0016',
  'H0020',
  'H2035',
  'H2036',
];

// DOMAIN.md §12: ICD-10-CM F10–F19, psychoactive substance use.
export const SUBSTANCE_USE_CATEGORIES: readonly string[] = [
  'F10',
  'F11',
  'F12',
  'F13',
  'F14',
  'F15',
  'F16',
  'F17',
  'F18',
  'F19',
];

/** Whether an ICD-10-CM code falls in one of `categories` and not in `excluded` ('F10.20' or 'F1020'). */
export function isSubstanceUseDiagnosis(
  code: string,
  categories: readonly string[] = SUBSTANCE_USE_CATEGORIES,
  excluded: readonly string[] = ['F17'],
): boolean {
  const category = code.slice(0, 3).toUpperCase();
  return categories.includes(category) && !excluded.includes(category);
}
