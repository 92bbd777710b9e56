// Scenarios of the template plugin: one case per rule you set, each naming the rule it exercises.

import { defineScenarios } from '../../test/kit/index.ts';

const visits = (count: number) => [{ serviceDate: '2025-02-03', procedureCode: '90834', count, units: count }];

export default defineScenarios([
  { name: 'the baseline session is clean', rule: 'provider-credentialed', claim: { date: '2025-03-04' }, findings: [] },
  {
    name: 'the 26th visit of the year is over the limit',
    rule: 'benefit-limit',
    claim: { date: '2025-09-09', usage: visits(25) },
    findings: [{ messageId: 'BENEFIT_LIMIT_REACHED', data: { max: 25 } }],
  },
]);
