// The audit trail: append-only events, chained by hash (one chain per organization) so that a
// changed or removed event is visible. Events name records and fields, never their values.

import { createHash } from 'node:crypto';
import type { SqlQueryable } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../db/client.ts';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'DENIED';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId: string;
  patientId?: string | null;
  /** Schema coordinates read or columns written (Claim.status, Patient.lastName...). */
  fields: string[];
  part2?: boolean;
  consentId?: string | null;
  outcome?: 'SUCCESS' | 'DENIED' | 'FAILED';
}

/** Who acted, and in which request: shared by all entries of a request. */
export interface AuditActor {
  subject: string;
  role: string;
  organizationId: string | null;
  purpose: string | null;
  requestId: string | null;
  operationName: string | null;
  operationHash: string | null;
}

type Client = Pick<PrismaClient, '$executeRawUnsafe'>;

/** The values a hash covers, in a fixed order. */
interface CanonicalEvent {
  occurredAt: Date;
  subject: string;
  role: string;
  organizationId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  patientId: string | null;
  fields: string[];
  part2: boolean;
  consentId: string | null;
  outcome: string;
  operationName: string | null;
  operationHash: string | null;
  purpose: string | null;
  requestId: string | null;
}

/**
 * The text an event's hash covers: a JSON array of its values in a fixed order. The append hands
 * PostgreSQL this text, and the stored columns are read back from it (parity_append_audit in
 * prisma/migrations/20261124200000_audit_append_in_one_statement): keep the order in step.
 *
 * Written as three runs of values (JSON of an array is its elements' JSON joined by commas): who
 * acted and when, the event's own values, and the request's. A request's events share the first
 * and the last, and `eventsText` serializes those once.
 */
function canonical(e: CanonicalEvent): string {
  return `[${actorValues(e)},${ownValues(e)},${requestValues(e)}]`;
}

/** The actor's values of the canonical text, and when. */
function actorValues(e: Pick<CanonicalEvent, 'occurredAt' | 'subject' | 'role' | 'organizationId'>): string {
  return JSON.stringify([e.occurredAt.toISOString(), e.subject, e.role, e.organizationId]).slice(1, -1);
}

/** The event's own values of the canonical text. */
function ownValues(e: Pick<CanonicalEvent, 'action' | 'recordType' | 'recordId' | 'patientId' | 'fields' | 'part2' | 'consentId' | 'outcome'>): string {
  return JSON.stringify([e.action, e.recordType, e.recordId, e.patientId, e.fields, e.part2, e.consentId, e.outcome]).slice(1, -1);
}

/** The request's values of the canonical text. */
function requestValues(e: Pick<CanonicalEvent, 'operationName' | 'operationHash' | 'purpose' | 'requestId'>): string {
  return JSON.stringify([e.operationName, e.operationHash, e.purpose, e.requestId]).slice(1, -1);
}

export function chainHash(previousHash: string | null, event: CanonicalEvent): string {
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonical(event))
    .digest('hex');
}

/**
 * The append statement: the database function takes the organization's chain lock, reads the
 * chain's last hash, chains the events in order (SHA-256 of the previous hash and the event's
 * canonical text, as `chainHash`) and inserts them. The events travel as one text, their canonical
 * JSON joined by newlines: JSON.stringify escapes every control character inside a string and
 * puts no whitespace between tokens, so a newline only ever separates two events. One text costs
 * the driver a copy, where an array parameter is escaped element by element.
 */
const appendStatement = `SELECT parity_append_audit($1::uuid, string_to_array($2::text, E'\\n'))`;

/**
 * The request's events as the append statement takes them (see `appendStatement`): each event's
 * `canonical` text, with the actor's and the request's values serialized once.
 */
export function eventsText(actor: AuditActor, entries: readonly AuditEntry[], now: Date): string {
  const head = actorValues({ ...actor, occurredAt: now });
  const tail = requestValues(actor);
  return entries.map((entry) => `[${head},${ownValues(storedEntry(entry))},${tail}]`).join('\n');
}

/** An entry's own values as they are stored and hashed: defaults filled in, fields sorted. */
export function storedEntry(entry: AuditEntry): Pick<CanonicalEvent, 'action' | 'recordType' | 'recordId' | 'patientId' | 'fields' | 'part2' | 'consentId' | 'outcome'> {
  return {
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    patientId: entry.patientId ?? null,
    fields: [...entry.fields].sort(),
    part2: entry.part2 ?? false,
    consentId: entry.consentId ?? null,
    outcome: entry.outcome ?? 'SUCCESS',
  };
}

/**
 * Appends audit events in one SQL statement (`appendStatement`). Alone it is a transaction of its
 * own, holding the chain's lock only while it runs and commits; call it inside the write's own
 * transaction for writes (pass the transaction client), so that the write and its audit commit or
 * fail together.
 *
 * @param client - the base (unscoped) client or a transaction of it
 * @param actor - who acted
 * @param entries - what was read or written
 * @param now - when
 */
export async function appendAuditEvents(
  client: Client,
  actor: AuditActor,
  entries: AuditEntry[],
  now: Date = new Date(),
): Promise<void> {
  if (entries.length > 0) {
    await client.$executeRawUnsafe(appendStatement, actor.organizationId, eventsText(actor, entries, now));
  }
}

/**
 * A connection of Prisma's driver adapter (node-postgres or PGlite): what the read trail appends
 * through (src/db/driver.ts). When the benchmark's claims page appended 150 events, some 70 kB of
 * text, that parameter cost about 3 ms of CPU per request through the Prisma client's raw query,
 * and through the driver about a third of that.
 */
export type AuditDriver = Pick<SqlQueryable, 'executeRaw'>;

/**
 * Why an append failed, without the database's message (a raw statement's error quotes it, and
 * logs never carry a message): Prisma's code and the database's SQLSTATE only.
 */
export class AuditWriteError extends Error {
  readonly code: string;
  constructor(cause: unknown) {
    const error = cause as { code?: unknown; meta?: { code?: unknown }; cause?: { kind?: unknown; originalCode?: unknown } } | null;
    super('the audit events could not be appended');
    this.name = 'AuditWriteError';
    // A Prisma client error carries its code and the SQLSTATE in meta; a driver adapter's error
    // carries its kind and the SQLSTATE in its cause.
    this.code =
      [error?.code, error?.meta?.code, error?.cause?.kind, error?.cause?.originalCode].filter((c): c is string => typeof c === 'string').join('/') ||
      'UNKNOWN';
  }
}

/**
 * Writes entries on their own: one statement, its own transaction, so the chain's lock is held
 * for that statement and its commit only. The server's read trail goes through a
 * `ReadTrailAppender`, which joins the appends of concurrent requests.
 *
 * @param driver - a connection of the database's driver adapter
 * @throws AuditWriteError when they cannot be appended
 */
export async function writeAuditEvents(driver: AuditDriver, actor: AuditActor, entries: AuditEntry[], now: Date = new Date()): Promise<void> {
  if (entries.length > 0) {
    await appendText(() => Promise.resolve(driver), actor.organizationId, eventsText(actor, entries, now));
  }
}

/** One append statement of events already in canonical text (see `eventsText`). */
async function appendText(connect: () => Promise<AuditDriver>, organizationId: string | null, text: string): Promise<void> {
  try {
    const driver = await connect();
    await driver.executeRaw({
      sql: appendStatement,
      args: [organizationId, text],
      argTypes: [
        { scalarType: 'uuid', arity: 'scalar' },
        { scalarType: 'string', arity: 'scalar' },
      ],
    });
  } catch (error) {
    throw new AuditWriteError(error);
  }
}

/** Requests' events waiting for their chain's running append to finish, and their callers. */
interface WaitingAppend {
  texts: string[];
  settle: { resolve: () => void; reject: (error: unknown) => void };
  done: Promise<void>;
}

/**
 * The read trail's appends, joined while one runs (group commit). Every append of a chain takes
 * the chain's lock in the database, so appends of one organization run one after the other
 * anyway; each also pays a fixed cost (the lock, the chain's last hash, the statement, the
 * commit). Here an append of a chain with none running starts at once; the requests that finish
 * while it runs wait together, and their events go in the next append, in the order the requests
 * finished. Each caller still returns only once its own events are committed, and when an append
 * fails every request in it fails (each would have alone: the events are well-formed, what fails
 * is the database).
 */
export class ReadTrailAppender {
  readonly #driver: () => Promise<AuditDriver>;
  /** Per chain (organization) with an append running: the requests waiting for the next one. */
  readonly #chains = new Map<string | null, { waiting: WaitingAppend | null }>();

  /** @param driver - the connection of the database's driver adapter appends go through */
  constructor(driver: () => Promise<AuditDriver>) {
    this.#driver = driver;
  }

  /**
   * Appends a request's entries: resolves once they are committed.
   *
   * @throws AuditWriteError when they cannot be appended
   */
  append(actor: AuditActor, entries: readonly AuditEntry[], now: Date = new Date()): Promise<void> {
    if (entries.length === 0) {
      return Promise.resolve();
    }
    const text = eventsText(actor, entries, now);
    const chain = this.#chains.get(actor.organizationId);
    if (chain === undefined) {
      const running = { waiting: null };
      this.#chains.set(actor.organizationId, running);
      return this.#run(actor.organizationId, running, [text]);
    }
    if (chain.waiting === null) {
      let settle!: WaitingAppend['settle'];
      const done = new Promise<void>((resolve, reject) => {
        settle = { resolve, reject };
      });
      chain.waiting = { texts: [], settle, done };
    }
    chain.waiting.texts.push(text);
    return chain.waiting.done;
  }

  async #run(organizationId: string | null, chain: { waiting: WaitingAppend | null }, texts: string[]): Promise<void> {
    try {
      await appendText(this.#driver, organizationId, texts.join('\n'));
    } finally {
      const next = chain.waiting;
      chain.waiting = null;
      if (next === null) {
        this.#chains.delete(organizationId);
      } else {
        this.#run(organizationId, chain, next.texts).then(next.settle.resolve, next.settle.reject);
      }
    }
  }
}

/**
 * Recomputes the chain over every event in order. With a scoped client this is the caller's
 * organization's chain; with the base client, pass the organization.
 *
 * @returns the id of the first event whose hash does not match, or null when intact
 */
export async function verifyAuditChain(
  prisma: PrismaClient,
  organizationId?: string,
  batchSize = 5_000,
): Promise<{ checked: number; brokenAt: bigint | null }> {
  let previous: string | null = null;
  let checked = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const batch = await prisma.auditEvent.findMany({
      where: organizationId ? { organizationId } : {},
      orderBy: { id: 'asc' },
      take: batchSize,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    for (const event of batch) {
      if (event.previousHash !== previous || chainHash(previous, event) !== event.hash) {
        return { checked, brokenAt: event.id };
      }
      previous = event.hash;
      checked += 1;
    }
    if (batch.length < batchSize) {
      return { checked, brokenAt: null };
    }
    cursor = batch[batch.length - 1]?.id;
  }
}
