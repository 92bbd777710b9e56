// A typed GraphQL client in a few lines: fetch plus the documents codegen generated from
// operations.graphql. Variables and results are checked by TypeScript against the API's schema.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export interface ParityClientOptions {
  /** The API's GraphQL endpoint, for example http://127.0.0.1:4000/graphql. */
  url: string;
  /** A bearer token (npm run -s token -- --role BILLER for a local one). */
  token: string;
}

/** A GraphQL error as the API returns it: a message and a machine-readable code. */
export interface ParityError {
  message: string;
  extensions?: { code?: string };
}

/** Thrown when the API answers with errors (or without data). */
export class ParityRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly ParityError[],
  ) {
    super(errors.map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`).join('; ') || `HTTP ${status}`);
    this.name = 'ParityRequestError';
  }
}

/**
 * A client for the Parity API.
 *
 * @param options - endpoint and token
 */
export function createParityClient(options: ParityClientOptions) {
  return {
    /** Sends one typed operation; resolves with its data, or throws a ParityRequestError. */
    async request<TResult, TVariables>(
      document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
      ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
    ): Promise<TResult> {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${options.token}`,
        },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
      const body = (await response.json()) as { data?: TResult | null; errors?: ParityError[] };
      if (body.errors?.length || body.data == null) {
        throw new ParityRequestError(response.status, body.errors ?? []);
      }
      return body.data;
    },
  };
}
