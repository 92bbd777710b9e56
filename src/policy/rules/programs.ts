// Bundled program rules for partial hospitalization (PHP) and intensive outpatient (IOP) programs
// (DOMAIN.md §3): minimum hours and services per program day, minimum hours and days per week,
// and what a payer does below them (deny, downcode, or only a remittance message).

import { addDays, ageOn, weekStart } from '../dates.ts';
import type { Evaluation } from '../evaluation.ts';
import type {
  BelowMinimumAction,
  ClaimLineSnapshot,
  IsoDate,
  LevelOfCare,
  ProgramDaySnapshot,
  ProgramRules,
  Severity,
  Suggestion,
} from '../types.ts';

type ProgramLevel = 'PHP' | 'IOP';

const SEVERITY: Record<BelowMinimumAction, Severity> = { DENY: 'deny', DOWNCODE: 'warn', WARN: 'warn', INFO: 'info' };

/** Hours and services of one program day, summed over every record of that date and level. */
export interface ProgramDayTotals {
  readonly date: IsoDate;
  readonly minutes: number;
  readonly services: number;
}

/** The program days of `level` on `date` summed, or null when none is documented. */
export function programDayTotals(
  days: readonly ProgramDaySnapshot[],
  level: LevelOfCare,
  date: IsoDate,
): ProgramDayTotals | null {
  let found = false;
  let minutes = 0;
  let services = 0;
  for (const day of days) {
    if (day.date !== date || day.levelOfCare !== level) {
      continue;
    }
    found = true;
    for (const service of day.services) {
      minutes += service.minutes;
      services += 1;
    }
  }
  return found ? { date, minutes, services } : null;
}

/** Hours and days of `level` in the week from `start` to `end` (inclusive). */
export function programWeekTotals(
  days: readonly ProgramDaySnapshot[],
  level: LevelOfCare,
  start: IsoDate,
  end: IsoDate,
): { minutes: number; days: number; services: number } {
  let minutes = 0;
  let services = 0;
  const dates = new Set<IsoDate>();
  for (const day of days) {
    if (day.levelOfCare !== level || day.date < start || day.date > end) {
      continue;
    }
    dates.add(day.date);
    for (const service of day.services) {
      minutes += service.minutes;
      services += 1;
    }
  }
  return { minutes, days: dates.size, services };
}

/** Hours with at most two decimals, for messages ('5.5'). */
function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

function programLevel(e: Evaluation, line: ClaimLineSnapshot): ProgramLevel | null {
  const level = e.levelOfCare(line);
  return level === 'PHP' || level === 'IOP' ? level : null;
}

function belowMinimum(
  e: Evaluation,
  messageId: string,
  line: ClaimLineSnapshot,
  rules: ProgramRules,
  action: BelowMinimumAction,
  data: Record<string, string | number>,
): void {
  let suggestion: Suggestion = { kind: 'DOCUMENT', what: 'PROGRAM_DAY' };
  if (action === 'DOWNCODE' && rules.downcodeTo !== null) {
    suggestion = { kind: 'REPLACE_CODE', from: line.procedureCode, to: rules.downcodeTo };
  }
  e.report(messageId, line.lineNumber, data, suggestion, SEVERITY[action]);
}

export function programDayMinimum(e: Evaluation): void {
  const { snapshot, plan } = e;
  let seen: Set<string> | null = null;
  for (const line of snapshot.lines) {
    const level = programLevel(e, line);
    if (level === null) {
      continue;
    }
    const key = `${level} ${line.serviceDate}`;
    if (seen?.has(key)) {
      continue;
    }
    (seen ??= new Set()).add(key);
    const rules = plan.settings.programs[level];
    const day = programDayTotals(snapshot.programDays, level, line.serviceDate);
    if (day === null) {
      e.report('PROGRAM_DAY_NOT_DOCUMENTED', line.lineNumber, { levelOfCare: level, date: line.serviceDate }, {
        kind: 'DOCUMENT',
        what: 'PROGRAM_DAY',
      });
      continue;
    }
    if (rules.minHoursPerDay !== null && day.minutes < rules.minHoursPerDay * 60) {
      belowMinimum(e, 'PROGRAM_DAY_BELOW_MINIMUM_HOURS', line, rules, rules.belowDayMinimum, {
        levelOfCare: level,
        date: line.serviceDate,
        hours: hours(day.minutes),
        minimum: rules.minHoursPerDay,
      });
    }
    if (rules.minServicesPerDay !== null && day.services < rules.minServicesPerDay) {
      belowMinimum(e, 'PROGRAM_DAY_BELOW_MINIMUM_SERVICES', line, rules, rules.belowDayMinimum, {
        levelOfCare: level,
        date: line.serviceDate,
        services: day.services,
        minimum: rules.minServicesPerDay,
      });
    }
  }
}

/**
 * Weekly minimums are judged on complete weeks only: a week that has not ended by `today`, or in
 * which the episode of care began or ended (admission and discharge weeks), is not judged.
 */
export function programWeekMinimum(e: Evaluation): void {
  const { snapshot, plan, today } = e;
  const { episode } = snapshot;
  let seen: Set<string> | null = null;
  for (const line of snapshot.lines) {
    const level = programLevel(e, line);
    if (level === null) {
      continue;
    }
    const rules = plan.settings.programs[level];
    if (rules.minHoursPerWeek === null && rules.minDaysPerWeek === null) {
      continue;
    }
    const start = weekStart(line.serviceDate, rules.weekStartsOn);
    const key = `${level} ${start}`;
    if (seen?.has(key)) {
      continue;
    }
    (seen ??= new Set()).add(key);
    const end = addDays(start, 6);
    if (end >= today) {
      continue;
    }
    if (
      episode !== null &&
      episode.levelOfCare === level &&
      (episode.startDate > start || (episode.endDate !== null && episode.endDate < end))
    ) {
      continue;
    }
    const week = programWeekTotals(snapshot.programDays, level, start, end);
    const under18 = ageOn(snapshot.patient.dateOfBirth, start) < 18;
    const minHours = under18 && rules.minHoursPerWeekUnder18 !== null ? rules.minHoursPerWeekUnder18 : rules.minHoursPerWeek;
    if (minHours !== null && week.minutes < minHours * 60) {
      belowMinimum(e, 'PROGRAM_WEEK_BELOW_MINIMUM_HOURS', line, rules, rules.belowWeekMinimum, {
        levelOfCare: level,
        weekStart: start,
        weekEnd: end,
        hours: hours(week.minutes),
        minimum: minHours,
      });
    }
    if (rules.minDaysPerWeek !== null && week.days < rules.minDaysPerWeek) {
      belowMinimum(e, 'PROGRAM_WEEK_BELOW_MINIMUM_DAYS', line, rules, rules.belowWeekMinimum, {
        levelOfCare: level,
        weekStart: start,
        weekEnd: end,
        days: week.days,
        minimum: rules.minDaysPerWeek,
      });
    }
  }
}
