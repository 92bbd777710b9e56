// A state Medicaid fee-for-service program of a fictional example state. Its rules are the ones
// real state programs commonly use (DOMAIN.md names them with their sources): licensure modifiers
// on every line, HCPCS H-codes for levels of care, prior authorization for PHP, IOP, residential
// and detox, program-day minimums, and a 95-day filing limit. The state is fictional; so is the
// exact combination.

import { definePayerPolicy } from '../../src/policy/define-payer-policy.ts';
import type { Source } from '../../src/policy/types.ts';

const sources = {
  modifiers: {
    document: 'TheraThink HO/HP/AJ modifier pages; hcpcs.org modifier list; BillingCare',
    section: 'HO master’s, HP doctoral, HN bachelor’s level; many Medicaid programs deny without them',
    domainRef: 'DOMAIN.md §4',
    confidence: 'confirmed',
  },
  credentialing: {
    document: 'Example program design (fictional state), after the state Medicaid practices of DOMAIN.md §2a and §4 (Nevada SUD fee schedule: addiction counselors bill the H-code SUD services)',
    domainRef: 'DOMAIN.md §2a, §4',
    confidence: 'secondary',
  },
  authorization: {
    document: 'Meridian Michigan utilization-management table; Lucida concurrent review; denialcodeguide N54',
    section: 'authorization by level of care, dates, units; a new level of care needs its own',
    domainRef: 'DOMAIN.md §6',
    confidence: 'confirmed',
  },
  programs: {
    document: 'Michigan Medicaid PIHP (PHP at least 6 h/day); H0015 descriptor (Carepatron: at least 3 h/day, 3 days/week); SAMHSA TIP 47 (9 h/week adults, 6 adolescents)',
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  timelyFiling: {
    document: 'MedAce timely-filing summary (Medicaid: set by the state; Texas 95 days)',
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
  telehealth: {
    document: 'Skitamix mirror of CMS modifier guidance (GT, FQ); AAPC forum on 93; example program design',
    section: 'telehealth lines carry 95 or GT; audio-only lines FQ',
    domainRef: 'DOMAIN.md §5',
    confidence: 'secondary',
  },
  treatmentPlans: {
    document: 'Kansas regulations (aging.ks.gov; Cornell LII): plans reviewed every 30 days in residential youth programs; "PHP plan every 30 days" common',
    domainRef: 'DOMAIN.md §10',
    confidence: 'secondary',
  },
} as const satisfies Record<string, Source>;

const SUD_CODES = ['H0001', 'H0004', 'H0005', 'H0015', 'H2035', 'H2036'];

export default definePayerPolicy({
  id: 'example-medicaid',
  name: 'Example State Medicaid (fictional example state)',
  kind: 'MEDICAID',
  fictional: true,
  description:
    'Fee-for-service Medicaid of a fictional state, built from rules real state programs use: licensure modifiers, H-code levels of care with prior authorization, program-day minimums.',
  cleanClaim: { line: { modifiers: ['HO'] } },
  versions: [
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary:
        'First version: licensure modifiers on every line, authorization for PHP, IOP, residential and detox, program-day minimums, 95-day filing, no audio-only.',
      settings: {
        credentialing: {
          types: {
            PSYCHIATRIST: { rateFactor: 1, codes: null },
            PSYCHOLOGIST: { rateFactor: 1, codes: null },
            PSYCHIATRIC_NP: { rateFactor: 0.9, codes: null },
            PA: { rateFactor: 0.9, codes: null },
            LCSW: { rateFactor: 0.8, codes: null },
            LPC_LMHC: { rateFactor: 0.8, codes: null },
            LMFT: { rateFactor: 0.8, codes: null },
            ADDICTION_COUNSELOR: { rateFactor: 0.7, codes: SUD_CODES },
          },
        },
        licensureModifiers: {
          required: true,
          byType: { PSYCHOLOGIST: 'HP', LCSW: 'HO', LPC_LMHC: 'HO', LMFT: 'HO', ADDICTION_COUNSELOR: 'HN' },
        },
        priorAuthorization: { levelsOfCare: ['PHP', 'IOP', 'RESIDENTIAL', 'DETOX'] },
        programs: {
          PHP: { minHoursPerDay: 6, belowDayMinimum: 'DENY' },
          IOP: { minHoursPerDay: 3, minDaysPerWeek: 3, belowDayMinimum: 'DENY', belowWeekMinimum: 'WARN' },
        },
        telehealth: { requiredModifier: '95', acceptedModifiers: ['GT'], audioOnly: { covered: false, modifiers: ['FQ'] } },
        timelyFiling: { days: 95, months: null, warnWithinDays: 14 },
        documentation: { treatmentPlanReviewDays: { PHP: 30, IOP: 30, RESIDENTIAL: 30 } },
        parity: { applies: false },
      },
      sources: {
        'licensure-modifier': sources.modifiers,
        'provider-credentialed': sources.credentialing,
        'code-scope': sources.credentialing,
        'prior-authorization': sources.authorization,
        'program-day-minimum': sources.programs,
        'program-week-minimum': sources.programs,
        'timely-filing': sources.timelyFiling,
        telehealth: sources.telehealth,
        'treatment-plan-review': sources.treatmentPlans,
      },
    },
    {
      version: '2025.2',
      effectiveFrom: '2025-07-01',
      summary: 'Mid-year change: audio-only behavioral-health services are covered with modifier FQ from 1 July 2025.',
      settings: { telehealth: { audioOnly: { covered: true } } },
    },
  ],
});
