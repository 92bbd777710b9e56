// Row-level access, in one place: which rows of each model a viewer may see. The scoped Prisma
// client (src/db/scoped.ts) adds these conditions to every query, nested relations, counts and
// to-one relations included, so resolvers never filter by hand and hidden rows are absent from
// lists, totals and lookups alike. Rules:
// - the viewer's organization only (payers are shared reference data);
// - a partner sees only what concerns its own payer;
// - a record made by a 42 CFR Part 2 program (its `programId` names one) is visible only to that
//   program's staff, or under a consent on file that names the viewer's organization (or, for a
//   partner, its payer) as recipient for the viewer's purpose and is in force today; analysts
//   and auditors never see Part 2 records. Diagnosis rows need a consent whose scope covers
//   diagnoses. A patient registered by a Part 2 program is a Part 2 record too, and every row
//   about a patient inherits the patient's visibility, so no path leads to a hidden patient.

import type { Prisma } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { Viewer } from './viewer.ts';

export type ModelName = Prisma.ModelName;
export type Where = Record<string, unknown>;

/** A required to-one relation whose row must be visible for this row to be. */
export interface ParentRelation {
  relation: string;
  model: ModelName;
}

export interface ModelRule {
  /** Column holding the organization id ('id' for Organization itself). */
  org?: 'organizationId' | 'id';
  /** The model carries a Part 2 provenance column `programId`. `detail`: its rows are
   *  diagnoses, disclosed under a consent only when the consent's scope covers them. */
  part2?: { patient: 'self' | 'patient'; detail?: boolean };
  /** Rows that are diagnoses of a parent's Part 2 record (they carry no programId of their own). */
  part2DetailOf?: { relation: string; model: ModelName };
  /** Required to-one relations whose visibility the row inherits. */
  parents?: readonly ParentRelation[];
  /** Required to-one relations whose visibility is that of a parent (the relation's row
   *  belongs to the same parent row): relation -> the parent relation that covers it. */
  sameAs?: Readonly<Record<string, string>>;
  /** What a partner may see: the condition on the row naming the partner's payer. */
  partner?: (payerId: string) => Where;
}

const byPayer = (payerId: string): Where => ({ payerId });

export const modelRules: Readonly<Record<ModelName, ModelRule>> = {
  Organization: { org: 'id' },
  Location: { org: 'organizationId' },
  Program: { org: 'organizationId' },
  UserAccount: { org: 'organizationId' },
  ProgramMembership: { parents: [{ relation: 'program', model: 'Program' }] },
  Provider: { org: 'organizationId' },
  ProgramProvider: { parents: [{ relation: 'program', model: 'Program' }] },
  ProviderLicense: { parents: [{ relation: 'provider', model: 'Provider' }] },
  Payer: {},
  ProviderEnrollment: { parents: [{ relation: 'provider', model: 'Provider' }], partner: byPayer },
  Patient: {
    org: 'organizationId',
    part2: { patient: 'self' },
    partner: (payerId) => ({ coverages: { some: { payerId } } }),
  },
  Coverage: { org: 'organizationId', parents: [{ relation: 'patient', model: 'Patient' }], partner: byPayer },
  Part2Consent: { part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }] },
  Diagnosis: { part2: { patient: 'patient', detail: true }, parents: [{ relation: 'patient', model: 'Patient' }] },
  Episode: { part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }] },
  LevelOfCareTransition: {
    parents: [
      { relation: 'fromEpisode', model: 'Episode' },
      { relation: 'toEpisode', model: 'Episode' },
    ],
  },
  Authorization: { part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }], partner: byPayer },
  ConcurrentReview: { parents: [{ relation: 'authorization', model: 'Authorization' }] },
  TreatmentPlan: { part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }] },
  Session: { org: 'organizationId', part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }] },
  ProgramDay: { part2: { patient: 'patient' }, parents: [{ relation: 'patient', model: 'Patient' }] },
  ProgramDayService: { parents: [{ relation: 'programDay', model: 'ProgramDay' }] },
  Claim: {
    org: 'organizationId',
    part2: { patient: 'patient' },
    // Its coverage is the patient's (coverage belongs to the same patient), so the patient's
    // visibility covers it; following both would only repeat the patient's conditions.
    parents: [{ relation: 'patient', model: 'Patient' }],
    sameAs: { coverage: 'patient' },
    partner: byPayer,
  },
  ClaimDiagnosis: { parents: [{ relation: 'claim', model: 'Claim' }], part2DetailOf: { relation: 'claim', model: 'Claim' } },
  ClaimLine: { parents: [{ relation: 'claim', model: 'Claim' }] },
  ClaimStatusChange: { parents: [{ relation: 'claim', model: 'Claim' }] },
  Remittance: { org: 'organizationId', parents: [{ relation: 'claim', model: 'Claim' }], partner: byPayer },
  RemittanceServiceLine: { parents: [{ relation: 'remittance', model: 'Remittance' }] },
  RemittanceAdjustment: { parents: [{ relation: 'remittance', model: 'Remittance' }] },
  Appeal: { parents: [{ relation: 'claim', model: 'Claim' }] },
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

/** Patients whose consent on file covers the viewer today, for one Part 2 program. */
export interface ConsentedPatients {
  /** Under any consent scope (their records are visible). */
  any: string[];
  /** Under a consent whose scope covers diagnoses and service details. */
  details: string[];
}

/** Everything row scoping needs to know about a request. */
export interface AccessRules {
  viewer: Viewer;
  programs: ProgramAccess;
  /** Today's date (UTC midnight): consents are judged as of the request. */
  today: Date;
  /** Partner only: the payer's id (consents must name it as recipient). */
  partnerPayerId: string | null;
  /** For each program in `programs.consentRequired`: the patients whose consent covers the
   *  viewer today (looked up once per request, so a revocation counts from the next request).
   *  When absent for a program, the consent condition is evaluated in the query itself. */
  consented: Readonly<Record<string, ConsentedPatients>>;
}

/** Above this many consented patients, the consent condition is a subquery, not a list. */
export const consentListLimit = 2_000;

/** An id no row has: conditions on it match nothing. */
export const noSuchId = '00000000-0000-0000-0000-000000000000';

/** Consent scopes that cover diagnoses and service details (not only billing information). */
export const detailScopes = ['ALL_SUD_RECORDS', 'DIAGNOSES_AND_SERVICES'] as const;

/** Whether the viewer's role may ever see a Part 2 record (program staff or under consent). */
export function mayReceivePart2(viewer: Viewer): boolean {
  return viewer.role !== 'ANALYST' && viewer.role !== 'AUDITOR';
}

/**
 * The consent condition under which a viewer may see a Part 2 record of `programId`: a consent
 * of the patient for that program, naming the viewer's organization (or the partner's payer) as
 * recipient, for the viewer's purpose, signed, not expired, not revoked.
 *
 * @param detail - whether the record is a diagnosis (the consent's scope must cover it)
 */
export function consentCovering(access: AccessRules, programId: string, detail = false): Where {
  const { viewer, today } = access;
  const recipient =
    viewer.role === 'PARTNER'
      ? { recipientPayerId: access.partnerPayerId ?? noSuchId }
      : { recipientOrganizationId: viewer.organizationId };
  return {
    programId,
    ...recipient,
    purposes: { has: viewer.purpose },
    signedOn: { lte: today },
    OR: [{ expiresOn: null }, { expiresOn: { gte: today } }],
    revokedAt: null,
    ...(detail ? { scope: { in: [...detailScopes] } } : {}),
  };
}

const models = getDatamodel().datamodel.models;

/** Models whose `programId` may be null (a record of no program). */
const optionalProgram: ReadonlySet<string> = new Set(
  Object.entries(models)
    .filter(([, m]) => m.fields.some((f) => f.name === 'programId' && !f.isRequired))
    .map(([name]) => name),
);

/**
 * The Part 2 condition on a row of `model`, which carries `programId` and a patient (itself or
 * by `patientId`). The consented patients are usually a short list read once per request, which
 * keeps the condition flat; past `consentListLimit` it is a subquery on the consents.
 */
function part2Condition(model: ModelName, access: AccessRules, patient: 'self' | 'patient', detail: boolean): Where {
  const alternatives: Where[] = [{ programId: { in: access.programs.visible } }];
  if (optionalProgram.has(model)) {
    alternatives.unshift({ programId: null });
  }
  if (mayReceivePart2(access.viewer)) {
    const patientKey = patient === 'self' ? 'id' : 'patientId';
    for (const programId of access.programs.consentRequired) {
      const listed = access.consented[programId];
      const ids = listed ? (detail ? listed.details : listed.any) : null;
      if (ids && ids.length <= consentListLimit) {
        if (ids.length > 0) {
          alternatives.push({ programId, [patientKey]: { in: ids } });
        }
        continue;
      }
      const consents = { consents: { some: consentCovering(access, programId, detail) } };
      alternatives.push(patient === 'self' ? { programId, ...consents } : { programId, patient: consents });
    }
  }
  return { OR: alternatives };
}

/**
 * Conditions on a model's own columns (organization, payer, Part 2 provenance).
 *
 * @param details - whether the row's details must be disclosed too (a Part 2 record under a
 *   consent whose scope covers diagnoses and services, or of a program the caller is staff of),
 *   not only its existence: what a count or a sum of the details it summarises needs
 */
export function ownScope(model: ModelName, access: AccessRules, details = false): Where[] {
  const rule = modelRules[model];
  const conditions: Where[] = [];
  if (rule.org) {
    conditions.push({ [rule.org]: access.viewer.organizationId });
  }
  if (access.viewer.role === 'PARTNER' && rule.partner) {
    conditions.push(rule.partner(access.partnerPayerId ?? noSuchId));
  }
  if (rule.part2) {
    conditions.push(part2Condition(model, access, rule.part2.patient, (rule.part2.detail ?? false) || details));
  }
  if (rule.part2DetailOf) {
    const carrier = modelRules[rule.part2DetailOf.model].part2;
    if (carrier) {
      conditions.push({ [rule.part2DetailOf.relation]: part2Condition(rule.part2DetailOf.model, access, carrier.patient, true) });
    }
  }
  return conditions;
}

/**
 * Every condition a row of `model` must meet to be visible, parents included.
 *
 * @param except - a parent relation not to follow (the row is reached from that parent, which
 *   is visible already)
 * @param details - whether the row's own details must be disclosed too (see `ownScope`)
 */
export function fullScope(model: ModelName, access: AccessRules, except?: string, details = false): Where[] {
  const conditions = ownScope(model, access, details);
  for (const parent of modelRules[model].parents ?? []) {
    if (parent.relation === except) {
      continue;
    }
    const parentConditions = fullScope(parent.model, access);
    if (parentConditions.length > 0) {
      conditions.push({ [parent.relation]: { AND: parentConditions } });
    }
  }
  return conditions;
}

/** Whether a model's rows are about a patient (Part 2 provenance, or a parent that is). */
export function isPatientRecord(model: ModelName): boolean {
  const rule = modelRules[model];
  return rule.part2 !== undefined || (rule.parents ?? []).some((p) => isPatientRecord(p.model));
}
