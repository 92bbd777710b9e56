// npm run load -- [--duration 20] [--connections 16] [--postgres postgres://user@host:5432/postgres]
//
// A reliability load: a scratch database (embedded PGlite in memory by default; with --postgres, a
// throwaway database created on that server and dropped afterwards) with the demo clinic, the
// real server on loopback, and autocannon sending a mix of reads (8 in 10) and writes (recorded
// sessions and remittances, each with an idempotency key; one remittance in four is a retry of an
// earlier one) for a bounded time. It prints throughput, latencies and error counts, then checks
// that every write the server confirmed is in the database exactly once, that retries answered
// with the first posting, and that no claim is half-written; it exits 1 when a check fails.
// Not part of `npm test`: it measures, and nothing here asserts a duration.

import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { print } from 'graphql';
import pg from 'pg';
import { mintToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { fromPGlite, openDatabase, type Database } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { ensureReferenceData } from '../src/db/reference-data.ts';
import { seedDemoClinic } from '../src/seed/index.ts';
import { createServer } from '../src/server.ts';
import {
  ReliabilityClaimDocument,
  ReliabilityClaimsPageDocument,
  ReliabilityRecordRemittanceDocument,
  ReliabilityRecordSessionDocument,
} from '../test/__generated__/graphql.ts';
import { claimIntegrity } from '../test/reliability.checks.ts';
import { PGlite } from '@electric-sql/pglite';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!Number.isInteger(duration) || duration < 1 || duration > 600 || !Number.isInteger(connections) || connections < 1 || connections > 500) {
  console.error('usage: npm run load -- [--duration 1..600 seconds] [--connections 1..500] [--postgres <server URL>]');
  process.exit(2);
}

const anchorDate = '2026-06-30';
const now = new Date(`${anchorDate}T18:00:00.000Z`);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const localId = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';

// ---------------------------------------------------------------------------------------------
// The scratch database
// ---------------------------------------------------------------------------------------------

async function scratchDatabase(): Promise<{ db: Database; label: string; drop: () => Promise<void> }> {
  if (values.postgres === undefined) {
    return { db: fromPGlite(new PGlite('memory://')), label: 'embedded PGlite (in memory)', drop: async () => {} };
  }
  const server = new URL(values.postgres);
  const name = `parity_load_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: 'postgres', url: url.toString() });
  return { db, label: `PostgreSQL (scratch database ${name} on ${server.host})`, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const started = Date.now();
const { db, label, drop } = await scratchDatabase();
const step = (what: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);
let failed = false;
try {
  step(`Database: ${label}. Migrating and seeding the demo clinic...`);
  await applyMigrations(db.adapterFactory);
  await ensureReferenceData(db.prisma);
  await seedDemoClinic(db.prisma, { anchorDate });
  await db.prisma.$executeRawUnsafe('ANALYZE');

  // What the writes use: free night slots of each provider, and claims awaiting their remittance.
  const providers = await db.prisma.provider.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: 'asc' } });
  const visits = await db.prisma.session.findMany({
    where: { patient: { programId: null }, program: { isPart2: false } },
    distinct: ['providerId'],
    select: { providerId: true, patientId: true, locationId: true },
  });
  const busy = await db.prisma.session.findMany({ where: { status: { not: 'CANCELLED' } }, select: { providerId: true, startTime: true, endTime: true } });
  const slots: Array<{ providerId: string; patientId: string; locationId: string; start: Date }> = [];
  for (const visit of visits.filter((v) => providers.some((p) => p.id === v.providerId))) {
    const theirs = busy.filter((b) => b.providerId === visit.providerId);
    for (let day = 1; day <= 150; day++) {
      for (let k = 0; k < 8; k++) {
        const start = new Date(now.getTime() - day * 86_400_000 - 18 * 3_600_000 + k * 20 * 60_000);
        const end = start.getTime() + 15 * 60_000;
        if (!theirs.some((b) => b.startTime.getTime() < end && b.endTime.getTime() > start.getTime())) {
          slots.push({ ...visit, start });
        }
      }
    }
  }
  const payable = await db.prisma.claim.findMany({
    where: { status: { in: ['SUBMITTED', 'ACCEPTED'] }, program: { isPart2: false }, patient: { programId: null }, remittances: { none: {} } },
    select: { id: true, totalCharge: true },
    orderBy: { id: 'asc' },
  });
  const claimIds = (await db.prisma.claim.findMany({ where: { program: { isPart2: false }, patient: { programId: null } }, select: { id: true }, take: 500 })).map((c) => c.id);

  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    AUTH_JWT_SECRET: 'load-test-secret-of-at-least-thirty-two-characters',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
    RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const server = createServer(config, db, { clock: () => now });
  const url = await server.listen();
  const organization = await db.prisma.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
  const token = await mintToken(config.auth, { subject: 'demo-biller', role: 'BILLER', organizationId: organization.id });
  step(`Serving ${url}; ${slots.length} free session slots, ${payable.length} claims awaiting a remittance. Loading for ${duration} s with ${connections} connections...`);

  // -------------------------------------------------------------------------------------------
  // The load: what each request is, and what the client saw of each write
  // -------------------------------------------------------------------------------------------

  type Pending = { kind: 'read' } | { kind: 'session'; key: string; slot: number } | { kind: 'remittance'; key: string; claim: number; replay: boolean };
  interface Context {
    pending?: Pending;
  }
  const queries = {
    page: print(ReliabilityClaimsPageDocument),
    claim: print(ReliabilityClaimDocument),
    session: print(ReliabilityRecordSessionDocument),
    remittance: print(ReliabilityRecordRemittanceDocument),
  };
  let nextSlot = 0;
  let nextClaim = 0;
  // Writes whose answer the client saw (any answer): autocannon stops at the end of the duration
  // without waiting for requests in flight, which the server may still have completed.
  let sessionsAnswered = 0;
  let firstPostingsAnswered = 0;
  let remittanceRequests = 0;
  const sessionsConfirmed = new Map<string, string>();
  const remittancesConfirmed = new Map<number, string>();
  const replayAnswers: Array<{ claim: number; id: string }> = [];
  const answers = new Map<string, number>();
  const count = (key: string) => answers.set(key, (answers.get(key) ?? 0) + 1);

  const remittanceBody = (i: number) => {
    const claim = payable[i];
    return JSON.stringify({
      query: queries.remittance,
      variables: {
        input: {
          claimId: gid('Claim', claim?.id ?? ''),
          payerClaimControlNumber: `LOAD-${i}`,
          paidAmount: claim?.totalCharge.toFixed(2),
          patientResponsibility: '0',
          paidOn: anchorDate,
          adjustments: [],
          idempotencyKey: `load-remittance-${i}`,
        },
      },
    });
  };
  const readRequest = (request: autocannon.Request, context: object): autocannon.Request => {
    (context as Context).pending = { kind: 'read' };
    const id = claimIds[Math.floor(Math.random() * claimIds.length)] ?? '';
    return Math.random() < 0.5
      ? { ...request, body: JSON.stringify({ query: queries.page, variables: { first: 20, filter: { status: ['PAID'] } } }) }
      : { ...request, body: JSON.stringify({ query: queries.claim, variables: { id: gid('Claim', id) } }) };
  };
  const read: autocannon.Request = { setupRequest: readRequest };
  const session: autocannon.Request = {
    setupRequest: (request, context) => {
      const i = nextSlot++;
      const slot = slots[i];
      if (slot === undefined) {
        return readRequest(request, context);
      }
      const key = `load-session-${i}`;
      (context as Context).pending = { kind: 'session', key, slot: i };
      return {
        ...request,
        body: JSON.stringify({
          query: queries.session,
          variables: {
            input: {
              patientId: gid('Patient', slot.patientId),
              providerId: gid('Provider', slot.providerId),
              locationId: gid('Location', slot.locationId),
              startTime: slot.start.toISOString(),
              endTime: new Date(slot.start.getTime() + 15 * 60_000).toISOString(),
              placeOfService: '11',
              procedureCode: '90832',
              idempotencyKey: key,
            },
          },
        }),
      };
    },
  };
  const remittance: autocannon.Request = {
    setupRequest: (request, context) => {
      remittanceRequests += 1;
      // One in four is a partner's retry of a posting already confirmed: the same key, the same input.
      const confirmed = [...remittancesConfirmed.keys()];
      if (remittanceRequests % 4 === 0 && confirmed.length > 0) {
        const i = confirmed[Math.floor(Math.random() * confirmed.length)] ?? 0;
        (context as Context).pending = { kind: 'remittance', key: `load-remittance-${i}`, claim: i, replay: true };
        return { ...request, body: remittanceBody(i) };
      }
      const i = nextClaim++;
      if (i >= payable.length) {
        return readRequest(request, context);
      }
      (context as Context).pending = { kind: 'remittance', key: `load-remittance-${i}`, claim: i, replay: false };
      return { ...request, body: remittanceBody(i) };
    },
  };
  const onResponse = (status: number, body: string, context: object) => {
    const pending = (context as Context).pending ?? { kind: 'read' };
    let parsed: { data?: Record<string, { __typename?: string; session?: { id: string }; remittance?: { id: string } } | null>; errors?: Array<{ extensions?: { code?: string } }> } = {};
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      count(`${pending.kind}: HTTP ${status}, not JSON`);
      return;
    }
    const error = parsed.errors?.[0]?.extensions?.code;
    const payload = Object.values(parsed.data ?? {})[0];
    count(`${pending.kind}${pending.kind === 'remittance' && pending.replay ? ' (retry)' : ''}: ${error ?? payload?.__typename ?? (status === 200 && payload ? 'answered' : `HTTP ${status}`)}`);
    if (pending.kind === 'session') {
      sessionsAnswered += 1;
    }
    if (pending.kind === 'remittance' && !pending.replay) {
      firstPostingsAnswered += 1;
    }
    if (pending.kind === 'session' && payload?.session) {
      sessionsConfirmed.set(pending.key, payload.session.id);
    }
    if (pending.kind === 'remittance' && payload?.remittance) {
      if (pending.replay) {
        replayAnswers.push({ claim: pending.claim, id: payload.remittance.id });
      } else {
        remittancesConfirmed.set(pending.claim, payload.remittance.id);
      }
    }
  };
  const requests = [read, read, read, read, read, read, read, read, session, remittance].map((r) => ({ ...r, onResponse }));
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests,
    duration,
    connections,
    pipelining: 1,
    timeout: 30,
  });
  await server.close();

  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  step('Done.');
  console.log('');
  console.log(`Load: ${result.requests.total} requests in ${seconds.toFixed(1)} s = ${(result.requests.total / seconds).toFixed(1)} requests/s over ${connections} connections (${label})`);
  console.log(`Latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`Errors: ${result.non2xx} non-2xx responses, ${result.errors} socket errors, ${result.timeouts} timeouts`);
  console.log('Answers:');
  for (const [answer, n] of [...answers.entries()].sort()) {
    console.log(`  ${answer.padEnd(52)} ${n}`);
  }

  // -------------------------------------------------------------------------------------------
  // Every confirmed write present exactly once
  // -------------------------------------------------------------------------------------------

  const problems: string[] = [];
  const sessionIds = [...sessionsConfirmed.values()].map(localId);
  const storedSessions = await db.prisma.session.count({ where: { id: { in: sessionIds } } });
  if (storedSessions !== sessionIds.length || new Set(sessionIds).size !== sessionIds.length) {
    problems.push(`sessions: ${sessionIds.length} confirmed, ${storedSessions} found`);
  }
  const runSessions = await db.prisma.session.count({ where: { startTime: { in: slots.slice(0, nextSlot).map((s) => s.start) }, procedureCode: '90832', createdAt: { gte: new Date(started) } } });
  // Unanswered requests (in flight when the load stopped) may have been written, once at most.
  const sessionsUnanswered = Math.min(nextSlot, slots.length) - sessionsAnswered;
  if (runSessions < sessionIds.length || runSessions > sessionIds.length + sessionsUnanswered) {
    problems.push(`sessions: ${runSessions} written by the run, ${sessionIds.length} confirmed, ${sessionsUnanswered} unanswered`);
  }
  for (const [i, id] of remittancesConfirmed) {
    const rows = await db.prisma.remittance.findMany({ where: { payerClaimControlNumber: `LOAD-${i}` }, select: { id: true, claimId: true } });
    if (rows.length !== 1 || rows[0]?.id !== localId(id)) {
      problems.push(`remittance LOAD-${i}: ${rows.length} postings`);
    }
    const paid = await db.prisma.claimStatusChange.count({ where: { claimId: rows[0]?.claimId ?? '', toStatus: 'PAID', changedAt: now } });
    if (paid !== 1) {
      problems.push(`claim of LOAD-${i}: moved to PAID ${paid} times`);
    }
  }
  const postedByRun = await db.prisma.remittance.count({ where: { payerClaimControlNumber: { startsWith: 'LOAD-' } } });
  const postingsUnanswered = Math.min(nextClaim, payable.length) - firstPostingsAnswered;
  if (postedByRun < remittancesConfirmed.size || postedByRun > remittancesConfirmed.size + postingsUnanswered) {
    problems.push(`remittances: ${postedByRun} posted, ${remittancesConfirmed.size} confirmed, ${postingsUnanswered} unanswered`);
  }
  const postedTwice = await db.prisma.remittance.groupBy({ by: ['payerClaimControlNumber'], where: { payerClaimControlNumber: { startsWith: 'LOAD-' } }, _count: { _all: true }, having: { payerClaimControlNumber: { _count: { gt: 1 } } } });
  if (postedTwice.length > 0) {
    problems.push(`${postedTwice.length} remittances posted more than once`);
  }
  const wrongReplays = replayAnswers.filter((r) => remittancesConfirmed.get(r.claim) !== r.id);
  if (wrongReplays.length > 0) {
    problems.push(`${wrongReplays.length} retries answered with another posting than the first`);
  }
  const unfinishedKeys = await db.prisma.idempotencyKey.count({ where: { status: { not: 'DONE' } } });
  if (unfinishedKeys > 0) {
    problems.push(`${unfinishedKeys} idempotency keys left unfinished`);
  }
  const integrity = await claimIntegrity(db.prisma);
  if (integrity.totalsApart + integrity.lineless + integrity.historyApart > 0) {
    problems.push(`claims half-written: ${JSON.stringify(integrity)}`);
  }
  console.log('');
  console.log(
    `Writes confirmed: ${sessionsConfirmed.size} sessions, ${remittancesConfirmed.size} remittances, ${replayAnswers.length} retries answered with the first posting ` +
      `(in flight when the load stopped, so unanswered: ${sessionsUnanswered} sessions, ${postingsUnanswered} remittances).`,
  );
  if (problems.length > 0) {
    failed = true;
    console.log(`Check FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  } else {
    console.log(`Check passed: every confirmed write is in the database exactly once; ${integrity.claims} claims whole (totals, lines, histories).`);
  }
} finally {
  await db.close();
  await drop();
}
process.exit(failed ? 1 : 0);
