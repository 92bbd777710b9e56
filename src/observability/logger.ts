// Structured logs (pino), one JSON line per event, with request ids. No patient data: request
// bodies and variables are never logged, and errors are logged by type and code only, because
// database errors can quote the values of the query that failed.

import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger };

/**
 * @param level - pino level, or 'silent'
 * @param destination - where lines go (stdout by default; tests pass a stream)
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'parity' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** What may be logged of an error: its type, code and stack frames, never its message. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return { type: typeof error };
  }
  const withCode = error as Error & { code?: unknown; originalError?: unknown };
  const inner = withCode.originalError instanceof Error ? describeError(withCode.originalError) : undefined;
  return {
    type: error.constructor.name,
    ...(typeof withCode.code === 'string' ? { code: withCode.code } : {}),
    frames: (error.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim()),
    ...(inner ? { cause: inner } : {}),
  };
}

/** Yoga's logger interface over pino, with errors reduced to what may be logged. */
export function yogaLogger(logger: Logger): YogaLogger {
  const args = (values: unknown[]) => values.map((v) => (v instanceof Error ? describeError(v) : typeof v === 'string' ? v : '[object]'));
  return {
    debug: (...values) => logger.debug({ detail: args(values) }, 'yoga'),
    info: (...values) => logger.info({ detail: args(values) }, 'yoga'),
    warn: (...values) => logger.warn({ detail: args(values) }, 'yoga'),
    error: (...values) => logger.error({ detail: args(values) }, 'yoga error'),
  };
}
