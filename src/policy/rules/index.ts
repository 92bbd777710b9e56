// The built-in checks by rule id: the one place a rule of the catalogue meets its code.

import type { Check } from '../compile.ts';
import type { BuiltinRuleId } from './catalogue.ts';
import { benefitLimit } from './benefit-limits.ts';
import { addOnCode, codePairExclusion, coveredServices, sameDayLimit } from './code-pairs.ts';
import { codeScope, licensureModifier, providerCredentialed } from './credentialing.ts';
import { diagnosisCount, diagnosisPointer, sudDiagnosis } from './diagnosis.ts';
import { treatmentPlanReview } from './documentation.ts';
import { coverageActive, policyInForce } from './eligibility.ts';
import { priorAuthorization } from './prior-authorization.ts';
import { part2Consent } from './privacy.ts';
import { programDayMinimum, programWeekMinimum } from './programs.ts';
import { telehealth } from './telehealth.ts';
import { timelyFiling } from './timely-filing.ts';
import { crisisCode, familyPsychotherapy, timeBasedCode, timeDocumentation } from './time-codes.ts';

export const BUILTIN_CHECKS: Readonly<Record<BuiltinRuleId, Check>> = {
  'policy-in-force': policyInForce,
  'coverage-active': coverageActive,
  'provider-credentialed': providerCredentialed,
  'code-scope': codeScope,
  'licensure-modifier': licensureModifier,
  'time-based-code': timeBasedCode,
  'crisis-code': crisisCode,
  'family-psychotherapy': familyPsychotherapy,
  'add-on-code': addOnCode,
  'code-pair-exclusion': codePairExclusion,
  'same-day-limit': sameDayLimit,
  'covered-services': coveredServices,
  'benefit-limit': benefitLimit,
  'prior-authorization': priorAuthorization,
  'program-day-minimum': programDayMinimum,
  'program-week-minimum': programWeekMinimum,
  telehealth,
  'timely-filing': timelyFiling,
  'diagnosis-count': diagnosisCount,
  'diagnosis-pointer': diagnosisPointer,
  'sud-diagnosis': sudDiagnosis,
  'time-documentation': timeDocumentation,
  'treatment-plan-review': treatmentPlanReview,
  'part2-consent': part2Consent,
};
