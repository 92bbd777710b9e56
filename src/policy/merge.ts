// Versions and plans are changes over what came before: objects merge key by key, arrays and
// scalars replace, and null removes (a licensure set to null is no longer credentialed).

import type { DeepPartial } from './types.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `patch` applied over `base`, without changing either. */
export function mergeSettings<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) {
    return base;
  }
  return mergeValue(base, patch) as T;
}

function mergeValue(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) {
    return patch;
  }
  const result: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value !== undefined) {
      result[key] = mergeValue(result[key], value);
    }
  }
  return result;
}

/** The dotted paths a patch sets, for a version's list of changes ('telehealth.audioOnly.covered'). */
export function changedPaths(patch: unknown, prefix = ''): string[] {
  if (!isPlainObject(patch)) {
    return prefix === '' ? [] : [prefix];
  }
  const paths: string[] = [];
  for (const key of Object.keys(patch)) {
    if (patch[key] === undefined) {
      continue;
    }
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = patch[key];
    // A whole benefit limit, authorization trigger or plan is one change, not one per field.
    const leafParents = ['benefitLimits', 'afterVisits', 'plans', 'excludedPairs', 'sameDayLimits'];
    if (isPlainObject(value) && !leafParents.includes(key) && !leafParents.includes(prefix.split('.').pop() ?? '')) {
      paths.push(...changedPaths(value, path));
    } else {
      paths.push(path);
    }
  }
  return paths;
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
