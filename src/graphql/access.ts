// Field access classes: every field of the schema is in exactly one, declared where the field is
// defined (a type-level default, overridable per field). The shield rule map and the audit
// trail are both derived from these tags (src/auth/permissions.ts, src/audit/track.ts), so a new
// field cannot be forgotten: an untagged field stops the server from starting.

import type { Role } from '../auth/viewer.ts';

export const accessClasses = {
  /** Any authenticated caller (generated helper types: pages, edges, errors, payloads). */
  open: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST', 'PARTNER', 'AUDITOR'],
  /** Reference data of the organization, no patient data: payers, providers, policies, rules. */
  internal: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'],
  /** Patient records without identifiers (codes, amounts, statuses); analysts get them
   *  de-identified (dates of service shifted to the month). */
  records: ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'],
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

/** Field or type options that put it in an access class. */
export function access(cls: AccessClass): { extensions: { access: AccessClass } } {
  return { extensions: { access: cls } };
}

export function isAccessClass(value: unknown): value is AccessClass {
  return typeof value === 'string' && value in accessClasses;
}
