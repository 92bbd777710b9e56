/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** X12 835 claim adjustment group code. */
export type AdjustmentGroup =
  /** Contractual obligation: the provider absorbs it. */
  | 'CO'
  /** Other adjustment. */
  | 'OA'
  /** Payer-initiated reduction. */
  | 'PI'
  /** Patient responsibility. */
  | 'PR';

/** A claim adjustment: the group, the reason (CARC) and the amount. */
export type AdjustmentInput = {
  /** The amount adjusted (more than zero). */
  amount: string;
  /** CO contractual, PR patient responsibility, OA other, PI payer-initiated. */
  group: AdjustmentGroup;
  /** Units adjusted, when the payer says. */
  quantity?: number | null | undefined;
  /** Claim adjustment reason code (for example 45, 197, B7). */
  reasonCode: string;
};

/** An accounts-receivable age band: days from the claim’s submission to today. */
export type AgingBucket =
  /** 0 to 30 days. */
  | 'DAYS_0_30'
  /** 31 to 60 days. */
  | 'DAYS_31_60'
  /** 61 to 90 days. */
  | 'DAYS_61_90'
  /** 91 to 120 days. */
  | 'DAYS_91_120'
  /** More than 120 days. */
  | 'OVER_120';

/** The payer’s decision on an appeal. */
export type AppealOutcome =
  /** The denial is reversed: the claim awaits the payer’s new remittance. */
  | 'OVERTURNED'
  /** The denial stands: the claim is denied again. */
  | 'UPHELD'
  /** The appeal was withdrawn: the claim is denied again. */
  | 'WITHDRAWN';

/** Where an appeal of a denial stands. */
export type AppealStatus =
  /** Filed with the payer; awaiting a decision. */
  | 'FILED'
  /** The payer reversed the denial. */
  | 'OVERTURNED'
  /** The payer kept the denial. */
  | 'UPHELD'
  /** Withdrawn before a decision. */
  | 'WITHDRAWN';

/** Narrows the audit trail: a patient’s disclosure report, who saw a record, one user’s activity, a period. */
export type AuditEventFilter = {
  /** Only events of this action (READ, CREATE, UPDATE, DELETE, DENIED). */
  action?: string | null | undefined;
  /** At or after. */
  from?: string | null | undefined;
  /** Only disclosures of 42 CFR Part 2 records. */
  part2Only?: boolean | null | undefined;
  /** Events about this patient. */
  patientId?: string | number | null | undefined;
  /** Events about this record (its global ID): who read or changed it. The parts of a record are read with it: the reads of a claim’s lines are in the claim’s events. */
  record?: string | number | null | undefined;
  /** Events by this user or integration. */
  subject?: string | null | undefined;
  /** Before. */
  to?: string | null | undefined;
};

/** The payer’s decision on a request. */
export type AuthorizationDecision =
  /** Approved (with units and dates). */
  | 'APPROVED'
  /** Denied. */
  | 'DENIED';

/** What the rows of the authorizations-at-risk report are. */
export type AuthorizationRiskGrouping =
  /** One row per level of care authorized (key: the level; null for authorizations by code). */
  | 'LEVEL_OF_CARE'
  /** One row per payer (key: the payer’s global ID). */
  | 'PAYER';

/** Where a prior authorization stands. */
export type AuthorizationStatus =
  /** Approved for the units and dates given. */
  | 'APPROVED'
  /** Withdrawn. */
  | 'CANCELLED'
  /** Denied by the payer. */
  | 'DENIED'
  /** Past its end date. */
  | 'EXPIRED'
  /** Sent to the payer, no decision yet. */
  | 'REQUESTED';

/** Why a provider may not bill a payer. */
export type CanBillReason =
  /** The payer does not pay the code. */
  | 'CODE_NOT_COVERED'
  /** The licensure may not bill the code with this payer. */
  | 'CODE_NOT_IN_SCOPE'
  /** The payer does not credential the provider’s licensure on the date. */
  | 'LICENSURE_NOT_CREDENTIALED'
  /** The provider holds no enrollment with the payer in force on the date. */
  | 'NOT_ENROLLED'
  /** No version of the payer’s policy is in force on the date. */
  | 'NO_POLICY_VERSION';

/** A charge for a code, overriding the charge master. */
export type ChargeInput = {
  /** Charge per unit. */
  amount: string;
  /** The code. */
  procedureCode: string;
};

/** Narrows a list of claims. All given conditions must hold. */
export type ClaimFilter = {
  /** Professional or institutional claims only. */
  claimType?: ClaimType | null | undefined;
  /** True: only claims the payer’s policy would deny as they stand today; false: only claims it would pay. Judged at query time over every claim the other conditions select, so narrow with them (status: DRAFT, a date range) on large lists. */
  hasDenyFindings?: boolean | null | undefined;
  /** Of this patient. */
  patientId?: string | number | null | undefined;
  /** Billed to this payer. */
  payerId?: string | number | null | undefined;
  /** Rendered by this provider (on the claim or any of its lines). */
  providerId?: string | number | null | undefined;
  /** Date of service on or after this date. */
  serviceFrom?: string | null | undefined;
  /** Date of service on or before this date. */
  serviceTo?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<ClaimStatus> | null | undefined;
};

/** A service line of a draft claim. */
export type ClaimLineInput = {
  /** Charge for the line (more than zero). */
  chargeAmount: string;
  /** Positions of the claim’s diagnoses the line is for (1 to 4). */
  diagnosisPointers: Array<number>;
  /** Documented minutes (time-based codes). */
  minutes?: number | null | undefined;
  /** Up to four modifiers. */
  modifiers?: Array<string> | null | undefined;
  /** CMS place of service (professional lines). */
  placeOfService?: string | null | undefined;
  /** CPT or HCPCS Level II code. */
  procedureCode: string;
  /** The line’s rendering provider, when not the claim’s. */
  renderingProviderId?: string | number | null | undefined;
  /** Revenue code (institutional lines). */
  revenueCode?: string | null | undefined;
  /** Date of service (not in the future). */
  serviceDate: string;
  /** Units (at least 1). */
  units: number;
};

/** How to sort claims. */
export type ClaimOrder = {
  /** Which way (latest first by default). */
  direction?: SortDirection | null | undefined;
  /** What to sort by. */
  field: ClaimOrderField;
};

/** What to sort claims by. */
export type ClaimOrderField =
  /** First date of service. */
  | 'SERVICE_FROM'
  /** When submitted (unsubmitted claims last). */
  | 'SUBMITTED_AT'
  /** Total charge. */
  | 'TOTAL_CHARGE';

/** Where a claim is in its life, from draft to paid (or written off). */
export type ClaimStatus =
  /** Accepted for adjudication by the payer; awaiting payment. */
  | 'ACCEPTED'
  /** A denial is under appeal. */
  | 'APPEALED'
  /** Adjudicated with no payment. */
  | 'DENIED'
  /** Being prepared; not sent to the payer. */
  | 'DRAFT'
  /** Adjudicated and paid. */
  | 'PAID'
  /** Adjudicated with some lines or amounts not paid. */
  | 'PARTIALLY_PAID'
  /** Sent to the payer (or clearinghouse). */
  | 'SUBMITTED'
  /** Closed without (further) payment. */
  | 'WRITTEN_OFF';

/** The claim form. */
export type ClaimType =
  /** Institutional claim (837I / UB-04): facility program days (PHP, IOP, residential). */
  | 'INSTITUTIONAL'
  /** Professional claim (837P / CMS-1500): a clinician’s services. */
  | 'PROFESSIONAL';

/** A purpose a 42 CFR Part 2 consent allows disclosure for. */
export type ConsentPurpose =
  /** Health-care operations. */
  | 'HEALTH_CARE_OPERATIONS'
  /** Another purpose named in the consent. */
  | 'OTHER'
  /** Payment (billing a payer). */
  | 'PAYMENT'
  /** Research. */
  | 'RESEARCH'
  /** Treatment. */
  | 'TREATMENT';

/** What a consent lets be disclosed. */
export type ConsentScope =
  /** All substance-use-disorder records of the program. */
  | 'ALL_SUD_RECORDS'
  /** That services were billed, and amounts; not diagnoses or service details. */
  | 'BILLING_INFORMATION_ONLY'
  /** Diagnoses and the services given. */
  | 'DIAGNOSES_AND_SERVICES';

/** Completed sessions of one patient to bill on a new draft claim. */
export type CreateClaimFromSessionsInput = {
  /** Charges overriding the charge master. */
  charges?: Array<ChargeInput> | null | undefined;
  /** The coverage to bill (the session’s, or the primary coverage in force, by default). */
  coverageId?: string | number | null | undefined;
  /** The sessions (1 to 50), all of one patient, none billed yet. */
  sessionIds: Array<string | number>;
};

/** Where a provider stands in credentialing with a payer. */
export type CredentialingStatus =
  /** Application sent, not yet in review. */
  | 'APPLIED'
  /** The payer declined to credential the provider. */
  | 'DENIED'
  /** Credentialed: may bill for dates within the effective range. */
  | 'ENROLLED'
  /** In review by the payer. */
  | 'PENDING'
  /** Was credentialed; ended on the effective-to date. */
  | 'TERMINATED';

/** The payer’s decision on a requested authorization. */
export type DecideAuthorizationInput = {
  /** The payer’s authorization number. */
  authNumber?: string | null | undefined;
  /** The authorization. */
  authorizationId: string | number;
  /** When the payer’s first concurrent review is due. */
  concurrentReviewDue?: string | null | undefined;
  /** Approved or denied. */
  decision: AuthorizationDecision;
  /** The last date approved, when it differs. */
  endDate?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The first date approved, when it differs from the request. */
  startDate?: string | null | undefined;
  /** Units approved (required when approved). */
  unitsApproved?: number | null | undefined;
};

/** What the rows of a denial-rate report are. */
export type DenialRateGrouping =
  /** One row per month of the claims’ first date of service (key: YYYY-MM). */
  | 'MONTH'
  /** One row per payer (key: the payer’s global ID). */
  | 'PAYER'
  /** One row per claim-level rendering provider (key: the provider’s global ID; null for claims without one). */
  | 'PROVIDER'
  /** One row per claim adjustment reason code (CARC) on the denied claims’ remittances, group codes other than PR (patient responsibility) and CARC 45 (contractual) left out; a claim denied for several reasons counts in each row; key null for denied claims with no such code. */
  | 'REASON';

/** Which member to check, with which payer, on which date. */
export type EligibilityInput = {
  /** The service to check, as a level of care (PHP, IOP, residential...). */
  levelOfCare?: LevelOfCare | null | undefined;
  /** The member (subscriber) ID on the insurance card. */
  memberId: string;
  /** Electronic payer ID of the payer. Partners may leave it out (their own payer is implied) and may ask about no other. */
  payerCode?: string | null | undefined;
  /** The service to check, as a CPT or HCPCS code (outpatient psychotherapy is assumed when neither this nor levelOfCare is given). */
  procedureCode?: string | null | undefined;
  /** The date of service to check (today when left out). */
  serviceDate?: string | null | undefined;
};

/** Why the service is not covered as asked, or what it needs first. */
export type EligibilityReason =
  /** The service needs prior authorization and none on file covers the date (covered once one is obtained). */
  | 'AUTHORIZATION_REQUIRED'
  /** The plan’s limit for the service is used up this benefit year. */
  | 'BENEFIT_LIMIT_REACHED'
  /** The coverage ended before the date. */
  | 'COVERAGE_ENDED'
  /** The coverage begins after the date. */
  | 'COVERAGE_NOT_STARTED'
  /** No version of the payer’s policy in Parity covers the date. */
  | 'NO_POLICY_VERSION'
  /** The plan does not cover the service (its code or its level of care). */
  | 'SERVICE_NOT_COVERED';

/** Whether an episode of care is running. */
export type EpisodeStatus =
  /** Ended (discharged or moved to another level). */
  | 'CLOSED'
  /** The patient is at this level of care now. */
  | 'OPEN';

/** Machine-readable code of an expected error. */
export type ErrorCode =
  /** The payer’s policy says the claim would be denied; fix it or override with a reason. */
  | 'DENY_FINDINGS'
  /** The idempotency key was used before with a different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The record’s state does not allow this action. */
  | 'INVALID_STATE'
  /** The record does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** The input breaks one or more rules; nothing was written. */
  | 'VALIDATION_FAILED'
  /** The record changed since you read it; read it again and retry. */
  | 'VERSION_CONFLICT';

/** An appeal of a denied or partially paid claim. */
export type FileAppealInput = {
  /** The claim. */
  claimId: string | number;
  /** A key (a UUID) that makes retries safe. */
  idempotencyKey?: string | null | undefined;
  /** Why the denial is wrong. */
  reason: string;
};

/** How a finding weighs on payment. */
export type FindingSeverity =
  /** The payer would deny the line or claim. */
  | 'DENY'
  /** Worth knowing; no effect on payment (a remark the payer adds, an undercoded session). */
  | 'INFO'
  /** Likely trouble (a warning from the payer, a documentation gap, a deadline close). */
  | 'WARN';

/** A patient’s written consent (42 CFR 2.31) to disclose a Part 2 program’s records. */
export type GrantConsentInput = {
  /** When it expires (or give expiryEvent). */
  expiresOn?: string | null | undefined;
  /** The event that ends it, when not a date. */
  expiryEvent?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** The Part 2 program whose records it covers. */
  programId: string | number;
  /** What for (treatment, payment, health-care operations...). */
  purposes: Array<ConsentPurpose>;
  /** The recipient, or the class of recipients ("my health plans"). */
  recipientName: string;
  /** The payer named, if one is. */
  recipientPayerId?: string | number | null | undefined;
  /** What may be disclosed. */
  scope: ConsentScope;
  /** When the patient signed it (not in the future). */
  signedOn: string;
};

/** An X12 835 remittance advice file. */
export type Import835Input = {
  /** The 835 text (ISA…IEA). */
  content: string;
  /** Check and match everything, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The paying payer’s electronic payer ID, when the file does not name it the way Parity knows it. */
  payerCode?: string | null | undefined;
};

/** The intensity of behavioral-health care, from most to least intensive. */
export type LevelOfCare =
  /** Withdrawal management (detoxification). */
  | 'DETOX'
  /** Intensive outpatient program (about 9 to 19 hours a week). */
  | 'IOP'
  /** Outpatient visits. */
  | 'OUTPATIENT'
  /** Partial hospitalization program (day treatment, about 20 hours a week). */
  | 'PHP'
  /** Residential treatment (24-hour, non-hospital). */
  | 'RESIDENTIAL';

/** The licensure of a clinician; payers credential and pay by it. */
export type LicensureType =
  /** Licensed or certified addiction (alcohol and drug) counselor. */
  | 'ADDICTION_COUNSELOR'
  /** Licensed clinical social worker. */
  | 'LCSW'
  /** Licensed marriage and family therapist. */
  | 'LMFT'
  /** Licensed professional counselor or licensed mental health counselor. */
  | 'LPC_LMHC'
  /** Physician assistant. */
  | 'PA'
  /** Certified peer support specialist. */
  | 'PEER_SPECIALIST'
  /** Psychiatric-mental health nurse practitioner. */
  | 'PSYCHIATRIC_NP'
  /** Psychiatrist (MD/DO). */
  | 'PSYCHIATRIST'
  /** Licensed clinical psychologist (PhD/PsyD). */
  | 'PSYCHOLOGIST';

/** A classification of benefits under the mental-health parity rules (MHPAEA): limits are compared within one. */
export type ParityClassification =
  /** Emergency care. */
  | 'EMERGENCY'
  /** Inpatient, in network (residential, detox). */
  | 'INPATIENT_IN_NETWORK'
  /** Inpatient, out of network. */
  | 'INPATIENT_OUT_OF_NETWORK'
  /** Outpatient, in network (office visits, IOP, PHP). */
  | 'OUTPATIENT_IN_NETWORK'
  /** Outpatient, out of network. */
  | 'OUTPATIENT_OUT_OF_NETWORK'
  /** Prescription drugs. */
  | 'PRESCRIPTION_DRUGS';

/** Why a 42 CFR Part 2 record is visible to you. */
export type Part2DisclosureBasis =
  /** A written consent of the patient names you (your organization or payer) for your purpose. */
  | 'CONSENT'
  /** You are on the staff of the Part 2 program that made the record (a use, not a disclosure). */
  | 'PROGRAM_STAFF';

/** The kind of payer, which decides much of how claims are judged. */
export type PayerKind =
  /** A commercial (employer or individual) health plan. */
  | 'COMMERCIAL'
  /** A managed-care organization administering Medicaid. */
  | 'MANAGED_MEDICAID'
  /** A state Medicaid program, fee-for-service. */
  | 'MEDICAID'
  /** Traditional Medicare (Part A/B fee-for-service). */
  | 'MEDICARE'
  /** TRICARE, the US military health program. */
  | 'TRICARE';

/** An appointment about to happen: who, with whom, what, when. */
export type PreflightInput = {
  /** The coverage to bill (the primary coverage in force by default). */
  coverageId?: string | number | null | undefined;
  /** The date of service. */
  date: string;
  /** The planned service as a level of care (for program days). */
  levelOfCare?: LevelOfCare | null | undefined;
  /** Planned minutes (time-based codes). */
  minutes?: number | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Place of service (11, office, by default). */
  placeOfService?: string | null | undefined;
  /** The planned service as a code (90834 by default). */
  procedureCode?: string | null | undefined;
  /** The provider who will render the service. */
  providerId: string | number;
  /** How it will be delivered. */
  telehealth?: TelehealthModality | null | undefined;
};

/** A bundled program level of care. */
export type ProgramLevel =
  /** Intensive outpatient. */
  | 'IOP'
  /** Partial hospitalization. */
  | 'PHP';

/** One component service of a program day. */
export type ProgramServiceInput = {
  /** Its minutes. */
  minutes: number;
  /** Its code (group therapy, activity therapy...). */
  procedureCode: string;
  /** Who rendered it. */
  providerId?: string | number | null | undefined;
  /** Its revenue code (institutional claims). */
  revenueCode?: string | null | undefined;
};

/** A concurrent (continued-stay) review of an approved authorization. */
export type RecordConcurrentReviewInput = {
  /** The authorization. */
  authorizationId: string | number;
  /** A new last date, when the review changes it. */
  endDate?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** When the next review is due. */
  nextReviewDue?: string | null | undefined;
  /** What the payer decided. */
  outcome: ReviewOutcome;
  /** Date of the review. */
  reviewedOn: string;
  /** Units the review adds (0 for none). */
  unitsAdded: number;
};

/** One day of a PHP, IOP, residential or detox program. */
export type RecordProgramDayInput = {
  /** The episode of care. */
  episodeId?: string | number | null | undefined;
  /** The level of care (one the program offers). */
  levelOfCare: LevelOfCare;
  /** Where. */
  locationId: string | number;
  /** The patient. */
  patientId: string | number;
  /** The program. */
  programId: string | number;
  /** The day (not in the future). */
  serviceDate: string;
  /** The day’s services (1 to 20). */
  services: Array<ProgramServiceInput>;
};

/** A payer’s answer to a claim, posted by hand (an 835 file is imported with `npm run x12 -- import-835`). */
export type RecordRemittanceInput = {
  /** Every adjustment; charge minus paid must equal their sum. */
  adjustments: Array<AdjustmentInput>;
  /** The claim. */
  claimId: string | number;
  /** A key (a UUID) that makes retries safe: the same key and input post once. */
  idempotencyKey?: string | null | undefined;
  /** What the payer paid (0 for a denial). */
  paidAmount: string;
  /** The payment (or denial) date. */
  paidOn: string;
  /** What the patient owes (the PR adjustments). */
  patientResponsibility: string;
  /** The payer’s claim control number (835 CLP07): one posting per number, ever. */
  payerClaimControlNumber: string;
  /** Remark codes (RARC, such as N362). */
  remarkCodes?: Array<string> | null | undefined;
  /** The payment’s trace (EFT or check) number. */
  traceNumber?: string | null | undefined;
};

/** A session with a rendering provider. */
export type RecordSessionInput = {
  /** The coverage it will be billed to. */
  coverageId?: string | number | null | undefined;
  /** End (after the start). */
  endTime: string;
  /** The episode of care, if any. */
  episodeId?: string | number | null | undefined;
  /** A key (a UUID) that makes retries safe. */
  idempotencyKey?: string | null | undefined;
  /** Where it took place (or the clinic the telehealth session is billed from). */
  locationId: string | number;
  /** Up to four modifiers. */
  modifiers?: Array<string> | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** CMS place of service (02 or 10 for telehealth). */
  placeOfService: string;
  /** The code of the service (the claim’s code follows the minutes when created). */
  procedureCode: string;
  /** The program, if any. */
  programId?: string | number | null | undefined;
  /** The rendering provider. */
  providerId: string | number;
  /** Psychotherapy minutes inside an E/M visit (billed with an add-on code). */
  psychotherapyMinutes?: number | null | undefined;
  /** Start. */
  startTime: string;
  /** COMPLETED by default; SCHEDULED for a future one. */
  status?: SessionStatus | null | undefined;
  /** How it was delivered. */
  telehealthModality?: TelehealthModality | null | undefined;
};

/** A prior-authorization request sent to the payer: for a level of care, or for codes. */
export type RequestAuthorizationInput = {
  /** The coverage (its payer decides). */
  coverageId: string | number;
  /** Last date. */
  endDate: string;
  /** The episode of care it is for. */
  episodeId?: string | number | null | undefined;
  /** A key (a UUID) that makes retries safe. */
  idempotencyKey?: string | null | undefined;
  /** The level of care asked for (or give procedureCodes). */
  levelOfCare?: LevelOfCare | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** The codes asked for (or give levelOfCare). */
  procedureCodes?: Array<string> | null | undefined;
  /** The provider it is for, if the payer authorizes one. */
  providerId?: string | number | null | undefined;
  /** First date. */
  startDate: string;
  /** What the units count. */
  unitType: UnitType;
  /** Units asked for. */
  unitsRequested: number;
};

/** The payer’s decision on an appeal. */
export type ResolveAppealInput = {
  /** The appeal. */
  appealId: string | number;
  /** The decision. */
  outcome: AppealOutcome;
  /** What the payer said. */
  resolution?: string | null | undefined;
};

/** What a payer decided at a concurrent review. */
export type ReviewOutcome =
  /** More units approved; care continues. */
  | 'CONTINUED'
  /** Continued stay denied. */
  | 'DENIED'
  /** Review under way. */
  | 'PENDING'
  /** Fewer units than asked, or a step down required. */
  | 'REDUCED';

/** A patient’s written revocation of a Part 2 consent. */
export type RevokeConsentInput = {
  /** The consent. */
  consentId: string | number;
  /** When the patient revoked it (now by default). */
  revokedAt?: string | null | undefined;
};

/** A claim that is not saved: judged, never written. */
export type ScrubInput = {
  /** Judge against every payer (a what-if matrix): the patient’s coverage with each payer, or a coverage assumed in force. */
  allPayers?: boolean | null | undefined;
  /** Institutional bill type (for example 0131). */
  billType?: string | null | undefined;
  /** The billing location (the organization’s first by default). */
  billingLocationId?: string | number | null | undefined;
  /** Professional or institutional. */
  claimType?: ClaimType | null | undefined;
  /** The coverage to judge against (the primary coverage in force by default). */
  coverageId?: string | number | null | undefined;
  /** ICD-10-CM codes, principal first (at most 12). */
  diagnoses: Array<string>;
  /** The service lines (1 to 50). */
  lines: Array<ScrubLineInput>;
  /** The patient. */
  patientId: string | number;
  /** The program whose services it bills. */
  programId?: string | number | null | undefined;
  /** The rendering provider. */
  renderingProviderId?: string | number | null | undefined;
};

/** A service line of a claim being scrubbed. */
export type ScrubLineInput = {
  /** Charge (the charge master’s when left out). */
  chargeAmount?: string | null | undefined;
  /** Positions of the diagnoses the line is for (the first four by default). */
  diagnosisPointers?: Array<number> | null | undefined;
  /** Session end. */
  endTime?: string | null | undefined;
  /** Documented minutes (time-based codes). */
  minutes?: number | null | undefined;
  /** Up to four modifiers. */
  modifiers?: Array<string> | null | undefined;
  /** CMS place of service (professional lines). */
  placeOfService?: string | null | undefined;
  /** CPT or HCPCS Level II code. */
  procedureCode: string;
  /** This line’s rendering provider, when not the claim’s. */
  renderingProviderId?: string | number | null | undefined;
  /** Revenue code (institutional lines). */
  revenueCode?: string | null | undefined;
  /** Date of service. */
  serviceDate: string;
  /** Session start. */
  startTime?: string | null | undefined;
  /** How the service was delivered. */
  telehealth?: TelehealthModality | null | undefined;
  /** Units (1 by default). */
  units?: number | null | undefined;
};

/** Narrows a list of sessions. All given conditions must hold. */
export type SessionFilter = {
  /** On or after this date. */
  from?: string | null | undefined;
  /** Sessions of this patient. */
  patientId?: string | number | null | undefined;
  /** Sessions of this provider. */
  providerId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<SessionStatus> | null | undefined;
  /** On or before this date. */
  to?: string | null | undefined;
  /** Only completed sessions no claim line bills yet. */
  unbilled?: boolean | null | undefined;
};

/** Whether a session happened. */
export type SessionStatus =
  /** Cancelled in advance. */
  | 'CANCELLED'
  /** Held; billable. */
  | 'COMPLETED'
  /** The patient did not attend. */
  | 'NO_SHOW'
  /** Booked, not yet held. */
  | 'SCHEDULED';

/** A patient’s coverage with a payer: a new one, or a change to one (with its id and version). */
export type SetCoverageInput = {
  /** The coverage to change; leave out to record a new one. */
  coverageId?: string | number | null | undefined;
  /** First day of coverage. */
  effectiveFrom: string;
  /** Last day of coverage. */
  effectiveTo?: string | null | undefined;
  /** With coverageId: the version you read. */
  expectedVersion?: number | null | undefined;
  /** The group number. */
  groupNumber?: string | null | undefined;
  /** The member ID on the card. */
  memberId: string;
  /** The patient. */
  patientId: string | number;
  /** The payer. */
  payerId: string | number;
  /** The benefit design in the payer’s policy (its default when left out). */
  planCode?: string | null | undefined;
  /** The plan’s name. */
  planName: string;
  /** 1 primary (default), 2 secondary... */
  priority?: number | null | undefined;
  /** SELF by default. */
  relationship?: SubscriberRelationship | null | undefined;
};

/** A provider’s enrollment (credentialing) with a payer: a new one, or a change to one (with its id and version). */
export type SetEnrollmentInput = {
  /** First date of service covered (required once enrolled). */
  effectiveFrom?: string | null | undefined;
  /** Last date covered (required when terminated). */
  effectiveTo?: string | null | undefined;
  /** The enrollment to change; leave out to record a new one. */
  enrollmentId?: string | number | null | undefined;
  /** With enrollmentId: the version you read. */
  expectedVersion?: number | null | undefined;
  /** In the payer’s network (true by default). */
  inNetwork?: boolean | null | undefined;
  /** The payer. */
  payerId: string | number;
  /** The provider’s ID with the payer. */
  payerProviderId?: string | null | undefined;
  /** The provider. */
  providerId: string | number;
  /** Credentialing status. */
  status: CredentialingStatus;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest (earliest) first. */
  | 'ASC'
  /** Largest (latest) first. */
  | 'DESC';

/** A claim to submit to its payer. */
export type SubmitClaimInput = {
  /** The claim (a draft, or a denied claim corrected for resubmission). */
  claimId: string | number;
  /** The version you read (optimistic concurrency). */
  expectedVersion: number;
  /** A key (a UUID) that makes retries safe: the same key and input return the first answer. */
  idempotencyKey?: string | null | undefined;
  /** Why deny-level findings are overridden (kept on the claim); required when there are any. */
  overrideReason?: string | null | undefined;
};

/** The patient’s relationship to the subscriber. */
export type SubscriberRelationship =
  /** Child. */
  | 'CHILD'
  /** Other. */
  | 'OTHER'
  /** The patient is the subscriber. */
  | 'SELF'
  /** Spouse. */
  | 'SPOUSE';

/** The kind of fix a finding suggests. */
export type SuggestionKind =
  /** Add a line with `code` and `units`. */
  | 'ADD_CODE'
  /** Add a diagnosis in `range`. */
  | 'ADD_DIAGNOSIS'
  /** Add `modifier` (or one of `alternatives`). */
  | 'ADD_MODIFIER'
  /** Use one of the bill types in `alternatives`. */
  | 'CHANGE_BILL_TYPE'
  /** Use place of service `toCode` (or one of `alternatives`). */
  | 'CHANGE_PLACE_OF_SERVICE'
  /** Bill `units` units instead of `fromUnits`. */
  | 'CHANGE_UNITS'
  /** Document what is missing (`what`). */
  | 'DOCUMENT'
  /** Point the line at valid positions (`validPositions`). */
  | 'FIX_DIAGNOSIS_POINTERS'
  /** Obtain a prior authorization (for `levelOfCare` or `codes`, from `fromDate` to `toDate`). */
  | 'OBTAIN_AUTHORIZATION'
  /** Obtain the patient’s written 42 CFR Part 2 consent for `purpose`. */
  | 'OBTAIN_CONSENT'
  /** Remove the line. */
  | 'REMOVE_LINE'
  /** Remove `modifier`. */
  | 'REMOVE_MODIFIER'
  /** Bill another code (`fromCode` → `toCode`). */
  | 'REPLACE_CODE'
  /** Replace modifier `fromCode` with `toCode`. */
  | 'REPLACE_MODIFIER'
  /** Bill `authorizedUnits` under the authorization and the `excessUnits` only with a new one. */
  | 'SPLIT_UNITS'
  /** Submit by `toDate`. */
  | 'SUBMIT_BY'
  /** Have a provider of one of `licensureTypes` render the service. */
  | 'USE_PROVIDER';

/** How a session reached the patient. */
export type TelehealthModality =
  /** Real-time audio only (telephone). */
  | 'AUDIO_ONLY'
  /** In person. */
  | 'NONE'
  /** Real-time audio and video. */
  | 'VIDEO';

/** A move between levels of care. */
export type TransitionDirection =
  /** To another program at the same level. */
  | 'LATERAL'
  /** To a less intensive level. */
  | 'STEP_DOWN'
  /** To a more intensive level. */
  | 'STEP_UP';

/** A move of a patient from one level of care to another in the same program. */
export type TransitionLevelOfCareInput = {
  /** The open episode. */
  episodeId: string | number;
  /** Why (for example: met criteria for a less intensive level). */
  reason?: string | null | undefined;
  /** The new level of care. */
  toLevel: LevelOfCare;
  /** First day at the new level. */
  transitionOn: string;
};

/** What an authorization counts. */
export type UnitType =
  /** Program or inpatient days. */
  | 'DAYS'
  /** Billing units of the codes authorized. */
  | 'UNITS'
  /** Visits (sessions). */
  | 'VISITS';

/** Changes to a draft claim (or a denied claim being corrected). Lines and diagnoses are replaced as a whole when given. */
export type UpdateDraftClaimInput = {
  /** The claim. */
  claimId: string | number;
  /** ICD-10-CM codes in pointer order (at most 12). */
  diagnoses?: Array<string> | null | undefined;
  /** The version you read (optimistic concurrency). */
  expectedVersion: number;
  /** The lines. */
  lines?: Array<ClaimLineInput> | null | undefined;
  /** The claim’s rendering provider. */
  renderingProviderId?: string | number | null | undefined;
};

/** A claim to close without (further) payment. */
export type WriteOffClaimInput = {
  /** The claim. */
  claimId: string | number;
  /** The version you read. */
  expectedVersion: number;
  /** Why (kept in the status history). */
  reason: string;
};

export type ClaimsAtRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimsAtRiskQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, patientControlNumber: string, serviceFrom: string, totalCharge: string, payer: { name: string }, renderingProvider: { displayName: string, licensureType: LicensureType } | null, judgement: { policyVersion: string | null, willPay: boolean, findings: Array<{ severity: FindingSeverity, ruleId: string, lineNumber: number | null, message: string, carc: string | null, rarc: string | null, suggestion: { kind: SuggestionKind, code: string | null, modifier: string | null, what: string | null } | null }> } | null } }> } };

export type RemainingSessionsQueryVariables = Exact<{
  patient: string | number;
  asOf?: string | null | undefined;
}>;


export type RemainingSessionsQuery = { node:
    | { mrn: string, firstName: string, lastName: string, coverages: Array<{ priority: number, planName: string, payer: { name: string } }>, benefits: Array<{ payerName: string, planCode: string | null, label: string, count: string, max: number, used: number, left: number, yearStart: string, yearEnd: string, policyVersion: string }> }
    | Record<PropertyKey, never>
   | null };

export type FindPatientsQueryVariables = Exact<{ [key: string]: never; }>;


export type FindPatientsQuery = { patients: { edges: Array<{ node: { id: string, mrn: string, firstName: string, lastName: string } }> } };

export type ProgramWeekAgainstThresholdQueryVariables = Exact<{
  patient: string | number;
  date: string;
  level?: ProgramLevel;
}>;


export type ProgramWeekAgainstThresholdQuery = { node:
    | { mrn: string, lastName: string, programWeek: { payerName: string, policyVersion: string, levelOfCare: LevelOfCare, weekStart: string, weekEnd: string, hours: number, services: number, minHoursPerWeek: number | null, minDaysPerWeek: number | null, minHoursPerDay: number | null, minServicesPerDay: number | null, meetsWeeklyMinimum: boolean, belowDayMinimum: string, belowWeekMinimum: string, days: Array<{ date: string, hours: number, services: number, meetsMinimum: boolean }> } | null }
    | Record<PropertyKey, never>
   | null };

export type FindProgramClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type FindProgramClaimsQuery = { claims: { edges: Array<{ node: { serviceFrom: string, serviceTo: string, billType: string | null, program: { name: string } | null, patient: { id: string, mrn: string } } }> } };

export type DenialRateByPayerQueryVariables = Exact<{ [key: string]: never; }>;


export type DenialRateByPayerQuery = { analytics: { smallCellSuppression: { applied: boolean, maximum: number }, denialRate: { period: { from: string | null, to: string | null }, rows: Array<{ label: string, adjudicated: number | null, denied: number | null, rate: number | null, suppressed: boolean }>, overall: { label: string, adjudicated: number | null, denied: number | null, rate: number | null } } } };

export type ArAgingQueryVariables = Exact<{ [key: string]: never; }>;


export type ArAgingQuery = { analytics: { arAging: { asOf: string, rows: Array<{ label: string, claims: number | null, openBalance: string | null, buckets: Array<{ bucket: AgingBucket, claims: number | null, openBalance: string | null }> }>, overall: { label: string, claims: number | null, openBalance: string | null } } } };

export type EligibilityQueryVariables = Exact<{
  input: EligibilityInput;
}>;


export type EligibilityQuery = { eligibility:
    | { __typename: 'Eligibility', covered: boolean, reasons: Array<EligibilityReason>, serviceDate: string, memberId: string, payerCode: string, payerName: string, planName: string, planCode: string | null, groupNumber: string | null, priority: number, effectiveFrom: string, effectiveTo: string | null, part2: { basis: Part2DisclosureBasis, consentId: string | null, consentScope: ConsentScope | null, consentPurposes: Array<string>, notice: string | null } | null }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, recordType: string }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, issues: Array<{ path: Array<string>, message: string, code: string }> }
   };

export type DenialRateRowFieldsFragment = { key: string | null, label: string, adjudicated: number | null, denied: number | null, rate: number | null, suppressed: boolean };

export type AnalyticsDenialRateQueryVariables = Exact<{
  groupBy?: DenialRateGrouping | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AnalyticsDenialRateQuery = { analytics: { smallCellSuppression: { applied: boolean, maximum: number }, denialRate: { groupBy: DenialRateGrouping, period: { from: string | null, to: string | null, wholeMonths: boolean }, rows: Array<{ key: string | null, label: string, adjudicated: number | null, denied: number | null, rate: number | null, suppressed: boolean }>, overall: { key: string | null, label: string, adjudicated: number | null, denied: number | null, rate: number | null, suppressed: boolean } } } };

export type ArAgingRowFieldsFragment = { key: string | null, label: string, claims: number | null, openBalance: string | null, suppressed: boolean, buckets: Array<{ bucket: AgingBucket, minDays: number, maxDays: number | null, claims: number | null, openBalance: string | null, suppressed: boolean }> };

export type AnalyticsArAgingQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsArAgingQuery = { analytics: { arAging: { asOf: string, rows: Array<{ key: string | null, label: string, claims: number | null, openBalance: string | null, suppressed: boolean, buckets: Array<{ bucket: AgingBucket, minDays: number, maxDays: number | null, claims: number | null, openBalance: string | null, suppressed: boolean }> }>, overall: { key: string | null, label: string, claims: number | null, openBalance: string | null, suppressed: boolean, buckets: Array<{ bucket: AgingBucket, minDays: number, maxDays: number | null, claims: number | null, openBalance: string | null, suppressed: boolean }> } } } };

export type AuthorizationRiskRowFieldsFragment = { key: string | null, label: string, approved: number | null, atRisk: number | null, expiring: number | null, lowUnits: number | null, reviewDue: number | null, suppressed: boolean };

export type AnalyticsAuthorizationsAtRiskQueryVariables = Exact<{
  withinDays?: number | null | undefined;
  lowUnitsPercent?: number | null | undefined;
  groupBy?: AuthorizationRiskGrouping | null | undefined;
}>;


export type AnalyticsAuthorizationsAtRiskQuery = { analytics: { authorizationsAtRisk: { asOf: string, withinDays: number, lowUnitsPercent: number, groupBy: AuthorizationRiskGrouping, rows: Array<{ key: string | null, label: string, approved: number | null, atRisk: number | null, expiring: number | null, lowUnits: number | null, reviewDue: number | null, suppressed: boolean }>, overall: { key: string | null, label: string, approved: number | null, atRisk: number | null, expiring: number | null, lowUnits: number | null, reviewDue: number | null, suppressed: boolean } } } };

export type AnalyticsCredentialingGapsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AnalyticsCredentialingGapsQuery = { analytics: { credentialingGaps: { period: { from: string | null, to: string | null, wholeMonths: boolean }, rows: Array<{ providerId: string, providerName: string, payerId: string, payerName: string, sessions: number | null, scheduled: number | null, firstDate: string | null, lastDate: string | null, suppressed: boolean }> } } };

export type AnalyticsParityReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AnalyticsParityReportQuery = { analytics: { parityReport: { asOf: string, plans: Array<{ policyVersion: string, versionEffectiveFrom: string, planCode: string, defaultPlan: boolean, parityApplies: boolean, payer: { id: string, name: string, policyId: string }, classifications: Array<{ classification: ParityClassification, behavioralLimits: Array<{ limitId: string, label: string, max: number, count: UnitType, codes: Array<string> }>, behavioralCostShare: { copay: string | null, coinsurance: number | null } | null, medSurg: { covered: boolean, visitLimitPerYear: number | null, visitLimitShareOfBenefits: number | null, priorAuthForRoutineOutpatient: boolean, predominantCopay: string | null, predominantCoinsurance: number | null } | null }>, flags: Array<{ code: string, classification: string, severity: FindingSeverity, message: string, limitId: string | null }> }> } } };

export type AnalyticsEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsEverythingQuery = { analytics: { denialRate: { overall: { rate: number | null } }, arAging: { asOf: string }, authorizationsAtRisk: { overall: { atRisk: number | null } }, credentialingGaps: { rows: Array<{ sessions: number | null }> }, parityReport: { asOf: string } } };

export type ClaimsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ClaimFilter | null | undefined;
}>;


export type ClaimsPageQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, patientControlNumber: string, claimType: ClaimType, status: ClaimStatus, serviceFrom: string, serviceTo: string, totalCharge: string, payer: { name: string, kind: PayerKind, policyId: string }, renderingProvider: { npi: string, displayName: string, licensureType: LicensureType } | null, diagnoses: Array<{ position: number, icd10Code: string }> | null, lines: Array<{ lineNumber: number, serviceDate: string, procedureCode: string | null, modifiers: Array<string> | null, units: number, chargeAmount: string, diagnosisPointers: Array<number> | null }> } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Authorization', id: string }
    | { __typename: 'Claim', patientControlNumber: string, totalCharge: string, id: string }
    | { __typename: 'ClaimLine', id: string }
    | { __typename: 'Coverage', id: string }
    | { __typename: 'Diagnosis', id: string }
    | { __typename: 'Episode', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Part2Consent', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Payer', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgramDay', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'ProviderEnrollment', id: string }
    | { __typename: 'Remittance', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'TreatmentPlan', id: string }
   | null };

export type PayersQueryVariables = Exact<{ [key: string]: never; }>;


export type PayersQuery = { payers: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: PayerKind, policyId: string, payerCode: string } }> } };

export type ProvidersQueryVariables = Exact<{
  first: number;
  licensureType?: LicensureType | null | undefined;
}>;


export type ProvidersQuery = { providers: { totalCount: number, edges: Array<{ node: { id: string, npi: string, displayName: string, licensureType: LicensureType, enrollments: Array<{ status: CredentialingStatus, effectiveFrom: string | null, payer: { name: string } }> } }> } };

export type PatientClaimsQueryVariables = Exact<{
  first: number;
}>;


export type PatientClaimsQuery = { patients: { totalCount: number, edges: Array<{ node: { id: string, mrn: string, coverages: Array<{ memberId: string, priority: number, payer: { name: string } }>, claims: { totalCount: number, edges: Array<{ node: { patientControlNumber: string, status: ClaimStatus } }> } } }> } };

export type ClaimsJudgedQueryVariables = Exact<{
  first: number;
  filter?: ClaimFilter | null | undefined;
  orderBy?: ClaimOrder | null | undefined;
}>;


export type ClaimsJudgedQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, patientControlNumber: string, status: ClaimStatus, totalCharge: string, willPay: boolean | null, payer: { name: string, policyId: string }, renderingProvider: { displayName: string } | null, judgement: { payerPolicy: string, policyVersion: string | null, planCode: string | null, judgedOn: string, willPay: boolean, findings: Array<{ ruleId: string, messageId: string, severity: FindingSeverity, lineNumber: number | null, message: string, carc: string | null, rarc: string | null, data: Array<{ name: string, value: string }>, suggestion: { kind: SuggestionKind, fromCode: string | null, toCode: string | null, modifier: string | null, units: number | null, levelOfCare: string | null } | null, citation: { payerPolicy: string, policyVersion: string, ruleId: string, source: { document: string, domainRef: string, confidence: string } } }> } | null, lines: Array<{ lineNumber: number, procedureCode: string | null, findings: Array<{ messageId: string, severity: FindingSeverity }> | null }> } }> } };

export type PayerPolicyOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  planCode?: string | null | undefined;
}>;


export type PayerPolicyOfQuery = { node:
    | { name: string, policyVersions: Array<{ version: string, effectiveFrom: string, effectiveTo: string | null, summary: string, changes: Array<string> }>, policy:
        | { __typename: 'PayerPolicy', payerPolicy: string, fictional: boolean, planCode: string, benefitYearStarts: string, authorizationAfterVisits: number | null, authorizationLevelsOfCare: Array<LevelOfCare>, audioOnlyCovered: boolean, timelyFilingDays: number | null, timelyFilingMonths: number | null, parityApplies: boolean, version: { version: string, effectiveFrom: string }, credentialedTypes: Array<{ licensureType: LicensureType, rateFactor: number }>, benefitLimits: Array<{ limitId: string, max: number, count: string, codes: Array<string> }>, programs: Array<{ levelOfCare: LevelOfCare, minHoursPerDay: number | null, minHoursPerWeek: number | null, belowDayMinimum: string }>, parityFlags: Array<{ code: string, classification: string }>, rules: Array<{ ruleId: string, enabled: boolean }> }
        | { __typename: 'ValidationError', message: string, issues: Array<{ code: string }> }
       }
    | Record<PropertyKey, never>
   | null };

export type RulesOfQueryVariables = Exact<{
  payerId: string | number;
  asOf?: string | null | undefined;
}>;


export type RulesOfQuery = { rules:
    | { __typename: 'NotFoundError', recordType: string }
    | { __typename: 'QueryRulesSuccess', data: Array<{ ruleId: string, family: string, custom: boolean, source: { document: string, domainRef: string, confidence: string }, messages: Array<{ messageId: string, severity: FindingSeverity, carc: string | null, rarc: string | null }> }> }
    | { __typename: 'ValidationError' }
   };

export type ProviderCanBillQueryVariables = Exact<{
  id: string | number;
  payerId: string | number;
  date: string;
  code?: string | null | undefined;
}>;


export type ProviderCanBillQuery = { node:
    | { licensureType: LicensureType, canBill:
        | { __typename: 'CanBill', allowed: boolean, reasons: Array<CanBillReason>, licensureAccepted: boolean, enrolled: boolean, rateFactor: number | null, policyVersion: string | null, enrollmentStatus: string }
        | { __typename: 'NotFoundError' }
       }
    | Record<PropertyKey, never>
   | null };

export type PatientBenefitsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  date: string;
}>;


export type PatientBenefitsQuery = { node:
    | { benefits: Array<{ payerName: string, limitId: string, max: number, used: number, left: number, yearStart: string, yearEnd: string, policyVersion: string }>, programWeek: { payerName: string, weekStart: string, weekEnd: string, hours: number, services: number, minHoursPerDay: number | null, minHoursPerWeek: number | null, minDaysPerWeek: number | null, meetsWeeklyMinimum: boolean, days: Array<{ date: string, hours: number, services: number, meetsMinimum: boolean }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ScrubQueryVariables = Exact<{
  input: ScrubInput;
}>;


export type ScrubQuery = { scrub:
    | { __typename: 'NotFoundError', recordType: string }
    | { __typename: 'QueryScrubSuccess', data: Array<{ payerName: string, judgement: { payerPolicy: string, policyVersion: string | null, willPay: boolean, findings: Array<{ ruleId: string, messageId: string, severity: FindingSeverity, lineNumber: number | null, suggestion: { kind: SuggestionKind, toCode: string | null } | null }> } }> }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, code: string }> }
   };

export type PreflightQueryVariables = Exact<{
  input: PreflightInput;
}>;


export type PreflightQuery = { preflight:
    | { __typename: 'NotFoundError', recordType: string }
    | { __typename: 'Preflight', payerName: string, coverageInForce: boolean, covered: boolean, levelOfCare: LevelOfCare, authorizationRequired: boolean, authorizationOnFile: boolean, sessionsLeft: number | null, benefits: Array<{ limitId: string, left: number }>, canBill: { allowed: boolean, reasons: Array<CanBillReason> }, judgement: { willPay: boolean, findings: Array<{ messageId: string, severity: FindingSeverity }> } | null, parityFlags: Array<{ code: string }> }
    | { __typename: 'ValidationError' }
   };

export type EligibilityForServiceQueryVariables = Exact<{
  input: EligibilityInput;
}>;


export type EligibilityForServiceQuery = { eligibility:
    | { __typename: 'Eligibility', covered: boolean, reasons: Array<EligibilityReason>, levelOfCare: LevelOfCare, authorizationRequired: boolean, authorizationOnFile: boolean, authorizationUnitsLeft: number | null, sessionsLeft: number | null, sessionsUsed: number | null, sessionLimit: number | null, credentialedLicensureTypes: Array<LicensureType> }
    | { __typename: 'NotFoundError', recordType: string }
    | { __typename: 'ValidationError', issues: Array<{ code: string }> }
   };

type ReliabilityError_DenyFindingsError_Fragment = { __typename: 'DenyFindingsError', code: ErrorCode, message: string };

type ReliabilityError_IdempotencyKeyReusedError_Fragment = { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string };

type ReliabilityError_InvalidStateError_Fragment = { __typename: 'InvalidStateError', code: ErrorCode, message: string };

type ReliabilityError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type ReliabilityError_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> };

type ReliabilityError_VersionConflictError_Fragment = { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, code: ErrorCode, message: string };

export type ReliabilityErrorFragment =
  | ReliabilityError_DenyFindingsError_Fragment
  | ReliabilityError_IdempotencyKeyReusedError_Fragment
  | ReliabilityError_InvalidStateError_Fragment
  | ReliabilityError_NotFoundError_Fragment
  | ReliabilityError_ValidationError_Fragment
  | ReliabilityError_VersionConflictError_Fragment
;

export type ReliabilityClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ReliabilityClaimQuery = { node:
    | { __typename: 'Appeal' }
    | { __typename: 'Authorization' }
    | { __typename: 'Claim', id: string, status: ClaimStatus, version: number, totalCharge: string, lines: Array<{ lineNumber: number, serviceDate: string, procedureCode: string | null, modifiers: Array<string> | null, units: number, chargeAmount: string, placeOfService: string | null, revenueCode: string | null, diagnosisPointers: Array<number> | null, minutes: number | null }> }
    | { __typename: 'ClaimLine' }
    | { __typename: 'Coverage' }
    | { __typename: 'Diagnosis' }
    | { __typename: 'Episode' }
    | { __typename: 'Location' }
    | { __typename: 'Organization' }
    | { __typename: 'Part2Consent' }
    | { __typename: 'Patient' }
    | { __typename: 'Payer' }
    | { __typename: 'Program' }
    | { __typename: 'ProgramDay' }
    | { __typename: 'Provider' }
    | { __typename: 'ProviderEnrollment' }
    | { __typename: 'Remittance' }
    | { __typename: 'Session' }
    | { __typename: 'TreatmentPlan' }
   | null };

export type ReliabilityClaimsPageQueryVariables = Exact<{
  first: number;
  filter?: ClaimFilter | null | undefined;
}>;


export type ReliabilityClaimsPageQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, status: ClaimStatus, version: number, totalCharge: string, lines: Array<{ chargeAmount: string }> } }> } };

export type ReliabilityUpdateDraftClaimMutationVariables = Exact<{
  input: UpdateDraftClaimInput;
}>;


export type ReliabilityUpdateDraftClaimMutation = { updateDraftClaim:
    | { __typename: 'ClaimPayload', claim: { id: string, version: number, totalCharge: string, lines: Array<{ chargeAmount: string }> } }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, code: ErrorCode, message: string }
   };

export type ReliabilityRecordRemittanceMutationVariables = Exact<{
  input: RecordRemittanceInput;
}>;


export type ReliabilityRecordRemittanceMutation = { recordRemittance:
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RemittancePayload', remittance: { id: string }, claim: { id: string, status: ClaimStatus } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ReliabilitySubmitClaimMutationVariables = Exact<{
  input: SubmitClaimInput;
}>;


export type ReliabilitySubmitClaimMutation = { submitClaim:
    | { __typename: 'ClaimPayload', claim: { id: string, status: ClaimStatus, version: number } }
    | { __typename: 'DenyFindingsError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, code: ErrorCode, message: string }
   };

export type ReliabilityRecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type ReliabilityRecordSessionMutation = { recordSession:
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SessionPayload', session: { id: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ReliabilityRequestAuthorizationMutationVariables = Exact<{
  input: RequestAuthorizationInput;
}>;


export type ReliabilityRequestAuthorizationMutation = { requestAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, version: number } }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ReliabilityCreateClaimMutationVariables = Exact<{
  input: CreateClaimFromSessionsInput;
}>;


export type ReliabilityCreateClaimMutation = { createClaimFromSessions:
    | { __typename: 'ClaimPayload', claim: { id: string, version: number, totalCharge: string } }
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidStateError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ClaimCountQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
}>;


export type ClaimCountQuery = { claims: { totalCount: number } };

export type PatientNamesQueryVariables = Exact<{
  first: number;
}>;


export type PatientNamesQuery = { patients: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, lastName: string, dateOfBirth: string } }> } };

export type ClaimDatesQueryVariables = Exact<{
  first: number;
}>;


export type ClaimDatesQuery = { claims: { edges: Array<{ node: { id: string, serviceFrom: string, lines: Array<{ serviceDate: string }> } }> } };

export type Part2FieldsFragment = { basis: Part2DisclosureBasis, consentId: string | null, consentScope: ConsentScope | null, consentPurposes: Array<string>, redactedFields: Array<string>, notice: string | null };

export type ClaimDisclosuresQueryVariables = Exact<{
  first: number;
  filter?: ClaimFilter | null | undefined;
}>;


export type ClaimDisclosuresQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, status: ClaimStatus, totalCharge: string, diagnoses: Array<{ icd10Code: string }> | null, lines: Array<{ lineNumber: number, procedureCode: string | null, diagnosisPointers: Array<number> | null, chargeAmount: string, part2: { basis: Part2DisclosureBasis, consentId: string | null, consentScope: ConsentScope | null, consentPurposes: Array<string>, redactedFields: Array<string>, notice: string | null } | null }>, part2: { basis: Part2DisclosureBasis, consentId: string | null, consentScope: ConsentScope | null, consentPurposes: Array<string>, redactedFields: Array<string>, notice: string | null } | null } }> } };

export type NodeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailQuery = { node:
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Authorization', id: string, authorizationStatus: AuthorizationStatus }
    | { __typename: 'Claim', totalCharge: string, id: string, diagnoses: Array<{ icd10Code: string }> | null, part2: { basis: Part2DisclosureBasis, consentId: string | null, consentScope: ConsentScope | null, consentPurposes: Array<string>, redactedFields: Array<string>, notice: string | null } | null }
    | { __typename: 'ClaimLine', id: string }
    | { __typename: 'Coverage', id: string }
    | { __typename: 'Diagnosis', icd10Code: string, id: string }
    | { __typename: 'Episode', status: EpisodeStatus, id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Part2Consent', id: string }
    | { __typename: 'Patient', lastName: string, id: string }
    | { __typename: 'Payer', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgramDay', serviceDate: string, id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'ProviderEnrollment', id: string }
    | { __typename: 'Remittance', id: string }
    | { __typename: 'Session', serviceDate: string, procedureCode: string | null, id: string }
    | { __typename: 'TreatmentPlan', id: string }
   | null };

export type EpisodeTransitionsQueryVariables = Exact<{
  id: string | number;
}>;


export type EpisodeTransitionsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, transitionsOut: Array<{ direction: TransitionDirection, toEpisode: { id: string, program: { name: string } } }>, transitionsIn: Array<{ fromEpisode: { id: string } }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ClaimAuthorizationQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimAuthorizationQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string, authorization: { id: string, status: AuthorizationStatus } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SessionPatientsQueryVariables = Exact<{
  first: number;
  filter?: SessionFilter | null | undefined;
}>;


export type SessionPatientsQuery = { sessions: { totalCount: number, edges: Array<{ node: { id: string, patient: { id: string, lastName: string } } }> } };

export type PatientRecordsQueryVariables = Exact<{
  first: number;
}>;


export type PatientRecordsQuery = { patients: { totalCount: number, edges: Array<{ node: { id: string, claims: { totalCount: number, edges: Array<{ node: { id: string } }> }, sessions: { totalCount: number }, diagnoses: Array<{ id: string, icd10Code: string }> } }> } };

export type AuditTrailQueryVariables = Exact<{
  first: number;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { sequence: string, occurredAt: string, subject: string, role: string, action: string, recordType: string, recordId: string, patientId: string | null, fields: Array<string>, part2: boolean, consentId: string | null, outcome: string, operationName: string | null, operationHash: string | null, purpose: string | null, requestId: string | null, hash: string } }> } };

export type AuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainQuery = { auditChain: { checked: number, intact: boolean, brokenAt: string | null } };

export type AnalystClaimsQueryVariables = Exact<{
  first: number;
  filter?: ClaimFilter | null | undefined;
}>;


export type AnalystClaimsQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, serviceFrom: string, serviceTo: string, submittedAt: string | null, statusHistory: Array<{ changedAt: string }>, remittances: Array<{ paidOn: string }>, lines: Array<{ serviceDate: string }> } }> } };

type ErrorFields_DenyFindingsError_Fragment = { __typename: 'DenyFindingsError', message: string, code: ErrorCode, path: Array<string> };

type ErrorFields_IdempotencyKeyReusedError_Fragment = { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> };

type ErrorFields_InvalidStateError_Fragment = { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> };

type ErrorFields_VersionConflictError_Fragment = { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> };

export type ErrorFieldsFragment =
  | ErrorFields_DenyFindingsError_Fragment
  | ErrorFields_IdempotencyKeyReusedError_Fragment
  | ErrorFields_InvalidStateError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_ValidationError_Fragment
  | ErrorFields_VersionConflictError_Fragment
;

export type ClaimFieldsFragment = { id: string, status: ClaimStatus, version: number, totalCharge: string, overrideReason: string | null, submittedPolicyVersion: string | null, frequencyCode: string, diagnoses: Array<{ position: number, icd10Code: string }> | null, lines: Array<{ lineNumber: number, procedureCode: string | null, units: number, chargeAmount: string, minutes: number | null, diagnosisPointers: Array<number> | null }>, statusHistory: Array<{ fromStatus: ClaimStatus | null, toStatus: ClaimStatus, note: string | null }>, submittedFindings: Array<{ messageId: string, severity: FindingSeverity }> | null, judgement: { willPay: boolean, findings: Array<{ messageId: string, severity: FindingSeverity }> } | null };

export type RecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type RecordSessionMutation = { recordSession:
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'SessionPayload', session: { id: string, procedureCode: string | null, startTime: string, endTime: string, status: SessionStatus } }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type CreateClaimFromSessionsMutationVariables = Exact<{
  input: CreateClaimFromSessionsInput;
}>;


export type CreateClaimFromSessionsMutation = { createClaimFromSessions:
    | { __typename: 'ClaimPayload', claim: { id: string, status: ClaimStatus, version: number, totalCharge: string, overrideReason: string | null, submittedPolicyVersion: string | null, frequencyCode: string, diagnoses: Array<{ position: number, icd10Code: string }> | null, lines: Array<{ lineNumber: number, procedureCode: string | null, units: number, chargeAmount: string, minutes: number | null, diagnosisPointers: Array<number> | null }>, statusHistory: Array<{ fromStatus: ClaimStatus | null, toStatus: ClaimStatus, note: string | null }>, submittedFindings: Array<{ messageId: string, severity: FindingSeverity }> | null, judgement: { willPay: boolean, findings: Array<{ messageId: string, severity: FindingSeverity }> } | null } }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type UpdateDraftClaimMutationVariables = Exact<{
  input: UpdateDraftClaimInput;
}>;


export type UpdateDraftClaimMutation = { updateDraftClaim:
    | { __typename: 'ClaimPayload', claim: { id: string, status: ClaimStatus, version: number, totalCharge: string, overrideReason: string | null, submittedPolicyVersion: string | null, frequencyCode: string, diagnoses: Array<{ position: number, icd10Code: string }> | null, lines: Array<{ lineNumber: number, procedureCode: string | null, units: number, chargeAmount: string, minutes: number | null, diagnosisPointers: Array<number> | null }>, statusHistory: Array<{ fromStatus: ClaimStatus | null, toStatus: ClaimStatus, note: string | null }>, submittedFindings: Array<{ messageId: string, severity: FindingSeverity }> | null, judgement: { willPay: boolean, findings: Array<{ messageId: string, severity: FindingSeverity }> } | null } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type SubmitClaimMutationVariables = Exact<{
  input: SubmitClaimInput;
}>;


export type SubmitClaimMutation = { submitClaim:
    | { __typename: 'ClaimPayload', claim: { id: string, status: ClaimStatus, version: number, totalCharge: string, overrideReason: string | null, submittedPolicyVersion: string | null, frequencyCode: string, diagnoses: Array<{ position: number, icd10Code: string }> | null, lines: Array<{ lineNumber: number, procedureCode: string | null, units: number, chargeAmount: string, minutes: number | null, diagnosisPointers: Array<number> | null }>, statusHistory: Array<{ fromStatus: ClaimStatus | null, toStatus: ClaimStatus, note: string | null }>, submittedFindings: Array<{ messageId: string, severity: FindingSeverity }> | null, judgement: { willPay: boolean, findings: Array<{ messageId: string, severity: FindingSeverity }> } | null } }
    | { __typename: 'DenyFindingsError', policyVersion: string | null, message: string, code: ErrorCode, path: Array<string>, findings: Array<{ messageId: string, severity: FindingSeverity, suggestion: { kind: SuggestionKind, modifier: string | null } | null }> }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type WriteOffClaimMutationVariables = Exact<{
  input: WriteOffClaimInput;
}>;


export type WriteOffClaimMutation = { writeOffClaim:
    | { __typename: 'ClaimPayload', claim: { status: ClaimStatus, version: number } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type RecordRemittanceMutationVariables = Exact<{
  input: RecordRemittanceInput;
}>;


export type RecordRemittanceMutation = { recordRemittance:
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'RemittancePayload', claim: { status: ClaimStatus, version: number }, remittance: { id: string, paidAmount: string, claimStatusCode: string } }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type FileAppealMutationVariables = Exact<{
  input: FileAppealInput;
}>;


export type FileAppealMutation = { fileAppeal:
    | { __typename: 'AppealPayload', claim: { status: ClaimStatus }, appeal: { id: string, level: number, status: AppealStatus, parityFlag: boolean } }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ResolveAppealMutationVariables = Exact<{
  input: ResolveAppealInput;
}>;


export type ResolveAppealMutation = { resolveAppeal:
    | { __typename: 'AppealPayload', claim: { status: ClaimStatus }, appeal: { status: AppealStatus, resolvedOn: string | null } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type RequestAuthorizationMutationVariables = Exact<{
  input: RequestAuthorizationInput;
}>;


export type RequestAuthorizationMutation = { requestAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, status: AuthorizationStatus, version: number, unitsApproved: number } }
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type DecideAuthorizationMutationVariables = Exact<{
  input: DecideAuthorizationInput;
}>;


export type DecideAuthorizationMutation = { decideAuthorization:
    | { __typename: 'AuthorizationPayload', authorization: { id: string, status: AuthorizationStatus, version: number, unitsApproved: number, unitsLeft: number } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type RecordConcurrentReviewMutationVariables = Exact<{
  input: RecordConcurrentReviewInput;
}>;


export type RecordConcurrentReviewMutation = { recordConcurrentReview:
    | { __typename: 'AuthorizationPayload', authorization: { version: number, unitsApproved: number, nextReviewDue: string | null, reviews: Array<{ outcome: ReviewOutcome, unitsAdded: number }> } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type TransitionLevelOfCareMutationVariables = Exact<{
  input: TransitionLevelOfCareInput;
}>;


export type TransitionLevelOfCareMutation = { transitionLevelOfCare:
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'LevelOfCareTransitionPayload', direction: TransitionDirection, authorizationRequired: boolean, authorization: { id: string } | null, fromEpisode: { status: EpisodeStatus, endDate: string | null, levelOfCare: LevelOfCare | null }, toEpisode: { id: string, status: EpisodeStatus, startDate: string, levelOfCare: LevelOfCare | null } }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type SetEnrollmentMutationVariables = Exact<{
  input: SetEnrollmentInput;
}>;


export type SetEnrollmentMutation = { setEnrollment:
    | { __typename: 'EnrollmentPayload', enrollment: { id: string, status: CredentialingStatus, version: number, effectiveFrom: string | null } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type SetCoverageMutationVariables = Exact<{
  input: SetCoverageInput;
}>;


export type SetCoverageMutation = { setCoverage:
    | { __typename: 'CoveragePayload', coverage: { id: string, version: number, planCode: string | null, effectiveTo: string | null } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent:
    | { __typename: 'ConsentPayload', consent: { id: string } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;


export type RevokeConsentMutation = { revokeConsent:
    | { __typename: 'ConsentPayload', consent: { id: string } }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
    | { __typename: 'VersionConflictError', expectedVersion: number, currentVersion: number, message: string, code: ErrorCode, path: Array<string> }
   };

export type RecordProgramDayMutationVariables = Exact<{
  input: RecordProgramDayInput;
}>;


export type RecordProgramDayMutation = { recordProgramDay:
    | { __typename: 'IdempotencyKeyReusedError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'InvalidStateError', currentState: string, message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'NotFoundError', message: string, code: ErrorCode, path: Array<string> }
    | { __typename: 'ProgramDayPayload', programDay: { id: string } }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string>, issues: Array<{ path: Array<string>, code: string }> }
   };

export type ClaimX12QueryVariables = Exact<{
  id: string | number;
  preview?: boolean | null | undefined;
}>;


export type ClaimX12Query = { node:
    | { patientControlNumber: string, x12:
        | { __typename: 'NotFoundError' }
        | { __typename: 'ValidationError', issues: Array<{ code: string, message: string }> }
        | { __typename: 'X12Document', transactionSet: string, controlNumber: number, patientControlNumbers: Array<string>, text: string }
       }
    | Record<PropertyKey, never>
   | null };

export type Import835MutationVariables = Exact<{
  input: Import835Input;
}>;


export type Import835Mutation = { import835:
    | { __typename: 'Import835Payload', dryRun: boolean, claimPayments: number, posted: number, alreadyPosted: number, notPosted: number, unmatched: number, postedAmount: string, denialRate: number | null, claims: Array<{ patientControlNumber: string, result: string, reason: string | null, outcome: string | null, fromStatus: string | null, toStatus: string | null }> }
    | { __typename: 'ValidationError', message: string, issues: Array<{ code: string }> }
   };

export const DenialRateRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DenialRateRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DenialRateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicated"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<DenialRateRowFieldsFragment, unknown>;
export const ArAgingRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArAgingRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArAgingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ArAgingRowFieldsFragment, unknown>;
export const AuthorizationRiskRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRiskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationRiskRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"lowUnits"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<AuthorizationRiskRowFieldsFragment, unknown>;
export const ReliabilityErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityErrorFragment, unknown>;
export const Part2FieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Part2Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part2Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]} as unknown as DocumentNode<Part2FieldsFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimFieldsFragment, unknown>;
export const ClaimsAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasDenyFindings"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renderingProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"licensureType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"carc"}},{"kind":"Field","name":{"kind":"Name","value":"rarc"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}},{"kind":"Field","name":{"kind":"Name","value":"what"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsAtRiskQuery, ClaimsAtRiskQueryVariables>;
export const RemainingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patient"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patient"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"yearStart"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemainingSessionsQuery, RemainingSessionsQueryVariables>;
export const FindPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPatients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindPatientsQuery, FindPatientsQueryVariables>;
export const ProgramWeekAgainstThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramWeekAgainstThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patient"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramLevel"}}},"defaultValue":{"kind":"EnumValue","value":"PHP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patient"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"programWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"levelOfCare"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minDaysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minServicesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"meetsWeeklyMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"belowDayMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"belowWeekMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"meetsMinimum"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramWeekAgainstThresholdQuery, ProgramWeekAgainstThresholdQueryVariables>;
export const FindProgramClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindProgramClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"claimType"},"value":{"kind":"EnumValue","value":"INSTITUTIONAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTo"}},{"kind":"Field","name":{"kind":"Name","value":"billType"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindProgramClaimsQuery, FindProgramClaimsQueryVariables>;
export const DenialRateByPayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DenialRateByPayer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smallCellSuppression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denialRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PAYER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicated"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicated"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DenialRateByPayerQuery, DenialRateByPayerQueryVariables>;
export const ArAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArAging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arAging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArAgingQuery, ArAgingQueryVariables>;
export const EligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Eligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Eligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"payerCode"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupNumber"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"part2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EligibilityQuery, EligibilityQueryVariables>;
export const AnalyticsDenialRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDenialRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DenialRateGrouping"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smallCellSuppression"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denialRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"wholeMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DenialRateRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DenialRateRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DenialRateRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DenialRateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicated"}},{"kind":"Field","name":{"kind":"Name","value":"denied"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<AnalyticsDenialRateQuery, AnalyticsDenialRateQueryVariables>;
export const AnalyticsArAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsArAging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arAging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArAgingRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArAgingRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArAgingRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArAgingRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AnalyticsArAgingQuery, AnalyticsArAgingQueryVariables>;
export const AnalyticsAuthorizationsAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsAuthorizationsAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lowUnitsPercent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationRiskGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationsAtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lowUnitsPercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lowUnitsPercent"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}},{"kind":"Field","name":{"kind":"Name","value":"lowUnitsPercent"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRiskRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorizationRiskRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorizationRiskRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationRiskRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"expiring"}},{"kind":"Field","name":{"kind":"Name","value":"lowUnits"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<AnalyticsAuthorizationsAtRiskQuery, AnalyticsAuthorizationsAtRiskQueryVariables>;
export const AnalyticsCredentialingGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCredentialingGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"wholeMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsCredentialingGapsQuery, AnalyticsCredentialingGapsQueryVariables>;
export const AnalyticsParityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsParityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"versionEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPlan"}},{"kind":"Field","name":{"kind":"Name","value":"parityApplies"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"behavioralLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behavioralCostShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copay"}},{"kind":"Field","name":{"kind":"Name","value":"coinsurance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medSurg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"visitLimitPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"visitLimitShareOfBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"priorAuthForRoutineOutpatient"}},{"kind":"Field","name":{"kind":"Name","value":"predominantCopay"}},{"kind":"Field","name":{"kind":"Name","value":"predominantCoinsurance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"limitId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsParityReportQuery, AnalyticsParityReportQueryVariables>;
export const AnalyticsEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denialRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arAging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationsAtRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRisk"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialingGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parityReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsEverythingQuery, AnalyticsEverythingQueryVariables>;
export const ClaimsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTo"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renderingProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"licensureType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsPageQuery, ClaimsPageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"payerCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayersQuery, PayersQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licensureType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LicensureType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"licensureType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licensureType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"licensureType"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const PatientClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientClaimsQuery, PatientClaimsQueryVariables>;
export const ClaimsJudgedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsJudged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renderingProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"judgedOn"}},{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"carc"}},{"kind":"Field","name":{"kind":"Name","value":"rarc"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromCode"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"domainRef"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsJudgedQuery, ClaimsJudgedQueryVariables>;
export const PayerPolicyOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayerPolicyOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"planCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayerPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"fictional"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentialedTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensureType"}},{"kind":"Field","name":{"kind":"Name","value":"rateFactor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitId"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitYearStarts"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationAfterVisits"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationLevelsOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"belowDayMinimum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyCovered"}},{"kind":"Field","name":{"kind":"Name","value":"timelyFilingDays"}},{"kind":"Field","name":{"kind":"Name","value":"timelyFilingMonths"}},{"kind":"Field","name":{"kind":"Name","value":"parityApplies"}},{"kind":"Field","name":{"kind":"Name","value":"parityFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayerPolicyOfQuery, PayerPolicyOfQueryVariables>;
export const RulesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryRulesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"domainRef"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"carc"}},{"kind":"Field","name":{"kind":"Name","value":"rarc"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}}]}}]}}]} as unknown as DocumentNode<RulesOfQuery, RulesOfQueryVariables>;
export const ProviderCanBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCanBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcedureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licensureType"}},{"kind":"Field","name":{"kind":"Name","value":"canBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"procedureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CanBill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"licensureAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"rateFactor"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCanBillQuery, ProviderCanBillQueryVariables>;
export const PatientBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"limitId"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"yearStart"}},{"kind":"Field","name":{"kind":"Name","value":"yearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"levelOfCare"},"value":{"kind":"EnumValue","value":"IOP"}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"weekEnd"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"minHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minDaysPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"meetsWeeklyMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"meetsMinimum"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientBenefitsQuery, PatientBenefitsQueryVariables>;
export const ScrubDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scrub"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScrubInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scrub"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryScrubSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toCode"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}}]}}]}}]} as unknown as DocumentNode<ScrubQuery, ScrubQueryVariables>;
export const PreflightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Preflight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreflightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preflight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preflight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"coverageInForce"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationOnFile"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limitId"}},{"kind":"Field","name":{"kind":"Name","value":"left"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parityFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}}]}}]}}]} as unknown as DocumentNode<PreflightQuery, PreflightQueryVariables>;
export const EligibilityForServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityForService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Eligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationOnFile"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationUnitsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"sessionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"credentialedLicensureTypes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EligibilityForServiceQuery, EligibilityForServiceQueryVariables>;
export const ReliabilityClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReliabilityClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"placeOfService"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityClaimQuery, ReliabilityClaimQueryVariables>;
export const ReliabilityClaimsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReliabilityClaimsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityClaimsPageQuery, ReliabilityClaimsPageQueryVariables>;
export const ReliabilityUpdateDraftClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilityUpdateDraftClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDraftClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityUpdateDraftClaimMutation, ReliabilityUpdateDraftClaimMutationVariables>;
export const ReliabilityRecordRemittanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilityRecordRemittance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRemittanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRemittance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remittance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityRecordRemittanceMutation, ReliabilityRecordRemittanceMutationVariables>;
export const ReliabilitySubmitClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilitySubmitClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilitySubmitClaimMutation, ReliabilitySubmitClaimMutationVariables>;
export const ReliabilityRecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilityRecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityRecordSessionMutation, ReliabilityRecordSessionMutationVariables>;
export const ReliabilityRequestAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilityRequestAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityRequestAuthorizationMutation, ReliabilityRequestAuthorizationMutationVariables>;
export const ReliabilityCreateClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReliabilityCreateClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClaimFromSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClaimFromSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReliabilityCreateClaimMutation, ReliabilityCreateClaimMutationVariables>;
export const ClaimCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ClaimCountQuery, ClaimCountQueryVariables>;
export const PatientNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientNamesQuery, PatientNamesQueryVariables>;
export const ClaimDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimDatesQuery, ClaimDatesQueryVariables>;
export const ClaimDisclosuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimDisclosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"part2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Part2Fields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"part2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Part2Fields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Part2Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part2Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]} as unknown as DocumentNode<ClaimDisclosuresQuery, ClaimDisclosuresQueryVariables>;
export const NodeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"part2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Part2Fields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Episode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Diagnosis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authorization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"authorizationStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Part2Fields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Part2Disclosure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"consentScope"}},{"kind":"Field","name":{"kind":"Name","value":"consentPurposes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const EpisodeTransitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EpisodeTransitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Episode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"toEpisode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitionsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromEpisode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EpisodeTransitionsQuery, EpisodeTransitionsQueryVariables>;
export const ClaimAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimAuthorizationQuery, ClaimAuthorizationQueryVariables>;
export const SessionPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionPatientsQuery, SessionPatientsQueryVariables>;
export const PatientRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientRecordsQuery, PatientRecordsQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"part2"}},{"kind":"Field","name":{"kind":"Name","value":"consentId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationHash"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}}]}}]}}]} as unknown as DocumentNode<AuditChainQuery, AuditChainQueryVariables>;
export const AnalystClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remittances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystClaimsQuery, AnalystClaimsQueryVariables>;
export const RecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const CreateClaimFromSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClaimFromSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClaimFromSessionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClaimFromSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<CreateClaimFromSessionsMutation, CreateClaimFromSessionsMutationVariables>;
export const UpdateDraftClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDraftClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftClaimMutation, UpdateDraftClaimMutationVariables>;
export const SubmitClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DenyFindingsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"modifier"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedPolicyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"willPay"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<SubmitClaimMutation, SubmitClaimMutationVariables>;
export const WriteOffClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteOffClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteOffClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeOffClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<WriteOffClaimMutation, WriteOffClaimMutationVariables>;
export const RecordRemittanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRemittance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRemittanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRemittance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemittancePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remittance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"claimStatusCode"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RecordRemittanceMutation, RecordRemittanceMutationVariables>;
export const FileAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parityFlag"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<FileAppealMutation, FileAppealMutationVariables>;
export const ResolveAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AppealPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<ResolveAppealMutation, ResolveAppealMutationVariables>;
export const RequestAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitsApproved"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RequestAuthorizationMutation, RequestAuthorizationMutationVariables>;
export const DecideAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"unitsLeft"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<DecideAuthorizationMutation, DecideAuthorizationMutationVariables>;
export const RecordConcurrentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConcurrentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConcurrentReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConcurrentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorizationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAdded"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RecordConcurrentReviewMutation, RecordConcurrentReviewMutationVariables>;
export const TransitionLevelOfCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionLevelOfCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionLevelOfCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionLevelOfCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LevelOfCareTransitionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromEpisode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toEpisode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"levelOfCare"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<TransitionLevelOfCareMutation, TransitionLevelOfCareMutationVariables>;
export const SetEnrollmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<SetEnrollmentMutation, SetEnrollmentMutationVariables>;
export const SetCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCoverageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoveragePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<SetCoverageMutation, SetCoverageMutationVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const RecordProgramDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProgramDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgramDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgramDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramDayPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VersionConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidStateError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentState"}}]}}]}}]} as unknown as DocumentNode<RecordProgramDayMutation, RecordProgramDayMutationVariables>;
export const ClaimX12Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimX12"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preview"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"x12"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preview"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"X12Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionSet"}},{"kind":"Field","name":{"kind":"Name","value":"controlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"patientControlNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimX12Query, ClaimX12QueryVariables>;
export const Import835Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Import835"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Import835Input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"import835"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Import835Payload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"claimPayments"}},{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyPosted"}},{"kind":"Field","name":{"kind":"Name","value":"notPosted"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"postedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"denialRate"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Import835Mutation, Import835MutationVariables>;