import path from 'node:path';
import { z } from 'zod';

/** Thrown when the environment does not describe a configuration Parity can start with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const environment = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535 (0 picks a free port)' })
    .int('must be a whole number from 0 to 65535 (0 picks a free port)')
    .min(0, 'must be a whole number from 0 to 65535 (0 picks a free port)')
    .max(65535, 'must be a whole number from 0 to 65535 (0 picks a free port)')
    .default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  PGLITE_DATA_DIR: z.string().min(1, 'must not be empty').default('.data/pglite'),
  SEED_ON_EMPTY: booleanFlag.default(true),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (an HS256 key)').optional(),
  AUTH_JWKS_URL: z.url({ error: 'must be an https:// URL of a JSON Web Key Set' }).optional(),
  AUTH_ISSUER: z.string().min(1).default('parity'),
  AUTH_AUDIENCE: z.string().min(1).default('parity'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ error: 'must be the URL of an OTLP/HTTP collector' }).optional(),
  METRICS_ENABLED: booleanFlag.default(true),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'must be a whole number of requests' })
    .int('must be a whole number of requests')
    .min(1, 'must be at least 1')
    .default(1_200),
  X12_CONTACT_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  X12_CONTACT_PHONE: z
    .string()
    .regex(/^\d{10}$/, 'must be ten digits')
    .optional(),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce
    .number({ error: 'must be a whole number of hours' })
    .int('must be a whole number of hours')
    .min(1, 'must be at least 1')
    .max(24 * 90, 'must be at most 2160 (90 days)')
    .default(24),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must not be negative')
    .default(10_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1_000, 'must be at least 1000 (one second)')
    .max(600_000, 'must be at most 600000 (ten minutes)')
    .default(65_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(1_000, 'must be at least 1000 (one second)')
    .max(300_000, 'must be at most 300000 (five minutes)')
    .default(20_000),
});

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      /** Prepare the statements sent again and again (src/db/prepared.ts); true unless said. */
      preparedStatements?: boolean;
    }
  | { kind: 'pglite'; dataDir: string };

/** How bearer tokens are verified: a shared HS256 secret, or an identity provider's JWKS. */
export type AuthConfig =
  | { kind: 'secret'; secret: string; issuer: string; audience: string; development: boolean }
  | { kind: 'jwks'; url: string; issuer: string; audience: string };

/**
 * The HS256 secret used when none is configured, outside production only: it lets `npm start`
 * and `npm run token` work on a fresh clone. Anyone can read it here, so it protects nothing.
 */
export const developmentSecret = 'parity-development-only-secret-never-use-in-production';

export interface Config {
  env: 'development' | 'production' | 'test';
  auth: AuthConfig;
  host: string;
  port: number;
  database: DatabaseConfig;
  seedOnEmpty: boolean;
  shutdownTimeoutMs: number;
  /** HTTP connection timeouts (src/server.ts says how each is applied). */
  http: {
    /** How long an idle keep-alive connection is kept, as advertised to clients. */
    keepAliveTimeoutMs: number;
    /** How long a client may take to send a request's headers. */
    headersTimeoutMs: number;
  };
  /** Requests per minute per token. */
  rateLimitPerMinute: number;
  /** How long an idempotency key and its response are kept, in milliseconds. */
  idempotencyTtlMs: number;
  /** The billing office contact written in X12 837s (1000A PER): a phone, an email, or both. */
  x12Contact: { phone?: string; email?: string };
  logLevel: string;
  /** Whether spans are exported (OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  tracing: boolean;
  /** Whether /metrics serves Prometheus metrics. */
  metrics: boolean;
}

/**
 * Reads and validates the configuration from the environment, in one place.
 *
 * @param env - the environment to read (process.env by default)
 * @throws ConfigError listing every bad variable, with what it expects
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environment.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = env[name];
        const secret = name === 'DATABASE_URL' || name === 'AUTH_JWT_SECRET';
        const shown = secret || got === undefined ? '' : ` (got "${got}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.AUTH_JWT_SECRET && e.AUTH_JWKS_URL) {
    problems.push('AUTH_JWT_SECRET and AUTH_JWKS_URL are both set: choose one way to verify tokens');
  }
  if (e.NODE_ENV === 'production' && !e.AUTH_JWT_SECRET && !e.AUTH_JWKS_URL) {
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL must be set in production');
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  const auth: AuthConfig = e.AUTH_JWKS_URL
    ? { kind: 'jwks', url: e.AUTH_JWKS_URL, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE }
    : {
        kind: 'secret',
        secret: e.AUTH_JWT_SECRET ?? developmentSecret,
        issuer: e.AUTH_ISSUER,
        audience: e.AUTH_AUDIENCE,
        development: !e.AUTH_JWT_SECRET,
      };
  return {
    env: e.NODE_ENV,
    auth,
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, preparedStatements: e.DATABASE_PREPARED_STATEMENTS }
      : { kind: 'pglite', dataDir: path.resolve(e.PGLITE_DATA_DIR) },
    seedOnEmpty: e.SEED_ON_EMPTY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    http: { keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS, headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    idempotencyTtlMs: e.IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000,
    x12Contact: {
      ...(e.X12_CONTACT_PHONE ? { phone: e.X12_CONTACT_PHONE } : {}),
      ...(e.X12_CONTACT_EMAIL ? { email: e.X12_CONTACT_EMAIL } : {}),
    },
    logLevel: e.LOG_LEVEL,
    tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined,
    metrics: e.METRICS_ENABLED,
  };
}
