// Faults (RELIABILITY.md T14, T16): a stop drains in-flight requests; on PostgreSQL, the server's
// connections are killed under load (pg_terminate_backend) and the database refuses connections
// for a while; start-up meets an unreachable database and a migration history it does not know.
// The tests count outcomes and check the data afterwards; none asserts a duration.

import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { print, type ExecutionResult } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/log.ts';
import {
  ReliabilityClaimDocument,
  ReliabilityClaimsPageDocument,
  ReliabilityRecordRemittanceDocument,
  ReliabilityRecordSessionDocument,
  ReliabilityUpdateDraftClaimDocument,
} from './__generated__/graphql.ts';
import { claimIntegrity, linesWithFirstCharge, storedLines } from './reliability.checks.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { postgresAdminUrl } from './setup/templates.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const localId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';
const cents = (amount: string) => Math.round(Number(amount) * 100);
const money = (value: number) => (value / 100).toFixed(2);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clock = () => new Date(`${seedAnchorDate}T18:00:00.000Z`);

/** The error codes a request may fail with while the database is away: retryable, typed, nothing of the cause. */
const UNAVAILABLE = new Set(['SERVICE_UNAVAILABLE', 'AUDIT_UNAVAILABLE']);

/** A new connection to the server (no keep-alive pool): resolves with the status, or with the socket error's code. */
function freshConnection(origin: string, path: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = httpRequest(`${origin}${path}`, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end();
  });
}

describe(`stopping the server (${databaseKind})`, { timeout: 120_000 }, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
  });
  afterAll(async () => {
    await db?.close();
  });

  /**
   * Holds the claim's row lock (on PGlite, the single connection) until released, so that
   * requests writing it stay in flight as long as the test wants.
   */
  async function holdClaim(claimId: string): Promise<{ release: () => void; done: Promise<unknown> }> {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const done = db.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId}::uuid FOR UPDATE`;
        locked();
        await gate;
      },
      { timeout: 110_000, maxWait: 10_000 },
    );
    await holding;
    return { release, done };
  }

  async function draft(skip: number) {
    const row = await db.prisma.claim.findFirstOrThrow({
      where: { status: 'DRAFT', program: { isPart2: false }, patient: { programId: null } },
      orderBy: { id: 'asc' },
      skip,
    });
    const lines = await db.prisma.claimLine.findMany({ where: { claimId: row.id }, orderBy: { lineNumber: 'asc' } });
    return { id: row.id, version: row.version, lines: storedLines(lines) };
  }

  it('lets in-flight requests finish, refuses new connections, and reports not ready while it drains', async () => {
    const api = await startServer(db, { SHUTDOWN_TIMEOUT_MS: '100000' }, { clock });
    const biller = await api.as('BILLER');
    const claim = await draft(0);
    const lock = await holdClaim(claim.id);
    let received = 0;
    api.server.http.on('request', () => {
      received += 1;
    });
    const inFlight = Array.from({ length: 5 }, (_, i) =>
      biller.execute(ReliabilityUpdateDraftClaimDocument, {
        input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version, lines: linesWithFirstCharge(claim.lines, money(5_000 + i)) },
      }),
    );
    while (received < inFlight.length) {
      await pause(20);
    }
    let closed = false;
    const closing = api.server.close().then(() => {
      closed = true;
    });
    // Draining: not ready for a load balancer, no new connections, and the stop waits.
    expect((await api.server.yoga.fetch('http://parity.local/ready')).status).toBe(503);
    expect(await freshConnection(api.origin, '/health')).toBe('ECONNREFUSED');
    await pause(300);
    expect(closed).toBe(false);

    lock.release();
    await lock.done;
    const results = await Promise.all(inFlight);
    await closing;
    const kinds = results.map((r) => r.data?.updateDraftClaim.__typename ?? JSON.stringify(r.errors)).sort();
    expect(kinds).toEqual(['ClaimPayload', 'VersionConflictError', 'VersionConflictError', 'VersionConflictError', 'VersionConflictError']);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version + 1);
  });

  it('waits for a request whose client went away: it runs to its end before the stop completes', async () => {
    const api = await startServer(db, { SHUTDOWN_TIMEOUT_MS: '100000' }, { clock });
    const biller = await api.as('BILLER');
    const claim = await draft(2);
    const lock = await holdClaim(claim.id);
    let received = false;
    api.server.http.once('request', () => {
      received = true;
    });
    const client = httpRequest(api.url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${biller.token}` },
    });
    client.on('error', () => undefined); // it is aborted below
    client.end(
      JSON.stringify({
        query: print(ReliabilityUpdateDraftClaimDocument),
        variables: { input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version, lines: linesWithFirstCharge(claim.lines, '1234.00') } },
      }),
    );
    while (!received) {
      await pause(20);
    }
    // The client goes away while its write waits for the claim's lock: the response has nowhere
    // to go, but the write and its audit still run, and the stop waits for them.
    client.destroy();
    await pause(100);
    let closed = false;
    const closing = api.server.close().then(() => {
      closed = true;
    });
    await pause(300);
    expect(closed).toBe(false);
    lock.release();
    await lock.done;
    await closing;
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version + 1);
  });

  it('closes connections still busy after SHUTDOWN_TIMEOUT_MS instead of waiting for ever', async () => {
    const api = await startServer(db, { SHUTDOWN_TIMEOUT_MS: '200' }, { clock });
    const biller = await api.as('BILLER');
    const claim = await draft(1);
    const lock = await holdClaim(claim.id);
    let received = false;
    api.server.http.once('request', () => {
      received = true;
    });
    const stuck = biller
      .execute(ReliabilityUpdateDraftClaimDocument, {
        input: { claimId: gid('Claim', claim.id), expectedVersion: claim.version, lines: linesWithFirstCharge(claim.lines, '4321.00') },
      })
      .then(
        () => 'answered',
        () => 'connection closed',
      );
    while (!received) {
      await pause(20);
    }
    // The lock is still held: only the timeout can end the stop.
    await api.server.close();
    expect(await stuck).toBe('connection closed');
    lock.release();
    await lock.done;
    // The abandoned request still ran to its end (a write is never cut in half by a stop).
    let version = claim.version;
    for (let i = 0; i < 200 && version === claim.version; i++) {
      await pause(50);
      version = (await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).version;
    }
    expect(version).toBe(claim.version + 1);
  });
});

describe.skipIf(databaseKind !== 'postgres')('PostgreSQL going away under load', { timeout: 300_000 }, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let biller: Executor;
  let admin: pg.Pool;
  let databaseName = '';
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  /** Terminates every connection the server holds to its database; returns how many there were. */
  async function terminateBackends(): Promise<number> {
    const result = await admin.query<{ n: number }>(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [databaseName],
    );
    return result.rows[0]?.n ?? 0;
  }

  /** What a response was: a payload or typed error by name, an unavailable error by code, or anything else in full. */
  function outcome(result: ExecutionResult<object>): string {
    const code = result.errors?.[0]?.extensions?.code;
    if (typeof code === 'string' && UNAVAILABLE.has(code)) {
      return 'unavailable';
    }
    if (result.errors !== undefined) {
      return `errors: ${JSON.stringify(result.errors)}`;
    }
    const value: unknown = Object.values(result.data ?? {})[0];
    const typename = value !== null && typeof value === 'object' ? (value as { __typename?: unknown }).__typename : undefined;
    return typeof typename === 'string' ? typename : 'data';
  }

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    db = await createTestDatabase('seeded');
    databaseName = new URL(db.url ?? '').pathname.slice(1);
    // Errors are expected here by the hundred: the server logs only fatal ones.
    api = await startServer(db, { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'fatal' }, { clock });
    biller = await api.as('BILLER');
    admin = new pg.Pool({ connectionString: postgresAdminUrl, max: 2 });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await admin?.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin?.end();
    await api?.close();
    await db?.close();
  });

  it('keeps serving while its connections are killed mid-load: typed 503s meanwhile, every write once, no claim half-written', async () => {
    const drafts = await db.prisma.claim.findMany({
      where: { status: 'DRAFT', program: { isPart2: false }, patient: { programId: null } },
      orderBy: { id: 'asc' },
      take: 6,
      select: { id: true, version: true, lines: { orderBy: { lineNumber: 'asc' }, select: { chargeAmount: true } } },
    });
    const submitted = await db.prisma.claim.findMany({
      where: { status: 'SUBMITTED', program: { isPart2: false }, patient: { programId: null }, remittances: { none: {} } },
      orderBy: { id: 'asc' },
      take: 40,
      select: { id: true, totalCharge: true },
    });
    const visit = await db.prisma.session.findFirstOrThrow({ where: { patient: { programId: null }, program: { isPart2: false } }, orderBy: { id: 'asc' } });
    // Quarter-hour slots of June the provider has free (sessions of one provider never overlap).
    const busy = await db.prisma.session.findMany({ where: { providerId: visit.providerId, status: { not: 'CANCELLED' } }, select: { startTime: true, endTime: true } });
    const slots: Date[] = [];
    for (let t = Date.parse('2026-06-01T00:00:00.000Z'); slots.length < 200; t += 20 * 60_000) {
      if (!busy.some((b) => b.startTime.getTime() < t + 15 * 60_000 && b.endTime.getTime() > t)) {
        slots.push(new Date(t));
      }
    }
    expect(drafts).toHaveLength(6);
    expect(submitted).toHaveLength(40);

    const tally = new Map<string, number>();
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    let completed = 0;
    const kills: Promise<number>[] = [];
    const killAt = new Set([40, 120, 200]);
    const done = () => {
      completed += 1;
      if (killAt.has(completed)) {
        kills.push(terminateBackends());
      }
    };
    /** Sends until the answer is not "unavailable" (a partner's retry loop), counting every answer. */
    async function untilAnswered<R extends ExecutionResult<object>>(label: string, send: () => Promise<R>): Promise<R> {
      for (let attempt = 1; ; attempt++) {
        const result = await send();
        done();
        const kind = outcome(result);
        count(`${label}: ${kind}`);
        if (kind !== 'unavailable' || attempt === 50) {
          return result;
        }
        await pause(50);
      }
    }

    const remitted = new Map<number, string>();
    const sessions = new Map<number, string>();
    let nextRemittance = 0;
    let nextSession = 0;
    const starts: Date[] = [];
    const worker = async (w: number) => {
      for (let step = 0; step < 16; step++) {
        const kind = (w + step) % 4;
        if (kind === 0) {
          await untilAnswered('read', () => biller.execute(ReliabilityClaimsPageDocument, { first: 20, filter: { status: ['PAID'] } }));
        } else if (kind === 1) {
          // Read-modify-write of a draft: one cent more than what was read, at the version read.
          const target = drafts[(w + step) % drafts.length];
          const read = await untilAnswered('read', () => biller.execute(ReliabilityClaimDocument, { id: gid('Claim', target?.id ?? '') }));
          const node = read.data?.node;
          if (node?.__typename !== 'Claim') {
            continue;
          }
          const next = money(cents(node.lines[0]?.chargeAmount ?? '0') + 1);
          await untilAnswered('update', () =>
            biller.execute(ReliabilityUpdateDraftClaimDocument, { input: { claimId: node.id, expectedVersion: node.version, lines: linesWithFirstCharge(node.lines, next) } }),
          );
        } else if (kind === 2 && nextRemittance < submitted.length) {
          const i = nextRemittance++;
          const claim = submitted[i];
          const result = await untilAnswered('remittance', () =>
            biller.execute(ReliabilityRecordRemittanceDocument, {
              input: {
                claimId: gid('Claim', claim?.id ?? ''),
                payerClaimControlNumber: `FAULT-${i}`,
                paidAmount: claim?.totalCharge.toFixed(2) ?? '0',
                patientResponsibility: '0',
                paidOn: seedAnchorDate,
                adjustments: [],
                idempotencyKey: `fault-remittance-${i}`,
              },
            }),
          );
          if (result.data?.recordRemittance.__typename === 'RemittancePayload') {
            remitted.set(i, result.data.recordRemittance.remittance.id);
          }
        } else {
          const i = nextSession++;
          const start = slots[i];
          if (start === undefined) {
            continue;
          }
          starts.push(start);
          const result = await untilAnswered('session', () =>
            biller.execute(ReliabilityRecordSessionDocument, {
              input: {
                patientId: gid('Patient', visit.patientId),
                providerId: gid('Provider', visit.providerId),
                locationId: gid('Location', visit.locationId),
                startTime: start.toISOString(),
                endTime: new Date(start.getTime() + 15 * 60_000).toISOString(),
                placeOfService: '11',
                procedureCode: '90832',
                idempotencyKey: `fault-session-${i}`,
              },
            }),
          );
          if (result.data?.recordSession.__typename === 'SessionPayload') {
            sessions.set(i, result.data.recordSession.session.id);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
    const killed = (await Promise.all(kills)).reduce((sum, n) => sum + n, 0);

    // The faults happened, and every answer was a payload, a typed conflict or a typed 503.
    expect(kills).toHaveLength(3);
    expect(killed).toBeGreaterThan(0);
    const answers = Object.fromEntries(tally);
    const allowed = /^(read|update|remittance|session): (unavailable|Claim|data|ClaimPayload|VersionConflictError|RemittancePayload|SessionPayload)$/;
    expect(Object.keys(answers).filter((k) => !allowed.test(k)), JSON.stringify(answers)).toEqual([]);
    expect(unhandled).toEqual([]);

    // Every keyed write the client saw through is there exactly once.
    expect(remitted.size).toBe(nextRemittance);
    expect(sessions.size).toBe(nextSession);
    for (const [i, id] of remitted) {
      const rows = await db.prisma.remittance.findMany({ where: { payerClaimControlNumber: `FAULT-${i}` }, select: { id: true, claimId: true } });
      expect(rows.map((r) => gid('Remittance', r.id))).toEqual([id]);
      expect(await db.prisma.claimStatusChange.count({ where: { claimId: rows[0]?.claimId, toStatus: 'PAID' } })).toBe(1);
    }
    const recorded = await db.prisma.session.findMany({ where: { providerId: visit.providerId, startTime: { in: starts } } });
    expect(recorded.map((s) => gid('Session', s.id)).sort()).toEqual([...sessions.values()].sort());
    expect(await db.prisma.idempotencyKey.count({ where: { status: { not: 'DONE' } } })).toBe(0);

    // No lost update, even for an update whose answer was lost with its connection: each version added one cent.
    for (const d of drafts) {
      const now = await db.prisma.claim.findUniqueOrThrow({ where: { id: d.id }, include: { lines: { orderBy: { lineNumber: 'asc' } } } });
      expect(cents(now.lines[0]?.chargeAmount.toFixed(2) ?? '0') - cents(d.lines[0]?.chargeAmount.toFixed(2) ?? '0')).toBe(now.version - d.version);
    }
    // No claim half-written: totals equal lines, every claim has lines, and every status history
    // is one path from its first status to the claim's status (each status entered as often as
    // left, but the last); the audit chain is intact.
    expect(await claimIntegrity(db.prisma)).toMatchObject({ totalsApart: 0, lineless: 0, historyApart: 0 });
    const organization = await db.prisma.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
    expect((await verifyAuditChain(db.prisma, organization.id)).brokenAt).toBeNull();

    // It recovered by itself: the same process answers everything now.
    const after = await Promise.all(Array.from({ length: 30 }, () => biller.execute(ReliabilityClaimsPageDocument, { first: 5 })));
    expect(after.map((r) => outcome(r))).toEqual(Array(30).fill('data'));
  });

  it('answers 503 while the database refuses connections, reports not ready, and recovers when it is back, without a restart', async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { status: 'DRAFT', program: { isPart2: false }, patient: { programId: null } }, orderBy: { id: 'desc' } });
    const before = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: { orderBy: { lineNumber: 'asc' } } } });
    const lines = storedLines(before.lines);
    expect((await fetch(`${api.origin}/ready`)).status).toBe(200);

    await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS false`);
    await terminateBackends();
    try {
      const update = () =>
        biller.execute(ReliabilityUpdateDraftClaimDocument, {
          input: { claimId: gid('Claim', claim.id), expectedVersion: before.version, lines: linesWithFirstCharge(lines, '999.99') },
        });
      const down = await Promise.all([
        ...Array.from({ length: 10 }, () => biller.execute(ReliabilityClaimsPageDocument, { first: 5 })),
        ...Array.from({ length: 10 }, update),
      ]);
      expect(down.map((r) => outcome(r))).toEqual(Array(20).fill('unavailable'));
      const raw = await biller.post({ query: 'query Down { claims(first: 1) { totalCount } }' });
      expect(raw.status).toBe(503);
      const body = await raw.text();
      expect(body).not.toMatch(/prisma|postgres|accepting connections|55000|invocation|\.ts:/i);
      const ready = await fetch(`${api.origin}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.text()).toBe('');
    } finally {
      await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`);
    }

    // Back: the next requests open new connections; no restart, no manual step.
    let attempts = 0;
    while ((await fetch(`${api.origin}/ready`)).status !== 200 && attempts < 100) {
      attempts += 1;
      await pause(100);
    }
    const up = await Promise.all(Array.from({ length: 20 }, () => biller.execute(ReliabilityClaimsPageDocument, { first: 5 })));
    expect(up.map((r) => outcome(r))).toEqual(Array(20).fill('data'));
    // Nothing the refused writes carried was written.
    const after = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { lines: { orderBy: { lineNumber: 'asc' } } } });
    expect(after.version).toBe(before.version);
    expect(after.lines[0]?.chargeAmount.toFixed(2)).toBe(before.lines[0]?.chargeAmount.toFixed(2));
    expect(unhandled).toEqual([]);
  });
});

describe.skipIf(databaseKind !== 'postgres')('start-up against a database it cannot use', { timeout: 120_000 }, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('empty');
  });
  afterAll(async () => {
    await db?.close();
  });

  function start(databaseUrl: string) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, SEED_ON_EMPTY: 'false', NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('stops with one clear line when the server is unreachable or the database does not exist', () => {
    const unreachable = start('postgres://postgres@127.0.0.1:1/parity');
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr.trim()).toBe(
      'Cannot open the PostgreSQL server named by DATABASE_URL: cannot reach the server at 127.0.0.1:1 (is it running, and is the address right?)',
    );
    const missing = new URL(postgresAdminUrl);
    missing.pathname = '/parity_no_such_database';
    const absent = start(missing.toString());
    expect(absent.status).toBe(1);
    expect(absent.stderr).toContain('Cannot open the PostgreSQL server named by DATABASE_URL: database "parity_no_such_database" does not exist');
    expect(absent.stderr).not.toContain('    at ');
  });

  it('stops when the database has a migration this version does not know', async () => {
    await db.prisma.$executeRaw`
      INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES (gen_random_uuid()::text, 'newer', '20991231000000_from_a_newer_version', now(), now(), 1)`;
    const recorded = async () => (await db.prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM _prisma_migrations`)[0]?.n;
    const before = await recorded();
    const run = start(db.url ?? '');
    expect(run.status).toBe(1);
    expect(await recorded()).toBe(before);
    expect(run.stderr).toContain('20991231000000_from_a_newer_version');
    expect(run.stderr).not.toContain('    at ');
    expect(run.stdout).not.toContain('Parity is serving');
  });
});
