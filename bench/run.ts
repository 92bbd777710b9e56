// npm run bench: Parity's read path measured against what a user could pick instead, in one run,
// on one machine, on one large dataset (a script that prints figures; never a timed test).
//
//   npm run bench [-- --duration 15 --rounds 3 --warmup 5 --connections 8 --rebuild
//                     --database-url postgres://postgres@127.0.0.1:5432/parity_bench
//                     --skip-startup --skip-policy --skip-analytics --skip-profile --readme
//                     --out bench/results/<date>.md]
//   npm run bench -- --against <ref> [--duration 15 --rounds 6 --out FILE]
//
// 1. Builds (or reuses) the dataset on PostgreSQL (bench/dataset.ts).
// 2. Starts three servers on loopback, each in a process of its own, on the same database:
//    Parity (src/server.ts), a raw node:http + pg baseline, and PostGraphile v5.
// 3. Loads each with autocannon from another process, after a warm-up, in alternating rounds
//    (A B C A B C...), so drift and the neighbours' noise hit all alike; ratios are taken within
//    a round, then the median over rounds.
// 4. Profiles Parity in one more round (not counted in the figures) and says where its CPU time
//    goes (the .cpuprofile files are kept in bench/results/profiles/ for DevTools).
// 5. Times the analytics (the API's `Query.analytics`, and Prisma's query builder, each against raw
//    SQL giving the same figures), the policy engine, and `npm start` on the
//    embedded database.
// 6. Prints a Markdown report and writes it to bench/results/<date>.md.
//
// With --against <ref>, it compares this checkout's Parity with another revision's instead: the
// same dataset, the same two pages (with and without findings), two Parity servers side by side in
// alternating rounds (see `compareAgainst`), so that the machine's drift hits both alike.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { measureAuditAppend, type AuditAppendMeasure } from './audit-append.ts';
import { postgresCpu, postgresCpuBetween } from './cpu.ts';
import { analyticsFieldsInSchema, measureAnalytics, measureApiAnalytics, type AnalyticsMeasure, type ApiAnalyticsMeasure } from './analytics.ts';
import { databaseName, ensureDataset, maintenanceUrl, type DatasetInfo } from './dataset.ts';
import type { LoadRequest, LoadResult } from './load-worker.ts';
import { findingsSelection, requestBody, schemaHasFindings } from './queries.ts';
import type { ParentMessage, ServerReady, ServerStats } from './servers/protocol.ts';
import { quoteInReadme } from './readme.ts';
import { summarizeProfiles, type ProfileShare } from './profile.ts';
import { measureStartup, type StartupMeasure } from './startup.ts';
import { checkoutTree, git, resolveCommit, UsageError, type OtherTree } from './worktree.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parity_bench' },
    rebuild: { type: 'boolean', default: false },
    'skip-startup': { type: 'boolean', default: false },
    'skip-policy': { type: 'boolean', default: false },
    'skip-analytics': { type: 'boolean', default: false },
    'skip-profile': { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    against: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(readmeUsage());
  process.exit(0);
}

const duration = positive('duration');
const rounds = positive('rounds');
const warmup = positive('warmup');
const connections = positive('connections');
const databaseUrl = args['database-url'];
if (args.against !== undefined && args.readme) {
  console.error('--readme quotes a full run in README.md; it does not go with --against');
  process.exit(2);
}

function positive(name: 'duration' | 'rounds' | 'warmup' | 'connections'): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got "${args[name]}")`);
    process.exit(2);
  }
  return value;
}

function readmeUsage(): string {
  return [
    'npm run bench [-- --duration S --rounds N --warmup S --connections N --rebuild --database-url URL --skip-startup --skip-policy --skip-analytics --skip-profile --readme --out FILE]',
    'npm run bench -- --against REF [--duration S --rounds N --warmup S --connections N --out FILE]   (this checkout against another revision)',
  ].join('\n');
}

const log = (line = '') => console.log(line);
/** Milliseconds as autocannon measures them (whole milliseconds above 10). */
const ms = (n: number) => format(n, n < 10 ? 1 : 0);
/** A ratio with three significant digits. */
const ratio = (n: number) => (Number.isFinite(n) ? Number(n.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 4 }) : 'n/a');
const format = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return result.rows[0]?.server_version ?? '?';
  } catch (error) {
    const where = new URL(databaseUrl);
    console.error(
      [
        `PostgreSQL is not reachable at ${where.hostname}:${where.port || '5432'} as user "${decodeURIComponent(where.username) || 'postgres'}": ${(error as Error).message}`,
        '',
        'npm run bench needs a PostgreSQL server (13 or newer) that lets this user create databases.',
        'Start one (for example `pg_ctlcluster 15 main start`, or `docker run -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres`),',
        'or point the benchmark at another with --database-url postgres://USER@HOST:PORT/parity_bench (or BENCH_DATABASE_URL).',
        `The benchmark creates and owns the database named in that URL ("${databaseName(databaseUrl)}").`,
      ].join('\n'),
    );
    process.exit(1);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Empties the audit trail of the benchmark database before the load: Parity appends one event per
 * claim and line read, and a trail grown by earlier runs would make runs incomparable. The trail
 * refuses TRUNCATE by a trigger; in this throwaway database the trigger is set aside for it.
 */
async function resetAuditTrail(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const before = await client.query<{ n: string }>('SELECT count(*) AS n FROM "AuditEvent"');
    await client.query('BEGIN');
    await client.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER');
    await client.query('TRUNCATE "AuditEvent"');
    await client.query('ALTER TABLE "AuditEvent" ENABLE TRIGGER USER');
    await client.query('COMMIT');
    return Number(before.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** The audit events one request for a page of 50 claims appends (the audit trail's growth). */
async function auditEventsOfOnePage(): Promise<number> {
  const before = await auditEvents();
  const server = await startServer('Parity', 'servers/parity.ts', startFlags());
  try {
    const target: Target = { kind: 'parity', label: 'Parity', server };
    checkPage(target, 50, await ask(target, 50));
    return (await auditEvents()) - before;
  } finally {
    await server.stop();
  }
}

async function auditEvents(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "AuditEvent"')).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Child processes
// ---------------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();

function stopChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
  }
}
process.on('SIGINT', () => {
  stopChildren();
  process.exit(130);
});
process.on('exit', stopChildren);

/** Runs `bench/<file>` of a tree (this checkout by default, or another revision's worktree). */
function forkTs(file: string, env: NodeJS.ProcessEnv = {}, extraArgs: string[] = [], tree = root): ChildProcess {
  const child = fork(path.join(tree, 'bench', file), [], {
    cwd: tree,
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', ...extraArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function nextMessage<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => cleanup(new Error(`no "${type}" message from a child within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: T | { type: 'error'; message: string }) => {
      if (message.type === type) {
        cleanup(null, message as T);
      } else if (message.type === 'error') {
        cleanup(new Error((message as { message: string }).message));
      }
    };
    const onExit = (code: number | null) => cleanup(new Error(`a child process exited (code ${code}) before sending "${type}"`));
    function cleanup(error: Error | null, message?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) {
        reject(error);
      } else {
        resolve(message as T);
      }
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

interface RunningServer {
  name: string;
  child: ChildProcess;
  url: string;
  headers: Record<string, string>;
  stats(): Promise<ServerStats>;
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Node.js flags `npm start` runs the server with (package.json "start": `tsx <flags> src/main.ts`),
 * so that the benchmark's Parity runs as deployed.
 */
function startFlags(tree = root): string[] {
  const pkg = JSON.parse(readFileSync(path.join(tree, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function startServer(name: string, file: string, nodeFlags: string[] = [], tree = root): Promise<RunningServer> {
  const child = forkTs(file, { BENCH_DATABASE_URL: databaseUrl, GRAPHILE_ENV: 'production', NODE_ENV: 'production' }, nodeFlags, tree);
  const ready = await nextMessage<ServerReady>(child, 'ready');
  return {
    name,
    child,
    url: ready.url,
    headers: ready.headers,
    stats: async () => {
      const reply = nextMessage<ServerStats>(child, 'stats', 10_000);
      child.send({ type: 'stats' } satisfies ParentMessage);
      return reply;
    },
    profileStart: async () => {
      const reply = nextMessage(child, 'profile-started', 10_000);
      child.send({ type: 'profile-start' } satisfies ParentMessage);
      await reply;
    },
    profileStop: async (file: string) => {
      const reply = nextMessage(child, 'profile-stopped', 60_000);
      child.send({ type: 'profile-stop', file } satisfies ParentMessage);
      await reply;
    },
    stop: async () => {
      if (child.exitCode !== null) {
        return;
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' } satisfies ParentMessage);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The claims page
// ---------------------------------------------------------------------------------------------

type TargetKind = 'parity' | 'parity+findings' | 'raw' | 'postgraphile';

interface Target {
  kind: TargetKind;
  label: string;
  server: RunningServer;
}

interface TargetFigures {
  target: Target;
  /** Statements for one request of a page of 10, 50 and 100 claims, measured alone. */
  statements: Record<10 | 50 | 100, number>;
  /** Bytes of the response body (page of 50). */
  bodyBytes: number;
  rounds: Array<LoadResult & RoundCost>;
}

/** What one request cost in a round, besides time. */
interface RoundCost {
  statementsPerRequest: number;
  /** CPU milliseconds of the server's own process per request. */
  serverCpuMs: number;
  /** CPU milliseconds of PostgreSQL's processes per request; null where they cannot be read (bench/cpu.ts). */
  postgresCpuMs: number | null;
}

const graphqlAccept = 'application/graphql-response+json, application/json';

async function ask(target: Target, first: number): Promise<{ status: number; text: string }> {
  const response = await fetch(target.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: graphqlAccept, ...target.server.headers },
    body: requestBody(target.kind, first),
  });
  return { status: response.status, text: await response.text() };
}

interface PageJson {
  data?: { claims?: { edges?: Array<{ node: Record<string, unknown> & { lines: unknown } }>; pageInfo?: { hasNextPage?: boolean } } };
  errors?: unknown[];
}

/** Checks one answer: no errors, a full page, every claim with lines. */
function checkPage(target: Target, first: number, answer: { status: number; text: string }): PageJson {
  const json = JSON.parse(answer.text) as PageJson;
  const edges = json.data?.claims?.edges;
  if (answer.status !== 200 || json.errors || !edges || edges.length !== first) {
    throw new Error(`${target.label} did not answer a page of ${first} claims (HTTP ${answer.status}): ${answer.text.slice(0, 1500)}`);
  }
  return json;
}

/** A claim reduced to what every server's answer has in common (PostGraphile names differ). */
function essence(json: PageJson): unknown[] {
  return (json.data?.claims?.edges ?? []).map(({ node }) => {
    const lines = (node.lines as { nodes?: unknown[] }).nodes ?? (node.lines as unknown[]);
    return [node.status, node.serviceFrom, node.serviceTo, node.totalCharge, (node.payer as { payerCode: string }).payerCode, (node.renderingProvider as { npi: string }).npi, lines.length];
  });
}

async function statementsFor(target: Target, first: number): Promise<number> {
  await ask(target, first); // the first request of a shape warms caches (prepared statements, plans)
  const before = await target.server.stats();
  checkPage(target, first, await ask(target, first));
  const after = await target.server.stats();
  return after.statements - before.statements;
}

function runLoad(worker: ChildProcess, target: Target, seconds: number): Promise<LoadResult> {
  const reply = nextMessage<LoadResult>(worker, 'result', (seconds + 60) * 1000);
  const request: LoadRequest = {
    type: 'run',
    url: target.server.url,
    body: requestBody(target.kind, 50),
    headers: { accept: graphqlAccept, ...target.server.headers },
    duration: seconds,
    connections,
  };
  worker.send(request);
  return reply;
}

/** One counted round of load on a target: what autocannon saw, and what each request cost. */
async function measuredRound(worker: ChildProcess, target: Target): Promise<LoadResult & RoundCost> {
  const before = await target.server.stats();
  const postgresBefore = postgresCpu();
  const result = await runLoad(worker, target, duration);
  const postgresSeconds = postgresCpuBetween(postgresBefore, postgresCpu());
  const after = await target.server.stats();
  const requests = Math.max(after.requests - before.requests, 1);
  return {
    ...result,
    statementsPerRequest: (after.statements - before.statements) / requests,
    serverCpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / requests,
    postgresCpuMs: postgresSeconds === null ? null : (postgresSeconds * 1000) / requests,
  };
}

/** A target's figures before any load: its statements per page size, and its page's size. */
async function figuresBeforeLoad(target: Target, answer: { text: string }): Promise<TargetFigures> {
  return {
    target,
    statements: { 10: await statementsFor(target, 10), 50: await statementsFor(target, 50), 100: await statementsFor(target, 100) },
    bodyBytes: Buffer.byteLength(answer.text),
    rounds: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Policy engine
// ---------------------------------------------------------------------------------------------

interface PolicyMeasure {
  evaluationsPerSecond: number;
  buildPerSecond: number;
  output: string;
}

async function measurePolicyEngine(): Promise<PolicyMeasure> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'policy-engine.ts'), '--claims', '20000', '--rounds', '5'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  children.delete(child);
  const number = (label: string) => Number((new RegExp(`\\| ${label}[^|]*\\| ([\\d,]+) \\|`).exec(output)?.[1] ?? 'NaN').replaceAll(',', ''));
  if (code !== 0) {
    throw new Error(`bench/policy-engine.ts exited with ${code}:\n${output}`);
  }
  return { evaluationsPerSecond: number('evaluate'), buildPerSecond: number('baseline'), output };
}

// ---------------------------------------------------------------------------------------------
// This checkout against another revision (--against)
// ---------------------------------------------------------------------------------------------

/**
 * Compares this checkout's Parity with another revision's, on the benchmark database: both
 * servers run at once, each in a process of its own with `npm start`'s flags, and are loaded in
 * alternating rounds (this, other; other, this...), the page without findings and the page with
 * them. The figures that follow a change are the ratios taken within each round: requests per
 * second, and CPU per request of the server and of PostgreSQL. Two runs of the same code give
 * the noise floor of the machine.
 *
 * @returns the report (Markdown)
 */
async function compareAgainst(ref: string, other: OtherTree): Promise<string> {
  const started = Date.now();
  const ours = await git(root, 'rev-parse', '--short=12', 'HEAD');
  const dirty = (await git(root, 'status', '--porcelain', '--untracked-files=no')) !== '';
  const thisLabel = `this checkout (${ours}${dirty ? ' with uncommitted changes' : ''})`;
  const otherLabel = `${ref} (${other.commit.slice(0, 12)})`;
  const servers: RunningServer[] = [];
  try {
    log(`Starting Parity from ${thisLabel} and from ${otherLabel} (worktree ${other.root})...`);
    const current = await startServer('this', 'servers/parity.ts', startFlags());
    servers.push(current);
    const previous = await startServer('other', 'servers/parity.ts', startFlags(other.root), other.root);
    servers.push(previous);
    const kinds: TargetKind[] = schemaHasFindings() && schemaHasFindings(other.root) ? ['parity', 'parity+findings'] : ['parity'];
    const pairs = kinds.map((kind) => {
      const page = kind === 'parity' ? 'page' : 'page + findings';
      return {
        kind,
        page,
        targets: [
          { kind, label: `${page}, ${thisLabel}`, server: current },
          { kind, label: `${page}, ${otherLabel}`, server: previous },
        ] as [Target, Target],
      };
    });

    const figures = new Map<Target, TargetFigures>();
    const sameAnswer = new Map<TargetKind, boolean>();
    for (const { kind, targets } of pairs) {
      const answers = [];
      for (const target of targets) {
        const answer = await ask(target, 50);
        answers.push(checkPage(target, 50, answer));
        figures.set(target, await figuresBeforeLoad(target, answer));
      }
      sameAnswer.set(kind, isDeepStrictEqual(answers[0], answers[1]));
    }

    const worker = forkTs('load-worker.ts');
    const all = pairs.flatMap((p) => p.targets);
    log(`Warm-up: ${warmup} s per server and page...`);
    for (const target of all) {
      await runLoad(worker, target, warmup);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const { targets } of pairs) {
        // Which revision goes first alternates from round to round.
        for (const target of round % 2 === 1 ? targets : [...targets].reverse()) {
          const result = await measuredRound(worker, target);
          (figures.get(target) as TargetFigures).rounds.push(result);
          log(`round ${round}/${rounds} ${target.label.padEnd(60)} ${format(rps(result), 1).padStart(8)} req/s  p50 ${ms(result.p50)} ms  p99 ${ms(result.p99)} ms`);
        }
      }
    }
    worker.send({ type: 'stop' });

    const lines = [
      `# ${thisLabel} against ${otherLabel}, ${new Date().toISOString().slice(0, 10)}`,
      '',
      `Machine: ${os.cpus().length} cores, Node ${process.version}. Both servers run at once on the benchmark database, each in a process of its own with the flags of its \`npm start\`; ` +
        `autocannon, ${connections} connections, ${warmup} s warm-up each, then ${rounds} rounds of ${duration} s per server and page, the order alternating from round to round. ` +
        `Medians over rounds; a ratio is taken within each round (this checkout / the other), then its median. CPU per request: the server's own process, and PostgreSQL's processes during its rounds. ` +
        `Produced by \`npm run bench -- --against ${ref}\` in ${format((Date.now() - started) / 60_000, 1)} minutes.`,
      '',
      '| page, revision | requests/s | p50 ms | p99 ms | statements (10 / 50 / 100; under load) | server CPU ms | PostgreSQL CPU ms | same answer |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
    ];
    const medianOf = (t: TargetFigures, value: (r: TargetFigures['rounds'][number]) => number) => median(t.rounds.map(value));
    // NaN where PostgreSQL's CPU cannot be read (bench/cpu.ts): its figures print n/a.
    const postgresOf = (r: TargetFigures['rounds'][number]) => r.postgresCpuMs ?? Number.NaN;
    for (const { kind, targets } of pairs) {
      for (const target of targets) {
        const t = figures.get(target) as TargetFigures;
        const postgres = medianOf(t, postgresOf);
        lines.push(
          `| ${target.label} | ${format(medianOf(t, rps), 1)} | ${ms(medianOf(t, (r) => r.p50))} | ${ms(medianOf(t, (r) => r.p99))} | ` +
            `${t.statements[10]} / ${t.statements[50]} / ${t.statements[100]}; ${format(medianOf(t, (r) => r.statementsPerRequest), 1)} | ` +
            `${format(medianOf(t, (r) => r.serverCpuMs), 1)} | ${Number.isNaN(postgres) ? 'n/a' : format(postgres, 1)} | ${sameAnswer.get(kind) ? 'yes' : '**no**'} |`,
        );
      }
    }
    lines.push('', '| page | requests/s, this / other | p50 | server CPU per request | PostgreSQL CPU per request | per round, requests/s |', '|---|---:|---:|---:|---:|---|');
    for (const { page, targets } of pairs) {
      const [a, b] = targets.map((target) => figures.get(target) as TargetFigures) as [TargetFigures, TargetFigures];
      const perRound = a.rounds.map((r, k) => rps(r) / rps(b.rounds[k] as LoadResult));
      const within = (value: (r: TargetFigures['rounds'][number]) => number) => median(a.rounds.map((r, k) => value(r) / value(b.rounds[k] as TargetFigures['rounds'][number])));
      lines.push(
        `| ${page} | ${ratio(median(perRound))} | ${ratio(within((r) => r.p50))} | ${ratio(within((r) => r.serverCpuMs))} | ${ratio(within(postgresOf))} | ` +
          `${perRound.map((x) => ratio(x)).join(', ')} |`,
      );
    }
    if ([...sameAnswer.values()].some((same) => !same)) {
      lines.push('', 'The two revisions do not answer a page with the same JSON: the comparison holds for throughput, but check that the difference is intended.');
    }
    lines.push('');
    return lines.join('\n');
  } finally {
    for (const server of servers) {
      await server.stop();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** PostgreSQL reached, the dataset built or reused, the audit trail of earlier runs emptied. */
async function prepareDatabase(): Promise<{ pgVersion: string; dataset: DatasetInfo }> {
  const pgVersion = await postgresVersion();
  log(`PostgreSQL ${pgVersion} at ${new URL(databaseUrl).host}, database "${databaseName(databaseUrl)}"`);
  const dataset: DatasetInfo = await ensureDataset(databaseUrl, { rebuild: args.rebuild, log });
  if (!dataset.built) {
    log(`Reusing the dataset built ${dataset.builtAt} (${dataset.version}); --rebuild starts over.`);
  }
  const cleared = await resetAuditTrail();
  if (cleared > 0) {
    log(`Emptied the benchmark database's audit trail (${format(cleared)} events from earlier runs).`);
  }
  return { pgVersion, dataset };
}

async function main(): Promise<void> {
  if (args.against !== undefined) {
    // A ref that names no commit fails before any work; the database is checked before the checkout.
    await resolveCommit(root, args.against);
    await prepareDatabase();
    const other = await checkoutTree(root, args.against, log);
    try {
      const report = await compareAgainst(args.against, other);
      log('');
      log(report);
      if (args.out) {
        const file = path.resolve(args.out);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, report);
        log(`Written to ${path.relative(root, file)}`);
      }
    } finally {
      await other.remove();
    }
    return;
  }
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const { pgVersion, dataset } = await prepareDatabase();

  const withFindings = schemaHasFindings();
  log('Starting the servers...');
  const parity = await startServer('Parity', 'servers/parity.ts', startFlags());
  const raw = await startServer('raw', 'servers/raw.ts');
  const postgraphile = await startServer('PostGraphile', 'servers/postgraphile.ts');
  const servers = [parity, raw, postgraphile];
  const targets: Target[] = [
    { kind: 'parity', label: 'Parity', server: parity },
    ...(withFindings ? [{ kind: 'parity+findings' as const, label: 'Parity + findings', server: parity }] : []),
    { kind: 'raw', label: 'raw SQL baseline (node:http + pg)', server: raw },
    { kind: 'postgraphile', label: 'PostGraphile 5', server: postgraphile },
  ];

  // Answers are checked before any load: same claims everywhere, same JSON from raw and Parity.
  const answers = new Map<TargetKind, PageJson>();
  const figures = new Map<TargetKind, TargetFigures>();
  for (const target of targets) {
    const answer = await ask(target, 50);
    answers.set(target.kind, checkPage(target, 50, answer));
    figures.set(target.kind, await figuresBeforeLoad(target, answer));
  }
  const parityAnswer = answers.get('parity') as PageJson;
  const sameJson = isDeepStrictEqual(answers.get('raw'), parityAnswer);
  const sameClaims = targets.every((t) => isDeepStrictEqual(essence(answers.get(t.kind) as PageJson), essence(parityAnswer)));
  if (!sameClaims) {
    throw new Error('The servers do not answer the same claims for the same page: the comparison would be meaningless.');
  }
  log(`All servers answer the same 50 claims; the raw baseline's JSON ${sameJson ? 'is identical to' : 'DIFFERS from'} Parity's.`);

  const worker = forkTs('load-worker.ts');
  log(`Warm-up: ${warmup} s per server...`);
  for (const target of targets) {
    await runLoad(worker, target, warmup);
  }
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order within rounds too (A B C, C B A...), so no server always follows another.
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      const result = await measuredRound(worker, target);
      (figures.get(target.kind) as TargetFigures).rounds.push(result);
      log(
        `round ${round}/${rounds} ${target.label.padEnd(34)} ${format(result.requests / result.seconds, 1).padStart(8)} req/s  p50 ${ms(result.p50)} ms  p99 ${ms(result.p99)} ms${result.non2xx + result.errors > 0 ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''}`,
      );
    }
  }
  // One more round of Parity alone, profiled, not counted in the figures above.
  const profiles: Array<{ label: string; files: string[]; busySeconds: number; shares: ProfileShare[] }> = [];
  if (!args['skip-profile']) {
    const dir = path.join(here, 'results', 'profiles');
    await mkdir(dir, { recursive: true });
    for (const target of targets.filter((t) => t.server === parity)) {
      const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${target.kind.replace(/\W/g, '-')}.cpuprofile`);
      await target.server.profileStart();
      await runLoad(worker, target, duration);
      await target.server.profileStop(file);
      profiles.push({ label: target.label, files: [path.relative(root, file)], ...(await summarizeProfiles([file])) });
      log(`Profiled ${target.label} under load: ${path.relative(root, file)}`);
    }
  }
  worker.send({ type: 'stop' });
  const audited = await auditEvents();
  const parityRequests = (await parity.stats()).requests;
  for (const server of servers) {
    await server.stop();
  }

  // The audit trail's part of a page, measured alone: the events one page of 50 writes.
  const eventsPerPage = await auditEventsOfOnePage();
  log(`Audit append: ${eventsPerPage} events per page of 50, the server's one statement against the first version (Prisma createMany)...`);
  const auditAppend = await measureAuditAppend(databaseUrl, eventsPerPage);

  let analytics: AnalyticsMeasure[] = [];
  let apiAnalytics: ApiAnalyticsMeasure[] = [];
  if (!args['skip-analytics']) {
    log('Analytics: the API against raw SQL...');
    apiAnalytics = await measureApiAnalytics(databaseUrl, 15);
    log('Analytics: Prisma against raw SQL...');
    analytics = await measureAnalytics(databaseUrl, 15);
  }
  let policy: PolicyMeasure | null = null;
  if (!args['skip-policy']) {
    log('Policy engine (bench/policy-engine.ts)...');
    policy = await measurePolicyEngine();
  }
  let startup: StartupMeasure[] = [];
  if (!args['skip-startup']) {
    log('Start-up on the embedded database (npm start)...');
    startup = await measureStartup();
  }

  const report = renderReport({ pgVersion, dataset, figures, targets, sameJson, withFindings, analytics, apiAnalytics, policy, startup, audited, parityRequests, auditAppend, profiles, minutes: (Date.now() - started) / 60_000, load: [loadBefore, os.loadavg()[0] ?? 0] });
  log('');
  log(report);
  const date = new Date().toISOString().slice(0, 10);
  const file = args.out ? path.resolve(args.out) : path.join(here, 'results', `${date}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, report);
  log(`Written to ${path.relative(root, file)}`);
  if (args.readme) {
    log((await quoteInReadme(path.relative(root, file), report)) ? 'README.md: Performance section updated.' : 'README.md has no bench:results markers: not updated.');
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

interface ReportInput {
  pgVersion: string;
  dataset: DatasetInfo;
  figures: Map<TargetKind, TargetFigures>;
  targets: Target[];
  sameJson: boolean;
  withFindings: boolean;
  analytics: AnalyticsMeasure[];
  apiAnalytics: ApiAnalyticsMeasure[];
  policy: PolicyMeasure | null;
  startup: StartupMeasure[];
  audited: number;
  parityRequests: number;
  auditAppend: AuditAppendMeasure;
  profiles: Array<{ label: string; files: string[]; busySeconds: number; shares: ProfileShare[] }>;
  minutes: number;
  /** The machine's one-minute load average when the run started and when it ended. */
  load: [number, number];
}

const rps = (r: LoadResult) => r.requests / r.seconds;

/** The median over rounds of a ratio taken within each round. */
function roundRatio(a: TargetFigures, b: TargetFigures, value: (r: LoadResult) => number): number {
  return median(a.rounds.map((r, k) => value(r) / value(b.rounds[k] as LoadResult)));
}

function renderReport(input: ReportInput): string {
  const { figures, dataset } = input;
  const f = (kind: TargetKind) => figures.get(kind);
  const parity = f('parity') as TargetFigures;
  const raw = f('raw') as TargetFigures;
  const postgraphile = f('postgraphile') as TargetFigures;
  const findings = f('parity+findings');
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const c = dataset.counts;
  const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
  const busy = Math.max(...input.load) > os.cpus().length;

  push(
    `# Benchmark results, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${os.cpus().length} cores (${cpu}), ${format(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; PostgreSQL ${input.pgVersion} on the same machine. ` +
      `Load: autocannon, ${connections} connections, from a separate process; ${warmup} s warm-up per server, then ${rounds} alternating rounds of ${duration} s each. ` +
      `Each server runs in a process of its own (one core each at most), on the same database, on loopback. Produced by \`npm run bench\` in ${format(input.minutes, 1)} minutes; ` +
      `the machine's load average was ${format(input.load[0], 1)} when it started and ${format(input.load[1], 1)} when it ended (other work on the machine shares its cores: compare ratios, not absolute figures, across runs).`,
    '',
    ...(busy
      ? [
          `**Warning: the machine was busy** (load average up to ${format(Math.max(...input.load), 1)} on ${os.cpus().length} cores): absolute figures (requests/s, latencies, evaluations per second, start-up times) are lower than on a quiet machine; the ratios taken within a round hold better.`,
          '',
        ]
      : []),
    `Dataset (\`${dataset.version}\`, deterministic, reused when present): ${format(c.Claim ?? 0)} claims, ${format(c.ClaimLine ?? 0)} lines, ${format(c.Provider ?? 0)} providers, ${format(c.Patient ?? 0)} patients, ` +
      `${format(c.Coverage ?? 0)} coverages, ${format(c.ProviderEnrollment ?? 0)} enrollments, ${format(c.Authorization ?? 0)} authorizations, ${format(c.Remittance ?? 0)} remittances with ${format(c.RemittanceAdjustment ?? 0)} adjustments.`,
    '',
    '## Claims page: 50 claims with their lines, payer and rendering provider',
    '',
    'Medians over rounds. Statements: SQL statements for one request of a page of 10 / 50 / 100 claims, measured alone (under load, per request: in brackets). ' +
      "CPU per request, under load: the server's own process, and PostgreSQL's processes during the server's rounds (bench/cpu.ts). Bytes: the response body of a page of 50.",
    '',
    '| server | requests/s | p50 ms | p99 ms | SQL statements per request (10 / 50 / 100) | server CPU ms per request | PostgreSQL CPU ms per request | bytes per response |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const target of input.targets) {
    const t = f(target.kind) as TargetFigures;
    const postgres = t.rounds.every((r) => r.postgresCpuMs !== null) ? format(median(t.rounds.map((r) => r.postgresCpuMs as number)), 1) : 'n/a';
    push(
      `| ${target.label} | ${format(median(t.rounds.map(rps)), 1)} | ${ms(median(t.rounds.map((r) => r.p50)))} | ${ms(median(t.rounds.map((r) => r.p99)))} | ` +
        `${t.statements[10]} / ${t.statements[50]} / ${t.statements[100]} (${format(median(t.rounds.map((r) => r.statementsPerRequest)), 1)}) | ` +
        `${format(median(t.rounds.map((r) => r.serverCpuMs)), 1)} | ${postgres} | ${format(t.bodyBytes)} |`,
    );
  }
  const toRaw = roundRatio(parity, raw, rps);
  const toPostgraphile = roundRatio(parity, postgraphile, rps);
  const latencyToRaw = roundRatio(parity, raw, (r) => r.p50);
  const latencyToPostgraphile = roundRatio(parity, postgraphile, (r) => r.p50);
  const p99OverP50 = median(parity.rounds.map((r) => r.p99 / r.p50));
  const sameCount = parity.statements[10] === parity.statements[100];
  push(
    '',
    'Ratios (taken within each round, median over rounds):',
    '',
    '| ratio | requests/s | p50 latency |',
    '|---|---:|---:|',
    `| Parity / raw | ${ratio(toRaw)} | ${ratio(latencyToRaw)} |`,
    `| Parity / PostGraphile | ${ratio(toPostgraphile)} | ${ratio(latencyToPostgraphile)} |`,
    '',
    'Targets of issue 7:',
    '',
    `- Parity at least matches PostGraphile's requests/s: ${ratio(toPostgraphile)}x, ${yes(toPostgraphile >= 1)}${toPostgraphile < 1 ? ` (${ratio(1 / toPostgraphile)} times short)` : ''}.`,
    `- Parity reaches at least half the raw baseline's requests/s: ${ratio(toRaw)}x, ${yes(toRaw >= 0.5)}${toRaw < 0.5 ? ` (${ratio(0.5 / toRaw)} times short)` : ''}.`,
    `- Parity's p99 under twice its p50: ${ratio(p99OverP50)}x, ${yes(p99OverP50 < 2)}.`,
    `- The same number of SQL statements for a page of 10 and of 100: ${parity.statements[10]} and ${parity.statements[100]}, ${yes(sameCount)}.`,
  );
  if (findings) {
    const overhead = roundRatio(findings, parity, (r) => r.p50) - 1;
    push(`- Findings add at most 10% to the page's latency: +${format(overhead * 100, 1)}% at p50, ${yes(overhead <= 0.1)}.`);
  } else {
    push(
      `- Findings add at most 10% to the page's latency: TODO, not measured: \`Claim.findings\` and \`Claim.willPay\` are not in schema/schema.graphql yet. ` +
        `When they are, this benchmark adds \`${findingsSelection}\` to Parity's query (bench/queries.ts) and measures "Parity + findings" beside Parity.`,
    );
  }
  push(
    '',
    `Notes: the raw baseline's JSON ${input.sameJson ? 'is identical to' : '**differs from**'} Parity's for the same page; all servers return the same 50 claims. ` +
      `PostGraphile answers the same shape in its own naming (lines under \`nodes\`, the provider's first and last name instead of \`displayName\`), filtered by organization with a \`condition\`. ` +
      `Parity checks a bearer token, applies row-level access and writes the audit trail (one event per claim read, its lines in its event: ${format(input.audited)} events during this run; the requests that finish while their organization's append runs are appended together in the next, which is why Parity's statements per request under load, in brackets, are below 3); the other two do none of this. ` +
      `Parity logs at warn level here (info in production), and runs with the Node.js flags of \`npm start\` (${startFlags().join(' ') || 'none'}).`,
    '',
    'Per round (requests/s; p50 / p99 ms):',
    '',
    `| server | ${Array.from({ length: rounds }, (_, k) => `round ${k + 1}`).join(' | ')} |`,
    `|---|${Array.from({ length: rounds }, () => '---:').join('|')}|`,
  );
  for (const target of input.targets) {
    const t = f(target.kind) as TargetFigures;
    push(`| ${target.label} | ${t.rounds.map((r) => `${format(rps(r), 1)}; ${ms(r.p50)} / ${ms(r.p99)}${r.non2xx + r.errors > 0 ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`).join(' | ')} |`);
  }

  for (const profile of input.profiles) {
    const top = profile.shares.slice(0, 12);
    const rest = profile.shares.slice(12).reduce((sum, s) => sum + s.share, 0);
    push(
      '',
      `Where ${profile.label}'s CPU time goes under the same load (one extra round of ${duration} s with V8's sampling profiler on, not counted above; self time by package, share of ${format(profile.busySeconds, 1)} busy seconds; profile: \`${profile.files.join(', ')}\`, open it in Chrome DevTools):`,
      '',
      '| code | share of busy CPU |',
      '|---|---:|',
      ...top.map((s) => `| ${s.owner} | ${format(s.share * 100, 1)}% |`),
      `| everything else | ${format(rest * 100, 1)}% |`,
    );
  }

  const a = input.auditAppend;
  push(
    '',
    `The audit trail's part: one request for the page appends ${a.events} audit events (one per record read: the operation's, and one per claim, with its lines' fields in it; ${format(input.audited)} events for ${format(input.parityRequests)} Parity requests in this run), ` +
      'hash-chained under the organization\'s chain lock: one statement (the database function `parity_append_audit` takes the lock, reads the last hash, chains and inserts the events), which is its own transaction, so the lock is held only while it runs and commits. ' +
      'Appends of one organization take turns at that lock anyway, so the server joins the events of the requests that finish while an append runs into the next append (src/audit/log.ts `ReadTrailAppender`; each request still answers only once its own events are committed). ' +
      'One page\'s append measured alone (median of 30, rolled back), beside the way it was first written:',
    '',
    '| audit append of one page | wall ms | Node CPU ms |',
    '|---|---:|---:|',
    `| as the server does it (src/audit/log.ts \`writeAuditEvents\`: one statement, \`parity_append_audit\`, on the driver adapter's connection) | ${format(a.server.wallMs, 1)} | ${format(a.server.cpuMs, 1)} |`,
    `| first version (lock, last hash, chain in JavaScript, Prisma \`createMany\`: four statements in a transaction) | ${format(a.createMany.wallMs, 1)} | ${format(a.createMany.cpuMs, 1)} |`,
  );

  push('', '## Analytics on the large dataset', '');
  if (input.analytics.length === 0 && input.apiAnalytics.length === 0) {
    push('Skipped (--skip-analytics).');
  } else {
    const measured = new Set(input.apiAnalytics.map((a) => /^analytics\.(\w+)/.exec(a.field)?.[1]));
    const unmeasured = analyticsFieldsInSchema().filter((field) => !measured.has(field));
    push(
      'Median of 15 alternating runs each, in milliseconds. Target of issue 7: within 1.5x of the equivalent raw SQL.',
      '',
      "The API: `Query.analytics` asked of the server in-process (GraphQL execution, token, access rules and the report's one statement, as over HTTP but without the network), against one hand-written statement giving the same figures by the API's definitions (bench/analytics.ts):",
      '',
      '| report | GraphQL field | raw SQL ms | API ms | API / raw | statements (raw / API) | same figures | within 1.5x |',
      '|---|---|---:|---:|---:|---:|---|---|',
      ...input.apiAnalytics.map(
        (a) =>
          `| ${a.name} | \`${a.field}\` | ${format(a.rawMs, 1)} | ${format(a.apiMs, 1)} | ${ratio(a.apiMs / a.rawMs)} | 1 / ${a.apiStatements} | ${a.agree ? 'yes' : '**no**'} | ${yes(a.apiMs / a.rawMs <= 1.5)} |`,
      ),
      '',
      "Prisma's query builder for comparable figures (`groupBy` / `aggregate`: the sums are computed by PostgreSQL; only grouped rows reach JavaScript), against raw SQL; the API does not use these, it sends the SQL above:",
      '',
      '| query | raw SQL ms | Prisma ms | Prisma / raw | statements (raw / Prisma) | same figures |',
      '|---|---:|---:|---:|---:|---|',
      ...input.analytics.map(
        (a) => `| ${a.name} | ${format(a.rawMs, 1)} | ${format(a.prismaMs, 1)} | ${ratio(a.prismaMs / a.rawMs)} | ${a.rawStatements} / ${a.prismaStatements} | ${a.agree ? 'yes' : '**no**'} |`,
      ),
      ...(unmeasured.length > 0 ? ['', `Fields of \`Query.analytics\` not timed here: ${unmeasured.map((f) => `\`${f}\``).join(', ')}.`] : []),
    );
  }

  push('', '## Policy engine', '');
  if (input.policy) {
    push(
      `${format(input.policy.evaluationsPerSecond)} claim evaluations per second on one core, on prepared claim snapshots (bench/policy-engine.ts: 20,000 typical outpatient claims, 5 rounds, median), ` +
        `against ${format(input.policy.buildPerSecond)} snapshots built per second in the same run (evaluation / building: ${ratio(input.policy.evaluationsPerSecond / input.policy.buildPerSecond)}x). ` +
        `Target 100,000 per second: ${yes(input.policy.evaluationsPerSecond >= 100_000)}${busy ? ' (an absolute figure, measured on a busy machine: see the warning above)' : ''}.`,
    );
  } else {
    push('Skipped (--skip-policy).');
  }

  push('', '## Start-up on the embedded database', '');
  if (input.startup.length > 0) {
    push(
      'From spawning `npm start` (fresh PGlite folder in a temporary directory) to `/health` answering, and to the first GraphQL answer with data.',
      '',
      '| start | /health s | first GraphQL answer s |',
      '|---|---:|---:|',
      ...input.startup.map((s) => `| ${s.label} | ${format(s.health, 1)} | ${format(s.firstAnswer, 1)} |`),
    );
  } else {
    push('Skipped (--skip-startup).');
  }
  push('');
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
    stopChildren();
    process.exit(1);
  },
);
