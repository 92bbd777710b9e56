// Time-based codes (DOMAIN.md §1, §10): psychotherapy minute bands with the right code
// suggested, the add-on form beside an E/M visit, one unit, crisis minimum and add-on units,
// family psychotherapy minimum, and the minutes and start/stop times behind them.

import type { CodeMatcher } from '../codes.ts';
import type { Evaluation } from '../evaluation.ts';
import { bandIndex, crisisAddOnUnits, psychotherapyCodeFor } from '../time-codes.ts';
import type { ClaimLineSnapshot } from '../types.ts';

/** Another line of the claim on the same date, by the same rendering provider, with a code `matcher` accepts. */
export function sameDateLine(
  e: Evaluation,
  line: ClaimLineSnapshot,
  matcher: CodeMatcher,
): ClaimLineSnapshot | null {
  const providerId = e.providerId(line);
  for (const other of e.snapshot.lines) {
    if (
      other !== line &&
      other.serviceDate === line.serviceDate &&
      matcher.has(other.procedureCode) &&
      e.providerId(other) === providerId
    ) {
      return other;
    }
  }
  return null;
}

export function timeBasedCode(e: Evaluation): void {
  const { plan } = e;
  const { timeCodes } = plan.settings;
  if (!timeCodes.enabled) {
    return;
  }
  for (const line of e.snapshot.lines) {
    const band = plan.bandOf.get(line.procedureCode);
    if (band === undefined) {
      continue;
    }
    const code = line.procedureCode;
    if (
      timeCodes.singleUnit &&
      line.units !== 1 &&
      !(line.placeOfService !== null && timeCodes.singleUnitExemptPlacesOfService.includes(line.placeOfService))
    ) {
      e.report('TIME_CODE_UNITS', line.lineNumber, { code, units: line.units }, {
        kind: 'CHANGE_UNITS',
        from: line.units,
        to: 1,
      });
    }
    if (!band.addOn) {
      const evaluation = sameDateLine(e, line, plan.evaluationAndManagement);
      if (evaluation !== null) {
        const expected = plan.bands[band.index]?.addOnCode ?? code;
        e.report(
          'PSYCHOTHERAPY_WITH_EM_USE_ADD_ON',
          line.lineNumber,
          { code, evaluation: evaluation.procedureCode, expected },
          { kind: 'REPLACE_CODE', from: code, to: expected },
        );
        continue;
      }
    }
    const minutes = e.minutes(line);
    if (minutes === null) {
      continue;
    }
    const expected = psychotherapyCodeFor(minutes, band.addOn, plan.bands);
    if (expected === null) {
      e.report(
        'PSYCHOTHERAPY_UNDER_MINIMUM',
        line.lineNumber,
        { code, minutes, minMinutes: plan.bands[0]?.minMinutes ?? 0 },
        { kind: 'REMOVE_LINE' },
      );
    } else if (expected !== code) {
      const over = band.index > bandIndex(expected, plan.bands);
      e.report(over ? 'TIME_CODE_NOT_SUPPORTED' : 'TIME_CODE_UNDERCODED', line.lineNumber, { code, minutes, expected }, {
        kind: 'REPLACE_CODE',
        from: code,
        to: expected,
      });
    }
  }
}

export function crisisCode(e: Evaluation): void {
  const { plan } = e;
  if (!plan.settings.timeCodes.enabled) {
    return;
  }
  const crisis = plan.settings.timeCodes.crisis;
  for (const line of e.snapshot.lines) {
    if (line.procedureCode !== crisis.code) {
      continue;
    }
    const minutes = e.minutes(line);
    if (minutes === null) {
      continue;
    }
    if (minutes < crisis.minMinutes) {
      const withEvaluation = sameDateLine(e, line, plan.evaluationAndManagement) !== null;
      const expected = withEvaluation ? crisis.fallbackCodeWithEvaluation : crisis.fallbackCode;
      e.report(
        'CRISIS_UNDER_MINIMUM',
        line.lineNumber,
        { minutes, minMinutes: crisis.minMinutes, expected },
        { kind: 'REPLACE_CODE', from: crisis.code, to: expected },
      );
      continue;
    }
    const expected = crisisAddOnUnits(minutes, crisis.addOnFirstAtMinutes, crisis.addOnEveryMinutes);
    let billed = 0;
    let addOnLine: ClaimLineSnapshot | null = null;
    for (const other of e.snapshot.lines) {
      if (other.procedureCode === crisis.addOnCode && other.serviceDate === line.serviceDate) {
        billed += other.units;
        addOnLine ??= other;
      }
    }
    const data = { minutes, expected, code: crisis.addOnCode, units: billed };
    if (billed > expected && addOnLine !== null) {
      e.report(
        'CRISIS_ADD_ON_UNITS',
        addOnLine.lineNumber,
        data,
        expected === 0 ? { kind: 'REMOVE_LINE' } : { kind: 'CHANGE_UNITS', from: billed, to: expected },
      );
    } else if (billed < expected) {
      e.report('CRISIS_ADD_ON_MISSING', line.lineNumber, data, {
        kind: 'ADD_CODE',
        code: crisis.addOnCode,
        units: expected - billed,
      });
    }
  }
}

export function familyPsychotherapy(e: Evaluation): void {
  const { plan } = e;
  if (!plan.settings.timeCodes.enabled) {
    return;
  }
  const { minMinutes } = plan.settings.timeCodes.family;
  for (const line of e.snapshot.lines) {
    if (!plan.familyCodes.has(line.procedureCode)) {
      continue;
    }
    const minutes = e.minutes(line);
    if (minutes !== null && minutes < minMinutes) {
      e.report('FAMILY_UNDER_MINIMUM', line.lineNumber, { code: line.procedureCode, minutes, minMinutes }, {
        kind: 'REMOVE_LINE',
      });
    }
  }
}

export function timeDocumentation(e: Evaluation): void {
  const { plan } = e;
  if (plan.timedCodes.size === 0) {
    return;
  }
  for (const line of e.snapshot.lines) {
    if (!plan.timedCodes.has(line.procedureCode)) {
      continue;
    }
    const hasTimes = line.sessionStart !== null && line.sessionEnd !== null;
    if (line.minutes === null && !hasTimes) {
      e.report('MINUTES_MISSING', line.lineNumber, { code: line.procedureCode }, { kind: 'DOCUMENT', what: 'MINUTES' });
    } else if (!hasTimes) {
      e.report('START_STOP_TIME_MISSING', line.lineNumber, { code: line.procedureCode }, {
        kind: 'DOCUMENT',
        what: 'START_STOP_TIME',
      });
    }
  }
}
