// Benefit limits per benefit year and code family, counting prior usage on other claims
// (DOMAIN.md §7 QTLs, §9 CARC 119 / N130). Lines are counted in line-number order.

import type { CodeMatcher } from '../codes.ts';
import { benefitYear } from '../dates.ts';
import type { Evaluation } from '../evaluation.ts';
import type { IsoDate, UsageEntry } from '../types.ts';

/**
 * What `usage` counts against a limit inside a benefit year: lines (VISITS), units, or distinct
 * dates (DAYS).
 */
export function countUsage(
  usage: readonly UsageEntry[],
  codes: CodeMatcher,
  count: 'VISITS' | 'UNITS' | 'DAYS',
  start: IsoDate,
  end: IsoDate,
): { total: number; dates: Set<IsoDate> | null } {
  let total = 0;
  let dates: Set<IsoDate> | null = null;
  for (const entry of usage) {
    if (entry.serviceDate < start || entry.serviceDate > end || !codes.has(entry.procedureCode)) {
      continue;
    }
    if (count === 'VISITS') {
      total += entry.count;
    } else if (count === 'UNITS') {
      total += entry.units;
    } else {
      dates ??= new Set();
      dates.add(entry.serviceDate);
    }
  }
  return { total: dates === null ? total : dates.size, dates };
}

export function benefitLimit(e: Evaluation): void {
  const { plan } = e;
  if (plan.benefitLimits.length === 0) {
    return;
  }
  const { lines, usage } = e.snapshot;
  const startMonthDay = plan.settings.benefitYear.startMonthDay;
  for (const limit of plan.benefitLimits) {
    let last = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line !== undefined && limit.codes.has(line.procedureCode)) {
        last = i;
      }
    }
    if (last < 0) {
      continue;
    }
    let yearStart = '';
    let yearEnd = '';
    let used = 0;
    let dates: Set<IsoDate> | null = null;
    for (let i = 0; i <= last; i++) {
      const line = lines[i];
      if (line === undefined || !limit.codes.has(line.procedureCode)) {
        continue;
      }
      if (line.serviceDate < yearStart || line.serviceDate > yearEnd) {
        const year = benefitYear(line.serviceDate, startMonthDay);
        yearStart = year.start;
        yearEnd = year.end;
        const prior = countUsage(usage, limit.codes, limit.count, yearStart, yearEnd);
        used = prior.total;
        dates = prior.dates;
      }
      let n: number;
      if (limit.count === 'VISITS') {
        n = 1;
      } else if (limit.count === 'UNITS') {
        n = line.units;
      } else {
        dates ??= new Set();
        n = dates.has(line.serviceDate) ? 0 : 1;
        dates.add(line.serviceDate);
      }
      const before = used;
      used += n;
      if (used > limit.max) {
        e.report('BENEFIT_LIMIT_REACHED', line.lineNumber, {
          label: limit.label,
          max: limit.max,
          used: before,
          yearStart,
          yearEnd,
        });
      } else if (i === last && limit.max - used <= limit.noticeWhenLeft) {
        e.report('BENEFIT_LIMIT_LOW', line.lineNumber, {
          label: limit.label,
          left: limit.max - used,
          max: limit.max,
          yearEnd,
        });
      }
    }
  }
}
