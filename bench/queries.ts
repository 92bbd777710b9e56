// The claims page each server is asked for: 50 claims, newest date of service first, each with
// its lines, payer and rendering provider. Parity and the raw baseline answer the same document
// with the same JSON; PostGraphile answers the same shape in its own naming.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOrganizationId } from './dataset.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The policy answer of each claim; in the query only when the schema has it (see below). */
export const findingsSelection = 'findings { ruleId severity message } willPay';

/**
 * Whether the served schema has `Claim.findings` (schema/schema.graphql, the printed contract).
 *
 * @param tree - the checkout whose schema is read (this one by default)
 */
export function schemaHasFindings(tree = root): boolean {
  const sdl = readFileSync(path.join(tree, 'schema/schema.graphql'), 'utf8');
  const claim = /\ntype Claim implements[^{]*\{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
  return /^\s*findings[(:]/m.test(claim) && /^\s*willPay[(:]/m.test(claim);
}

/**
 * Parity's claims page.
 *
 * @param withFindings - add the policy engine's findings and verdict to each claim
 */
export function parityQuery(withFindings: boolean): string {
  return /* GraphQL */ `query BenchClaimsPage($first: Int!) {
  claims(first: $first) {
    edges {
      node {
        id
        status
        claimType
        serviceFrom
        serviceTo
        totalCharge
        submittedAt
        payer { id name payerCode kind }
        renderingProvider { id displayName npi licensureType }
        lines { id lineNumber serviceDate procedureCode modifiers units chargeAmount placeOfService }
        ${withFindings ? findingsSelection : ''}
      }
    }
    pageInfo { hasNextPage }
  }
}`;
}

/** The same page from PostGraphile's generated schema (no findings: it has no policy engine). */
export const postgraphileQuery = /* GraphQL */ `query BenchClaimsPage($first: Int!, $org: UUID!) {
  claims: allClaims(first: $first, condition: { organizationId: $org }, orderBy: [SERVICE_FROM_DESC, ROW_ID_ASC]) {
    edges {
      node {
        id
        status
        claimType
        serviceFrom
        serviceTo
        totalCharge
        submittedAt
        payer: payerByPayerId { id name payerCode kind }
        renderingProvider: providerByRenderingProviderId { id firstName lastName npi licensureType }
        lines: claimLinesByClaimId(orderBy: LINE_NUMBER_ASC) {
          nodes { id lineNumber serviceDate procedureCode modifiers units chargeAmount placeOfService }
        }
      }
    }
    pageInfo { hasNextPage }
  }
}`;

/** The request body for a page of `first` claims. */
export function requestBody(kind: 'parity' | 'parity+findings' | 'raw' | 'postgraphile', first: number): string {
  switch (kind) {
    case 'parity':
    case 'raw':
      return JSON.stringify({ query: parityQuery(false), variables: { first } });
    case 'parity+findings':
      return JSON.stringify({ query: parityQuery(true), variables: { first } });
    case 'postgraphile':
      return JSON.stringify({ query: postgraphileQuery, variables: { first, org: benchOrganizationId } });
  }
}
