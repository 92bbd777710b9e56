// Parity flags (DOMAIN.md §7, MHPAEA): a plan's behavioral-health limits beside its medical/surgical
// ones, per classification. These are the checks billing software can make from plan data, not a
// legal determination: a quantitative limit with no medical/surgical analog or a stricter one, a
// higher cost share, prior authorization for routine outpatient therapy when comparable medical
// visits need none, and a classification with medical/surgical benefits but no behavioral ones.

import type { LevelOfCare, ParityClassification, PlanSettings, Severity } from './types.ts';

export type ParityFlagCode =
  | 'PARITY_QTL_NO_MEDSURG_ANALOG'
  | 'PARITY_QTL_MORE_RESTRICTIVE'
  | 'PARITY_COST_SHARE_HIGHER'
  | 'PARITY_NQTL_PRIOR_AUTH'
  | 'PARITY_MISSING_CLASSIFICATION';

export interface ParityFlag {
  readonly code: ParityFlagCode;
  readonly classification: ParityClassification;
  readonly severity: Severity;
  readonly message: string;
  /** The benefit limit the flag is about, when it is about one. */
  readonly limitId: string | null;
}

/** Below this share of medical/surgical benefits, a limit does not apply to "substantially all" (two thirds). */
export const SUBSTANTIALLY_ALL = 2 / 3;

const LEVELS_BY_CLASSIFICATION: Partial<Record<ParityClassification, readonly LevelOfCare[]>> = {
  INPATIENT_IN_NETWORK: ['RESIDENTIAL', 'DETOX'],
  OUTPATIENT_IN_NETWORK: ['OUTPATIENT', 'IOP', 'PHP'],
};

function label(classification: ParityClassification): string {
  return classification.toLowerCase().replaceAll('_', ' ');
}

/**
 * The parity flags of a plan's settings; empty when parity does not apply (Medicare
 * fee-for-service) or the plan states no medical/surgical profile.
 */
export function parityFlags(settings: PlanSettings): ParityFlag[] {
  const { parity } = settings;
  if (!parity.applies) {
    return [];
  }
  const flags: ParityFlag[] = [];
  for (const [limitId, limit] of Object.entries(settings.benefitLimits)) {
    if (limit === null || limit === undefined) {
      continue;
    }
    const medSurg = parity.medSurg[limit.classification];
    if (medSurg === undefined || medSurg === null) {
      continue;
    }
    const where = label(limit.classification);
    if (medSurg.visitLimit === null || medSurg.visitLimit.shareOfBenefits < SUBSTANTIALLY_ALL) {
      flags.push({
        code: 'PARITY_QTL_NO_MEDSURG_ANALOG',
        classification: limit.classification,
        severity: 'warn',
        message: `${limit.label} is limited to ${limit.max} per benefit year, but no visit limit applies to substantially all (two thirds of) medical/surgical benefits ${where}.`,
        limitId,
      });
    } else if (limit.max < medSurg.visitLimit.perYear) {
      flags.push({
        code: 'PARITY_QTL_MORE_RESTRICTIVE',
        classification: limit.classification,
        severity: 'warn',
        message: `${limit.label} is limited to ${limit.max} per benefit year, fewer than the predominant medical/surgical limit of ${medSurg.visitLimit.perYear} ${where}.`,
        limitId,
      });
    }
  }
  for (const [key, costShare] of Object.entries(parity.behavioralCostShare)) {
    const classification = key as ParityClassification;
    const medSurg = parity.medSurg[classification];
    if (costShare === null || costShare === undefined || medSurg === null || medSurg === undefined) {
      continue;
    }
    const where = label(classification);
    if (costShare.copay !== null && medSurg.predominantCopay !== null && costShare.copay > medSurg.predominantCopay) {
      flags.push({
        code: 'PARITY_COST_SHARE_HIGHER',
        classification,
        severity: 'warn',
        message: `Behavioral-health copay ${costShare.copay} is higher than the predominant medical/surgical copay ${medSurg.predominantCopay} ${where}.`,
        limitId: null,
      });
    }
    if (
      costShare.coinsurance !== null &&
      medSurg.predominantCoinsurance !== null &&
      costShare.coinsurance > medSurg.predominantCoinsurance
    ) {
      flags.push({
        code: 'PARITY_COST_SHARE_HIGHER',
        classification,
        severity: 'warn',
        message: `Behavioral-health coinsurance ${costShare.coinsurance} is higher than the predominant medical/surgical coinsurance ${medSurg.predominantCoinsurance} ${where}.`,
        limitId: null,
      });
    }
  }
  const outpatient = parity.medSurg.OUTPATIENT_IN_NETWORK;
  const authorization = settings.priorAuthorization;
  const routineAuthorization =
    authorization.levelsOfCare.includes('OUTPATIENT') ||
    Object.values(authorization.afterVisits).some((trigger) => trigger !== null && trigger !== undefined) ||
    authorization.codes.length > 0;
  if (outpatient && !outpatient.priorAuthForRoutineOutpatient && routineAuthorization) {
    flags.push({
      code: 'PARITY_NQTL_PRIOR_AUTH',
      classification: 'OUTPATIENT_IN_NETWORK',
      severity: 'info',
      message:
        'Outpatient behavioral-health services need prior authorization, while routine medical/surgical office visits do not; the plan should hold a comparative analysis of this limit.',
      limitId: null,
    });
  }
  for (const [key, levels] of Object.entries(LEVELS_BY_CLASSIFICATION)) {
    const classification = key as ParityClassification;
    const medSurg = parity.medSurg[classification];
    if (medSurg?.covered === true && !levels.some((level) => settings.coverage.levelsOfCare[level])) {
      flags.push({
        code: 'PARITY_MISSING_CLASSIFICATION',
        classification,
        severity: 'info',
        message: `Medical/surgical benefits are covered ${label(classification)} but no behavioral-health level of care is (the 2024 rule's meaningful-benefits standard, not enforced at present).`,
        limitId: null,
      });
    }
  }
  return flags;
}
