// Bad input gets a clear, typed error: an ID that is not one of ours, a cursor that is not one we
// gave out. Without this, a malformed ID reaches the database (an invalid UUID: a masked internal
// error) or names a type back to the caller; here it is a BAD_USER_INPUT error that changes
// nothing and reveals nothing.

import { PothosValidationError, decodeBase64 } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { maskError, type MaskError } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../db/availability.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The error every malformed ID gets (the same whatever is wrong with it). */
export function invalidId(): GraphQLError {
  return new GraphQLError('Not a valid ID: use an `id` returned by this API.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** The object types that have global IDs (filled from the schema once it is built). */
export const nodeTypeNames = new Set<string>();

/**
 * Decodes a global ID ("Type:uuid" in base64), accepting only the object types that have IDs
 * and well-formed UUIDs.
 */
export function decodeGlobalId(nodeTypes: () => ReadonlySet<string> = () => nodeTypeNames) {
  return (globalID: string): { typename: string; id: string } => {
    let decoded: string;
    try {
      decoded = decodeBase64(globalID);
    } catch {
      throw invalidId();
    }
    const separator = decoded.indexOf(':');
    const typename = decoded.slice(0, separator);
    const id = decoded.slice(separator + 1);
    if (separator < 1 || !uuid.test(id) || !nodeTypes().has(typename)) {
      throw invalidId();
    }
    return { typename, id };
  };
}

/**
 * Yoga's masking, with Pothos's input errors (a malformed cursor) typed as bad input and a lost
 * database typed as SERVICE_UNAVAILABLE (503). Everything else masks as Yoga does: an unexpected
 * error reads "Unexpected error." with no detail.
 */
export const maskErrors: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (isDatabaseUnavailable(original)) {
    // The database went away (a restart, a failover, a lost connection): a retryable condition
    // with a code of its own, and still nothing of the cause (src/db/availability.ts).
    return new GraphQLError('The service cannot reach its database right now. Retry shortly; a write sent with an idempotency key is safe to retry.', {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  return maskError(error, message, isDev);
};
