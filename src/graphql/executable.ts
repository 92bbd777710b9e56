import type { GraphQLSchema } from 'graphql';
import { trackPatientDataReads } from '../audit/track.ts';
import { buildPermissions } from '../auth/permissions.ts';
import { deidentifyForAnalysts } from './deidentify.ts';
import { redactPart2Details } from './part2.ts';
import { schema } from './schema.ts';

// The schema as served. Each step wraps resolvers around the previous ones, so the order runs
// outside in: shield (applied by the server) refuses a field first; Part 2 redaction then keeps
// a withheld detail from being resolved (or audited as read); analysts' dates are shifted; the
// innermost wrapper notes the read for the audit trail.
trackPatientDataReads(schema);
deidentifyForAnalysts(schema);
redactPart2Details(schema);

/** The schema as served: reads audited, analysts' dates de-identified, Part 2 details redacted. */
export const servedSchema: GraphQLSchema = schema;

/** The shield middleware for the served schema (deny by default). */
export const permissions = buildPermissions(servedSchema);
