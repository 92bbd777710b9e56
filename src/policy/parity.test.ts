import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults.ts';
import { mergeSettings } from './merge.ts';
import { parityFlags } from './parity.ts';
import type { DeepPartial, PlanSettings } from './types.ts';

const outpatientMedSurg = {
  covered: true,
  visitLimit: null,
  priorAuthForRoutineOutpatient: false,
  predominantCopay: 30,
  predominantCoinsurance: 0.2,
};
const limit = {
  label: 'Outpatient psychotherapy visits',
  codes: ['90834'],
  max: 20,
  count: 'VISITS' as const,
  classification: 'OUTPATIENT_IN_NETWORK' as const,
  noticeWhenLeft: 0,
};
const plan = (patch: DeepPartial<PlanSettings>): PlanSettings => mergeSettings<PlanSettings>(DEFAULT_SETTINGS, patch);

describe('parityFlags', () => {
  it('flags a visit limit with no medical/surgical analog, or one stricter than the predominant one', () => {
    expect(
      parityFlags(plan({ benefitLimits: { psychotherapy: limit }, parity: { medSurg: { OUTPATIENT_IN_NETWORK: outpatientMedSurg } } })),
    ).toMatchObject([{ code: 'PARITY_QTL_NO_MEDSURG_ANALOG', classification: 'OUTPATIENT_IN_NETWORK', limitId: 'psychotherapy' }]);
    const minority = { ...outpatientMedSurg, visitLimit: { perYear: 20, shareOfBenefits: 0.5 } };
    expect(parityFlags(plan({ benefitLimits: { psychotherapy: limit }, parity: { medSurg: { OUTPATIENT_IN_NETWORK: minority } } }))).toMatchObject([
      { code: 'PARITY_QTL_NO_MEDSURG_ANALOG' },
    ]);
    const predominant = { ...outpatientMedSurg, visitLimit: { perYear: 30, shareOfBenefits: 0.8 } };
    expect(parityFlags(plan({ benefitLimits: { psychotherapy: limit }, parity: { medSurg: { OUTPATIENT_IN_NETWORK: predominant } } }))).toMatchObject([
      { code: 'PARITY_QTL_MORE_RESTRICTIVE' },
    ]);
    const equal = { ...outpatientMedSurg, visitLimit: { perYear: 20, shareOfBenefits: 0.8 } };
    expect(parityFlags(plan({ benefitLimits: { psychotherapy: limit }, parity: { medSurg: { OUTPATIENT_IN_NETWORK: equal } } }))).toEqual([]);
  });

  it('flags a higher behavioral-health copay or coinsurance', () => {
    const flags = parityFlags(
      plan({
        parity: {
          medSurg: { OUTPATIENT_IN_NETWORK: outpatientMedSurg },
          behavioralCostShare: { OUTPATIENT_IN_NETWORK: { copay: 40, coinsurance: 0.2 } },
        },
      }),
    );
    expect(flags.map((flag) => flag.code)).toEqual(['PARITY_COST_SHARE_HIGHER']);
    expect(flags[0]?.message).toContain('copay 40');
  });

  it('notes prior authorization for routine outpatient therapy when medical office visits need none', () => {
    const settings = plan({
      priorAuthorization: { afterVisits: { psychotherapy: { codes: ['90834'], visits: 12 } } },
      parity: { medSurg: { OUTPATIENT_IN_NETWORK: outpatientMedSurg } },
    });
    expect(parityFlags(settings)).toMatchObject([{ code: 'PARITY_NQTL_PRIOR_AUTH', severity: 'info' }]);
  });

  it('notes a classification with medical/surgical benefits and no behavioral level of care', () => {
    const settings = plan({
      coverage: { levelsOfCare: { RESIDENTIAL: false, DETOX: false } },
      parity: { medSurg: { INPATIENT_IN_NETWORK: outpatientMedSurg } },
    });
    expect(parityFlags(settings)).toMatchObject([{ code: 'PARITY_MISSING_CLASSIFICATION', classification: 'INPATIENT_IN_NETWORK' }]);
  });

  it('says nothing where parity does not apply', () => {
    expect(parityFlags(plan({ benefitLimits: { psychotherapy: limit }, parity: { applies: false, medSurg: { OUTPATIENT_IN_NETWORK: outpatientMedSurg } } }))).toEqual([]);
  });
});
