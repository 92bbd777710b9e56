// The template payer plugin: copy this folder to payers/<your-payer-id>/, set `id` to the folder
// name, and change what differs from the engine's defaults (src/policy/defaults.ts). This folder
// is named '_template' (id 'template') so that it is not loaded as a payer; the conformance kit
// checks it all the same.

import { OUTPATIENT_PSYCHOTHERAPY_FAMILY } from '../../src/policy/codes.ts';
import { definePayerPolicy } from '../../src/policy/define-payer-policy.ts';

export default definePayerPolicy({
  id: 'template',
  name: 'Template Health Plan (fictional)',
  kind: 'COMMERCIAL',
  fictional: true,
  description: 'A starting point for a new payer plugin.',
  // A claim this policy pays without any finding, as a change over test/kit's baseline claim.
  cleanClaim: {},
  versions: [
    {
      version: '2025.1',
      effectiveFrom: '2025-01-01',
      summary: 'First version: a 25-visit yearly psychotherapy limit and a 180-day filing limit.',
      settings: {
        benefitLimits: {
          psychotherapy: {
            label: 'Outpatient psychotherapy visits',
            codes: OUTPATIENT_PSYCHOTHERAPY_FAMILY,
            max: 25,
            count: 'VISITS',
            classification: 'OUTPATIENT_IN_NETWORK',
            noticeWhenLeft: 3,
          },
        },
        timelyFiling: { days: 180, months: null },
      },
      // Cite your payer's documents by rule id; every source names the DOMAIN.md section of the fact.
      sources: {
        'benefit-limit': {
          document: 'Template Health Plan member handbook (fictional)',
          domainRef: 'DOMAIN.md §7',
          confidence: 'confirmed',
        },
      },
    },
  ],
});
