import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kind, type DocumentNode } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useAuditTrail } from './audit/track.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import { graphiqlAllowed, useAuthenticationGate, usePartnerPersistedOperations } from './auth/gate.ts';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { armorPlugins, useListAwareCost, useRateLimit, type LimitOptions } from './graphql/limits.ts';
import { maskErrors } from './graphql/input-errors.ts';
import { loadManifest } from './graphql/persisted.ts';
import { exampleVariables, graphiqlTabs, workbenchExamples, type ExampleVariables } from './graphql/examples.ts';
import { createLogger, describeError, yogaLogger, type Logger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { useRequestLog } from './observability/plugins.ts';
import { useOperationTracing } from './observability/tracing.ts';
import { createTokenVerifier } from './auth/tokens.ts';
import type { Config } from './config.ts';
import { loadPayerPolicies } from '../payers/index.ts';
import { createContext, type Context } from './context.ts';
import type { Database } from './db/client.ts';
import { driverConnection, driverQuery } from './db/driver.ts';
import { servedSchema, useFieldRules } from './graphql/executable.ts';

export interface ParityServer {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  logger: Logger;
  http: Server;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(): Promise<string>;
  /** Stops taking requests, lets in-flight ones finish (up to the timeout), then closes. */
  close(): Promise<void>;
}

/** Optional extras of `createServer`. */
export interface ServerOptions {
  /** Headers GraphiQL starts with (development: a local token, so the demo works at once). */
  graphiqlHeaders?: Record<string, string>;
  /** Where logs go (a pino logger at the configured level by default). */
  logger?: Logger;
  /** The clock requests read "now" from (tests fix it to the demo data's anchor date). */
  clock?: () => Date;
}

/** How much longer than it advertises the server keeps an idle keep-alive connection. */
export const keepAliveGraceMs = 5_000;

/** The operations a document defines (a request names the one to run when there are several). */
function operationCount(document: DocumentNode): number {
  return document.definitions.reduce((n, definition) => (definition.kind === Kind.OPERATION_DEFINITION ? n + 1 : n), 0);
}

/**
 * Wires graphql-yoga to the schema, the database and Node's HTTP server.
 *
 * @param config - validated configuration
 * @param db - the open database
 * @param options - optional extras (GraphiQL's starting headers)
 */
export function createServer(config: Config, db: Database, options: ServerOptions = {}): ParityServer {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = config.metrics ? createMetrics() : null;
  const limits: LimitOptions = {
    development: config.env === 'development',
    maxPageSize: 100,
    maxCost: 50_000,
    requestsPerMinute: config.rateLimitPerMinute,
  };
  const development = config.env === 'development';
  const authenticate = createAuthenticator(createTokenVerifier(config.auth));
  const showGraphiql = graphiqlAllowed(authenticate, development);
  // GraphiQL opens with the saved example operations (src/graphql/examples/), one tab each. In
  // development, with the demo token in its headers, their variables name demo records of that
  // token's organization, so every tab runs as it is.
  const graphiqlHeaders = options.graphiqlHeaders;
  const examples = workbenchExamples();
  let exampleValues: Promise<ExampleVariables | null> | null = null;
  const sampleExamples = async (): Promise<ExampleVariables | null> => {
    if (!development || !graphiqlHeaders) {
      return null;
    }
    const viewer = await authenticate(new Request('http://graphiql.local/', { headers: graphiqlHeaders })).catch(() => null);
    return viewer ? exampleVariables(db.prisma, await loadPayerPolicies(), viewer.organizationId, (options.clock ?? (() => new Date()))()) : null;
  };
  const graphiqlOptions = async () => {
    exampleValues ??= sampleExamples().catch((error: unknown) => {
      exampleValues = null;
      logger.warn({ error: describeError(error) }, 'GraphiQL examples: no demo values');
      return null;
    });
    return {
      title: 'Parity: behavioral-health billing API',
      defaultTabs: graphiqlTabs(examples, await exampleValues),
      ...(graphiqlHeaders ? { headers: JSON.stringify(graphiqlHeaders, null, 2) } : {}),
    };
  };
  const yoga = createYoga<Record<string, never>, Context>({
    schema: servedSchema,
    context: createContext({
      prisma: db.prisma,
      raw: driverQuery(() => driverConnection(db.adapterFactory)),
      authenticate,
      policies: loadPayerPolicies(),
      clock: options.clock,
      idempotencyTtlMs: config.idempotencyTtlMs,
      x12Contact: config.x12Contact,
    }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL's assets are served by this process (no CDN), so it works offline.
    renderGraphiQL,
    // In development, for anyone (its headers carry the demo token); otherwise only to a
    // request that carries a staff member's token.
    graphiql: async (request) => (await showGraphiql(request)) && (await graphiqlOptions()),
    maskedErrors: { maskError: maskErrors },
    logging: yogaLogger(logger),
    batching: false,
    maxRequestBodySize: 100 * 1024,
    plugins: [
      useRequestLog(logger),
      ...(metrics ? [metrics.plugin] : []),
      ...(config.tracing ? [useOperationTracing()] : []),
      // Browsers cannot send this header cross-site without a preflight: no CSRF through forms.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      // Before the document is parsed: partners send only registered operations; no token, no
      // operation (introspection excepted in development); a budget of requests per token.
      usePartnerPersistedOperations(authenticate, loadManifest()),
      useAuthenticationGate(authenticate, development),
      useRateLimit(limits, authenticate),
      // Validation: depth, aliases, tokens, directives; no field suggestions outside development.
      ...armorPlugins(limits),
      // Before execution: the list-aware cost; then field rules (deny by default).
      useListAwareCost(limits),
      useFieldRules(),
      // Operations run as JavaScript compiled once per document (graphql-jit) instead of being
      // interpreted field by field: 0.80 to 0.88 of the CPU per page of claims. Pothos' Prisma
      // plugin needs the response paths graphql-js would give (src/graphql/response-paths.ts).
      // The plugin keeps one compiled operation per document, whatever the operation name, so a
      // document of several operations would run the first one compiled: those are interpreted.
      useGraphQlJit({}, { enableIf: ({ document }) => operationCount(document) === 1 }),
      useAuditTrail(db, (requestId, error) =>
        logger.error({ requestId, error: describeError(error) }, 'audit write failed: response withheld'),
      ),
      useReadinessCheck({
        endpoint: '/ready',
        // 503 while stopping (a load balancer sends new requests elsewhere) and while the
        // database does not answer; never the database's own message (this endpoint is public).
        check: async () => !closing && (await db.prisma.$queryRaw`SELECT 1`.then(() => true, () => false)),
      }),
    ],
  });
  let closing = false;
  // A request is in flight until Yoga has handled it to the end and its connection is done with
  // it. Its socket closing alone does not end it: a client that goes away leaves its operation
  // running (a write still commits, reads are still audited), and a stop waits for that before
  // the database is closed under it.
  const inFlight = new Map<Promise<unknown>, ServerResponse>();
  // Connection timeouts, set on purpose rather than left at Node's defaults (5 s keep-alive, 60 s
  // for headers, 300 s for a whole request):
  // - An idle keep-alive connection is kept `HTTP_KEEP_ALIVE_TIMEOUT_MS` (65 s by default: longer
  //   than the 60 s idle timeout of common load balancers and proxies, so the one in front closes
  //   a connection first, never Parity under a request it is sending), and clients are told so
  //   (`Keep-Alive: timeout=65`). Parity itself closes it only `keepAliveGraceMs` later: a client
  //   that honours the header gives up the connection first even when its timers run late (Node's
  //   fetch, undici, counts idle time in ticks of its own that a busy event loop stretches), so it
  //   never sends a request on a connection the server is closing at that moment.
  // - A request's headers must arrive within `HTTP_HEADERS_TIMEOUT_MS` (20 s), the whole request
  //   within a minute (bodies are at most 100 KB): a slow client holds a connection no longer.
  // - While stopping, every response says `Connection: close` (here and in `close`).
  const http = createHttpServer(
    {
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: Math.max(60_000, config.http.headersTimeoutMs),
      // How often the two above are checked (Node's default, 30 s, would let 20 s run to 50).
      connectionsCheckingInterval: Math.min(5_000, config.http.headersTimeoutMs),
    },
    (req, res) => {
      if (closing) {
        res.setHeader('connection', 'close');
      }
      // Node has just armed the idle timer of a kept-alive connection with the advertised
      // timeout, or a second more (its own 'finish' listener runs first): keep the connection a
      // grace period longer.
      res.once('finish', () => {
        if (!res.getHeader('connection') && !req.socket.destroyed) {
          req.socket.setTimeout(config.http.keepAliveTimeoutMs + keepAliveGraceMs);
        }
      });
      // Yoga answers its own errors (and logs what it cannot answer): its promise is only waited on.
      const handled = Promise.resolve(yoga.handle(req, res)).catch(() => undefined);
      const done = Promise.all([handled, new Promise((resolve) => res.once('close', resolve))]);
      inFlight.set(done, res);
      void done.then(() => inFlight.delete(done));
    },
  );
  http.keepAliveTimeout = config.http.keepAliveTimeoutMs;

  return {
    yoga,
    logger,
    http,
    listen: () =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
          const { port } = http.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          resolve(`http://${host}:${port}/graphql`);
        });
      }),
    close: async () => {
      closing = true;
      // Requests in flight answer with `Connection: close`: no client reuses a connection that is
      // about to be closed.
      for (const res of inFlight.values()) {
        if (!res.headersSent) {
          res.setHeader('connection', 'close');
        }
      }
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const timeout = new Promise<'timeout'>((resolve) =>
        setTimeout(resolve, config.shutdownTimeoutMs, 'timeout').unref(),
      );
      if ((await Promise.race([Promise.all(inFlight.keys()), timeout])) === 'timeout') {
        http.closeAllConnections();
      }
      http.closeIdleConnections();
      await closed;
      await yoga.dispose();
    },
  };
}
