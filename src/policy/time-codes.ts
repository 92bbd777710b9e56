// Minutes-to-code selection for time-based psychotherapy (DOMAIN.md §1, Novitas "Psychotherapy
// time" CERT article): 16–37 minutes support the ~30-minute code, 38–52 the ~45-minute code, 53 and
// more the ~60-minute code; under 16 minutes no psychotherapy code is reported. Crisis: 30–74
// minutes for the first block, one add-on unit per further 30 minutes from minute 75.

import type { PsychotherapyBand } from './types.ts';

/** The CPT defaults; payers may override the bands in their settings. */
export const DEFAULT_PSYCHOTHERAPY_BANDS: readonly PsychotherapyBand[] = [
  { code: '90832', addOnCode: '90833', minMinutes: 16, maxMinutes: 37 },
  { code: '90834', addOnCode: '90836', minMinutes: 38, maxMinutes: 52 },
  { code: '90837', addOnCode: '90838', minMinutes: 53, maxMinutes: null },
];

/**
 * The psychotherapy code `minutes` of psychotherapy support, or null under the minimum (nothing
 * billable; with an E/M visit, bill the E/M alone).
 *
 * @param minutes - face-to-face psychotherapy minutes (for the add-on codes, excluding E/M time)
 * @param withEvaluation - the psychotherapy accompanies an E/M visit (the add-on codes)
 * @param bands - the payer's bands (the CPT defaults unless overridden)
 */
export function psychotherapyCodeFor(
  minutes: number,
  withEvaluation: boolean,
  bands: readonly PsychotherapyBand[] = DEFAULT_PSYCHOTHERAPY_BANDS,
): string | null {
  for (const band of bands) {
    if (minutes >= band.minMinutes && (band.maxMinutes === null || minutes <= band.maxMinutes)) {
      return withEvaluation ? band.addOnCode : band.code;
    }
  }
  return null;
}

/** Index of a code's band (standalone or add-on), or -1 when it is not a band code. */
export function bandIndex(code: string, bands: readonly PsychotherapyBand[] = DEFAULT_PSYCHOTHERAPY_BANDS): number {
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (band !== undefined && (band.code === code || band.addOnCode === code)) {
      return i;
    }
  }
  return -1;
}

/**
 * Add-on units of crisis psychotherapy that `minutes` of crisis time support: none below
 * `firstAt` (75), then one per started `every` (30) minutes: 75–104 one, 105–134 two.
 */
export function crisisAddOnUnits(minutes: number, firstAt = 75, every = 30): number {
  return minutes < firstAt ? 0 : Math.floor((minutes - firstAt) / every) + 1;
}
