// The audit trail: every read of patient data and every refusal is recorded (who, role,
// organization, which records and fields, when, operation, purpose, request id) without the
// values themselves; the events are append-only and hash-chained, so a change or a removal
// shows; a request whose audit cannot be written returns no data; auditors read the trail by
// patient, by user and by period.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvents, verifyAuditChain } from '../src/audit/log.ts';
import { createLogger } from '../src/observability/logger.ts';
import { AuditChainDocument, AuditTrailDocument, PatientNamesDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe(`the audit trail on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    api = await startServer(db, { LOG_LEVEL: 'info' }, { logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  const newEvents = async (after: bigint) => db.prisma.auditEvent.findMany({ where: { id: { gt: after } }, orderBy: { id: 'asc' } });
  const lastId = async () => (await db.prisma.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;

  it('records who read which records and fields, in which request and for what purpose, never the values', async () => {
    const before = await lastId();
    const biller = await api.as('BILLER');
    const response = await biller.post(
      { query: 'query PatientNames($first: Int!) { patients(first: $first) { edges { node { id firstName lastName dateOfBirth } } } }', variables: { first: 3 } },
      { 'x-request-id': 'audit-test-1' },
    );
    const result = (await response.json()) as { data: { patients: { edges: Array<{ node: { id: string; lastName: string; firstName: string; dateOfBirth: string } }> } } };
    const events = await newEvents(before);
    const patients = events.filter((e) => e.recordType === 'Patient');
    expect(patients).toHaveLength(3);
    for (const event of patients) {
      expect(event).toMatchObject({
        subject: 'demo-biller',
        role: 'BILLER',
        action: 'READ',
        outcome: 'SUCCESS',
        purpose: 'PAYMENT',
        operationName: 'PatientNames',
        requestId: 'audit-test-1',
      });
      expect(event.organizationId).toBe((await db.prisma.organization.findFirstOrThrow()).id);
      expect(event.operationHash).toMatch(/^[0-9a-f]{64}$/);
      expect(event.patientId).toBe(event.recordId);
      expect(event.fields).toEqual(['Patient.dateOfBirth', 'Patient.firstName', 'Patient.id', 'Patient.lastName']);
    }
    // Canaries: the values read appear neither in the audit trail nor in the logs.
    const values = result.data.patients.edges.flatMap((e) => [e.node.lastName, e.node.firstName, e.node.dateOfBirth]);
    const stored = JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    for (const value of values) {
      expect(stored).not.toContain(value);
      expect(logLines.join('')).not.toContain(value);
    }
  });

  it('records the parts of a record (claim lines, diagnoses) in its event, with its patient', async () => {
    const before = await lastId();
    const biller = await api.as('BILLER');
    const result = (await (await biller.post({ query: '{ claims(first: 2) { edges { node { id lines { id lineNumber } diagnoses { icd10Code } } } } }' })).json()) as {
      data: { claims: { edges: Array<{ node: { id: string; lines: Array<{ id: string }> } }> } };
    };
    const claimIds = result.data.claims.edges.map((e) => Buffer.from(e.node.id, 'base64').toString().split(':')[1] ?? '');
    const claims = await db.prisma.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, patientId: true, _count: { select: { lines: true, diagnoses: true } } } });
    expect(claims.every((c) => c._count.lines > 0 && c._count.diagnoses > 0)).toBe(true);
    const events = await newEvents(before);
    // One event per claim, none per line or diagnosis: the parts' fields are in their claim's.
    expect(events.filter((e) => ['ClaimLine', 'ClaimDiagnosis'].includes(e.recordType))).toEqual([]);
    const claimEvents = events.filter((e) => e.recordType === 'Claim');
    expect(claimEvents.map((e) => e.recordId).sort()).toEqual([...claimIds].sort());
    for (const event of claimEvents) {
      expect(event.patientId).toBe(claims.find((c) => c.id === event.recordId)?.patientId);
      expect(event.fields).toEqual(['Claim.diagnoses', 'Claim.id', 'Claim.lines', 'ClaimDiagnosis.icd10Code', 'ClaimLine.id', 'ClaimLine.lineNumber']);
    }

    // A line read alone is recorded as a read of its claim, with the line's fields.
    const lineId = result.data.claims.edges[0]?.node.lines[0]?.id ?? '';
    const claimOfLine = claims.find((c) => c.id === claimIds[0]);
    const after = await lastId();
    const alone = (await (await biller.post({ query: `{ node(id: "${lineId}") { ... on ClaimLine { procedureCode } } }` })).json()) as { data: { node: { procedureCode: string } } };
    expect(alone.data.node.procedureCode).toMatch(/^\w{5}$/);
    const lineEvents = (await newEvents(after)).filter((e) => e.recordType !== 'Query');
    expect(lineEvents).toEqual([
      expect.objectContaining({ action: 'READ', recordType: 'Claim', recordId: claimOfLine?.id, patientId: claimOfLine?.patientId, fields: ['ClaimLine.procedureCode'] }),
    ]);
  });

  it('records each refusal', async () => {
    const before = await lastId();
    const analyst = await api.as('ANALYST');
    const refused = await analyst.execute(PatientNamesDocument, { first: 2 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const denied = (await newEvents(before)).filter((e) => e.action === 'DENIED');
    expect(denied).toEqual([expect.objectContaining({ subject: 'demo-analyst', role: 'ANALYST', outcome: 'DENIED', fields: ['Query.patients'], recordType: 'Query' })]);
  });

  it('keeps one intact chain under concurrent requests, the events of each request whole and together', async () => {
    const org = (await db.prisma.organization.findFirstOrThrow()).id;
    const before = await lastId();
    const roles = ['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST'] as const;
    const callers = await Promise.all(roles.map((r) => api.as(r)));
    // The appends of requests that finish while another runs are joined (src/audit/log.ts
    // ReadTrailAppender): whatever way they were joined, every request's events are stored.
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        callers[i % 4]?.post({ query: '{ claims(first: 3) { edges { node { id status } } } }' }, { 'x-request-id': `concurrent-${i}` }),
      ),
    );
    expect(responses.map((r) => r?.status)).toEqual(Array.from({ length: 24 }, () => 200));
    const check = await verifyAuditChain(db.prisma, org);
    expect(check).toEqual({ checked: await db.prisma.auditEvent.count({ where: { organizationId: org } }), brokenAt: null });
    const events = await newEvents(before);
    const chained = events.filter((e) => e.organizationId === org);
    for (let i = 0; i < 24; i++) {
      const own = events.filter((e) => e.requestId === `concurrent-${i}`);
      // The operation's event and one per claim read, all of the request's caller.
      expect(own.filter((e) => e.recordType === 'Claim')).toHaveLength(3);
      expect(own.filter((e) => e.recordType === 'Query')).toHaveLength(1);
      expect(new Set(own.map((e) => e.role))).toEqual(new Set([roles[i % 4]]));
      // Contiguous in the chain (the organization's events in order, not the ids' arithmetic,
      // which a sequence may leave gaps in): no other request's event between two of this one's.
      const positions = chained.flatMap((e, position) => (e.requestId === `concurrent-${i}` ? [position] : []));
      expect(Math.max(...positions) - Math.min(...positions)).toBe(own.length - 1);
    }
  });

  it('gives auditors the trail by patient, by user and by period, with ids only', async () => {
    const biller = await api.as('BILLER');
    const patient = await db.prisma.patient.findFirstOrThrow({ where: { programId: null }, orderBy: { mrn: 'asc' } });
    await biller.post({ query: `{ node(id: "${globalId('Patient', patient.id)}") { ... on Patient { lastName claims(first: 3) { edges { node { id status } } } } } }` });
    const auditor = await api.as('AUDITOR');

    const byPatient = await auditor.execute(AuditTrailDocument, { first: 100, filter: { patientId: globalId('Patient', patient.id) } });
    expect(byPatient.errors).toBeUndefined();
    expect(byPatient.data?.auditEvents.totalCount).toBe(await db.prisma.auditEvent.count({ where: { patientId: patient.id } }));
    expect(byPatient.data?.auditEvents.totalCount).toBeGreaterThan(0);
    expect(byPatient.data?.auditEvents.edges.every((e) => e.node.patientId === globalId('Patient', patient.id))).toBe(true);
    expect(byPatient.data?.auditEvents.edges.map((e) => e.node.recordType)).toEqual(expect.arrayContaining(['Patient']));
    expect(JSON.stringify(byPatient)).not.toContain(patient.lastName);

    const byUser = await auditor.execute(AuditTrailDocument, { first: 5, filter: { subject: 'demo-biller' } });
    expect(byUser.data?.auditEvents.totalCount).toBe(await db.prisma.auditEvent.count({ where: { subject: 'demo-biller' } }));
    expect(byUser.data?.auditEvents.edges.every((e) => e.node.subject === 'demo-biller')).toBe(true);

    const first = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const from = first.occurredAt;
    const to = new Date(first.occurredAt.getTime() + 1);
    const byPeriod = await auditor.execute(AuditTrailDocument, { first: 100, filter: { from: from.toISOString(), to: to.toISOString() } });
    expect(byPeriod.data?.auditEvents.totalCount).toBe(await db.prisma.auditEvent.count({ where: { occurredAt: { gte: from, lt: to } } }));

    const chain = await auditor.execute(AuditChainDocument);
    expect(chain.data?.auditChain).toMatchObject({ intact: true, brokenAt: null });

    // Nobody else reads the trail.
    for (const role of ['BILLER', 'CLINICIAN', 'ANALYST'] as const) {
      const refused = await (await api.as(role)).execute(AuditTrailDocument, { first: 1 });
      expect(refused.data ?? null, role).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('gives auditors who saw a record, the reads of its parts included; a malformed record ID is bad input', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { OR: [{ programId: null }, { program: { isPart2: false } }], lines: { some: {} } }, orderBy: { id: 'asc' } });
    const biller = await api.as('BILLER');
    await biller.post({ query: `{ node(id: "${globalId('Claim', claim.id)}") { ... on Claim { status lines { procedureCode } } } }` });
    const auditor = await api.as('AUDITOR');
    const byRecord = await auditor.execute(AuditTrailDocument, { first: 100, filter: { record: globalId('Claim', claim.id) } });
    expect(byRecord.errors).toBeUndefined();
    expect(byRecord.data?.auditEvents.totalCount).toBe(await db.prisma.auditEvent.count({ where: { recordType: 'Claim', recordId: claim.id } }));
    const edges = byRecord.data?.auditEvents.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.recordType === 'Claim' && e.node.recordId === claim.id)).toBe(true);
    expect(edges[0]?.node).toMatchObject({ subject: 'demo-biller', fields: ['Claim.lines', 'Claim.status', 'ClaimLine.procedureCode'] });

    const malformed = await auditor.execute(AuditTrailDocument, { first: 1, filter: { record: 'not-an-id' } });
    expect(malformed.data ?? null).toBeNull();
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns no data when the audit cannot be written (100 of 100 requests)', async () => {
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION parity_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER parity_test_refuse BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION parity_test_refuse()`);
    try {
      const biller = await api.as('BILLER');
      const names = (await db.prisma.patient.findMany({ select: { lastName: true } })).map((p) => p.lastName);
      for (let i = 0; i < 100; i++) {
        const response = await biller.post({ query: '{ patients(first: 5) { edges { node { lastName } } } }' });
        expect(response.status).toBe(503);
        const text = await response.text();
        expect(text).toContain('AUDIT_UNAVAILABLE');
        expect(text).not.toContain('"data"');
        expect(names.some((n) => text.includes(n))).toBe(false);
      }
      // The log names the database's SQLSTATE (raise_exception), never its message.
      expect(logLines.some((l) => l.includes('audit write failed') && l.includes('P0001'))).toBe(true);
      expect(logLines.join('')).not.toContain('audit store down');
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER parity_test_refuse ON "AuditEvent"');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION parity_test_refuse()');
    }
    const again = await (await api.as('BILLER')).post({ query: '{ patients(first: 1) { edges { node { lastName } } } }' });
    expect(again.status).toBe(200);
  });
});

describe(`audit integrity on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let org: string;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db);
    org = (await db.prisma.organization.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('cannot be changed or deleted through the database role the server uses', async () => {
    await api.execute(PatientNamesDocument, { first: 1 });
    const event = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(db.prisma.auditEvent.update({ where: { id: event.id }, data: { subject: 'someone-else' } })).rejects.toThrow();
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow();
  });

  it('commits a write and its audit events together, or neither', async () => {
    const actor = { subject: 'writer', role: 'BILLER', organizationId: org, purpose: 'PAYMENT', requestId: 'w', operationName: 'Write', operationHash: null };
    const claim = await db.prisma.claim.findFirstOrThrow();
    const before = await db.prisma.auditEvent.count({ where: { subject: 'writer' } });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.claim.update({ where: { id: claim.id }, data: { overrideReason: 'rolled back' } });
        await appendAuditEvents(tx, actor, [{ action: 'UPDATE', recordType: 'Claim', recordId: claim.id, patientId: claim.patientId, fields: ['overrideReason'] }]);
        throw new Error('the write fails after its audit was appended');
      }),
    ).rejects.toThrow('the write fails');
    expect(await db.prisma.auditEvent.count({ where: { subject: 'writer' } })).toBe(before);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).overrideReason).toBe(claim.overrideReason);
    await db.prisma.$transaction(async (tx) => {
      await tx.claim.update({ where: { id: claim.id }, data: { overrideReason: 'kept' } });
      await appendAuditEvents(tx, actor, [{ action: 'UPDATE', recordType: 'Claim', recordId: claim.id, patientId: claim.patientId, fields: ['overrideReason'] }]);
    });
    expect(await db.prisma.auditEvent.count({ where: { subject: 'writer', action: 'UPDATE', recordId: claim.id } })).toBe(1);
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ brokenAt: null });
  });

  it('verifies a chain of 10,000 events, and shows a change or a removal where it happened', async () => {
    const actor = { subject: 'bulk', role: 'ADMIN', organizationId: org, purpose: 'HEALTH_CARE_OPERATIONS', requestId: 'bulk', operationName: 'Bulk', operationHash: null };
    for (let batch = 0; batch < 10; batch++) {
      await db.prisma.$transaction((tx) =>
        appendAuditEvents(
          tx,
          actor,
          Array.from({ length: 1_000 }, (_, i) => ({ action: 'READ' as const, recordType: 'Claim', recordId: `${batch}-${i}`, fields: ['Claim.status'] })),
        ),
      );
    }
    const total = await db.prisma.auditEvent.count({ where: { organizationId: org } });
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(await verifyAuditChain(db.prisma, org)).toEqual({ checked: total, brokenAt: null });

    // Tampering needs the table owner to switch the append-only trigger off; the chain still tells.
    const victim = await db.prisma.auditEvent.findFirstOrThrow({ where: { organizationId: org, recordId: '5-500' } });
    await db.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
    await db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "subject" = 'someone-else' WHERE id = ${victim.id}`);
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ brokenAt: victim.id });
    const auditor = await api.as('AUDITOR');
    expect((await auditor.execute(AuditChainDocument)).data?.auditChain).toEqual({ intact: false, brokenAt: String(victim.id), checked: expect.any(Number) });
    await db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "subject" = 'bulk' WHERE id = ${victim.id}`);
    expect(await verifyAuditChain(db.prisma, org)).toEqual({ checked: total, brokenAt: null });

    const removed = await db.prisma.auditEvent.findFirstOrThrow({ where: { organizationId: org, recordId: '7-7' } });
    await db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${removed.id}`);
    await db.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
    expect(await verifyAuditChain(db.prisma, org)).toMatchObject({ brokenAt: removed.id + 1n });
  });
});
