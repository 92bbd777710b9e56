// The engine's other answers, beside a claim's findings: which benefit limits a patient has used
// and has left, whether a provider may bill a code on a date, how a PHP or IOP week stands against
// its thresholds, and what a planned service needs (coverage, authorization). Pure, like the rules:
// every input is loaded beforehand.

import { compiledPlan, type CompiledPlan } from './compile.ts';
import { addDays, ageOn, benefitYear, weekStart } from './dates.ts';
import { countUsage } from './rules/benefit-limits.ts';
import { enrollmentOn, scopeProblem } from './rules/credentialing.ts';
import { programDayTotals, programWeekTotals } from './rules/programs.ts';
import type {
  AuthorizationSnapshot,
  CodeSpec,
  EnrollmentSnapshot,
  IsoDate,
  LevelOfCare,
  LicensureType,
  ParityClassification,
  PayerPolicy,
  ProgramDaySnapshot,
  UsageEntry,
} from './types.ts';
import { versionIndexAt } from './versions.ts';

/** The compiled plan of a policy in force on `date`, or null before its first version. */
export function planOn(policy: PayerPolicy, date: IsoDate, planCode: string | null): CompiledPlan | null {
  const index = versionIndexAt(policy, date);
  return index < 0 ? null : compiledPlan(policy, index, planCode);
}

// ---------------------------------------------------------------------------------------------
// Benefit limits
// ---------------------------------------------------------------------------------------------

export interface BenefitStatus {
  readonly limitId: string;
  readonly label: string;
  /** The codes it counts (code specs: codes, ranges, prefixes). */
  readonly codes: readonly CodeSpec[];
  readonly classification: ParityClassification;
  /** What is counted: visits, units or days. */
  readonly count: 'VISITS' | 'UNITS' | 'DAYS';
  readonly max: number;
  readonly used: number;
  readonly left: number;
  readonly yearStart: IsoDate;
  readonly yearEnd: IsoDate;
}

/**
 * Each benefit limit of the plan in force on `asOf`: how much of it the usage took in the benefit
 * year holding `asOf`, and what is left.
 *
 * @param usage - the patient's services with this payer (claims not denied), by date and code
 */
export function benefitStatus(
  policy: PayerPolicy,
  planCode: string | null,
  usage: readonly UsageEntry[],
  asOf: IsoDate,
): { policyVersion: string; limits: BenefitStatus[] } | null {
  const plan = planOn(policy, asOf, planCode);
  if (plan === null) {
    return null;
  }
  const year = benefitYear(asOf, plan.settings.benefitYear.startMonthDay);
  const limits = plan.benefitLimits.map((limit) => {
    const used = countUsage(usage, limit.codes, limit.count, year.start, year.end).total;
    const spec = plan.settings.benefitLimits[limit.id];
    return {
      limitId: limit.id,
      label: limit.label,
      codes: spec?.codes ?? [],
      classification: spec?.classification ?? 'OUTPATIENT_IN_NETWORK',
      count: limit.count,
      max: limit.max,
      used,
      left: Math.max(0, limit.max - used),
      yearStart: year.start,
      yearEnd: year.end,
    };
  });
  return { policyVersion: plan.version.version, limits };
}

// ---------------------------------------------------------------------------------------------
// Who may bill
// ---------------------------------------------------------------------------------------------

export type CanBillReason =
  | 'NO_POLICY_VERSION'
  | 'LICENSURE_NOT_CREDENTIALED'
  | 'NOT_ENROLLED'
  | 'CODE_NOT_IN_SCOPE'
  | 'CODE_NOT_COVERED';

export interface CanBillAnswer {
  readonly allowed: boolean;
  readonly policyVersion: string | null;
  /** The payer credentials the provider's licensure on the date. */
  readonly licensureAccepted: boolean;
  /** The provider holds an enrollment with the payer in force on the date. */
  readonly enrolled: boolean;
  readonly inNetwork: boolean;
  /** Share of the fee schedule the payer pays this licensure (null when not credentialed). */
  readonly rateFactor: number | null;
  readonly reasons: readonly CanBillReason[];
  /** The enrollment status found, in words ("PENDING", "none on file"...). */
  readonly enrollmentStatus: string;
}

/**
 * Whether a provider of a licensure, with these enrollments with the payer, may bill `code` on
 * `date` under the payer's policy.
 */
export function canBill(
  policy: PayerPolicy,
  provider: { licensureType: LicensureType; enrollments: readonly EnrollmentSnapshot[] },
  date: IsoDate,
  code: string | null,
  planCode: string | null = null,
): CanBillAnswer {
  const plan = planOn(policy, date, planCode);
  if (plan === null) {
    return {
      allowed: false,
      policyVersion: null,
      licensureAccepted: false,
      enrolled: false,
      inNetwork: false,
      rateFactor: null,
      reasons: ['NO_POLICY_VERSION'],
      enrollmentStatus: 'unknown',
    };
  }
  const reasons: CanBillReason[] = [];
  const credentialed = plan.credentialed.get(provider.licensureType);
  if (credentialed === undefined) {
    reasons.push('LICENSURE_NOT_CREDENTIALED');
  }
  const enrollment = enrollmentOn(provider.enrollments, date);
  const requireEnrollment = plan.settings.credentialing.requireEnrollment;
  if (requireEnrollment && !enrollment.enrolled) {
    reasons.push('NOT_ENROLLED');
  }
  if (code !== null) {
    if (credentialed !== undefined && scopeProblem(plan, provider.licensureType, code) !== null) {
      reasons.push('CODE_NOT_IN_SCOPE');
    }
    if (plan.nonCovered.has(code)) {
      reasons.push('CODE_NOT_COVERED');
    }
  }
  const inForce = provider.enrollments.find(
    (e) => (e.effectiveFrom === null || e.effectiveFrom <= date) && (e.effectiveTo === null || e.effectiveTo >= date),
  );
  return {
    allowed: reasons.length === 0,
    policyVersion: plan.version.version,
    licensureAccepted: credentialed !== undefined,
    enrolled: enrollment.enrolled,
    inNetwork: enrollment.enrolled && (inForce?.inNetwork ?? false),
    rateFactor: credentialed?.rateFactor ?? null,
    reasons,
    enrollmentStatus: enrollment.enrolled ? 'ENROLLED' : enrollment.status,
  };
}

// ---------------------------------------------------------------------------------------------
// PHP and IOP weeks
// ---------------------------------------------------------------------------------------------

export interface ProgramDayStanding {
  readonly date: IsoDate;
  readonly hours: number;
  readonly services: number;
  /** Whether the day meets the payer's daily minimums (hours and services). */
  readonly meetsMinimum: boolean;
}

export interface ProgramWeekStanding {
  readonly levelOfCare: 'PHP' | 'IOP';
  readonly policyVersion: string;
  readonly weekStart: IsoDate;
  readonly weekEnd: IsoDate;
  readonly days: readonly ProgramDayStanding[];
  readonly hours: number;
  readonly services: number;
  readonly minHoursPerDay: number | null;
  readonly minServicesPerDay: number | null;
  /** The weekly minimum that applies to this patient (the adolescent one under 18). */
  readonly minHoursPerWeek: number | null;
  readonly minDaysPerWeek: number | null;
  readonly meetsWeeklyMinimum: boolean;
  /** What the payer does below the minimums (deny, downcode, warn or note). */
  readonly belowDayMinimum: string;
  readonly belowWeekMinimum: string;
}

/** Hours with two decimals. */
function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/**
 * How a patient's PHP or IOP week (the payer's week holding `date`) stands against the payer's
 * daily and weekly thresholds.
 */
export function programWeek(
  policy: PayerPolicy,
  planCode: string | null,
  level: 'PHP' | 'IOP',
  date: IsoDate,
  days: readonly ProgramDaySnapshot[],
  dateOfBirth: IsoDate,
): ProgramWeekStanding | null {
  const plan = planOn(policy, date, planCode);
  if (plan === null) {
    return null;
  }
  const rules = plan.settings.programs[level];
  const start = weekStart(date, rules.weekStartsOn);
  const end = addDays(start, 6);
  const standing: ProgramDayStanding[] = [];
  for (let i = 0; i < 7; i++) {
    const day = programDayTotals(days, level, addDays(start, i));
    if (day !== null) {
      standing.push({
        date: day.date,
        hours: hours(day.minutes),
        services: day.services,
        meetsMinimum:
          (rules.minHoursPerDay === null || day.minutes >= rules.minHoursPerDay * 60) &&
          (rules.minServicesPerDay === null || day.services >= rules.minServicesPerDay),
      });
    }
  }
  const week = programWeekTotals(days, level, start, end);
  const under18 = ageOn(dateOfBirth, start) < 18;
  const minHoursPerWeek = under18 && rules.minHoursPerWeekUnder18 !== null ? rules.minHoursPerWeekUnder18 : rules.minHoursPerWeek;
  return {
    levelOfCare: level,
    policyVersion: plan.version.version,
    weekStart: start,
    weekEnd: end,
    days: standing,
    hours: hours(week.minutes),
    services: week.services,
    minHoursPerDay: rules.minHoursPerDay,
    minServicesPerDay: rules.minServicesPerDay,
    minHoursPerWeek,
    minDaysPerWeek: rules.minDaysPerWeek,
    meetsWeeklyMinimum:
      (minHoursPerWeek === null || week.minutes >= minHoursPerWeek * 60) &&
      (rules.minDaysPerWeek === null || week.days >= rules.minDaysPerWeek),
    belowDayMinimum: rules.belowDayMinimum,
    belowWeekMinimum: rules.belowWeekMinimum,
  };
}

// ---------------------------------------------------------------------------------------------
// What a planned service needs
// ---------------------------------------------------------------------------------------------

export interface ServiceRequirements {
  readonly policyVersion: string | null;
  /** The level of care the service bills. */
  readonly levelOfCare: LevelOfCare;
  /** The payer covers the code (when one is given) and the level of care. */
  readonly covered: boolean;
  readonly authorizationRequired: boolean;
  /** An approved authorization on file covers the date (and code or level of care). */
  readonly authorizationOnFile: AuthorizationSnapshot | null;
  /** Units left on that authorization (after other claims). */
  readonly authorizationUnitsLeft: number | null;
  /** Licensures the payer credentials on the date. */
  readonly credentialedTypes: readonly LicensureType[];
}

/**
 * What a planned service (a code, or a level of care) needs under the payer's policy on `date`:
 * coverage, whether prior authorization is required (by level, by code, or after this year's
 * visits) and whether one on file covers it.
 */
export function serviceRequirements(
  policy: PayerPolicy,
  planCode: string | null,
  service: { code: string | null; levelOfCare: LevelOfCare | null },
  date: IsoDate,
  authorizations: readonly AuthorizationSnapshot[],
  usage: readonly UsageEntry[],
): ServiceRequirements {
  const plan = planOn(policy, date, planCode);
  const level: LevelOfCare = service.levelOfCare ?? (service.code === null ? 'OUTPATIENT' : (plan?.levelOfCareByCode.get(service.code) ?? 'OUTPATIENT'));
  if (plan === null) {
    return {
      policyVersion: null,
      levelOfCare: level,
      covered: false,
      authorizationRequired: false,
      authorizationOnFile: null,
      authorizationUnitsLeft: null,
      credentialedTypes: [],
    };
  }
  const code = service.code;
  const covered = plan.settings.coverage.levelsOfCare[level] && (code === null || !plan.nonCovered.has(code));
  let required = plan.authorizationLevels.has(level) || (code !== null && plan.authorizationCodes.has(code));
  if (!required && code !== null) {
    const year = benefitYear(date, plan.settings.benefitYear.startMonthDay);
    for (const trigger of plan.authorizationAfterVisits) {
      if (trigger.codes.has(code) && countUsage(usage, trigger.codes, 'VISITS', year.start, year.end).total + 1 > trigger.visits) {
        required = true;
      }
    }
  }
  const onFile =
    authorizations.find(
      (a) =>
        a.status === 'APPROVED' &&
        a.startDate <= date &&
        date <= a.endDate &&
        ((a.levelOfCare !== null && a.levelOfCare === level) || (code !== null && a.procedureCodes.includes(code))),
    ) ?? null;
  return {
    policyVersion: plan.version.version,
    levelOfCare: level,
    covered,
    authorizationRequired: required,
    authorizationOnFile: onFile,
    authorizationUnitsLeft: onFile === null ? null : Math.max(0, onFile.unitsApproved - onFile.unitsUsed),
    credentialedTypes: plan.credentialedTypes,
  };
}
