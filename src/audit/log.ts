// The audit trail: append-only events, chained by hash (one chain per organization) so that a
// changed or removed event is visible. Events name records and fields, never their values.

import { createHash } from 'node:crypto';
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

type Client = Pick<PrismaClient, '$executeRaw' | 'auditEvent'>;


/** The values a hash covers, in a fixed order. */
function canonical(e: {
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
}): string {
  return JSON.stringify([
    e.occurredAt.toISOString(),
    e.subject,
    e.role,
    e.organizationId,
    e.action,
    e.recordType,
    e.recordId,
    e.patientId,
    e.fields,
    e.part2,
    e.consentId,
    e.outcome,
    e.operationName,
    e.operationHash,
    e.purpose,
    e.requestId,
  ]);
}

export function chainHash(previousHash: string | null, event: Parameters<typeof canonical>[0]): string {
  return createHash('sha256')
    .update(previousHash ?? '')
    .update('\n')
    .update(canonical(event))
    .digest('hex');
}

/**
 * Appends audit events. Call inside the write's own transaction for writes (pass the
 * transaction client), so that the write and its audit commit or fail together.
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
  if (entries.length === 0) {
    return;
  }
  // One chain per organization: its appends take turns (the lock ends with the transaction).
  const chain = actor.organizationId ?? 'none';
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`parity-audit:${chain}`}))`;
  const last = await client.auditEvent.findFirst({
    where: { organizationId: actor.organizationId },
    orderBy: { id: 'desc' },
    select: { hash: true },
  });
  let previous = last?.hash ?? null;
  const rows = entries.map((entry) => {
    const event = {
      occurredAt: now,
      subject: actor.subject,
      role: actor.role,
      organizationId: actor.organizationId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      patientId: entry.patientId ?? null,
      fields: [...entry.fields].sort(),
      part2: entry.part2 ?? false,
      consentId: entry.consentId ?? null,
      outcome: entry.outcome ?? 'SUCCESS',
      operationName: actor.operationName,
      operationHash: actor.operationHash,
      purpose: actor.purpose,
      requestId: actor.requestId,
    };
    const hash = chainHash(previous, event);
    const row = { ...event, previousHash: previous, hash };
    previous = hash;
    return row;
  });
  await client.auditEvent.createMany({ data: rows });
}

/** Writes entries in a transaction of their own (reads are audited this way, per request). */
export async function writeAuditEvents(prisma: PrismaClient, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await prisma.$transaction((tx) => appendAuditEvents(tx, actor, entries));
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
