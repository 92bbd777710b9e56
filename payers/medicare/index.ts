// Traditional Medicare Part B (fee-for-service) for behavioral-health professional claims, and the
// OPPS rules for partial hospitalization (PHP) and intensive outpatient (IOP) facility claims.
// Real program, real dates; every fact below is recorded with its source in DOMAIN.md.

import { EVALUATION_AND_MANAGEMENT } from '../../src/policy/codes.ts';
import { definePayerPolicy, defineRule } from '../../src/policy/define-payer-policy.ts';
import type { CustomRule, LevelOfCare, RuleReport, Source } from '../../src/policy/types.ts';

const sources = {
  practitioners: {
    document: '42 CFR 414.53 and 414.56 (eCFR, via lexbuild.dev); NBCC final-rule news (CY2024 PFS)',
    section: '414.53 (CSW, MFT, MHC at 75%); 414.56 (NP, CNS at 85%)',
    domainRef: 'DOMAIN.md §4',
    confidence: 'confirmed',
  },
  enrollment: {
    document: 'X12 CARC B7 (provider not certified or eligible on this date of service)',
    url: 'https://x12.org/codes/claim-adjustment-reason-codes',
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
  hcpcsSeries: {
    document: 'pabau on S9480, H0010, H2036 ("not payable by Medicare"); StudyStack HCPCS series summary',
    section: 'H codes: governmental entities other than Medicare; S codes: non-Medicare',
    domainRef: 'DOMAIN.md §2a',
    confidence: 'confirmed',
  },
  diagnosticEvaluation: {
    document: 'AAPC fact sheet on LCD L31887 (psychiatric diagnostic evaluation)',
    section: '90791/90792 once per day, not on the same day as an E/M by the same individual',
    domainRef: 'DOMAIN.md §1',
    confidence: 'confirmed',
  },
  telehealth2024: {
    document: 'NGS, "Telehealth Changes for 2024 – Modifier 95 and POS"; FCSO telehealth services',
    section: 'POS 10 at home, 02 elsewhere; modifier 95 no longer needed on most professional claims',
    domainRef: 'DOMAIN.md §5',
    confidence: 'confirmed',
  },
  audioOnly2025: {
    document: 'FCSO telehealth services page (CY2025 PFS definition of audio-only mental health services)',
    section: 'patient at home, clinician video-capable, patient cannot or does not consent to video',
    domainRef: 'DOMAIN.md §5',
    confidence: 'confirmed',
  },
  timelyFiling: {
    document: '42 CFR 424.44; Noridian and NGS on CO-29 with N211',
    section: '12 months (one calendar year) from the date of service; not appealable',
    domainRef: 'DOMAIN.md §9',
    confidence: 'confirmed',
  },
  phpWeek: {
    document: '42 CFR 410.43(c)(1) (revenuecycleadvisor); CMS CR 11066 (documentine)',
    section: '20 hours a week of therapeutic services; below it, an informational remittance message since 2019-07',
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  programDay: {
    document: 'CMS CY2024 OPPS fact sheet (Coronis Health summary); FCSO IOP billing requirements',
    section: 'per-diem tiers for days with 3 services and days with 4 or more; what a day under 3 services is paid is unconfirmed',
    domainRef: 'DOMAIN.md §3',
    confidence: 'unconfirmed',
  },
  programWeek2024: {
    document: '42 CFR 410.43(c)(1) and 410.44 (revenuecycleadvisor; legalclarity CMS IOP guidelines); CMS CR 11066',
    section: 'PHP 20 hours a week, IOP 9 hours a week; below them an informational remittance message',
    domainRef: 'DOMAIN.md §3',
    confidence: 'confirmed',
  },
  recertification: {
    document: 'legalclarity CMS IOP guidelines; Coronis 2024 OPPS summary (IOP recertification at least every 60 days); PHP interval unconfirmed (42 CFR 424.24(e))',
    domainRef: 'DOMAIN.md §3, §10',
    confidence: 'secondary',
  },
  opps: {
    document: 'CGS "Intensive Outpatient Program Services" (2024-01-02); FCSO IOP billing requirements',
    section: 'type of bill 013x hospital outpatient, 076x CMHC, 085x CAH, for PHP (condition code 41) and IOP (condition code 92)',
    domainRef: 'DOMAIN.md §2c, §3',
    confidence: 'confirmed',
  },
} as const satisfies Record<string, Source>;

/** Types of bill (first three digits) a Medicare PHP or IOP claim may use, by level of care. */
function programBillTypes(levels: Partial<Record<LevelOfCare, readonly string[]>>): CustomRule {
  return defineRule({
    id: 'opps-program-bill-type',
    description: 'PHP and IOP facility claims use a hospital outpatient, CMHC or CAH type of bill.',
    source: sources.opps,
    messages: {
      PROGRAM_BILL_TYPE: {
        template: 'A Medicare {{levelOfCare}} claim uses type of bill {{expected}}, not {{billType}}.',
        severity: 'deny',
        carc: '5',
      },
    },
    check(context) {
      const { claim } = context.snapshot;
      if (claim.type !== 'INSTITUTIONAL') {
        return [];
      }
      const reports: RuleReport<'PROGRAM_BILL_TYPE'>[] = [];
      const reported = new Set<string>();
      for (const line of context.snapshot.lines) {
        const level = context.levelOfCare(line);
        const allowed = levels[level];
        if (allowed === undefined || reported.has(level)) {
          continue;
        }
        const prefix = (claim.billType ?? '').slice(0, 3);
        if (!allowed.includes(prefix)) {
          reported.add(level);
          reports.push({
            messageId: 'PROGRAM_BILL_TYPE',
            lineNumber: null,
            data: { levelOfCare: level, expected: allowed.map((t) => `${t}x`).join(', '), billType: claim.billType ?? 'none' },
            suggestion: { kind: 'CHANGE_BILL_TYPE', from: claim.billType, to: allowed.map((t) => `${t}1`) },
          });
        }
      }
      return reports;
    },
  });
}

const OPPS_BILL_TYPES = ['013', '076', '085'];

export default definePayerPolicy({
  id: 'medicare',
  name: 'Medicare Part B',
  kind: 'MEDICARE',
  fictional: false,
  description:
    'Traditional Medicare fee-for-service: Part B professional claims and OPPS partial hospitalization and intensive outpatient facility claims.',
  cleanClaim: {},
  versions: [
    {
      version: '2023.1',
      effectiveFrom: '2023-01-01',
      summary:
        'Medicare as of 2023: physicians, psychologists, clinical social workers (75%), nurse practitioners and PAs (85%); no counselor or MFT enrollment; PHP but no IOP benefit; telehealth with modifier 95.',
      settings: {
        credentialing: {
          types: {
            PSYCHIATRIST: { rateFactor: 1, codes: null },
            PSYCHOLOGIST: { rateFactor: 1, codes: null },
            LCSW: { rateFactor: 0.75, codes: null },
            PSYCHIATRIC_NP: { rateFactor: 0.85, codes: null },
            PA: { rateFactor: 0.85, codes: null },
            LPC_LMHC: null,
            LMFT: null,
          },
        },
        coverage: {
          nonCoveredCodes: ['H*', 'S*'],
          levelsOfCare: { IOP: false },
        },
        excludedPairs: {
          'diagnostic-evaluation-with-em': { codes: EVALUATION_AND_MANAGEMENT, with: ['90791', '90792'] },
        },
        sameDayLimits: { 'diagnostic-evaluation': { codes: ['90791', '90792'], maxPerDay: 1 } },
        telehealth: {
          requiredModifier: '95',
          acceptInPersonPlaceOfService: true,
          audioOnly: { covered: true, modifiers: ['93', 'FQ'], requirePatientHome: false },
        },
        timelyFiling: { days: null, months: 12, warnWithinDays: 30 },
        programs: {
          PHP: {
            minHoursPerWeek: 20,
            belowWeekMinimum: 'INFO',
            minServicesPerDay: 3,
            belowDayMinimum: 'WARN',
            perDiemServiceTiers: [3, 4],
          },
        },
        documentation: { treatmentPlanReviewDays: { PHP: 30 } },
        parity: { applies: false },
      },
      sources: {
        'provider-credentialed': sources.practitioners,
        'covered-services': sources.hcpcsSeries,
        'code-pair-exclusion': sources.diagnosticEvaluation,
        'same-day-limit': sources.diagnosticEvaluation,
        'timely-filing': sources.timelyFiling,
        'program-week-minimum': sources.phpWeek,
        'program-day-minimum': sources.programDay,
        'treatment-plan-review': sources.recertification,
      },
      addRules: [programBillTypes({ PHP: OPPS_BILL_TYPES })],
    },
    {
      version: '2024.1',
      effectiveFrom: '2024-01-01',
      summary:
        'CAA 2023 and the CY2024 rules: marriage and family therapists and mental health counselors enroll (75%); the IOP benefit begins; POS 02/10 say telehealth and modifier 95 is no longer needed.',
      settings: {
        credentialing: {
          types: {
            LPC_LMHC: { rateFactor: 0.75, codes: null },
            LMFT: { rateFactor: 0.75, codes: null },
          },
        },
        coverage: { levelsOfCare: { IOP: true } },
        telehealth: { requiredModifier: null, acceptInPersonPlaceOfService: false, unneededModifiers: ['95'] },
        programs: {
          IOP: { minHoursPerWeek: 9, belowWeekMinimum: 'INFO', minServicesPerDay: 3, belowDayMinimum: 'WARN', perDiemServiceTiers: [3, 4] },
        },
        documentation: { treatmentPlanReviewDays: { IOP: 60 } },
      },
      sources: { telehealth: sources.telehealth2024, 'program-week-minimum': sources.programWeek2024 },
      removeRules: ['opps-program-bill-type'],
      addRules: [programBillTypes({ PHP: OPPS_BILL_TYPES, IOP: OPPS_BILL_TYPES })],
    },
    {
      version: '2025.1',
      effectiveFrom: '2025-01-01',
      summary: 'CY2025: audio-only mental health services are for a patient at home (POS 10), with modifier 93 or FQ.',
      settings: { telehealth: { audioOnly: { requirePatientHome: true } } },
      sources: { telehealth: sources.audioOnly2025 },
    },
  ],
});
