// The records around the claims: provider enrollments with payers (credentialing), patients'
// coverages, and 42 CFR Part 2 consents (granted in writing, revoked in writing).

import { isoDate } from '../domain/dates.ts';
import { InvalidStateError, NotFoundError, ValidationError } from '../errors.ts';
import { Issues } from './validate.ts';
import { ensureVersion, runWrite, type WriteContext } from './write.ts';

type CredentialingStatus = 'APPLIED' | 'PENDING' | 'ENROLLED' | 'DENIED' | 'TERMINATED';

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

function checkPeriod(issues: Issues, from: string | null | undefined, to: string | null | undefined, fromField: string, toField: string): void {
  if (from != null) {
    issues.date(['input', fromField], from);
  }
  if (to != null) {
    issues.date(['input', toField], to);
  }
  if (from != null && to != null && to < from) {
    issues.add(['input', toField], 'END_BEFORE_START', 'The end date is before the start date.');
  }
}

// ---------------------------------------------------------------------------------------------
// Enrollments
// ---------------------------------------------------------------------------------------------

export interface SetEnrollmentInput {
  /** The enrollment to change; leave out to record a new one. */
  enrollmentId?: string | null;
  /** With enrollmentId: the version read. */
  expectedVersion?: number | null;
  providerId: string;
  payerId: string;
  status: CredentialingStatus;
  inNetwork?: boolean | null;
  payerProviderId?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

/** Records or updates a provider's enrollment (credentialing) with a payer. */
export async function setEnrollment(ctx: WriteContext, input: SetEnrollmentInput): Promise<{ enrollmentId: string }> {
  const issues = new Issues();
  checkPeriod(issues, input.effectiveFrom, input.effectiveTo, 'effectiveFrom', 'effectiveTo');
  if ((input.status === 'ENROLLED' || input.status === 'TERMINATED') && !input.effectiveFrom) {
    issues.add(['input', 'effectiveFrom'], 'EFFECTIVE_DATE_REQUIRED', 'An enrollment in force (or ended) has an effective date.');
  }
  if (input.status === 'TERMINATED' && !input.effectiveTo) {
    issues.add(['input', 'effectiveTo'], 'END_DATE_REQUIRED', 'A terminated enrollment has an end date.');
  }
  if (input.enrollmentId && input.expectedVersion == null) {
    issues.add(['input', 'expectedVersion'], 'VERSION_REQUIRED', 'Send the version you read to change an enrollment.');
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'setEnrollment', input }, async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const provider = await tx.provider.findUnique({ where: { id: input.providerId }, select: { id: true } });
    const payer = await tx.payer.findUnique({ where: { id: input.payerId }, select: { id: true } });
    if (provider === null) {
      throw new NotFoundError('Provider', ['input', 'providerId']);
    }
    if (payer === null) {
      throw new NotFoundError('Payer', ['input', 'payerId']);
    }
    const data = {
      status: input.status,
      inNetwork: input.inNetwork ?? true,
      payerProviderId: input.payerProviderId?.trim() || null,
      effectiveFrom: input.effectiveFrom ? day(input.effectiveFrom) : null,
      effectiveTo: input.effectiveTo ? day(input.effectiveTo) : null,
    };
    let enrollmentId: string;
    if (input.enrollmentId) {
      const expected = input.expectedVersion ?? 0;
      const { count } = await tx.providerEnrollment.updateMany({
        where: { id: input.enrollmentId, providerId: provider.id, payerId: payer.id, version: expected },
        data: { ...data, version: { increment: 1 } },
      });
      await ensureVersion(count, 'ProviderEnrollment', expected, () =>
        tx.providerEnrollment.findFirst({ where: { id: input.enrollmentId ?? '', providerId: provider.id, payerId: payer.id }, select: { version: true } }),
      );
      enrollmentId = input.enrollmentId;
    } else {
      enrollmentId = (await tx.providerEnrollment.create({ data: { providerId: provider.id, payerId: payer.id, ...data } })).id;
    }
    return {
      result: { enrollmentId },
      audit: [{ action: input.enrollmentId ? 'UPDATE' : 'CREATE', recordType: 'ProviderEnrollment', recordId: enrollmentId, fields: ['ProviderEnrollment.*'] }],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Coverages
// ---------------------------------------------------------------------------------------------

export interface SetCoverageInput {
  coverageId?: string | null;
  expectedVersion?: number | null;
  patientId: string;
  payerId: string;
  memberId: string;
  groupNumber?: string | null;
  planName: string;
  planCode?: string | null;
  relationship?: 'SELF' | 'SPOUSE' | 'CHILD' | 'OTHER' | null;
  priority?: number | null;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

/** Records or updates a patient's coverage with a payer. */
export async function setCoverage(ctx: WriteContext, input: SetCoverageInput): Promise<{ coverageId: string }> {
  const issues = new Issues();
  checkPeriod(issues, input.effectiveFrom, input.effectiveTo, 'effectiveFrom', 'effectiveTo');
  const memberId = input.memberId.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9 .-]{0,39}$/.test(memberId)) {
    issues.add(['input', 'memberId'], 'INVALID_MEMBER_ID', 'A member ID is 1 to 40 letters, digits, spaces, dots or hyphens.');
  }
  if (input.planName.trim().length === 0) {
    issues.add(['input', 'planName'], 'REQUIRED', 'Name the plan.');
  }
  const priority = input.priority ?? 1;
  if (!Number.isInteger(priority) || priority < 1 || priority > 9) {
    issues.add(['input', 'priority'], 'INVALID_PRIORITY', 'Priority is 1 (primary) to 9.');
  }
  if (input.coverageId && input.expectedVersion == null) {
    issues.add(['input', 'expectedVersion'], 'VERSION_REQUIRED', 'Send the version you read to change a coverage.');
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'setCoverage', input }, async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true } });
    const payer = await tx.payer.findUnique({ where: { id: input.payerId }, select: { id: true, policyId: true } });
    if (patient === null) {
      throw new NotFoundError('Patient', ['input', 'patientId']);
    }
    if (payer === null) {
      throw new NotFoundError('Payer', ['input', 'payerId']);
    }
    const policy = ctx.policies[payer.policyId];
    const planCode = input.planCode?.trim() || null;
    if (planCode !== null && policy !== undefined) {
      const known = policy.versions.some((v) => v.settings.defaultPlan === planCode || planCode in v.settings.plans);
      if (!known) {
        throw ValidationError.of(['input', 'planCode'], 'UNKNOWN_PLAN', `The payer's policy has no plan "${planCode}".`);
      }
    }
    const data = {
      memberId,
      groupNumber: input.groupNumber?.trim() || null,
      planName: input.planName.trim(),
      planCode,
      relationship: input.relationship ?? 'SELF',
      priority,
      effectiveFrom: day(input.effectiveFrom),
      effectiveTo: input.effectiveTo ? day(input.effectiveTo) : null,
    };
    let coverageId: string;
    if (input.coverageId) {
      const expected = input.expectedVersion ?? 0;
      const { count } = await tx.coverage.updateMany({
        where: { id: input.coverageId, patientId: patient.id, payerId: payer.id, version: expected },
        data: { ...data, version: { increment: 1 } },
      });
      await ensureVersion(count, 'Coverage', expected, () =>
        tx.coverage.findFirst({ where: { id: input.coverageId ?? '', patientId: patient.id, payerId: payer.id }, select: { version: true } }),
      );
      coverageId = input.coverageId;
    } else {
      coverageId = (
        await tx.coverage.create({ data: { organizationId: ctx.actor.organizationId, patientId: patient.id, payerId: payer.id, ...data } })
      ).id;
    }
    return {
      result: { coverageId },
      audit: [{ action: input.coverageId ? 'UPDATE' : 'CREATE', recordType: 'Coverage', recordId: coverageId, patientId: patient.id, fields: ['Coverage.*'] }],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 42 CFR Part 2 consents
// ---------------------------------------------------------------------------------------------

export interface GrantConsentInput {
  patientId: string;
  programId: string;
  scope: 'ALL_SUD_RECORDS' | 'DIAGNOSES_AND_SERVICES' | 'BILLING_INFORMATION_ONLY';
  purposes: Array<'TREATMENT' | 'PAYMENT' | 'HEALTH_CARE_OPERATIONS' | 'RESEARCH' | 'OTHER'>;
  recipientName: string;
  recipientPayerId?: string | null;
  recipientOrganizationId?: string | null;
  signedOn: string;
  expiresOn?: string | null;
  expiryEvent?: string | null;
}

/** Records a patient's written consent to disclose a Part 2 program's records. */
export async function grantConsent(ctx: WriteContext, input: GrantConsentInput): Promise<{ consentId: string }> {
  const issues = new Issues();
  issues.date(['input', 'signedOn'], input.signedOn, isoDate(ctx.now));
  if (input.expiresOn != null) {
    issues.date(['input', 'expiresOn'], input.expiresOn);
    if (input.expiresOn < input.signedOn) {
      issues.add(['input', 'expiresOn'], 'END_BEFORE_START', 'The consent expires before it was signed.');
    }
  }
  if (input.expiresOn == null && !input.expiryEvent?.trim()) {
    issues.add(['input', 'expiresOn'], 'EXPIRY_REQUIRED', 'A Part 2 consent states when it expires: a date or an event (42 CFR 2.31).');
  }
  if (input.purposes.length === 0) {
    issues.add(['input', 'purposes'], 'PURPOSE_REQUIRED', 'A consent states at least one purpose.');
  }
  if (input.recipientName.trim().length === 0) {
    issues.add(['input', 'recipientName'], 'REQUIRED', 'Name the recipient (or the class of recipients, such as "my health plans").');
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'grantConsent', input }, async (tx) => {
    // One after the other: a transaction is one connection, which runs one query at a time.
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true } });
    const program = await tx.program.findUnique({ where: { id: input.programId }, select: { id: true, isPart2: true } });
    if (patient === null) {
      throw new NotFoundError('Patient', ['input', 'patientId']);
    }
    if (program === null || !program.isPart2) {
      throw new NotFoundError('Program', ['input', 'programId']);
    }
    if (input.recipientPayerId) {
      const payer = await tx.payer.findUnique({ where: { id: input.recipientPayerId }, select: { id: true } });
      if (payer === null) {
        throw new NotFoundError('Payer', ['input', 'recipientPayerId']);
      }
    }
    const consent = await tx.part2Consent.create({
      data: {
        patientId: patient.id,
        programId: program.id,
        scope: input.scope,
        purposes: [...new Set(input.purposes)],
        recipientName: input.recipientName.trim(),
        recipientPayerId: input.recipientPayerId ?? null,
        recipientOrganizationId: input.recipientOrganizationId ?? null,
        signedOn: day(input.signedOn),
        expiresOn: input.expiresOn ? day(input.expiresOn) : null,
        expiryEvent: input.expiryEvent?.trim() || null,
      },
    });
    return {
      result: { consentId: consent.id },
      audit: [{ action: 'CREATE', recordType: 'Part2Consent', recordId: consent.id, patientId: patient.id, part2: true, fields: ['Part2Consent.*'] }],
    };
  });
}

export interface RevokeConsentInput {
  consentId: string;
  /** When the patient revoked it in writing (now, when left out); disclosure stops from then on. */
  revokedAt?: Date | null;
}

/** Records a patient's written revocation of a Part 2 consent. */
export async function revokeConsent(ctx: WriteContext, input: RevokeConsentInput): Promise<{ consentId: string }> {
  const revokedAt = input.revokedAt ?? ctx.now;
  if (revokedAt.getTime() > ctx.now.getTime()) {
    throw ValidationError.of(['input', 'revokedAt'], 'DATE_IN_FUTURE', 'A revocation cannot be dated in the future.');
  }
  return runWrite(ctx, { operation: 'revokeConsent', input }, async (tx) => {
    const consent = await tx.part2Consent.findUnique({ where: { id: input.consentId }, select: { id: true, patientId: true, revokedAt: true, signedOn: true } });
    if (consent === null) {
      throw new NotFoundError('Part2Consent', ['input', 'consentId']);
    }
    if (consent.revokedAt !== null) {
      throw new InvalidStateError('The consent is already revoked.', 'REVOKED');
    }
    if (isoDate(revokedAt) < isoDate(consent.signedOn)) {
      throw ValidationError.of(['input', 'revokedAt'], 'BEFORE_SIGNED', 'A consent cannot be revoked before it was signed.');
    }
    // Only an unrevoked consent is revoked: of two concurrent revocations, one writes, one is told.
    const { count } = await tx.part2Consent.updateMany({ where: { id: consent.id, revokedAt: null }, data: { revokedAt, version: { increment: 1 } } });
    if (count === 0) {
      throw new InvalidStateError('The consent is already revoked.', 'REVOKED');
    }
    return {
      result: { consentId: consent.id },
      audit: [{ action: 'UPDATE', recordType: 'Part2Consent', recordId: consent.id, patientId: consent.patientId, part2: true, fields: ['Part2Consent.revokedAt'] }],
    };
  });
}
