// Token verification with an identity provider's key set (AUTH_JWKS_URL): a token signed by one
// of its keys for this issuer and audience is accepted; one signed by another key, with a shared
// secret, or unsigned, is not; and the claims must name an organization and a known role.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, InvalidTokenError, mintToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';

describe('tokens verified against a JSON Web Key Set', () => {
  let server: Server;
  let url = '';
  let signingKey: CryptoKey;
  let otherKey: CryptoKey;
  const organization = '3f1c2b9e-0000-4000-8000-000000000001';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const sign = (key: CryptoKey | Uint8Array, claims: Record<string, unknown>, alg = 'RS256', aud = 'parity') =>
    new SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' }).setSubject('idp-user').setIssuer('parity').setAudience(aud).setIssuedAt().setExpirationTime('5m').sign(key);

  it('accepts a token signed by a key of the set, and reads the caller from its claims', async () => {
    const verify = createTokenVerifier({ kind: 'jwks', url, issuer: 'parity', audience: 'parity' });
    await expect(verify(await sign(signingKey, { org: organization, role: 'PARTNER', payer: 'NWHP1' }))).resolves.toEqual({
      subject: 'idp-user',
      role: 'PARTNER',
      organizationId: organization,
      payerCode: 'NWHP1',
      purpose: 'PAYMENT',
    });
  });

  it('refuses another key, a shared secret, a wrong audience, and incomplete claims', async () => {
    const verify = createTokenVerifier({ kind: 'jwks', url, issuer: 'parity', audience: 'parity' });
    const refused = [
      await sign(otherKey, { org: organization, role: 'ADMIN' }),
      await sign(new TextEncoder().encode('a-shared-secret-of-at-least-thirty-two-chars'), { org: organization, role: 'ADMIN' }, 'HS256'),
      await sign(signingKey, { org: organization, role: 'ADMIN' }, 'RS256', 'another-api'),
      await sign(signingKey, { role: 'ADMIN' }),
      await sign(signingKey, { org: organization, role: 'SUPERUSER' }),
      await sign(signingKey, { org: organization, role: 'PARTNER' }),
    ];
    for (const token of refused) {
      await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    }
  });

  it('does not mint tokens when an identity provider issues them, and needs a key in production', async () => {
    await expect(mintToken({ kind: 'jwks', url, issuer: 'parity', audience: 'parity' }, { subject: 'x', role: 'ADMIN', organizationId: organization })).rejects.toThrow(/identity provider/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET or AUTH_JWKS_URL must be set in production/);
  });
});
