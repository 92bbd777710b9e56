// How every write runs: one transaction that does the work, appends its audit events, and (when
// the caller sends an idempotency key) records the key with the response, so a retry returns the
// first response and writes nothing. Optimistic concurrency: an edit names the version it read,
// and a stale version is a typed conflict, never a lost update.

import type { RowAccess } from '../auth/scope-sql.ts';
import { createHash } from 'node:crypto';
import { appendAuditEvents, type AuditActor, type AuditEntry } from '../audit/log.ts';
import type { PrismaClient } from '../db/client.ts';
import { IdempotencyKeyReusedError, NotFoundError, ValidationError, VersionConflictError } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PolicyRegistry } from '../policy/engine.ts';

/** A transaction of the request's scoped client. */
export type Tx = Prisma.TransactionClient;

/** Who writes, where, when, and with which policies. */
export interface WriteContext {
  /** The request's scoped client: a write sees and changes only what the caller may. */
  prisma: PrismaClient;
  actor: AuditActor & { organizationId: string };
  now: Date;
  policies: PolicyRegistry;
  /** How long idempotency keys are kept. */
  idempotencyTtlMs: number;
  /** The caller's row rules, for the raw statements a write reads through (counts of lines). */
  rowAccess: () => Promise<RowAccess>;
  /**
   * Loads what the scoped client needs before a transaction starts (the caller's access rules):
   * on the embedded database one connection serves everything, so a lookup outside the
   * transaction while it runs would wait for it forever.
   */
  prepare?: () => Promise<unknown>;
  /** Told the transaction a write runs in (and null when it ends), for the scoped client's own lookups. */
  bindTransaction?: (tx: Tx | null) => void;
}

/** What a write's work returns: the result (plain JSON, so a retry can replay it) and its audit events. */
export interface WriteOutcome<T> {
  result: T;
  audit: AuditEntry[];
}

export interface WriteOptions {
  /** Operation name, part of the idempotency key's identity (submitClaim, recordRemittance...). */
  operation: string;
  /** The caller's idempotency key, when it sent one. */
  idempotencyKey?: string | null;
  /** The input, fingerprinted to tell a retry from a different request under the same key. */
  input: unknown;
}

const KEY_SHAPE = /^[\w.:-]{8,200}$/;

/** Stable JSON: object keys sorted, so the same input always has the same fingerprint. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(input)).digest('hex');
}

/** How many times a write is run again after it lost a race the database settled (see runWrite). */
const RACE_ATTEMPTS = 3;

/** Expired idempotency keys deleted by each keyed write (the oldest first). */
const PURGE_BATCH = 100;

/**
 * Whether a write lost a race the database settled: a unique index refused a row another
 * transaction committed first (two postings of one payer claim control number), or PostgreSQL
 * broke a deadlock or a serialization conflict. Run again, the write sees the winner's row and
 * answers as its own code says (a replay, a typed error), so the caller never sees the race.
 */
function lostRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'P2002' || code === 'P2034';
}

/**
 * Runs a write in one transaction: the work, its audit events and, with an idempotency key, the
 * key and the response. A key seen before with the same input returns the stored response and
 * writes nothing; with a different input (or on another operation) it is an
 * IdempotencyKeyReusedError. Concurrent requests with one key wait on the key's unique index, so
 * exactly one does the work and the others replay its response. Keys past their retention are
 * forgotten (the same key then starts a new request) and purged, a batch per keyed write.
 * A write that lost a race settled by a unique index or by PostgreSQL's deadlock detection runs
 * again, at most RACE_ATTEMPTS times in all.
 */
export async function runWrite<T extends Prisma.InputJsonValue>(
  ctx: WriteContext,
  options: WriteOptions,
  work: (tx: Tx) => Promise<WriteOutcome<T>>,
): Promise<T> {
  const key = options.idempotencyKey ?? null;
  if (key !== null && !KEY_SHAPE.test(key)) {
    throw ValidationError.of(['input', 'idempotencyKey'], 'INVALID_IDEMPOTENCY_KEY', 'An idempotency key is 8 to 200 letters, digits, dots, colons, hyphens or underscores (a UUID is ideal).');
  }
  const principal = `${ctx.actor.organizationId}:${ctx.actor.subject}`;
  const print = key === null ? null : fingerprint(options.operation, options.input);
  await ctx.prepare?.();
  if (key !== null && print !== null) {
    // A retry of a finished request replays without opening a transaction (the common case of a
    // partner retrying after a lost response); anything else takes the transactional path below.
    const stored = await ctx.prisma.idempotencyKey.findUnique({ where: { principal_key: { principal, key } } });
    if (stored !== null && stored.status === 'DONE' && stored.expiresAt.getTime() >= ctx.now.getTime()) {
      if (stored.operation !== options.operation || stored.fingerprint !== print) {
        throw new IdempotencyKeyReusedError();
      }
      return stored.response as T;
    }
  }
  const attempt = () =>
    ctx.prisma.$transaction(
      async (tx) => {
        let keyId: string | null = null;
        if (key !== null && print !== null) {
          const expiresAt = new Date(ctx.now.getTime() + ctx.idempotencyTtlMs);
          // An expired key is forgotten: the same key starts a new request.
          await tx.$executeRaw`DELETE FROM "IdempotencyKey" WHERE principal = ${principal} AND key = ${key} AND "expiresAt" < ${ctx.now}`;
          await purgeExpiredIdempotencyKeys(tx, ctx.now);
          const inserted = await tx.$queryRaw<Array<{ id: string }>>`
            INSERT INTO "IdempotencyKey" (id, principal, key, operation, fingerprint, status, "expiresAt")
            VALUES (gen_random_uuid(), ${principal}, ${key}, ${options.operation}, ${print}, 'PENDING', ${expiresAt})
            ON CONFLICT (principal, key) DO NOTHING
            RETURNING id`;
          if (inserted.length === 0) {
            const stored = await tx.idempotencyKey.findUnique({ where: { principal_key: { principal, key } } });
            if (stored === null || stored.operation !== options.operation || stored.fingerprint !== print) {
              throw new IdempotencyKeyReusedError();
            }
            return stored.response as T;
          }
          keyId = inserted[0]?.id ?? null;
        }
        ctx.bindTransaction?.(tx);
        let outcome: WriteOutcome<T>;
        try {
          outcome = await work(tx);
        } finally {
          ctx.bindTransaction?.(null);
        }
        await appendAuditEvents(tx, ctx.actor, outcome.audit, ctx.now);
        if (keyId !== null) {
          await tx.idempotencyKey.update({ where: { id: keyId }, data: { status: 'DONE', response: outcome.result } });
        }
        return outcome.result;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= RACE_ATTEMPTS || !lostRace(error)) {
        throw error;
      }
    }
  }
}

/**
 * Deletes idempotency keys past their retention, the oldest first, at most `limit` of them;
 * rows another transaction holds are skipped, so purging never waits. Returns how many it deleted.
 *
 * @param db - a client or a transaction
 * @param now - the current time
 */
export async function purgeExpiredIdempotencyKeys(db: Pick<Tx, '$executeRaw'>, now: Date, limit = PURGE_BATCH): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE id IN (
      SELECT id FROM "IdempotencyKey" WHERE "expiresAt" < ${now} ORDER BY "expiresAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
}

/**
 * Checks an optimistic update: `count` rows changed means the version matched; otherwise reads the
 * current version to say whether the record changed or does not exist (for the caller).
 */
export async function ensureVersion(
  count: number,
  recordType: string,
  expectedVersion: number,
  current: () => Promise<{ version: number } | null>,
): Promise<void> {
  if (count > 0) {
    return;
  }
  const row = await current();
  if (row === null) {
    throw new NotFoundError(recordType, ['input', 'id']);
  }
  throw new VersionConflictError(recordType, expectedVersion, row.version);
}

/** The local id of a Relay global id of a type, or a not-found error (a malformed id is a missing record). */
export function localId(globalId: string, typeName: string, path: string[]): string {
  let decoded = '';
  try {
    decoded = Buffer.from(globalId, 'base64').toString('utf8');
  } catch {
    throw new NotFoundError(typeName, path);
  }
  const prefix = `${typeName}:`;
  const id = decoded.startsWith(prefix) ? decoded.slice(prefix.length) : '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new NotFoundError(typeName, path);
  }
  return id;
}
