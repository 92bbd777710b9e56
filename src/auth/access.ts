// Field access classes: every field of the schema is in exactly one, declared where the field is
// defined (a type-level default, overridable per field). The shield rule map, the audit trail,
// analysts' de-identification and Part 2 redaction are all derived from these tags
// (src/auth/permissions.ts, src/audit/track.ts, src/graphql/deidentify.ts), so a new field
// cannot be forgotten: an untagged field stops the server from starting.

import type { Role } from './viewer.ts';

export const accessClasses = {
  /** Any authenticated caller (generated helper types: pages, edges, errors, payloads). */
  open: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST', 'PARTNER', 'AUDITOR'],
  /** Reference data of the organization, no patient data: payers, providers, policies, rules. */
  internal: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'],
  /** Patient records without identifiers (codes, amounts, statuses); analysts get them
   *  de-identified: every date shifted to the first day of its month, and date filters
   *  compared by month (src/graphql/deidentify.ts, src/auth/deidentify.ts). */
  records: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'],
  /** Aggregates over the organization's records (Query.analytics): counts, rates and balances,
   *  never a row; small cells suppressed for callers outside the `phi` class. */
  analytics: ['ADMIN', 'BILLER', 'ANALYST'],
  /** Patient identifiers (names, birth date, address, phone, member ID, record numbers). */
  phi: ['ADMIN', 'BILLER', 'CLINICIAN'],
  /** Eligibility answers: staff, and partners for their own payer. */
  eligibility: ['ADMIN', 'BILLER', 'CLINICIAN', 'PARTNER'],
  /** The audit trail. */
  audit: ['ADMIN', 'AUDITOR'],
  /** Writes of billing staff. */
  billingWrite: ['ADMIN', 'BILLER'],
  /** Writes of clinical staff (sessions, program days, treatment plans). */
  clinicalWrite: ['ADMIN', 'BILLER', 'CLINICIAN'],
  /** Administration (credentialing, consents). */
  adminWrite: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type AccessClass = keyof typeof accessClasses;

/** Classes whose reads are patient data: each read writes an audit event. */
export const auditedClasses: ReadonlySet<AccessClass> = new Set(['records', 'phi', 'eligibility']);

export type FieldTags = {
  access?: AccessClass;
  /** A diagnosis or service detail of a 42 CFR Part 2 record: disclosed only to the program's
   *  staff or under a consent whose scope covers details; otherwise redacted (null, and named in
   *  the record's `part2.redactedFields`). Such a field must be nullable. */
  part2Detail?: true;
  /** A list field's typical length, for the operation cost estimate (src/graphql/limits.ts). */
  listEstimate?: number;
};

/**
 * Field or type options that put it in an access class.
 *
 * @param cls - the access class
 * @param tags - further tags (part2Detail)
 */
export function access(cls: AccessClass, tags: Omit<FieldTags, 'access'> = {}): { extensions: FieldTags } {
  return { extensions: { access: cls, ...tags } };
}

/** Options of a list field that keeps its type's class: its typical length, for the cost estimate. */
export function typically(listEstimate: number): { extensions: FieldTags } {
  return { extensions: { listEstimate } };
}

/** Options of a field that keeps its type's class and is a Part 2 detail. */
export function part2Detail(): { extensions: FieldTags } {
  return { extensions: { part2Detail: true } };
}

export function isAccessClass(value: unknown): value is AccessClass {
  return typeof value === 'string' && value in accessClasses;
}
