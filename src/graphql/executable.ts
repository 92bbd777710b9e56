import type { GraphQLSchema } from 'graphql';
import { trackPatientDataReads } from '../audit/track.ts';
import { buildPermissions } from '../auth/permissions.ts';
import { schema } from './schema.ts';

/** The schema as served: reads of patient data noted for the audit trail. */
export const servedSchema: GraphQLSchema = trackPatientDataReads(schema);

/** The shield middleware for the served schema (deny by default). */
export const permissions = buildPermissions(servedSchema);
