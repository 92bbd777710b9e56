// The audit trail's share of a claims page: Parity appends one audit event per record a request
// reads (51 for a page of 50 claims: the operation's and the claims', whose lines are recorded in
// their claim's event), hash-chained under the organization's chain
// lock. This times that append as the server does it now (src/audit/log.ts writeAuditEvents: one
// statement on the driver adapter's connection, the database function parity_append_audit
// chaining and inserting) beside the way it was first
// written (the chain lock, the last hash, the chain computed in JavaScript and Prisma's
// createMany, in a transaction: four statements, and a createMany Prisma compiles anew each
// time), alternating, each in a transaction that is rolled back, so the trail is not changed.
// Measured in the orchestrator's process with nothing else loaded.

import { PrismaPg } from '@prisma/adapter-pg';
import { chainHash, storedEntry, writeAuditEvents, type AuditActor, type AuditEntry } from '../src/audit/log.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { benchAdminSubject, benchOrganizationId } from './dataset.ts';

export interface AuditAppendMeasure {
  events: number;
  /** Per append: wall milliseconds and CPU milliseconds of this Node process. */
  server: { wallMs: number; cpuMs: number };
  createMany: { wallMs: number; cpuMs: number };
}

class Rollback extends Error {}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times appending `events` audit events both ways.
 *
 * @param databaseUrl - the benchmark database
 * @param events - events per append (one page's worth)
 * @param iterations - timed appends of each kind (after five warm-up ones)
 */
export async function measureAuditAppend(databaseUrl: string, events: number, iterations = 30): Promise<AuditAppendMeasure> {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const prisma = new PrismaClient({ adapter: factory });
  // The server appends a request's reads on a connection of its driver adapter (src/db/driver.ts).
  const driver = await factory.connect();
  const actor: AuditActor = {
    subject: benchAdminSubject,
    role: 'ADMIN',
    organizationId: benchOrganizationId,
    purpose: 'TREATMENT',
    requestId: 'bench-audit-append',
    operationName: 'BenchClaimsPage',
    operationHash: 'bench',
  };
  const entries: AuditEntry[] = Array.from({ length: events }, (_, i) => ({
    action: 'READ',
    recordType: i % 4 === 0 ? 'Claim' : 'ClaimLine',
    recordId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    patientId: '00000000-0000-4000-8000-000000000001',
    fields: ['Claim.serviceFrom', 'Claim.status', 'Claim.totalCharge'],
    part2: false,
    consentId: null,
  }));

  // The first version of the append (before issue 7's work), kept here as the reference.
  const viaCreateMany = async (tx: Pick<PrismaClient, '$executeRaw' | 'auditEvent'>) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`parity-audit:${benchOrganizationId}`}))`;
    const last = await tx.auditEvent.findFirst({ where: { organizationId: benchOrganizationId }, orderBy: { id: 'desc' }, select: { hash: true } });
    let previous = last?.hash ?? null;
    const now = new Date();
    const rows = entries.map((entry) => {
      const event = {
        occurredAt: now,
        subject: actor.subject,
        role: actor.role,
        organizationId: actor.organizationId,
        ...storedEntry(entry),
        operationName: actor.operationName,
        operationHash: actor.operationHash,
        purpose: actor.purpose,
        requestId: actor.requestId,
      };
      const previousHash = previous;
      const hash = chainHash(previousHash, event);
      previous = hash;
      return { ...event, previousHash, hash };
    });
    await tx.auditEvent.createMany({ data: rows });
  };

  // The server's own append (writeAuditEvents, on the driver) or the first version (through the
  // Prisma client), each in a transaction rolled back.
  const once = async (kind: 'server' | 'createMany') => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    if (kind === 'server') {
      const tx = await driver.startTransaction();
      try {
        await writeAuditEvents(tx, actor, entries);
      } finally {
        // The adapter's transaction leaves ending it to its caller's statement, then releases.
        await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] });
        await tx.rollback();
      }
    } else {
      try {
        await prisma.$transaction(async (tx) => {
          await viaCreateMany(tx);
          throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) {
          throw error;
        }
      }
    }
    const used = process.cpuUsage(cpu);
    return { wallMs: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000 };
  };

  try {
    const times = { server: [] as Array<{ wallMs: number; cpuMs: number }>, createMany: [] as Array<{ wallMs: number; cpuMs: number }> };
    for (let i = -5; i < iterations; i++) {
      for (const kind of i % 2 === 0 ? (['server', 'createMany'] as const) : (['createMany', 'server'] as const)) {
        const t = await once(kind);
        if (i >= 0) {
          times[kind].push(t);
        }
      }
    }
    const summary = (list: Array<{ wallMs: number; cpuMs: number }>) => ({ wallMs: median(list.map((t) => t.wallMs)), cpuMs: median(list.map((t) => t.cpuMs)) });
    return { events, server: summary(times.server), createMany: summary(times.createMany) };
  } finally {
    await driver.dispose();
    await prisma.$disconnect();
  }
}
