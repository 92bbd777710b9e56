// The text the read trail hands the database must be, event for event, the canonical text the
// chain's hashes cover: the database stores the columns it reads out of that text, and
// verifyAuditChain recomputes each hash from the stored columns with `chainHash`.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHash, eventsText, type AuditActor, type AuditEntry } from './log.ts';

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
