// Codes judged against the other lines of the claim (DOMAIN.md §1): add-on codes need a primary,
// excluded pairs, per-day limits; and codes or levels of care the payer does not cover (§2a).

import type { Evaluation } from '../evaluation.ts';

export function addOnCode(e: Evaluation): void {
  const { lines } = e.snapshot;
  for (const line of lines) {
    const addOn = e.plan.addOns.get(line.procedureCode);
    if (addOn === undefined) {
      continue;
    }
    let found = false;
    for (const other of lines) {
      if (other !== line && other.serviceDate === line.serviceDate && addOn.matcher.has(other.procedureCode)) {
        found = true;
        break;
      }
    }
    if (!found) {
      e.report('ADD_ON_WITHOUT_PRIMARY', line.lineNumber, { code: line.procedureCode, primaries: addOn.text });
    }
  }
}

export function codePairExclusion(e: Evaluation): void {
  const { lines } = e.snapshot;
  let reported: number[] | null = null;
  for (const pair of e.plan.excludedPairs) {
    for (const line of lines) {
      if (!pair.codes.has(line.procedureCode)) {
        continue;
      }
      for (const other of lines) {
        if (
          other === line ||
          other.serviceDate !== line.serviceDate ||
          !pair.with.has(other.procedureCode) ||
          (reported !== null && reported.includes(other.lineNumber))
        ) {
          continue;
        }
        (reported ??= []).push(other.lineNumber);
        e.report(
          'CODE_PAIR_NOT_ALLOWED',
          other.lineNumber,
          { code: other.procedureCode, other: line.procedureCode },
          { kind: 'REMOVE_LINE' },
        );
      }
    }
  }
}

export function sameDayLimit(e: Evaluation): void {
  const { lines } = e.snapshot;
  for (const limit of e.plan.sameDayLimits) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line === undefined || !limit.codes.has(line.procedureCode)) {
        continue;
      }
      const providerId = e.providerId(line);
      let total = 0;
      for (let j = 0; j <= i; j++) {
        const other = lines[j];
        if (
          other !== undefined &&
          other.serviceDate === line.serviceDate &&
          limit.codes.has(other.procedureCode) &&
          e.providerId(other) === providerId
        ) {
          total += 1;
        }
      }
      if (total > limit.maxPerDay) {
        e.report(
          'SAME_DAY_LIMIT_EXCEEDED',
          line.lineNumber,
          { max: limit.maxPerDay, family: limit.text, date: line.serviceDate, total },
          { kind: 'REMOVE_LINE' },
        );
      }
    }
  }
}

export function coveredServices(e: Evaluation): void {
  const { plan } = e;
  const covered = plan.settings.coverage.levelsOfCare;
  for (const line of e.snapshot.lines) {
    if (plan.nonCovered.has(line.procedureCode)) {
      e.report('CODE_NOT_COVERED', line.lineNumber, { code: line.procedureCode });
      continue;
    }
    const levelOfCare = e.levelOfCare(line);
    if (!covered[levelOfCare]) {
      e.report('LEVEL_OF_CARE_NOT_COVERED', line.lineNumber, { levelOfCare, date: line.serviceDate });
    }
  }
}
