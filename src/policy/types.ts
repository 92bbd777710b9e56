// The types of the payer policy engine: the claim snapshot it judges (everything it needs, loaded
// beforehand by another module), the findings it returns, and the settings a payer plugin declares.
//
// The engine is pure: nothing here refers to Prisma, the database, the clock or the network. Enum
// values are the same strings as the Prisma enums of prisma/schema.prisma, so a loader can copy
// them across unchanged.
//
// Dates of service are calendar dates as 'YYYY-MM-DD' strings (they compare correctly as strings);
// instants are ISO 8601 strings in UTC ('2025-03-04T15:00:00.000Z').

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC ('2025-03-04T15:00:00.000Z'). */
export type IsoInstant = string;

export type LicensureType =
  | 'PSYCHIATRIST'
  | 'PSYCHOLOGIST'
  | 'LCSW'
  | 'LPC_LMHC'
  | 'LMFT'
  | 'PSYCHIATRIC_NP'
  | 'PA'
  | 'ADDICTION_COUNSELOR'
  | 'PEER_SPECIALIST';

export const LICENSURE_TYPES: readonly LicensureType[] = [
  'PSYCHIATRIST',
  'PSYCHOLOGIST',
  'LCSW',
  'LPC_LMHC',
  'LMFT',
  'PSYCHIATRIC_NP',
  'PA',
  'ADDICTION_COUNSELOR',
  'PEER_SPECIALIST',
];

export type PayerKind = 'MEDICARE' | 'MEDICAID' | 'COMMERCIAL' | 'MANAGED_MEDICAID' | 'TRICARE';
export type CredentialingStatus = 'APPLIED' | 'PENDING' | 'ENROLLED' | 'DENIED' | 'TERMINATED';
export type LevelOfCare = 'DETOX' | 'RESIDENTIAL' | 'PHP' | 'IOP' | 'OUTPATIENT';
export const LEVELS_OF_CARE: readonly LevelOfCare[] = ['DETOX', 'RESIDENTIAL', 'PHP', 'IOP', 'OUTPATIENT'];
export type TransitionDirection = 'STEP_DOWN' | 'STEP_UP' | 'LATERAL';
export type AuthorizationStatus = 'REQUESTED' | 'APPROVED' | 'DENIED' | 'EXPIRED' | 'CANCELLED';
export type UnitType = 'VISITS' | 'DAYS' | 'UNITS';
export type TelehealthModality = 'NONE' | 'VIDEO' | 'AUDIO_ONLY';
export type ClaimType = 'PROFESSIONAL' | 'INSTITUTIONAL';
export type ClaimStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'DENIED'
  | 'PARTIALLY_PAID'
  | 'PAID'
  | 'APPEALED'
  | 'WRITTEN_OFF';
export type ConsentPurpose = 'TREATMENT' | 'PAYMENT' | 'HEALTH_CARE_OPERATIONS' | 'RESEARCH' | 'OTHER';

// ---------------------------------------------------------------------------------------------
// The snapshot: one claim and everything around it
// ---------------------------------------------------------------------------------------------

/**
 * Everything the engine needs to judge one claim, loaded beforehand (see the field notes for
 * what a loader must put in each). A session or a planned service is judged as a one-line DRAFT
 * claim snapshot.
 */
export interface ClaimSnapshot {
  readonly claim: ClaimHeader;
  /** The claim's lines, in line-number order. */
  readonly lines: readonly ClaimLineSnapshot[];
  /** The claim's diagnoses (ICD-10-CM), by position 1..n; line pointers refer to positions. */
  readonly diagnoses: readonly ClaimDiagnosisSnapshot[];
  readonly patient: PatientSnapshot;
  readonly coverage: CoverageSnapshot;
  /**
   * Every rendering provider the claim names (the claim's and each line's), with their
   * enrollments with this claim's payer only.
   */
  readonly providers: readonly ProviderSnapshot[];
  readonly billingProvider: BillingProviderSnapshot;
  /** Authorizations on file for this patient with this payer (any status). */
  readonly authorizations: readonly AuthorizationSnapshot[];
  /**
   * Services of this patient with this payer on OTHER claims (not this one), used to count
   * benefit limits and "authorization after N visits". Denied and voided claims are left out.
   * The engine keeps only the entries inside each limit's benefit year, so a loader may send
   * the 24 months before the claim's last date of service (one aggregate per page of claims:
   * `GROUP BY patient, service_date, procedure_code`).
   */
  readonly usage: readonly UsageEntry[];
  /**
   * Program days (PHP, IOP) of this patient in the calendar weeks of the claim's program lines,
   * including days billed on other claims, so weekly thresholds can be judged.
   */
  readonly programDays: readonly ProgramDaySnapshot[];
  /** The episode (stay at a level of care) the claim bills, when there is one. */
  readonly episode: EpisodeSnapshot | null;
  /** The active treatment plan of the episode or patient, when there is one. */
  readonly treatmentPlan: TreatmentPlanSnapshot | null;
  /** 42 CFR Part 2 facts. */
  readonly part2: Part2Snapshot;
}

export interface ClaimHeader {
  readonly id: string;
  readonly type: ClaimType;
  readonly status: ClaimStatus;
  /** First and last date of service; the policy version in force on `serviceFrom` judges the claim. */
  readonly serviceFrom: IsoDate;
  readonly serviceTo: IsoDate;
  /** Claim frequency (CLM05-3): '1' original, '7' replacement, '8' void. */
  readonly frequencyCode: string;
  /** Institutional bill type (for example '0131'); null on professional claims. */
  readonly billType: string | null;
  /** When the claim was sent to the payer; null while it has not been. */
  readonly submittedAt: IsoInstant | null;
  /** The claim's rendering provider (a line may name its own). */
  readonly renderingProviderId: string | null;
  /** The claim-level authorization (a line may name its own). */
  readonly authorizationId: string | null;
}

export interface ClaimLineSnapshot {
  readonly lineNumber: number;
  readonly serviceDate: IsoDate;
  /** CPT or HCPCS code number (no descriptors anywhere in Parity). */
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  /** Charge as a decimal string ('150.00'); never a float. */
  readonly charge: string;
  /** CMS place-of-service code; null on institutional lines. */
  readonly placeOfService: string | null;
  /** 1-based positions in the claim's diagnoses; at most four. */
  readonly diagnosisPointers: readonly number[];
  /**
   * Documented minutes: face-to-face psychotherapy minutes for time-based codes (for an add-on
   * psychotherapy code, the psychotherapy minutes only, not the E/M time; for 90839, the whole
   * crisis time), or the service minutes of a program component. Null when not documented; the
   * engine then uses `sessionEnd - sessionStart` when both are known.
   */
  readonly minutes: number | null;
  readonly sessionStart: IsoInstant | null;
  readonly sessionEnd: IsoInstant | null;
  readonly telehealth: TelehealthModality;
  /** Overrides the claim's rendering provider for this line. */
  readonly renderingProviderId: string | null;
  /** Revenue code on institutional lines (AHA-licensed list: numbers only). */
  readonly revenueCode: string | null;
  /** Overrides the claim's authorization for this line. */
  readonly authorizationId: string | null;
}

export interface ClaimDiagnosisSnapshot {
  readonly position: number;
  /** ICD-10-CM code, with or without the dot ('F33.1' or 'F331'). */
  readonly code: string;
}

export interface PatientSnapshot {
  readonly id: string;
  readonly dateOfBirth: IsoDate;
}

export interface CoverageSnapshot {
  readonly payerId: string;
  /** The payer's policy plugin id (folder under payers/). */
  readonly policyId: string;
  /** The benefit design inside the payer's policy; null selects the policy's default plan. */
  readonly planCode: string | null;
  readonly memberId: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
}

export interface EnrollmentSnapshot {
  readonly status: CredentialingStatus;
  readonly effectiveFrom: IsoDate | null;
  readonly effectiveTo: IsoDate | null;
  readonly inNetwork: boolean;
}

export interface ProviderSnapshot {
  readonly id: string;
  readonly licensureType: LicensureType;
  readonly npi: string;
  readonly taxonomyCode: string;
  /** Enrollments with this claim's payer only. */
  readonly enrollments: readonly EnrollmentSnapshot[];
}

export interface BillingProviderSnapshot {
  readonly npi: string;
  readonly taxonomyCode: string | null;
}

export interface AuthorizationSnapshot {
  readonly id: string;
  readonly status: AuthorizationStatus;
  /** Set when the authorization is by level of care. */
  readonly levelOfCare: LevelOfCare | null;
  /** Set when the authorization is by code; empty when by level of care. */
  readonly procedureCodes: readonly string[];
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly unitType: UnitType;
  readonly unitsApproved: number;
  /** Units already used by OTHER claims (not this one). */
  readonly unitsUsed: number;
  /** The provider the authorization names, when it names one. */
  readonly providerId: string | null;
}

export interface UsageEntry {
  readonly serviceDate: IsoDate;
  readonly procedureCode: string;
  /** Number of claim lines (visits) with this code on this date. */
  readonly count: number;
  /** Units billed on those lines. */
  readonly units: number;
}

export interface ProgramDaySnapshot {
  readonly date: IsoDate;
  readonly levelOfCare: LevelOfCare;
  readonly services: readonly ProgramServiceSnapshot[];
}

export interface ProgramServiceSnapshot {
  readonly code: string;
  readonly minutes: number;
}

export interface EpisodeSnapshot {
  readonly levelOfCare: LevelOfCare;
  readonly startDate: IsoDate;
  /** Last day of the episode, once it has ended. */
  readonly endDate: IsoDate | null;
  /** The level of care of the episode this one followed (a step-down or step-up), if any. */
  readonly previousLevelOfCare: LevelOfCare | null;
  readonly transition: TransitionDirection | null;
}

export interface TreatmentPlanSnapshot {
  readonly startDate: IsoDate;
  readonly lastReviewedOn: IsoDate | null;
  /** The clinic's own next review date (informational: the payer's interval is what is judged). */
  readonly nextReviewDue: IsoDate | null;
}

export interface Part2Snapshot {
  /** The claim bills services of a 42 CFR Part 2 program. */
  readonly isPart2Record: boolean;
  /**
   * Consents on file for this patient's Part 2 records that name this payer (or third-party
   * payers generically) as recipient. The engine requires one with purpose PAYMENT in force on
   * the disclosure date: the submission date, or `today` for a claim not yet submitted.
   */
  readonly consents: readonly Part2ConsentSnapshot[];
}

export interface Part2ConsentSnapshot {
  readonly id: string;
  readonly purposes: readonly ConsentPurpose[];
  readonly signedOn: IsoDate;
  readonly expiresOn: IsoDate | null;
  /** The date of the written revocation, when revoked. */
  readonly revokedOn: IsoDate | null;
}

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

export type Severity = 'deny' | 'warn' | 'info';

/** A fix the engine can state as data. */
export type Suggestion =
  | { readonly kind: 'REPLACE_CODE'; readonly from: string; readonly to: string }
  | { readonly kind: 'ADD_CODE'; readonly code: string; readonly units: number }
  | { readonly kind: 'REMOVE_LINE' }
  | { readonly kind: 'ADD_MODIFIER'; readonly modifier: string; readonly alternatives: readonly string[] }
  | { readonly kind: 'REMOVE_MODIFIER'; readonly modifier: string }
  | { readonly kind: 'REPLACE_MODIFIER'; readonly from: string; readonly to: string }
  | { readonly kind: 'CHANGE_UNITS'; readonly from: number; readonly to: number }
  | {
      readonly kind: 'SPLIT_UNITS';
      readonly authorizationId: string;
      readonly authorizedUnits: number;
      readonly excessUnits: number;
    }
  | {
      readonly kind: 'OBTAIN_AUTHORIZATION';
      readonly levelOfCare: LevelOfCare | null;
      readonly codes: readonly string[];
      readonly from: IsoDate;
      readonly to: IsoDate;
    }
  | {
      readonly kind: 'CHANGE_PLACE_OF_SERVICE';
      readonly from: string | null;
      readonly to: string;
      readonly alternatives: readonly string[];
    }
  | { readonly kind: 'ADD_DIAGNOSIS'; readonly range: string }
  | { readonly kind: 'FIX_DIAGNOSIS_POINTERS'; readonly validPositions: readonly number[] }
  | { readonly kind: 'USE_PROVIDER'; readonly licensureTypes: readonly LicensureType[] }
  | { readonly kind: 'DOCUMENT'; readonly what: 'START_STOP_TIME' | 'MINUTES' | 'TREATMENT_PLAN_REVIEW' | 'PROGRAM_DAY' }
  | { readonly kind: 'OBTAIN_CONSENT'; readonly purpose: 'PAYMENT' }
  | { readonly kind: 'SUBMIT_BY'; readonly date: IsoDate }
  | { readonly kind: 'CHANGE_BILL_TYPE'; readonly from: string | null; readonly to: readonly string[] };

export type SuggestionKind = Suggestion['kind'];

export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';

/** Where a rule comes from. Every source names the DOMAIN.md section it was taken from. */
export interface Source {
  /** The document (a payer manual, a regulation, an article) as DOMAIN.md names it. */
  readonly document: string;
  readonly section?: string;
  readonly url?: string;
  /** Publication or effective date of the document, when known. */
  readonly published?: string;
  /** Section of docs DOMAIN.md the fact is recorded in ('DOMAIN.md §1'). */
  readonly domainRef: string;
  /**
   * ✔ confirmed by a cited source; ~ secondary or conflicting; ✖ unconfirmed. Rules resting on
   * secondary or unconfirmed facts are plugin settings with defaults, named in the README.
   */
  readonly confidence: Confidence;
}

export interface Citation {
  readonly payerId: string;
  readonly version: string;
  readonly ruleId: string;
  readonly source: Source;
}

export type FindingData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  /** The claim line concerned; null for the claim as a whole. */
  readonly lineNumber: number | null;
  /** Plain wording, from the message template and `data`. */
  readonly message: string;
  readonly data: FindingData;
  readonly suggestion?: Suggestion;
  /** The claim adjustment reason code the payer would likely send. */
  readonly carc?: string;
  /** The remittance advice remark code that would likely go with it. */
  readonly rarc?: string;
  readonly citation: Citation;
}

export interface EvaluationResult {
  readonly policyId: string;
  /** The version that judged the claim; null when no version was in force on its date. */
  readonly policyVersion: string | null;
  /** The benefit design used (the coverage's plan code, or the policy's default plan). */
  readonly planCode: string | null;
  /** Ordered by line (claim-level first), then severity (deny, warn, info), then rule and message id. */
  readonly findings: readonly Finding[];
  /** True when no finding is a deny. */
  readonly willPay: boolean;
}

// ---------------------------------------------------------------------------------------------
// Settings: the rule families as data
// ---------------------------------------------------------------------------------------------

/** A code ('90834'), an inclusive range of codes of the same length ('99202-99255'), or a prefix ('H*'). */
export type CodeSpec = string;

export type BelowMinimumAction = 'DENY' | 'DOWNCODE' | 'WARN' | 'INFO';

export type ParityClassification =
  | 'INPATIENT_IN_NETWORK'
  | 'INPATIENT_OUT_OF_NETWORK'
  | 'OUTPATIENT_IN_NETWORK'
  | 'OUTPATIENT_OUT_OF_NETWORK'
  | 'EMERGENCY'
  | 'PRESCRIPTION_DRUGS';

export interface CredentialedType {
  /** Share of the fee schedule paid for this licensure (1 = full rate; 0.75 for 75%). */
  readonly rateFactor: number;
  /** When set, the licensure may bill only these codes. */
  readonly codes: readonly CodeSpec[] | null;
}

export interface PsychotherapyBand {
  /** The standalone psychotherapy code of this band. */
  readonly code: string;
  /** The add-on code of this band (psychotherapy with an E/M visit). */
  readonly addOnCode: string;
  readonly minMinutes: number;
  /** Inclusive; null for no upper bound. */
  readonly maxMinutes: number | null;
}

export interface BenefitLimit {
  readonly label: string;
  readonly codes: readonly CodeSpec[];
  readonly max: number;
  /** What is counted: lines (visits), units, or distinct dates of service. */
  readonly count: 'VISITS' | 'UNITS' | 'DAYS';
  /** The parity classification the limit falls in (for parity flags). */
  readonly classification: ParityClassification;
  /** An info finding when this many or fewer remain after the claim (0: on the last covered one). */
  readonly noticeWhenLeft: number;
}

export interface ProgramRules {
  readonly minHoursPerDay: number | null;
  readonly minServicesPerDay: number | null;
  readonly minHoursPerWeek: number | null;
  /** Weekly minimum for patients under 18 on the date of service; null to use `minHoursPerWeek`. */
  readonly minHoursPerWeekUnder18: number | null;
  readonly minDaysPerWeek: number | null;
  readonly belowDayMinimum: BelowMinimumAction;
  readonly belowWeekMinimum: BelowMinimumAction;
  /** The code a day below the minimum is billed as instead (with DOWNCODE). */
  readonly downcodeTo: string | null;
  /** 0 Sunday, 1 Monday. */
  readonly weekStartsOn: 0 | 1;
  /** Services-per-day tiers of the per-diem payment (informational, for describePolicy). */
  readonly perDiemServiceTiers: readonly number[];
}

export interface TelehealthRules {
  readonly covered: boolean;
  /** Places of service that mark a telehealth line. */
  readonly placesOfService: readonly string[];
  /** The place of service for a patient at home. */
  readonly homePlaceOfService: string;
  /** A modifier every telehealth line must carry (or one of `acceptedModifiers`); null for none. */
  readonly requiredModifier: string | null;
  readonly acceptedModifiers: readonly string[];
  /**
   * A telehealth line may keep the place of service it would have had in person, as long as it
   * carries the required modifier (Medicare through 2023).
   */
  readonly acceptInPersonPlaceOfService: boolean;
  /** Modifiers the payer no longer expects on telehealth lines (an info finding). */
  readonly unneededModifiers: readonly string[];
  readonly audioOnly: {
    readonly covered: boolean;
    /** One of these must be on an audio-only line; empty for none. */
    readonly modifiers: readonly string[];
    /** Audio-only only for a patient at home (the home place of service). */
    readonly requirePatientHome: boolean;
  };
}

export interface MedSurgProfile {
  readonly covered: boolean;
  /** The predominant visit limit on med/surg benefits in this classification, and the share of them it applies to. */
  readonly visitLimit: { readonly perYear: number; readonly shareOfBenefits: number } | null;
  readonly priorAuthForRoutineOutpatient: boolean;
  readonly predominantCopay: number | null;
  readonly predominantCoinsurance: number | null;
}

export interface BehavioralCostShare {
  readonly copay: number | null;
  readonly coinsurance: number | null;
}

export interface ParitySettings {
  /** Whether MHPAEA applies to the plan (it does not to Medicare fee-for-service). */
  readonly applies: boolean;
  readonly medSurg: Partial<Record<ParityClassification, MedSurgProfile | null>>;
  readonly behavioralCostShare: Partial<Record<ParityClassification, BehavioralCostShare | null>>;
}

export interface RuleOverride {
  readonly enabled?: boolean;
  /** Severity per message id of the rule. */
  readonly severity?: Readonly<Record<string, Severity>>;
}

/** The settings of one plan (benefit design) inside a policy version. */
export interface PlanSettings {
  readonly credentialing: {
    /** Licensures the payer credentials; a type absent or null is not credentialed. */
    readonly types: Partial<Record<LicensureType, CredentialedType | null>>;
    /** The rendering provider needs an ENROLLED enrollment with the payer covering the date. */
    readonly requireEnrollment: boolean;
    /** Codes only some licensures may bill: code -> licensures. */
    readonly codeScope: Readonly<Record<string, readonly LicensureType[] | null>>;
  };
  readonly licensureModifiers: {
    readonly required: boolean;
    readonly byType: Partial<Record<LicensureType, string | null>>;
    readonly exemptCodes: readonly CodeSpec[];
  };
  readonly timeCodes: {
    readonly enabled: boolean;
    readonly psychotherapyBands: readonly PsychotherapyBand[];
    /** Time-based psychotherapy codes are billed with one unit... */
    readonly singleUnit: boolean;
    /** ...except at these places of service. */
    readonly singleUnitExemptPlacesOfService: readonly string[];
    readonly crisis: {
      readonly code: string;
      readonly addOnCode: string;
      readonly minMinutes: number;
      readonly addOnFirstAtMinutes: number;
      readonly addOnEveryMinutes: number;
      readonly fallbackCode: string;
      readonly fallbackCodeWithEvaluation: string;
    };
    readonly family: { readonly codes: readonly string[]; readonly minMinutes: number };
    /** Evaluation and management codes (for add-on psychotherapy). */
    readonly evaluationAndManagement: readonly CodeSpec[];
  };
  /** Add-on code -> the primary codes it may accompany (same claim, same date). */
  readonly addOnCodes: Readonly<Record<string, readonly CodeSpec[] | null>>;
  /** Code pairs not billable on the same date: a line in `with` is not paid beside a line in `codes`. */
  readonly excludedPairs: Readonly<
    Record<string, { readonly codes: readonly CodeSpec[]; readonly with: readonly CodeSpec[] } | null>
  >;
  /** At most `maxPerDay` services (lines) with these codes per date and rendering provider. */
  readonly sameDayLimits: Readonly<Record<string, { readonly codes: readonly CodeSpec[]; readonly maxPerDay: number } | null>>;
  readonly coverage: {
    /** Codes the payer does not pay at all. */
    readonly nonCoveredCodes: readonly CodeSpec[];
    readonly levelsOfCare: Readonly<Record<LevelOfCare, boolean>>;
  };
  /** Procedure code -> the level of care it bills. */
  readonly levelOfCareCodes: Readonly<Record<string, LevelOfCare>>;
  /** Revenue code -> the level of care it bills. */
  readonly levelOfCareRevenueCodes: Readonly<Record<string, LevelOfCare>>;
  /** Benefit years start on this month and day ('01-01' for calendar years). */
  readonly benefitYear: { readonly startMonthDay: string };
  readonly benefitLimits: Readonly<Record<string, BenefitLimit | null>>;
  readonly priorAuthorization: {
    readonly levelsOfCare: readonly LevelOfCare[];
    readonly codes: readonly CodeSpec[];
    /** Authorization needed from visit N+1 of these codes in a benefit year. */
    readonly afterVisits: Readonly<Record<string, { readonly codes: readonly CodeSpec[]; readonly visits: number } | null>>;
    /** An authorization naming a provider covers only that provider's lines. */
    readonly matchProvider: boolean;
  };
  readonly programs: { readonly PHP: ProgramRules; readonly IOP: ProgramRules };
  readonly telehealth: TelehealthRules;
  readonly timelyFiling: {
    /** Limit in days from the date of service, or in months (a calendar-year limit is 12 months). */
    readonly days: number | null;
    readonly months: number | null;
    /** A warning when an unsent claim is this close to its deadline. */
    readonly warnWithinDays: number;
  };
  readonly diagnosis: {
    readonly maxProfessional: number;
    readonly maxInstitutional: number;
    readonly maxPointersPerLine: number;
    /** Codes that bill substance-use treatment (they need a substance-use diagnosis). */
    readonly substanceUseCodes: readonly CodeSpec[];
    readonly substanceUseModifiers: readonly string[];
    readonly substanceUseLevelsOfCare: readonly LevelOfCare[];
    /** ICD-10-CM categories that count as substance use ('F10'...'F19'). */
    readonly substanceUseCategories: readonly string[];
    /** Categories excluded from that list (nicotine, 'F17', by default). */
    readonly excludedSubstanceUseCategories: readonly string[];
  };
  readonly documentation: {
    readonly treatmentPlanRequired: readonly LevelOfCare[];
    /** Days between treatment-plan reviews, by level of care. */
    readonly treatmentPlanReviewDays: Partial<Record<LevelOfCare, number | null>>;
  };
  readonly parity: ParitySettings;
  /** Turn a rule off, or change the severity of its messages, by rule id. */
  readonly rules: Readonly<Record<string, RuleOverride | null>>;
}

/** Settings of a policy version: the default plan's settings plus the other plans as changes. */
export interface PolicySettings extends PlanSettings {
  /** Other benefit designs, each a change over the version's settings, by plan code. */
  readonly plans: Readonly<Record<string, DeepPartial<PlanSettings>>>;
  /** The plan code of the version's own settings (used when a coverage has no plan code). */
  readonly defaultPlan: string;
}

/** A change over a value: objects merge key by key, arrays and scalars replace, null removes. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { -readonly [K in keyof T]?: DeepPartial<T[K]> }
      : T;

// ---------------------------------------------------------------------------------------------
// Custom rules
// ---------------------------------------------------------------------------------------------

export interface MessageSpec {
  /** Plain wording with {{placeholders}} filled from the finding's data. No CPT descriptors. */
  readonly template: string;
  readonly severity: Severity;
  readonly carc?: string;
  readonly rarc?: string;
}

/** What a custom rule reports; the engine adds severity, wording, codes and citation. */
export interface RuleReport<M extends string = string> {
  readonly messageId: M;
  readonly lineNumber: number | null;
  readonly data?: FindingData;
  readonly suggestion?: Suggestion;
}

/** What a custom rule sees: the snapshot and the resolved settings, plus a few derived facts. */
export interface RuleContext {
  readonly snapshot: ClaimSnapshot;
  readonly today: IsoDate;
  readonly policyId: string;
  readonly version: string;
  readonly planCode: string;
  readonly settings: PlanSettings;
  /** The level of care a line bills (by code, revenue code, or the episode on institutional claims). */
  levelOfCare(line: ClaimLineSnapshot): LevelOfCare;
  /** Documented minutes, or the session's length when only start and end are known. */
  minutes(line: ClaimLineSnapshot): number | null;
  /** The line's rendering provider. */
  provider(line: ClaimLineSnapshot): ProviderSnapshot | null;
  /** Whether a code matches code specs ('90834', '99202-99255', 'H*'). */
  matches(code: string, specs: readonly CodeSpec[]): boolean;
}

export interface CustomRule<M extends string = string> {
  /** Kebab-case, unique in the policy, not the id of a built-in rule. */
  readonly id: string;
  readonly description: string;
  readonly source: Source;
  readonly messages: { readonly [K in M]: MessageSpec };
  check(context: RuleContext): readonly RuleReport<NoInfer<M>>[];
}

// ---------------------------------------------------------------------------------------------
// Policies and their versions
// ---------------------------------------------------------------------------------------------

/**
 * A partial snapshot: what differs from the test kit's baseline clean claim. Plugins declare
 * their clean example claim with it; `buildClaim` in test/kit takes the same shape.
 */
export interface SnapshotOverrides {
  /** Date of service of the baseline line and anchor of the other baseline dates. */
  readonly date?: IsoDate;
  readonly claim?: Partial<ClaimHeader>;
  /** Replaces the baseline lines; each entry is merged over a baseline line (numbered 1, 2...). */
  readonly lines?: readonly Partial<ClaimLineSnapshot>[];
  /** Merged into every line. */
  readonly line?: Partial<ClaimLineSnapshot>;
  readonly diagnoses?: readonly ClaimDiagnosisSnapshot[];
  readonly patient?: Partial<PatientSnapshot>;
  readonly coverage?: Partial<CoverageSnapshot>;
  /** Merged over the baseline rendering provider. */
  readonly provider?: Partial<ProviderSnapshot>;
  /** Further providers (for lines naming another rendering provider). */
  readonly otherProviders?: readonly ProviderSnapshot[];
  readonly billingProvider?: Partial<BillingProviderSnapshot>;
  readonly authorizations?: readonly AuthorizationSnapshot[];
  readonly usage?: readonly UsageEntry[];
  readonly programDays?: readonly ProgramDaySnapshot[];
  readonly episode?: EpisodeSnapshot | null;
  readonly treatmentPlan?: TreatmentPlanSnapshot | null;
  readonly part2?: Partial<Part2Snapshot>;
}

export interface PolicyVersionInput {
  /** A label unique in the policy ('2024.1'). */
  readonly version: string;
  /** First day the version is in force; it stays in force until the next version's first day. */
  readonly effectiveFrom: IsoDate;
  /** One or two sentences: what changed and why. */
  readonly summary: string;
  /** A change over the previous version's settings (the first version: over the engine defaults). */
  readonly settings?: DeepPartial<PolicySettings>;
  /** Sources of this payer's rules, by rule id, replacing the engine's generic ones. */
  readonly sources?: Readonly<Record<string, Source>>;
  readonly addRules?: readonly CustomRule[];
  readonly removeRules?: readonly string[];
  /** A clean claim under this version, when it differs from the policy's example. */
  readonly cleanClaim?: SnapshotOverrides;
}

export interface PayerPolicyInput {
  /** Kebab-case, equal to the folder name under payers/. */
  readonly id: string;
  readonly name: string;
  readonly kind: PayerKind;
  /** Fictional payers are named "(fictional)". */
  readonly fictional: boolean;
  readonly description: string;
  readonly deprecated?: { readonly message: string; readonly since: IsoDate; readonly replacedBy?: string };
  /** A claim this policy pays without findings (the conformance kit checks it under every version). */
  readonly cleanClaim: SnapshotOverrides;
  readonly versions: readonly PolicyVersionInput[];
}

/** A version resolved: its settings merged over the previous version's. */
export interface ResolvedVersion {
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  /** Last day in force (the day before the next version), or null for the current version. */
  readonly effectiveTo: IsoDate | null;
  readonly summary: string;
  /** Setting paths and rules this version changed ('credentialing.types.LMFT', 'rule +opps-bill-type'). */
  readonly changes: readonly string[];
  readonly settings: PolicySettings;
  readonly sources: Readonly<Record<string, Source>>;
  readonly customRules: readonly CustomRule[];
  readonly cleanClaim: SnapshotOverrides;
}

export interface PayerPolicy {
  readonly id: string;
  readonly name: string;
  readonly kind: PayerKind;
  readonly fictional: boolean;
  readonly description: string;
  readonly deprecated: PayerPolicyInput['deprecated'] | null;
  readonly versions: readonly ResolvedVersion[];
  /** The definition as written (for the conformance kit). */
  readonly input: PayerPolicyInput;
}
