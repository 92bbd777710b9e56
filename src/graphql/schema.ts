import { builder } from './builder.ts';
import './scalars.ts';
import './errors.ts';
import './types/enums.ts';
import './types/Organization.ts';
import './types/Payer.ts';
import './types/Provider.ts';
import './types/Patient.ts';
import './types/Consent.ts';
import './types/Episode.ts';
import './types/Authorization.ts';
import './types/Session.ts';
import './types/ProgramDay.ts';
import './types/Finding.ts';
import './types/PayerPolicy.ts';
import './types/PolicyAnswers.ts';
import './types/Claim.ts';
import './types/Scrub.ts';
import './types/Remittance.ts';
import './types/AuditEvent.ts';
import './types/Eligibility.ts';
import './types/Analytics.ts';

import { isObjectType } from 'graphql';
import { nodeTypeNames } from './input-errors.ts';

export const schema = builder.toSchema();

for (const type of Object.values(schema.getTypeMap())) {
  if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
    nodeTypeNames.add(type.name);
  }
}

// The Prisma plugin's connection `totalCount` field takes no description option; give every one
// the same description so GraphiQL documents it.
for (const type of Object.values(schema.getTypeMap())) {
  const totalCount = isObjectType(type) ? type.getFields().totalCount : undefined;
  if (totalCount && !totalCount.description && type.name.endsWith('Connection')) {
    totalCount.description = 'How many items match, across all pages.';
  }
}
