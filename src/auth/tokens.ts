// Bearer tokens (JWT), verified with jose: HS256 with a configured secret for a single
// installation, or an identity provider's JSON Web Key Set. Claims: `sub` (the subject), `org`
// (organization id), `role`, and for partners `payer` (the electronic payer ID they act for).

import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.ts';
import { isRole, purposeOfRole, type Role, type Viewer } from './viewer.ts';

/** Why a token was refused (kept vague on purpose in what reaches the client). */
export class InvalidTokenError extends Error {}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/**
 * Builds the verifier for the configured key.
 *
 * @param auth - the auth configuration
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  // The secret is imported as a WebCrypto key once: given the raw bytes, jose imports them again
  // for every token it verifies (about a third of the time verifying took).
  const key: Promise<CryptoKey> | JWTVerifyGetKey =
    auth.kind === 'secret'
      ? crypto.subtle.importKey('raw', new TextEncoder().encode(auth.secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
      : createRemoteJWKSet(new URL(auth.url));
  const algorithms = auth.kind === 'secret' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'];
  return async (token) => {
    let payload: JWTPayload;
    try {
      // jose's overloads differ for a key and a key set; both are valid here.
      ({ payload } =
        key instanceof Promise
          ? await jwtVerify(token, await key, { issuer: auth.issuer, audience: auth.audience, algorithms })
          : await jwtVerify(token, key, { issuer: auth.issuer, audience: auth.audience, algorithms }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    return viewerFromClaims(payload);
  };
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const { sub, org, role, payer } = payload as JWTPayload & { org?: unknown; role?: unknown; payer?: unknown };
  if (typeof sub !== 'string' || sub === '') {
    throw new InvalidTokenError('token has no subject');
  }
  if (typeof org !== 'string' || !/^[0-9a-f-]{36}$/i.test(org)) {
    throw new InvalidTokenError('token has no organization');
  }
  if (!isRole(role)) {
    throw new InvalidTokenError('token has no known role');
  }
  if (role === 'PARTNER' && (typeof payer !== 'string' || payer === '')) {
    throw new InvalidTokenError('a partner token must name its payer');
  }
  return {
    subject: sub,
    role,
    organizationId: org,
    payerCode: role === 'PARTNER' ? (payer as string) : null,
    purpose: purposeOfRole[role],
  };
}

export interface TokenClaims {
  subject: string;
  role: Role;
  organizationId: string;
  payerCode?: string;
  /** Lifetime, as jose reads it ("8h", "30d"). */
  expiresIn?: string;
}

/**
 * Signs a token with the configured HS256 secret (for local use and tests).
 *
 * @param auth - the auth configuration; must be the secret kind
 * @param claims - who the token speaks for
 */
export async function mintToken(auth: AuthConfig, claims: TokenClaims): Promise<string> {
  if (auth.kind !== 'secret') {
    throw new Error('tokens can only be minted with AUTH_JWT_SECRET; an identity provider issues them otherwise');
  }
  const jwt = new SignJWT({
    org: claims.organizationId,
    role: claims.role,
    ...(claims.payerCode ? { payer: claims.payerCode } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h');
  return jwt.sign(new TextEncoder().encode(auth.secret));
}
