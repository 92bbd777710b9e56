// Row-level access, in one place: which rows of each model a viewer may see. The scoped Prisma
// client (src/db/scoped.ts) adds these conditions to every query, nested relations and counts
// included, so resolvers never filter by hand and hidden rows are absent from lists, totals and
// lookups alike. Rules:
// - the viewer's organization only (payers are shared reference data);
// - a record made by a 42 CFR Part 2 program (its `programId` names one) is visible only to that
//   program's staff, or under a consent on file that names the viewer's organization (or, for a
//   partner, its payer) as recipient for the viewer's purpose and is in force today; analysts
//   and auditors never see Part 2 records.

import type { Prisma } from '../generated/prisma/client.ts';
import type { Viewer } from './viewer.ts';

export type ModelName = Prisma.ModelName;
type Where = Record<string, unknown>;

interface ModelRule {
  /** Column holding the organization id ('id' for Organization itself). */
  org?: 'organizationId' | 'id';
  /** The model carries a Part 2 provenance column `programId`. */
  part2?: { patient: 'self' | 'patient' };
  /** Scoped through this to-one relation when queried on its own. */
  parent?: { relation: string; model: ModelName };
}

export const modelRules: Readonly<Record<ModelName, ModelRule>> = {
  Organization: { org: 'id' },
  Location: { org: 'organizationId' },
  Program: { org: 'organizationId' },
  UserAccount: { org: 'organizationId' },
  ProgramMembership: { parent: { relation: 'program', model: 'Program' } },
  Provider: { org: 'organizationId' },
  ProgramProvider: { parent: { relation: 'program', model: 'Program' } },
  ProviderLicense: { parent: { relation: 'provider', model: 'Provider' } },
  Payer: {},
  ProviderEnrollment: { parent: { relation: 'provider', model: 'Provider' } },
  Patient: { org: 'organizationId', part2: { patient: 'self' } },
  Coverage: { org: 'organizationId', parent: { relation: 'patient', model: 'Patient' } },
  Part2Consent: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  Diagnosis: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  Episode: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  LevelOfCareTransition: { parent: { relation: 'fromEpisode', model: 'Episode' } },
  Authorization: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  ConcurrentReview: { parent: { relation: 'authorization', model: 'Authorization' } },
  TreatmentPlan: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  Session: { org: 'organizationId', part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  ProgramDay: { part2: { patient: 'patient' }, parent: { relation: 'patient', model: 'Patient' } },
  ProgramDayService: { parent: { relation: 'programDay', model: 'ProgramDay' } },
  Claim: { org: 'organizationId', part2: { patient: 'patient' } },
  ClaimDiagnosis: { parent: { relation: 'claim', model: 'Claim' } },
  ClaimLine: { parent: { relation: 'claim', model: 'Claim' } },
  ClaimStatusChange: { parent: { relation: 'claim', model: 'Claim' } },
  Remittance: { org: 'organizationId', parent: { relation: 'claim', model: 'Claim' } },
  RemittanceServiceLine: { parent: { relation: 'remittance', model: 'Remittance' } },
  RemittanceAdjustment: { parent: { relation: 'remittance', model: 'Remittance' } },
  Appeal: { parent: { relation: 'claim', model: 'Claim' } },
  AuditEvent: { org: 'organizationId' },
  IdempotencyKey: {},
  Icd10Code: {},
};

/** The programs of the viewer's organization, as far as Part 2 is concerned. */
export interface ProgramAccess {
  /** Programs whose records the viewer may see: every non-Part 2 program, and Part 2 programs
   *  the viewer is on the staff of. */
  visible: string[];
  /** Part 2 programs the viewer is not on the staff of: visible only under a consent. */
  consentRequired: string[];
  /** Every Part 2 program of the organization. */
  part2: string[];
}

/** Everything row scoping needs to know about a request. */
export interface AccessRules {
  viewer: Viewer;
  programs: ProgramAccess;
  /** Today's date (YYYY-MM-DD): consents are judged as of the request. */
  today: Date;
  /** Partner only: the payer's id (consents must name it as recipient). */
  partnerPayerId: string | null;
}

/**
 * The consent condition under which a viewer may see a Part 2 record of `programId`: a consent
 * of the patient for that program, naming the viewer's organization (or the partner's payer) as
 * recipient, for the viewer's purpose, signed, not expired, not revoked.
 */
export function consentCovering(access: AccessRules, programId: string): Where {
  const { viewer, today } = access;
  const recipient =
    viewer.role === 'PARTNER'
      ? { recipientPayerId: access.partnerPayerId ?? '00000000-0000-0000-0000-000000000000' }
      : { recipientOrganizationId: viewer.organizationId };
  return {
    programId,
    ...recipient,
    purposes: { has: viewer.purpose },
    signedOn: { lte: today },
    OR: [{ expiresOn: null }, { expiresOn: { gte: today } }],
    revokedAt: null,
  };
}

/** Conditions on a model's own columns (organization, Part 2 provenance). */
export function ownScope(model: ModelName, access: AccessRules): Where[] {
  const rule = modelRules[model];
  const conditions: Where[] = [];
  if (rule.org) {
    conditions.push({ [rule.org]: access.viewer.organizationId });
  }
  if (rule.part2) {
    const mayConsent = access.viewer.role !== 'ANALYST' && access.viewer.role !== 'AUDITOR';
    const alternatives: Where[] = [{ programId: null }, { programId: { in: access.programs.visible } }];
    if (mayConsent) {
      for (const programId of access.programs.consentRequired) {
        const consents = { consents: { some: consentCovering(access, programId) } };
        alternatives.push(
          rule.part2.patient === 'self' ? { programId, ...consents } : { programId, patient: consents },
        );
      }
    }
    conditions.push({ OR: alternatives });
  }
  return conditions;
}

/** Every condition a row of `model` must meet to be visible, parents included. */
export function fullScope(model: ModelName, access: AccessRules): Where[] {
  const conditions = ownScope(model, access);
  const parent = modelRules[model].parent;
  if (parent) {
    const parentConditions = fullScope(parent.model, access);
    if (parentConditions.length > 0) {
      conditions.push({ [parent.relation]: { AND: parentConditions } });
    }
  }
  return conditions;
}
