import type { GraphQLSchema } from 'graphql';
import { trackPatientDataReads } from '../audit/track.ts';
import { guardSchema } from '../auth/permissions.ts';
import { deidentifyForAnalysts } from './deidentify.ts';
import { redactPart2Details } from './part2.ts';
import { shareResponsePaths } from './response-paths.ts';
import { schema } from './schema.ts';

// The schema as served. Each step wraps resolvers around the previous ones, so the order runs
// outside in: shield refuses a field first (per field only when the operation selects one the
// caller may not read: src/auth/permissions.ts); Part 2 redaction then keeps
// a withheld detail from being resolved (or audited as read); analysts' dates are shifted; the
// read is noted for the audit trail; innermost, Pothos' own resolvers get the response paths
// graphql-js would give them, also under graphql-jit (src/graphql/response-paths.ts).
shareResponsePaths(schema);
trackPatientDataReads(schema);
deidentifyForAnalysts(schema);
redactPart2Details(schema);

const guarded = guardSchema(schema);

/** The schema as served: field rules (deny by default), reads audited, analysts' dates
 *  de-identified, Part 2 details redacted. */
export const servedSchema: GraphQLSchema = guarded.schema;

/** The plugin that settles the field rules once per operation where it can. */
export const useFieldRules = () => guarded.plugin;

/** What the plugin does before an operation executes (for tests that execute the schema directly). */
export const settleFieldRules = guarded.settle;
