// The engine's defaults: what a policy gets for every setting it does not state. A payer's first
// version is a change over these. Each value cites DOMAIN.md; values marked ~ or ✖ there are
// defaults a payer should confirm, never hard rules.

import {
  EVALUATION_AND_MANAGEMENT,
  LEVEL_OF_CARE_CODES,
  LEVEL_OF_CARE_REVENUE_CODES,
  SUBSTANCE_USE_CATEGORIES,
  SUBSTANCE_USE_CODES,
} from './codes.ts';
import { DEFAULT_PSYCHOTHERAPY_BANDS } from './time-codes.ts';
import type { PolicySettings, ProgramRules } from './types.ts';

const program: ProgramRules = {
  minHoursPerDay: null,
  minServicesPerDay: null,
  minHoursPerWeek: null,
  minHoursPerWeekUnder18: null,
  minDaysPerWeek: null,
  belowDayMinimum: 'WARN',
  belowWeekMinimum: 'WARN',
  downcodeTo: null,
  weekStartsOn: 0,
  perDiemServiceTiers: [],
};

export const DEFAULT_SETTINGS: PolicySettings = {
  credentialing: {
    // Licensed clinicians at full rate; a payer lists its own types and factors (§4).
    types: {
      PSYCHIATRIST: { rateFactor: 1, codes: null },
      PSYCHOLOGIST: { rateFactor: 1, codes: null },
      LCSW: { rateFactor: 1, codes: null },
      LPC_LMHC: { rateFactor: 1, codes: null },
      LMFT: { rateFactor: 1, codes: null },
      PSYCHIATRIC_NP: { rateFactor: 1, codes: null },
      PA: { rateFactor: 1, codes: null },
    },
    requireEnrollment: true,
    // §1: 90792 (diagnostic evaluation with medical services) by prescribers only.
    codeScope: { '90792': ['PSYCHIATRIST', 'PSYCHIATRIC_NP', 'PA'] },
  },
  licensureModifiers: {
    // §4: most commercial plans and Medicare do not require HO/HN/HP.
    required: false,
    byType: {},
    exemptCodes: EVALUATION_AND_MANAGEMENT,
  },
  timeCodes: {
    enabled: true,
    psychotherapyBands: DEFAULT_PSYCHOTHERAPY_BANDS,
    singleUnit: true,
    singleUnitExemptPlacesOfService: [],
    crisis: {
      code: '90839',
      addOnCode: '90840',
      minMinutes: 30,
      addOnFirstAtMinutes: 75,
      addOnEveryMinutes: 30,
      fallbackCode: '90832',
      fallbackCodeWithEvaluation: '90833',
    },
    family: { codes: ['90846', '90847'], minMinutes: 26 },
    evaluationAndManagement: EVALUATION_AND_MANAGEMENT,
  },
  addOnCodes: {
    '90833': EVALUATION_AND_MANAGEMENT,
    '90836': EVALUATION_AND_MANAGEMENT,
    '90838': EVALUATION_AND_MANAGEMENT,
    '90840': ['90839'],
    '90785': ['90791', '90792', '90832-90838', '90853'],
  },
  excludedPairs: {
    'crisis-with-routine-psychotherapy': {
      codes: ['90839', '90840'],
      with: ['90791', '90792', '90832-90838', '90785'],
    },
    'interactive-complexity-with-family': { codes: ['90846', '90847'], with: ['90785'] },
    // §1: "not same day as 90847 for same patient (payer rule)".
    'family-without-and-with-patient': { codes: ['90847'], with: ['90846'] },
  },
  sameDayLimits: {
    'timed-psychotherapy': { codes: ['90832', '90834', '90837'], maxPerDay: 1 },
    'timed-psychotherapy-add-on': { codes: ['90833', '90836', '90838'], maxPerDay: 1 },
    'crisis-first-block': { codes: ['90839'], maxPerDay: 1 },
  },
  coverage: {
    nonCoveredCodes: [],
    levelsOfCare: { DETOX: true, RESIDENTIAL: true, PHP: true, IOP: true, OUTPATIENT: true },
  },
  levelOfCareCodes: LEVEL_OF_CARE_CODES,
  levelOfCareRevenueCodes: LEVEL_OF_CARE_REVENUE_CODES,
  benefitYear: { startMonthDay: '01-01' },
  benefitLimits: {},
  priorAuthorization: { levelsOfCare: [], codes: [], afterVisits: {}, matchProvider: true },
  programs: {
    // §3: PHP ≥20 h/week (42 CFR 410.43); IOP ≥9 h/week adults, ≥6 adolescents (SAMHSA TIP 47).
    PHP: { ...program, minHoursPerWeek: 20 },
    IOP: { ...program, minHoursPerWeek: 9, minHoursPerWeekUnder18: 6 },
  },
  telehealth: {
    // §5: POS 02 (not at home) and 10 (at home).
    covered: true,
    placesOfService: ['02', '10'],
    homePlaceOfService: '10',
    requiredModifier: null,
    acceptedModifiers: [],
    acceptInPersonPlaceOfService: false,
    unneededModifiers: [],
    audioOnly: { covered: true, modifiers: ['93', 'FQ'], requirePatientHome: false },
  },
  // §9: commercial 90–180 days, Medicaid under 90 days to a year; a payer states its own.
  timelyFiling: { days: 365, months: null, warnWithinDays: 14 },
  diagnosis: {
    // §11: 12 on 837P, 1 + 24 on 837I; four pointers per line.
    maxProfessional: 12,
    maxInstitutional: 25,
    maxPointersPerLine: 4,
    substanceUseCodes: SUBSTANCE_USE_CODES,
    substanceUseModifiers: ['HF'],
    substanceUseLevelsOfCare: ['DETOX'],
    substanceUseCategories: SUBSTANCE_USE_CATEGORIES,
    // §12: nicotine excluded "per local policy" (✖).
    excludedSubstanceUseCategories: ['F17'],
  },
  documentation: {
    treatmentPlanRequired: ['PHP', 'IOP', 'RESIDENTIAL'],
    treatmentPlanReviewDays: {},
  },
  parity: { applies: true, medSurg: {}, behavioralCostShare: {} },
  rules: {},
  plans: {},
  defaultPlan: 'standard',
};
