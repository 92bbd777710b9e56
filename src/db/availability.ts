// Telling "the database cannot be reached right now" apart from every other failure: a request
// that fails because PostgreSQL went away (a restart, a failover, a terminated backend, a pool
// that cannot get a connection in time) gets a typed, retryable SERVICE_UNAVAILABLE error rather
// than a masked internal one, and start-up names the problem in one line.

/** PostgreSQL SQLSTATEs of a lost or refused connection: class 08, operator intervention (57P0x), too many connections. */
function connectionSqlState(code: string): boolean {
  return code.startsWith('08') || /^57P0[1-5]$/.test(code) || code === '53300';
}

/** Driver adapter error kinds of a connection problem (from @prisma/driver-adapter-utils). */
const CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

/** Prisma error codes of a connection problem: cannot reach, timed out, closed, no connection from the pool in time. */
const CONNECTION_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** Node's socket error codes. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** node-postgres' own messages for a connection it lost or could not open (plain Errors, no code). */
const DRIVER_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /Unable to start a transaction in the given time/i,
  /Can't reach database server/i,
];

interface AdapterCause {
  kind?: unknown;
  code?: unknown;
  originalCode?: unknown;
  severity?: unknown;
  message?: unknown;
  originalMessage?: unknown;
  host?: unknown;
  port?: unknown;
}

/** The errors an error wraps: its cause, Prisma's driver adapter error, GraphQL's original error. */
function* chain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (error === null || typeof error !== 'object' || depth > 6) {
    return;
  }
  const e = error as Record<string, unknown>;
  yield e;
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  for (const inner of [e.cause, e.originalError, meta?.driverAdapterError]) {
    if (inner !== undefined && inner !== error) {
      yield* chain(inner, depth + 1);
    }
  }
}

/** Whether a driver adapter error's cause (or a pg error) names a connection problem. */
function connectionCause(c: AdapterCause): boolean {
  if (typeof c.kind === 'string' && CONNECTION_KINDS.has(c.kind)) {
    return true;
  }
  const state = typeof c.originalCode === 'string' ? c.originalCode : typeof c.code === 'string' ? c.code : '';
  // A FATAL error ends the session: the connection is gone, whatever the reason.
  return connectionSqlState(state) || c.severity === 'FATAL';
}

/**
 * Whether an error means the database could not be reached or the connection was lost: worth a
 * retry, and not a fault of the request.
 *
 * @param error - anything thrown (a Prisma error, a driver error, a GraphQL error wrapping one)
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = e.code;
    if (typeof code === 'string' && (CONNECTION_PRISMA_CODES.has(code) || SOCKET_CODES.has(code))) {
      return true;
    }
    if (code === 'P2028' && typeof e.message === 'string' && /Unable to start a transaction in the given time/i.test(e.message)) {
      return true;
    }
    if (e.name === 'DriverAdapterError' && typeof e.cause === 'object' && e.cause !== null && connectionCause(e.cause as AdapterCause)) {
      return true;
    }
    if (typeof e.severity === 'string' && typeof code === 'string' && connectionCause(e as AdapterCause)) {
      return true;
    }
    if (typeof e.message === 'string' && typeof code !== 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(e.message as string))) {
      return true;
    }
  }
  return false;
}

/**
 * A one-line reason a database could not be used, for start-up messages: the server's own
 * message (connection refused, authentication failed, no such database) without Prisma's
 * invocation text or a stack.
 *
 * @param error - what opening or querying the database threw
 */
export function describeDatabaseError(error: unknown): string {
  for (const e of chain(error)) {
    if (e.name === 'DriverAdapterError' && typeof e.cause === 'object' && e.cause !== null) {
      const c = e.cause as AdapterCause;
      if (c.kind === 'DatabaseNotReachable') {
        return `cannot reach the server${typeof c.host === 'string' ? ` at ${c.host}${c.port !== undefined ? `:${String(c.port)}` : ''}` : ''} (is it running, and is the address right?)`;
      }
      const message = typeof c.originalMessage === 'string' ? c.originalMessage : typeof c.message === 'string' ? c.message : null;
      if (message !== null) {
        return message;
      }
      if (typeof c.kind === 'string') {
        return c.kind;
      }
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  // Prisma's messages start with the invocation ("Invalid `prisma.$queryRaw()` invocation: ...");
  // its last line carries the reason.
  const quoted = /Message: `([^`]+)`/.exec(message)?.[1];
  if (quoted !== undefined) {
    return quoted;
  }
  const lines = message.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  return lines[lines.length - 1] ?? 'unknown error';
}
