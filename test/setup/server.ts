import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { mintToken } from '../../src/auth/tokens.ts';
import type { Role } from '../../src/auth/viewer.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createServer, type ParityServer, type ServerOptions } from '../../src/server.ts';
import type { TestDatabase } from './database.ts';

export interface Caller {
  role: Role;
  subject?: string;
  payerCode?: string;
  organizationId?: string;
}

export interface Executor {
  /** Runs a typed operation over HTTP and returns its parsed result. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: {} extends TVariables ? [TVariables?] : [TVariables]
  ): Promise<ExecutionResult<TResult>>;
  /** The raw HTTP exchange, for status codes and headers. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  token: string | null;
}

export interface RunningServer extends Executor {
  server: ParityServer;
  config: Config;
  /** URL of the GraphQL endpoint. */
  url: string;
  /** Base URL (scheme, host and port). */
  origin: string;
  /** An executor with a token for this caller (demo subjects by default). */
  as(caller: Role | Caller): Promise<Executor>;
  close(): Promise<void>;
}

const defaultSubjects: Record<Role, string> = {
  ADMIN: 'demo-admin',
  BILLER: 'demo-biller',
  CLINICIAN: 'demo-clinician',
  ANALYST: 'demo-analyst',
  PARTNER: 'partner-test',
  AUDITOR: 'demo-auditor',
};

/**
 * Starts the real HTTP server on a free loopback port, with production settings unless told
 * otherwise (so tests see masked errors as clients do). `execute` runs as the demo administrator;
 * `as(role)` gives an executor for another caller.
 *
 * @param db - the test's database
 * @param env - extra environment for the configuration
 */
export async function startServer(
  db: TestDatabase,
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<RunningServer> {
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const server = createServer(config, db, options);
  const url = await server.listen();
  const origin = new URL(url).origin;
  const organization = await db.prisma.organization.findFirst({ select: { id: true } });

  const executor = (token: string | null): Executor => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify(body),
      });
    return {
      token,
      post,
      async execute(document, ...variables) {
        const response = await post({ query: print(document), variables: variables[0] ?? {} });
        return (await response.json()) as ExecutionResult<never>;
      },
    };
  };

  const as = async (caller: Role | Caller): Promise<Executor> => {
    const c = typeof caller === 'string' ? { role: caller } : caller;
    const token = await mintToken(config.auth, {
      subject: c.subject ?? defaultSubjects[c.role],
      role: c.role,
      organizationId: c.organizationId ?? organization?.id ?? '00000000-0000-4000-8000-000000000000',
      payerCode: c.payerCode ?? (c.role === 'PARTNER' ? 'NWHP1' : undefined),
    });
    return executor(token);
  };
  const admin = await as('ADMIN');
  return { ...admin, server, config, url, origin, as, close: () => server.close() };
}
