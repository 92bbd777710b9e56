// Prior authorization (DOMAIN.md §6, §9): when it is needed (by level of care, by code, after N
// visits in a benefit year) and whether an authorization on file covers the line: level of care or
// code, date range, provider, status, and units left. A step-down or step-up to another level of
// care needs its own authorization.

import { benefitYear } from '../dates.ts';
import type { Evaluation } from '../evaluation.ts';
import type { AuthorizationSnapshot, ClaimLineSnapshot, LevelOfCare } from '../types.ts';
import { countUsage } from './benefit-limits.ts';

const UNIT_WORD = { VISITS: 'visits', DAYS: 'days', UNITS: 'units' } as const;

/** Why a line needs authorization, or null. Visit counters advance as lines are seen in order. */
function requirement(
  e: Evaluation,
  line: ClaimLineSnapshot,
  levelOfCare: LevelOfCare,
  counters: Array<{ yearStart: string; yearEnd: string; visits: number }>,
): { byLevel: boolean; reason: string } | null {
  const { plan } = e;
  if (plan.authorizationLevels.has(levelOfCare)) {
    return { byLevel: true, reason: `${levelOfCare} services` };
  }
  if (plan.authorizationCodes.has(line.procedureCode)) {
    return { byLevel: false, reason: `code ${line.procedureCode}` };
  }
  let result: { byLevel: boolean; reason: string } | null = null;
  plan.authorizationAfterVisits.forEach((trigger, index) => {
    if (!trigger.codes.has(line.procedureCode)) {
      return;
    }
    let counter = counters[index];
    if (counter === undefined || line.serviceDate < counter.yearStart || line.serviceDate > counter.yearEnd) {
      const year = benefitYear(line.serviceDate, plan.settings.benefitYear.startMonthDay);
      const prior = countUsage(e.snapshot.usage, trigger.codes, 'VISITS', year.start, year.end);
      counter = { yearStart: year.start, yearEnd: year.end, visits: prior.total };
      counters[index] = counter;
    }
    counter.visits += 1;
    if (counter.visits > trigger.visits && result === null) {
      result = { byLevel: false, reason: `visit ${counter.visits} of the benefit year, over ${trigger.visits}` };
    }
  });
  return result;
}

export function priorAuthorization(e: Evaluation): void {
  const { plan, snapshot } = e;
  if (plan.authorizationLevels.size === 0 && plan.authorizationCodes.empty && plan.authorizationAfterVisits.length === 0) {
    return;
  }
  const { authorizations } = snapshot;
  const matchProvider = plan.settings.priorAuthorization.matchProvider;
  const counters: Array<{ yearStart: string; yearEnd: string; visits: number }> = [];
  let consumed: number[] | null = null;
  let daysCounted: Array<Set<string>> | null = null;

  for (const line of snapshot.lines) {
    const levelOfCare = e.levelOfCare(line);
    const need = requirement(e, line, levelOfCare, counters);
    if (need === null) {
      continue;
    }
    const date = line.serviceDate;
    const code = line.procedureCode;
    const providerId = e.providerId(line);
    const preferred = line.authorizationId ?? snapshot.claim.authorizationId;

    let match = -1;
    let near: { index: number; score: number; problem: 'STATUS' | 'DATES' | 'PROVIDER' | 'LEVEL' } | null = null;
    authorizations.forEach((auth, index) => {
      const inScope = (auth.levelOfCare !== null && auth.levelOfCare === levelOfCare) || auth.procedureCodes.includes(code);
      const inDates = auth.startDate <= date && date <= auth.endDate;
      const approved = auth.status === 'APPROVED';
      // A facility line names no rendering provider: an authorization naming one still covers it.
      const providerOk = !matchProvider || auth.providerId === null || providerId === null || auth.providerId === providerId;
      if (inScope && inDates && approved && providerOk) {
        if (match < 0 || auth.id === preferred) {
          match = index;
        }
        return;
      }
      let candidate: { score: number; problem: 'STATUS' | 'DATES' | 'PROVIDER' | 'LEVEL' } | null = null;
      if (inScope && inDates && providerOk) {
        candidate = { score: 4, problem: 'STATUS' };
      } else if (inScope && inDates && approved) {
        candidate = { score: 3, problem: 'PROVIDER' };
      } else if (inScope && approved) {
        candidate = { score: 2, problem: 'DATES' };
      } else if (need.byLevel && inDates && approved && auth.levelOfCare !== null) {
        candidate = { score: 1, problem: 'LEVEL' };
      }
      if (candidate !== null && (near === null || candidate.score > near.score || auth.id === preferred)) {
        near = { index, ...candidate };
      }
    });

    if (match < 0) {
      reportMissing(e, line, levelOfCare, need, near === null ? null : { ...(near as { index: number; problem: string }) });
      continue;
    }
    const auth = authorizations[match] as AuthorizationSnapshot;
    consumed ??= new Array<number>(authorizations.length).fill(0);
    let needed: number;
    if (auth.unitType === 'VISITS') {
      needed = 1;
    } else if (auth.unitType === 'UNITS') {
      needed = line.units;
    } else {
      daysCounted ??= authorizations.map(() => new Set<string>());
      const seen = daysCounted[match] as Set<string>;
      needed = seen.has(date) ? 0 : 1;
      seen.add(date);
    }
    const left = auth.unitsApproved - auth.unitsUsed - (consumed[match] ?? 0);
    const unitType = UNIT_WORD[auth.unitType];
    if (needed > left) {
      const authorized = Math.max(left, 0);
      consumed[match] = (consumed[match] ?? 0) + authorized;
      e.report(
        'AUTHORIZATION_UNITS_EXCEEDED',
        line.lineNumber,
        { authorizationId: auth.id, left: authorized, unitType, needed },
        { kind: 'SPLIT_UNITS', authorizationId: auth.id, authorizedUnits: authorized, excessUnits: needed - authorized },
      );
    } else {
      consumed[match] = (consumed[match] ?? 0) + needed;
      if (needed > 0 && left - needed === 0) {
        e.report('AUTHORIZATION_LAST_UNITS', line.lineNumber, { authorizationId: auth.id, unitType });
      }
    }
  }
}

function reportMissing(
  e: Evaluation,
  line: ClaimLineSnapshot,
  levelOfCare: LevelOfCare,
  need: { byLevel: boolean; reason: string },
  near: { index: number; problem: string } | null,
): void {
  const date = line.serviceDate;
  const obtain = {
    kind: 'OBTAIN_AUTHORIZATION',
    levelOfCare: need.byLevel ? levelOfCare : null,
    codes: need.byLevel ? [] : [line.procedureCode],
    from: date,
    to: date,
  } as const;
  const auth = near === null ? undefined : e.snapshot.authorizations[near.index];
  if (auth === undefined || near === null) {
    const what = need.byLevel ? `${levelOfCare} services` : `Code ${line.procedureCode}`;
    e.report('AUTHORIZATION_REQUIRED', line.lineNumber, { what, date, reason: need.reason }, obtain);
    return;
  }
  switch (near.problem) {
    case 'STATUS':
      e.report('AUTHORIZATION_PENDING', line.lineNumber, { authorizationId: auth.id, date, status: auth.status });
      return;
    case 'PROVIDER':
      e.report('AUTHORIZATION_PROVIDER_MISMATCH', line.lineNumber, { authorizationId: auth.id });
      return;
    case 'DATES':
      e.report(
        'AUTHORIZATION_DATES_MISMATCH',
        line.lineNumber,
        { authorizationId: auth.id, startDate: auth.startDate, endDate: auth.endDate, date },
        obtain,
      );
      return;
    default: {
      const episode = e.snapshot.episode;
      e.report(
        'AUTHORIZATION_LEVEL_MISMATCH',
        line.lineNumber,
        {
          authorizationId: auth.id,
          authorized: auth.levelOfCare ?? '',
          levelOfCare,
          transition: episode?.transition ?? 'NONE',
        },
        obtain,
      );
    }
  }
}
