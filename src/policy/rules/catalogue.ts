// The built-in rules: id, family, messages (wording, default severity, the CARC/RARC a payer
// would likely send) and the generic source each rests on, from DOMAIN.md. A payer plugin cites
// its own documents by rule id in a version's `sources`; these are the fallback.

import type { MessageSpec, Source } from '../types.ts';

export type RuleFamily =
  | 'policy'
  | 'eligibility'
  | 'credentialing'
  | 'licensure-modifiers'
  | 'time-codes'
  | 'code-pairs'
  | 'coverage'
  | 'benefit-limits'
  | 'prior-authorization'
  | 'programs'
  | 'telehealth'
  | 'timely-filing'
  | 'diagnosis'
  | 'documentation'
  | 'privacy'
  | 'custom';

export interface BuiltinRuleSpec {
  readonly family: RuleFamily;
  readonly description: string;
  readonly messages: Readonly<Record<string, MessageSpec>>;
  readonly source: Source;
}

const carcList: Pick<Source, 'document' | 'url'> = {
  document: 'X12 / WPC Claim Adjustment Reason Codes and Remittance Advice Remark Codes lists',
  url: 'https://x12.org/codes/claim-adjustment-reason-codes',
};

export const BUILTIN_RULES = {
  'policy-in-force': {
    family: 'policy',
    description: 'A claim is judged by the policy version in force on its first date of service.',
    messages: {
      NO_POLICY_VERSION: {
        template: 'No version of this payer policy is in force on {{date}}; the claim cannot be judged.',
        severity: 'deny',
      },
      CLAIM_SPANS_POLICY_VERSIONS: {
        template:
          'The claim runs from {{from}} to {{to}}, across policy versions {{fromVersion}} and {{toVersion}}; it is judged by {{fromVersion}}. Consider splitting it at {{splitAt}}.',
        severity: 'warn',
      },
      PLAN_CODE_UNKNOWN: {
        template: 'Plan code {{planCode}} is not a benefit design of this policy; the default plan {{defaultPlan}} was used.',
        severity: 'warn',
      },
    },
    source: {
      document: 'Parity design notes: every rule is payer-scoped and effective-dated',
      section: 'What this means for the design, item 1',
      domainRef: 'DOMAIN.md §13',
      confidence: 'confirmed',
    },
  },
  'coverage-active': {
    family: 'eligibility',
    description: 'Each date of service falls inside the patient’s coverage.',
    messages: {
      COVERAGE_NOT_STARTED: {
        template: 'Service on {{date}} is before the coverage starts ({{effectiveFrom}}).',
        severity: 'deny',
        carc: '26',
      },
      COVERAGE_ENDED: {
        template: 'Service on {{date}} is after the coverage ended ({{effectiveTo}}).',
        severity: 'deny',
        carc: '27',
      },
    },
    source: { ...carcList, section: 'CARC 26, 27', domainRef: 'DOMAIN.md §9', confidence: 'confirmed' },
  },
  'provider-credentialed': {
    family: 'credentialing',
    description: 'The rendering provider’s licensure is credentialed by the payer and the provider is enrolled on the date of service.',
    messages: {
      RENDERING_PROVIDER_MISSING: {
        template: 'Line {{line}} names no rendering provider.',
        severity: 'deny',
        carc: '16',
        rarc: 'N290',
      },
      PROVIDER_TYPE_NOT_CREDENTIALED: {
        template: 'This payer does not credential {{licensureType}} clinicians on {{date}}.',
        severity: 'deny',
        carc: '185',
        rarc: 'N95',
      },
      PROVIDER_NOT_ENROLLED: {
        template: 'The rendering provider has no active enrollment with this payer on {{date}} (enrollment: {{status}}).',
        severity: 'deny',
        carc: 'B7',
      },
    },
    source: {
      document: '42 CFR 414.53 and 414.56 (eCFR); NBCC final-rule news; X12 CARC 185 and B7',
      domainRef: 'DOMAIN.md §4, §9',
      confidence: 'confirmed',
    },
  },
  'code-scope': {
    family: 'credentialing',
    description: 'Some codes may be billed only by some licensures (a diagnostic evaluation with medical services by prescribers only).',
    messages: {
      CODE_NOT_IN_PROVIDER_SCOPE: {
        template: 'A {{licensureType}} clinician may not bill {{code}} with this payer.',
        severity: 'deny',
        carc: '8',
        rarc: 'N95',
      },
    },
    source: {
      document: 'Mindcare Billing, Undeny and BillBusted on 90792; X12 CARC 8',
      domainRef: 'DOMAIN.md §1, §9',
      confidence: 'confirmed',
    },
  },
  'licensure-modifier': {
    family: 'licensure-modifiers',
    description: 'Lines carry the licensure-level modifier the payer requires for the rendering provider.',
    messages: {
      LICENSURE_MODIFIER_MISSING: {
        template: 'Code {{code}} by a {{licensureType}} clinician needs modifier {{modifier}}.',
        severity: 'deny',
        carc: '4',
        rarc: 'N822',
      },
      LICENSURE_MODIFIER_WRONG: {
        template: 'Modifier {{found}} does not match a {{licensureType}} clinician; use {{modifier}}.',
        severity: 'deny',
        carc: '4',
      },
    },
    source: {
      document: 'TheraThink HO/HP/AJ modifier pages; hcpcs.org modifier list',
      domainRef: 'DOMAIN.md §4',
      confidence: 'confirmed',
    },
  },
  'time-based-code': {
    family: 'time-codes',
    description: 'A time-based psychotherapy code matches the documented minutes (16–37, 38–52, 53+), one unit, and the add-on form with an E/M visit.',
    messages: {
      PSYCHOTHERAPY_UNDER_MINIMUM: {
        template: '{{minutes}} minutes of psychotherapy are under the {{minMinutes}}-minute minimum; no psychotherapy code is billable.',
        severity: 'deny',
        carc: '16',
      },
      TIME_CODE_NOT_SUPPORTED: {
        template: '{{minutes}} minutes support {{expected}}, not {{code}}.',
        severity: 'deny',
        carc: '16',
      },
      TIME_CODE_UNDERCODED: {
        template: '{{minutes}} minutes support {{expected}}; {{code}} is billed.',
        severity: 'info',
      },
      TIME_CODE_UNITS: {
        template: 'Code {{code}} is billed with one unit, not {{units}}.',
        severity: 'deny',
        carc: '16',
      },
      PSYCHOTHERAPY_WITH_EM_USE_ADD_ON: {
        template: 'Psychotherapy on the same date as E/M code {{evaluation}} is billed with add-on {{expected}}, not {{code}}.',
        severity: 'deny',
        carc: '97',
        rarc: 'N20',
      },
    },
    source: {
      document: 'Novitas Solutions, "Psychotherapy time" CERT article',
      section: 'contentId 00026768',
      url: 'https://www.novitas-solutions.com',
      domainRef: 'DOMAIN.md §1',
      confidence: 'confirmed',
    },
  },
  'crisis-code': {
    family: 'time-codes',
    description: 'Crisis psychotherapy needs 30 minutes for the first block; add-on units follow the minutes from minute 75.',
    messages: {
      CRISIS_UNDER_MINIMUM: {
        template: '{{minutes}} minutes are under the {{minMinutes}}-minute crisis minimum; bill {{expected}}.',
        severity: 'deny',
        carc: '16',
      },
      CRISIS_ADD_ON_UNITS: {
        template: '{{minutes}} minutes of crisis time support {{expected}} unit(s) of {{code}}, not {{units}}.',
        severity: 'deny',
        carc: '16',
      },
      CRISIS_ADD_ON_MISSING: {
        template: '{{minutes}} minutes of crisis time support {{expected}} unit(s) of {{code}}; {{units}} billed.',
        severity: 'info',
      },
    },
    source: {
      document: 'Headway 90839/90840; BCBS Illinois psychotherapy policy summary (openpayer); unit banding from WellNotes',
      domainRef: 'DOMAIN.md §1',
      confidence: 'secondary',
    },
  },
  'family-psychotherapy': {
    family: 'time-codes',
    description: 'Family psychotherapy needs at least 26 minutes.',
    messages: {
      FAMILY_UNDER_MINIMUM: {
        template: '{{minutes}} minutes are under the {{minMinutes}}-minute minimum for {{code}}.',
        severity: 'deny',
        carc: '16',
      },
    },
    source: { document: 'Valant 90846; Welton Consulting', domainRef: 'DOMAIN.md §1', confidence: 'confirmed' },
  },
  'add-on-code': {
    family: 'code-pairs',
    description: 'An add-on code is billed with one of its primary codes on the same date.',
    messages: {
      ADD_ON_WITHOUT_PRIMARY: {
        template: 'Add-on code {{code}} needs a primary code ({{primaries}}) on the same date.',
        severity: 'deny',
        carc: '16',
        rarc: 'N122',
      },
    },
    source: {
      document: 'Novitas CERT article (add-on psychotherapy with E/M); Alma "90785"; BCBS Illinois summary; RARC N122',
      domainRef: 'DOMAIN.md §1, §9',
      confidence: 'confirmed',
    },
  },
  'code-pair-exclusion': {
    family: 'code-pairs',
    description: 'Code pairs the payer does not pay on the same date (crisis with routine psychotherapy, interactive complexity with crisis or family therapy...).',
    messages: {
      CODE_PAIR_NOT_ALLOWED: {
        template: 'Code {{code}} is not paid on the same date as {{other}}.',
        severity: 'deny',
        carc: '97',
        rarc: 'N20',
      },
    },
    source: {
      document: 'Headway 90839/90840; BCBS Illinois summary (openpayer); Alma "90785"; Valant 90846',
      domainRef: 'DOMAIN.md §1',
      confidence: 'confirmed',
    },
  },
  'same-day-limit': {
    family: 'code-pairs',
    description: 'Only one timed psychotherapy code per session, one crisis first block and one diagnostic evaluation per day.',
    messages: {
      SAME_DAY_LIMIT_EXCEEDED: {
        template: 'At most {{max}} of {{family}} per day by one clinician; this line brings {{date}} to {{total}}.',
        severity: 'deny',
        carc: '97',
        rarc: 'M80',
      },
    },
    source: {
      document: 'Alma "CPT codes for psychotherapy"; Headway 90839; AAPC fact sheet on LCD L31887 (90791)',
      domainRef: 'DOMAIN.md §1',
      confidence: 'confirmed',
    },
  },
  'covered-services': {
    family: 'coverage',
    description: 'The payer covers the code and the level of care it bills.',
    messages: {
      CODE_NOT_COVERED: {
        template: 'This payer does not pay code {{code}}.',
        severity: 'deny',
        carc: '96',
      },
      LEVEL_OF_CARE_NOT_COVERED: {
        template: 'This payer does not cover {{levelOfCare}} services on {{date}}.',
        severity: 'deny',
        carc: '204',
      },
    },
    source: {
      document: 'pabau S9480/H0010/H2036; StudyStack HCPCS series summary; X12 CARC 96, 204',
      domainRef: 'DOMAIN.md §2a, §9',
      confidence: 'confirmed',
    },
  },
  'benefit-limit': {
    family: 'benefit-limits',
    description: 'Visits counted against the plan’s limits per benefit year, including prior claims.',
    messages: {
      BENEFIT_LIMIT_REACHED: {
        template: '{{label}}: {{max}} per benefit year ({{yearStart}} to {{yearEnd}}), {{used}} already used.',
        severity: 'deny',
        carc: '119',
        rarc: 'N130',
      },
      BENEFIT_LIMIT_LOW: {
        template: '{{label}}: {{left}} of {{max}} left in the benefit year ending {{yearEnd}} after this claim.',
        severity: 'info',
      },
    },
    source: { ...carcList, section: 'CARC 119, RARC N130', domainRef: 'DOMAIN.md §7, §9', confidence: 'confirmed' },
  },
  'prior-authorization': {
    family: 'prior-authorization',
    description:
      'Services that need prior authorization match an approved authorization by level of care or code, date range, provider and units left; a new level of care needs its own.',
    messages: {
      AUTHORIZATION_REQUIRED: {
        template: '{{what}} on {{date}} needs prior authorization ({{reason}}); none on file covers it.',
        severity: 'deny',
        carc: '197',
      },
      AUTHORIZATION_PENDING: {
        template: 'Authorization {{authorizationId}} covering {{date}} is {{status}}, not approved.',
        severity: 'deny',
        carc: '197',
      },
      AUTHORIZATION_LEVEL_MISMATCH: {
        template: 'Authorization {{authorizationId}} is for {{authorized}}, not {{levelOfCare}}; a change of level of care needs its own authorization.',
        severity: 'deny',
        carc: '197',
        rarc: 'N54',
      },
      AUTHORIZATION_DATES_MISMATCH: {
        template: 'Authorization {{authorizationId}} runs {{startDate}} to {{endDate}}; the service on {{date}} is outside it.',
        severity: 'deny',
        carc: '197',
        rarc: 'N54',
      },
      AUTHORIZATION_PROVIDER_MISMATCH: {
        template: 'Authorization {{authorizationId}} names another provider.',
        severity: 'deny',
        carc: '197',
        rarc: 'N54',
      },
      AUTHORIZATION_UNITS_EXCEEDED: {
        template: 'Authorization {{authorizationId}} has {{left}} {{unitType}} left; the line needs {{needed}}.',
        severity: 'deny',
        carc: '198',
        rarc: 'N362',
      },
      AUTHORIZATION_LAST_UNITS: {
        template: 'This claim uses the last authorized {{unitType}} of authorization {{authorizationId}}; request a concurrent review to continue.',
        severity: 'info',
      },
    },
    source: {
      document: 'denialcodeguide N54; Lucida concurrent review; CriteriaIQ; X12 CARC 197 and 198 (medicalbillingcertify)',
      domainRef: 'DOMAIN.md §6, §9',
      confidence: 'confirmed',
    },
  },
  'program-day-minimum': {
    family: 'programs',
    description: 'A PHP or IOP day meets the payer’s minimum hours and number of services.',
    messages: {
      PROGRAM_DAY_NOT_DOCUMENTED: {
        template: 'No {{levelOfCare}} program day is documented for {{date}}.',
        severity: 'warn',
      },
      PROGRAM_DAY_BELOW_MINIMUM_HOURS: {
        template: '{{levelOfCare}} day {{date}} has {{hours}} hours of services; the minimum is {{minimum}}.',
        severity: 'deny',
        carc: '50',
      },
      PROGRAM_DAY_BELOW_MINIMUM_SERVICES: {
        template: '{{levelOfCare}} day {{date}} has {{services}} services; the minimum is {{minimum}}.',
        severity: 'deny',
        carc: '50',
      },
    },
    source: {
      document: 'Companion Benefit Alternatives; Priority Health level-of-care definitions; CMS CY2024 OPPS fact sheet (Coronis)',
      domainRef: 'DOMAIN.md §3',
      confidence: 'confirmed',
    },
  },
  'program-week-minimum': {
    family: 'programs',
    description: 'A PHP or IOP week meets the payer’s minimum hours and days.',
    messages: {
      PROGRAM_WEEK_BELOW_MINIMUM_HOURS: {
        template: '{{levelOfCare}} week {{weekStart}} to {{weekEnd}} has {{hours}} hours; the minimum is {{minimum}}.',
        severity: 'deny',
        carc: '50',
      },
      PROGRAM_WEEK_BELOW_MINIMUM_DAYS: {
        template: '{{levelOfCare}} week {{weekStart}} to {{weekEnd}} has {{days}} program days; the minimum is {{minimum}}.',
        severity: 'deny',
        carc: '50',
      },
    },
    source: {
      document: '42 CFR 410.43(c)(1) (revenuecycleadvisor); SAMHSA TIP 47; H0015 descriptor (Carepatron)',
      domainRef: 'DOMAIN.md §3',
      confidence: 'confirmed',
    },
  },
  telehealth: {
    family: 'telehealth',
    description: 'Telehealth lines use the telehealth place of service and the modifiers the payer wants; audio-only only where covered.',
    messages: {
      TELEHEALTH_NOT_COVERED: {
        template: 'This payer does not cover telehealth for {{code}} on {{date}}.',
        severity: 'deny',
        carc: '204',
      },
      TELEHEALTH_POS_REQUIRED: {
        template: 'A telehealth line uses place of service {{expected}}, not {{placeOfService}}.',
        severity: 'deny',
        carc: '5',
        rarc: 'M77',
      },
      TELEHEALTH_POS_WITHOUT_MODALITY: {
        template: 'Place of service {{placeOfService}} is for telehealth, but the line is not marked as telehealth.',
        severity: 'warn',
        carc: '5',
        rarc: 'M77',
      },
      TELEHEALTH_MODIFIER_MISSING: {
        template: 'This payer wants modifier {{modifier}} on telehealth lines.',
        severity: 'deny',
        carc: '4',
        rarc: 'N822',
      },
      TELEHEALTH_MODIFIER_NOT_NEEDED: {
        template: 'Modifier {{modifier}} is no longer expected on telehealth lines on {{date}}; the place of service says it.',
        severity: 'info',
      },
      AUDIO_ONLY_NOT_COVERED: {
        template: 'This payer does not cover audio-only services on {{date}}.',
        severity: 'deny',
        carc: '204',
      },
      AUDIO_ONLY_MODIFIER_MISSING: {
        template: 'An audio-only line needs modifier {{modifiers}}.',
        severity: 'deny',
        carc: '4',
        rarc: 'N822',
      },
      AUDIO_ONLY_PATIENT_NOT_HOME: {
        template: 'Audio-only services are covered for a patient at home (place of service {{home}}), not at {{placeOfService}}.',
        severity: 'deny',
        carc: '5',
        rarc: 'M77',
      },
    },
    source: {
      document: 'NGS "Telehealth Changes for 2024 – Modifier 95 and POS"; FCSO telehealth services',
      domainRef: 'DOMAIN.md §5',
      confidence: 'confirmed',
    },
  },
  'timely-filing': {
    family: 'timely-filing',
    description: 'The claim reaches the payer within its filing limit from the date of service.',
    messages: {
      TIMELY_FILING_EXPIRED: {
        template: 'The filing limit for service on {{date}} ended on {{deadline}}.',
        severity: 'deny',
        carc: '29',
        rarc: 'N211',
      },
      TIMELY_FILING_DUE_SOON: {
        template: 'Submit by {{deadline}}: {{daysLeft}} day(s) left of the filing limit for service on {{date}}.',
        severity: 'warn',
      },
    },
    source: {
      document: 'Medtransic and MedAce timely filing summaries; Noridian and NGS on CO-29 with N211',
      domainRef: 'DOMAIN.md §9',
      confidence: 'confirmed',
    },
  },
  'diagnosis-count': {
    family: 'diagnosis',
    description: 'A claim has at least one diagnosis and at most 12 (professional) or 25 (institutional).',
    messages: {
      DIAGNOSIS_MISSING: {
        template: 'The claim has no diagnosis.',
        severity: 'deny',
        carc: '16',
        rarc: 'M76',
      },
      DIAGNOSIS_COUNT_EXCEEDED: {
        template: 'The claim has {{count}} diagnoses; at most {{max}} fit a {{type}} claim.',
        severity: 'deny',
        carc: '16',
        rarc: 'M76',
      },
    },
    source: {
      document: 'CMS FAQ 12889 (via MedLearn) on ABK/ABF diagnosis limits',
      domainRef: 'DOMAIN.md §11',
      confidence: 'confirmed',
    },
  },
  'diagnosis-pointer': {
    family: 'diagnosis',
    description: 'Each professional line points at one to four of the claim’s diagnoses.',
    messages: {
      DIAGNOSIS_POINTER_MISSING: {
        template: 'Line {{line}} points at no diagnosis.',
        severity: 'deny',
        carc: '16',
        rarc: 'M76',
      },
      DIAGNOSIS_POINTER_INVALID: {
        template: 'Line {{line}}: {{problem}}.',
        severity: 'deny',
        carc: '16',
        rarc: 'M76',
      },
    },
    source: { document: 'X12 RFI #433 (SV107 diagnosis pointers)', domainRef: 'DOMAIN.md §11', confidence: 'confirmed' },
  },
  'sud-diagnosis': {
    family: 'diagnosis',
    description: 'Substance-use services and levels of care need a substance-use diagnosis (ICD-10-CM F10–F19).',
    messages: {
      SUD_DIAGNOSIS_REQUIRED: {
        template: 'Code {{code}} bills substance-use treatment but the line points at no substance-use diagnosis ({{range}}).',
        severity: 'deny',
        carc: '11',
      },
    },
    source: {
      document: 'icd.codes ICD-10-CM chapter 5 (F10–F19); X12 CARC 11',
      domainRef: 'DOMAIN.md §9, §12',
      confidence: 'confirmed',
    },
  },
  'time-documentation': {
    family: 'documentation',
    description: 'Time-based codes document minutes and the start and stop time.',
    messages: {
      MINUTES_MISSING: {
        template: 'Code {{code}} is time-based but no minutes or session times are documented.',
        severity: 'deny',
        carc: '16',
      },
      START_STOP_TIME_MISSING: {
        template: 'Code {{code}} is time-based; record the start and stop time of the session.',
        severity: 'warn',
      },
    },
    source: {
      document: 'Novitas CERT article; Texas Medical Association "Document Time for Psychotherapy Services"; Bonfire; Welton',
      domainRef: 'DOMAIN.md §10',
      confidence: 'confirmed',
    },
  },
  'treatment-plan-review': {
    family: 'documentation',
    description: 'Program and residential services need a treatment plan reviewed within the payer’s interval.',
    messages: {
      TREATMENT_PLAN_MISSING: {
        template: '{{levelOfCare}} services need a treatment plan on file.',
        severity: 'warn',
      },
      TREATMENT_PLAN_REVIEW_OVERDUE: {
        template: 'The treatment plan was last reviewed on {{lastReview}}; for {{levelOfCare}} a review was due by {{due}}.',
        severity: 'warn',
      },
    },
    source: {
      document: 'CMS LCD L34196 / L28973 excerpts; Kansas regulations (aging.ks.gov)',
      domainRef: 'DOMAIN.md §3, §10',
      confidence: 'confirmed',
    },
  },
  'part2-consent': {
    family: 'privacy',
    description: 'A 42 CFR Part 2 record goes to a payer only under a written consent for payment naming it.',
    messages: {
      PART2_CONSENT_MISSING: {
        template: 'This claim discloses a 42 CFR Part 2 record; no consent naming this payer for payment is in force on {{date}}.',
        severity: 'deny',
      },
    },
    source: {
      document: 'healthinfolaw.org "Part 2 restrictions: disclosure"; 42 CFR 2.31 (govregs)',
      domainRef: 'DOMAIN.md §8',
      confidence: 'confirmed',
    },
  },
} as const satisfies Record<string, BuiltinRuleSpec>;

export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

export const BUILTIN_RULE_IDS = Object.keys(BUILTIN_RULES) as BuiltinRuleId[];

/** Every built-in message id -> its rule id (message ids are unique across rules). */
export const BUILTIN_MESSAGE_RULE: ReadonlyMap<string, BuiltinRuleId> = (() => {
  const map = new Map<string, BuiltinRuleId>();
  for (const ruleId of BUILTIN_RULE_IDS) {
    for (const messageId of Object.keys(BUILTIN_RULES[ruleId].messages)) {
      if (map.has(messageId)) {
        throw new Error(`Message id ${messageId} is declared twice`);
      }
      map.set(messageId, ruleId);
    }
  }
  return map;
})();
