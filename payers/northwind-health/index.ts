// Northwind Health Plan: a fictional commercial PPO. It differs from the other example plans the
// way real plans differ: a 20-visit annual psychotherapy limit (30 from July 2025), no marriage
// and family therapists until July 2025, PHP and IOP day minimums, no audio-only until July 2025,
// and a 90-day filing limit.

import { OUTPATIENT_PSYCHOTHERAPY_FAMILY } from '../../src/policy/codes.ts';
import { definePayerPolicy } from '../../src/policy/define-payer-policy.ts';
import type { Source } from '../../src/policy/types.ts';

const design = 'Northwind Health Plan benefit design (fictional)';

const sources = {
  benefitLimit: {
    document: `${design}; DOL eLaws health benefits advisor and Texas 28 TAC 21.2408 on visit limits as quantitative treatment limits`,
    domainRef: 'DOMAIN.md §7',
    confidence: 'confirmed',
  },
  programs: {
    document: `${design}, after Companion Benefit Alternatives level-of-care criteria (PHP at least 6 h/day; IOP e.g. 3 h/day, 3 days/week)`,
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  timelyFiling: {
    document: `${design}; Medtransic and MedAce (commercial in-network limits commonly 90–180 days, UHC often 90)`,
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
} as const satisfies Record<string, Source>;

export default definePayerPolicy({
  id: 'northwind-health',
  name: 'Northwind Health Plan (fictional)',
  kind: 'COMMERCIAL',
  fictional: true,
  description:
    'A fictional commercial PPO with an annual psychotherapy visit limit, authorization for program levels of care, and a 90-day filing limit.',
  cleanClaim: {},
  versions: [
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary:
        'First version: 20 psychotherapy visits a calendar year; no MFTs; PHP 6 h and IOP 3 h a day with authorization; no audio-only; 90-day filing.',
      settings: {
        credentialing: {
          types: {
            PSYCHIATRIC_NP: { rateFactor: 0.85, codes: null },
            PA: { rateFactor: 0.85, codes: null },
            LMFT: null,
          },
        },
        benefitLimits: {
          psychotherapy: {
            label: 'Outpatient psychotherapy visits',
            codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY,
            max: 20,
            count: 'VISITS',
            classification: 'OUTPATIENT_IN_NETWORK',
            noticeWhenLeft: 3,
          },
        },
        priorAuthorization: { levelsOfCare: ['PHP', 'IOP', 'RESIDENTIAL', 'DETOX'] },
        programs: {
          PHP: { minHoursPerDay: 6, belowDayMinimum: 'DENY' },
          IOP: { minHoursPerDay: 3, minDaysPerWeek: 3, belowDayMinimum: 'DENY', belowWeekMinimum: 'DENY' },
        },
        telehealth: { audioOnly: { covered: false } },
        timelyFiling: { days: 90, months: null, warnWithinDays: 14 },
        parity: {
          medSurg: {
            OUTPATIENT_IN_NETWORK: {
              covered: true,
              visitLimit: null,
              priorAuthForRoutineOutpatient: false,
              predominantCopay: 30,
              predominantCoinsurance: null,
            },
          },
          behavioralCostShare: { OUTPATIENT_IN_NETWORK: { copay: 30, coinsurance: null } },
        },
      },
      sources: {
        'benefit-limit': sources.benefitLimit,
        'program-day-minimum': sources.programs,
        'program-week-minimum': sources.programs,
        'timely-filing': sources.timelyFiling,
      },
    },
    {
      version: '2025.2',
      effectiveFrom: '2025-07-01',
      summary:
        'Mid-year change from 1 July 2025: marriage and family therapists credentialed, audio-only covered with modifier 93, and the psychotherapy limit raised to 30 visits (visits already used this year count).',
      settings: {
        credentialing: { types: { LMFT: { rateFactor: 1, codes: null } } },
        telehealth: { audioOnly: { covered: true, modifiers: ['93'] } },
        benefitLimits: { psychotherapy: { max: 30 } },
      },
    },
  ],
});
