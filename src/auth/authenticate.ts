// Who is calling: the bearer token of a request, verified once per request. The context and the
// plugins that act before it exists (the authentication gate, persisted operations for
// partners, GraphiQL) all ask here, so a request's token is verified once and read alike.

import { GraphQLError } from 'graphql';
import { InvalidTokenError, type TokenVerifier } from './tokens.ts';
import type { Viewer } from './viewer.ts';

/** The 401 every protected operation gets without a valid token. */
export function unauthenticated(message = 'Authentication required: send a bearer token.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The caller of a request: null without an Authorization header; rejects with a 401 error
 *  when the header or its token is not valid. */
export type Authenticator = (request: Request) => Promise<Viewer | null>;

/**
 * @param verify - checks a token's signature and claims
 */
export function createAuthenticator(verify: TokenVerifier): Authenticator {
  const verified = new WeakMap<Request, Promise<Viewer | null>>();
  return (request) => {
    let viewer = verified.get(request);
    if (!viewer) {
      viewer = authenticate(request.headers.get('authorization'), verify);
      verified.set(request, viewer);
    }
    return viewer;
  };
}

async function authenticate(header: string | null, verify: TokenVerifier): Promise<Viewer | null> {
  if (!header) {
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw unauthenticated('The Authorization header must be "Bearer <token>".');
  }
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw unauthenticated('The bearer token is invalid or expired.');
    }
    throw error;
  }
}
