// Cascade Mutual Insurance: a fictional commercial plan with a July–June plan year, 30
// psychotherapy visits a plan year (20 on its Basic plan), authorization from the 13th visit,
// modifier 95 on telehealth until 2025, PHP days under four hours paid as IOP days, and a 180-day
// filing limit.

import { OUTPATIENT_PSYCHOTHERAPY_FAMILY } from '../../src/policy/codes.ts';
import { definePayerPolicy } from '../../src/policy/define-payer-policy.ts';
import type { Source } from '../../src/policy/types.ts';

const design = 'Cascade Mutual Insurance benefit design (fictional)';

const sources = {
  benefitLimit: {
    document: `${design}; DOL eLaws health benefits advisor (visit limits per plan year are quantitative treatment limits)`,
    domainRef: 'DOMAIN.md §7',
    confidence: 'confirmed',
  },
  authorization: {
    document: `${design}; Meridian Michigan UM table and Lucida (authorization by code, dates, units and provider)`,
    domainRef: 'DOMAIN.md §6',
    confidence: 'confirmed',
  },
  programs: {
    document: `${design}, after BCBS North Dakota (PHP at least 20 h/week) and SAMHSA TIP 47 (IOP at least 9 h/week)`,
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  telehealth: {
    document: `${design}; NGS "Telehealth Changes for 2024" (the same move from modifier 95 to places of service 02 and 10)`,
    domainRef: 'DOMAIN.md §5',
    confidence: 'confirmed',
  },
  timelyFiling: {
    document: `${design}; Medtransic and MedAce (commercial in-network limits commonly 90–180 days)`,
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
} as const satisfies Record<string, Source>;

export default definePayerPolicy({
  id: 'cascade-mutual',
  name: 'Cascade Mutual Insurance (fictional)',
  kind: 'COMMERCIAL',
  fictional: true,
  description:
    'A fictional commercial plan with a July–June plan year, a visit limit and authorization after 12 visits, two benefit designs (Gold and Basic), and a 180-day filing limit.',
  cleanClaim: {},
  versions: [
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary:
        'First version: plan year from 1 July; 30 psychotherapy visits (Basic: 20), authorization from visit 13; PHP 20 h/week with days under 4 h paid as IOP; IOP 9 h/week; modifier 95 on telehealth; 180-day filing.',
      settings: {
        defaultPlan: 'gold',
        benefitYear: { startMonthDay: '07-01' },
        credentialing: {
          types: {
            PSYCHIATRIC_NP: { rateFactor: 0.85, codes: null },
            PA: { rateFactor: 0.85, codes: null },
          },
        },
        benefitLimits: {
          psychotherapy: {
            label: 'Outpatient psychotherapy visits',
            codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY,
            max: 30,
            count: 'VISITS',
            classification: 'OUTPATIENT_IN_NETWORK',
            noticeWhenLeft: 5,
          },
        },
        priorAuthorization: {
          levelsOfCare: ['PHP', 'IOP', 'RESIDENTIAL', 'DETOX'],
          afterVisits: { psychotherapy: { codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY, visits: 12 } },
        },
        programs: {
          PHP: { minHoursPerDay: 4, belowDayMinimum: 'DOWNCODE', downcodeTo: 'S9480', minHoursPerWeek: 20, belowWeekMinimum: 'DENY' },
          IOP: { minHoursPerWeek: 9, belowWeekMinimum: 'DENY' },
        },
        telehealth: {
          requiredModifier: '95',
          acceptedModifiers: ['GT'],
          audioOnly: { covered: true, modifiers: ['93'] },
        },
        timelyFiling: { days: 180, months: null, warnWithinDays: 21 },
        parity: {
          medSurg: {
            OUTPATIENT_IN_NETWORK: {
              covered: true,
              visitLimit: { perYear: 30, shareOfBenefits: 0.7 },
              priorAuthForRoutineOutpatient: false,
              predominantCopay: 25,
              predominantCoinsurance: null,
            },
          },
          behavioralCostShare: { OUTPATIENT_IN_NETWORK: { copay: 40, coinsurance: null } },
        },
        plans: { basic: { benefitLimits: { psychotherapy: { max: 20, noticeWhenLeft: 3 } } } },
      },
      sources: {
        'benefit-limit': sources.benefitLimit,
        'prior-authorization': sources.authorization,
        'program-day-minimum': sources.programs,
        'program-week-minimum': sources.programs,
        telehealth: sources.telehealth,
        'timely-filing': sources.timelyFiling,
      },
    },
    {
      version: '2025.1',
      effectiveFrom: '2025-01-01',
      summary: 'Places of service 02 and 10 mark telehealth; modifiers 95 and GT are no longer needed.',
      settings: { telehealth: { requiredModifier: null, acceptedModifiers: [], unneededModifiers: ['95', 'GT'] } },
    },
  ],
});
