// Who is calling: the roles of Parity and what each may do with patient data.

export const roles = ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST', 'PARTNER', 'AUDITOR'] as const;
export type Role = (typeof roles)[number];

/** The purpose of use each role acts under (42 CFR 2.31 consents name purposes). */
export type Purpose = 'TREATMENT' | 'PAYMENT' | 'HEALTH_CARE_OPERATIONS';

export const purposeOfRole: Readonly<Record<Role, Purpose>> = {
  ADMIN: 'HEALTH_CARE_OPERATIONS',
  BILLER: 'PAYMENT',
  CLINICIAN: 'TREATMENT',
  ANALYST: 'HEALTH_CARE_OPERATIONS',
  PARTNER: 'PAYMENT',
  AUDITOR: 'HEALTH_CARE_OPERATIONS',
};

/** The authenticated caller of one request. */
export interface Viewer {
  /** The token's subject: a user (UserAccount.subject) or a partner integration. */
  subject: string;
  role: Role;
  /** The organization whose data the caller may see; nothing of any other is visible. */
  organizationId: string;
  /** PARTNER only: the electronic payer ID (Payer.payerCode) the integration acts for. */
  payerCode: string | null;
  purpose: Purpose;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
