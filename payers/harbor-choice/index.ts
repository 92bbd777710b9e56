// Harbor Choice Health: a fictional commercial open-access plan with no visit limit, doctoral and
// social-work clinicians only (counselors from October 2024, never MFTs), no residential benefit,
// PHP and IOP day minimums on a Monday–Sunday program week, audio-only for a patient at home, and
// a 120-day filing limit.

import { definePayerPolicy } from '../../src/policy/define-payer-policy.ts';
import type { Source } from '../../src/policy/types.ts';

const design = 'Harbor Choice Health benefit design (fictional)';

const sources = {
  programs: {
    document: `${design}, after Priority Health level-of-care definitions (PHP more than 4 h/day) and Companion Benefit Alternatives (IOP 3 h/day, 3 days/week)`,
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  telehealth: {
    document: `${design}, after the FCSO definition of audio-only mental health services (patient at home)`,
    domainRef: 'DOMAIN.md §5',
    confidence: 'confirmed',
  },
  timelyFiling: {
    document: `${design}; Medtransic and MedAce (commercial in-network limits commonly 90–180 days)`,
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
  coverage: {
    document: `${design}; X12 CARC 204 (not covered under the current benefit plan)`,
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
} as const satisfies Record<string, Source>;

export default definePayerPolicy({
  id: 'harbor-choice',
  name: 'Harbor Choice Health (fictional)',
  kind: 'COMMERCIAL',
  fictional: true,
  description:
    'A fictional commercial plan with no visit limit, a narrow set of credentialed licensures, no residential benefit and a 120-day filing limit.',
  cleanClaim: {},
  versions: [
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary:
        'First version: psychiatrists, psychologists, social workers, NPs and PAs; no visit limit; no residential benefit; PHP 4 h and IOP 3 h a day; audio-only at home; 120-day filing.',
      settings: {
        credentialing: {
          types: {
            PSYCHIATRIC_NP: { rateFactor: 0.85, codes: null },
            PA: { rateFactor: 0.85, codes: null },
            LPC_LMHC: null,
            LMFT: null,
          },
        },
        coverage: { levelsOfCare: { RESIDENTIAL: false } },
        priorAuthorization: { levelsOfCare: ['PHP', 'IOP', 'DETOX'] },
        programs: {
          PHP: { minHoursPerDay: 4, belowDayMinimum: 'DENY', weekStartsOn: 1 },
          IOP: { minHoursPerDay: 3, minDaysPerWeek: 3, belowDayMinimum: 'DENY', belowWeekMinimum: 'WARN', weekStartsOn: 1 },
        },
        telehealth: { audioOnly: { covered: true, modifiers: ['93', 'FQ'], requirePatientHome: true } },
        timelyFiling: { days: 120, months: null, warnWithinDays: 14 },
        documentation: { treatmentPlanReviewDays: { PHP: 30, IOP: 30 } },
        parity: {
          medSurg: {
            OUTPATIENT_IN_NETWORK: {
              covered: true,
              visitLimit: null,
              priorAuthForRoutineOutpatient: false,
              predominantCopay: 20,
              predominantCoinsurance: null,
            },
            INPATIENT_IN_NETWORK: {
              covered: true,
              visitLimit: null,
              priorAuthForRoutineOutpatient: false,
              predominantCopay: null,
              predominantCoinsurance: 0.2,
            },
          },
          behavioralCostShare: { OUTPATIENT_IN_NETWORK: { copay: 20, coinsurance: null } },
        },
      },
      sources: {
        'covered-services': sources.coverage,
        'program-day-minimum': sources.programs,
        'program-week-minimum': sources.programs,
        telehealth: sources.telehealth,
        'timely-filing': sources.timelyFiling,
      },
    },
    {
      version: '2024.2',
      effectiveFrom: '2024-10-01',
      summary: 'Licensed professional counselors and mental health counselors credentialed from 1 October 2024.',
      settings: { credentialing: { types: { LPC_LMHC: { rateFactor: 1, codes: null } } } },
    },
  ],
});
