// The text the read trail hands the database must be, event for event, the canonical text the
// chain's hashes cover: the database stores the columns it reads out of that text, and
// verifyAuditChain recomputes each hash from the stored columns with `chainHash`.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuditWriteError, chainHash, eventsText, ReadTrailAppender, type AuditActor, type AuditDriver, type AuditEntry } from './log.ts';

const actor: AuditActor = {
  subject: 'auditor "quoted" \\ back\u0001slash',
  role: 'ADMIN',
  organizationId: '0b000000-0000-4000-8000-000000000001',
  purpose: null,
  requestId: 'req-1\nnext line',
  operationName: 'ClaimsPage',
  operationHash: 'a'.repeat(64),
};

const entries: AuditEntry[] = [
  { action: 'READ', recordType: 'Claim', recordId: 'c1', patientId: 'p1', fields: ['Claim.status', 'Claim.id'], part2: false, consentId: null },
  { action: 'READ', recordType: 'ClaimLine', recordId: 'l1', fields: [] },
  { action: 'DENIED', recordType: 'Patient', recordId: '-', fields: ['Patient.lastName'], outcome: 'DENIED' },
  { action: 'READ', recordType: 'Session', recordId: 's1', patientId: 'p2', fields: ['Session.note\u2028'], part2: true, consentId: 'k1' },
];

describe('the read trail text', () => {
  it('is one canonical event per line, in the stored order, hashing as chainHash does', () => {
    const now = new Date('2026-11-23T12:00:00.123Z');
    const lines = eventsText(actor, entries, now).split('\n');
    expect(lines).toHaveLength(entries.length);
    let previous: string | null = null;
    lines.forEach((line, i) => {
      const entry = entries[i] as AuditEntry;
      const stored = {
        occurredAt: now,
        ...actor,
        action: entry.action,
        recordType: entry.recordType,
        recordId: entry.recordId,
        patientId: entry.patientId ?? null,
        fields: [...entry.fields].sort(),
        part2: entry.part2 ?? false,
        consentId: entry.consentId ?? null,
        outcome: entry.outcome ?? 'SUCCESS',
      };
      // The stored order, spelled out (parity_append_audit reads the columns back by position).
      expect(line).toBe(
        JSON.stringify([
          now.toISOString(),
          actor.subject,
          actor.role,
          actor.organizationId,
          stored.action,
          stored.recordType,
          stored.recordId,
          stored.patientId,
          stored.fields,
          stored.part2,
          stored.consentId,
          stored.outcome,
          actor.operationName,
          actor.operationHash,
          actor.purpose,
          actor.requestId,
        ]),
      );
      const hash = createHash('sha256').update(previous ?? '').update('\n').update(line).digest('hex');
      expect(hash).toBe(chainHash(previous, stored));
      previous = hash;
    });
  });

  it('is empty for no events', () => {
    expect(eventsText(actor, [], new Date())).toBe('');
  });
});

/** A driver whose appends finish when the test says: each statement's organization and events. */
function heldDriver() {
  const statements: Array<{ organizationId: unknown; events: string[]; finish: () => void; fail: (error: Error) => void }> = [];
  const driver: AuditDriver = {
    executeRaw: (query) =>
      new Promise<number>((resolve, reject) => {
        const [organizationId, text] = query.args;
        statements.push({
          organizationId,
          events: String(text).split('\n'),
          finish: () => resolve(1),
          fail: reject,
        });
      }),
  };
  return { statements, connect: () => Promise.resolve(driver) };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const otherOrganization: AuditActor = { ...actor, organizationId: '0b000000-0000-4000-8000-000000000002', requestId: 'other' };
const request = (requestId: string): AuditActor => ({ ...actor, requestId });
const now = new Date('2026-11-24T06:00:00.000Z');

/** The chain is idle again: the next request's append is the next statement, at once. */
async function expectIdle(trail: ReadTrailAppender, statements: ReturnType<typeof heldDriver>['statements'], requestId: string) {
  const before = statements.length;
  const done = trail.append(request(requestId), entries, now);
  await settle();
  expect(statements).toHaveLength(before + 1);
  expect(statements[before]?.events).toEqual(eventsText(request(requestId), entries, now).split('\n'));
  statements[before]?.finish();
  await done;
}

describe('the read trail appender', () => {
  it('appends at once when no append of the chain is running', async () => {
    const { statements, connect } = heldDriver();
    const trail = new ReadTrailAppender(connect);
    const done = trail.append(request('a'), entries, now);
    await settle();
    expect(statements).toHaveLength(1);
    expect(statements[0]?.events).toEqual(eventsText(request('a'), entries, now).split('\n'));
    statements[0]?.finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('joins the requests that finish while an append runs into the next one, in order, each answered once its own events are in', async () => {
    const { statements, connect } = heldDriver();
    const trail = new ReadTrailAppender(connect);
    const answered: string[] = [];
    const append = (id: string) => trail.append(request(id), entries.slice(0, 2), now).then(() => answered.push(id));
    const all = [append('a'), append('b'), append('c'), append('d')];
    await settle();
    expect(statements).toHaveLength(1);

    statements[0]?.finish();
    await settle();
    // 'a' is in; b, c and d share the second append, which has not finished.
    expect(answered).toEqual(['a']);
    expect(statements).toHaveLength(2);
    expect(statements[1]?.organizationId).toBe(actor.organizationId);
    expect(statements[1]?.events).toEqual(['b', 'c', 'd'].flatMap((id) => eventsText(request(id), entries.slice(0, 2), now).split('\n')));

    statements[1]?.finish();
    await Promise.all(all);
    expect(answered).toEqual(['a', 'b', 'c', 'd']);
    await expectIdle(trail, statements, 'e');
  });

  it('does not make one organization wait for another', async () => {
    const { statements, connect } = heldDriver();
    const trail = new ReadTrailAppender(connect);
    const first = trail.append(actor, entries, now);
    const second = trail.append(otherOrganization, entries, now);
    await settle();
    expect(statements.map((s) => s.organizationId)).toEqual([actor.organizationId, otherOrganization.organizationId]);
    statements.forEach((s) => s.finish());
    await Promise.all([first, second]);
  });

  it('fails every request of a failed append, without the database message, and goes on with the next', async () => {
    const { statements, connect } = heldDriver();
    const trail = new ReadTrailAppender(connect);
    const first = trail.append(request('a'), entries, now);
    const joined = [trail.append(request('b'), entries, now), trail.append(request('c'), entries, now)];
    const outcomes = Promise.allSettled(joined);
    await settle();
    statements[0]?.finish();
    await first;
    await settle();
    statements[1]?.fail(Object.assign(new Error('relation "AuditEvent" is full of patient data'), { code: 'P2010' }));
    const results = await outcomes;
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as Error;
      expect(error).toBeInstanceOf(AuditWriteError);
      expect(error.message).not.toContain('patient');
    }
    await expectIdle(trail, statements, 'd');
  });

  it('fails the requests when no connection can be had', async () => {
    const trail = new ReadTrailAppender(() => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')));
    await expect(trail.append(actor, entries, now)).rejects.toBeInstanceOf(AuditWriteError);
    // The chain is not left marked as running.
    await expect(trail.append(actor, entries, now)).rejects.toBeInstanceOf(AuditWriteError);
  });

  it('appends nothing for a request that read nothing', async () => {
    const { statements, connect } = heldDriver();
    await new ReadTrailAppender(connect).append(actor, [], now);
    expect(statements).toHaveLength(0);
  });
});
