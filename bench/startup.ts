// Time from `npm start` to the first answer on the embedded database: a fresh PGlite folder in a
// temporary directory (so the first start applies the migrations and seeds the demo clinic), then
// a second start on the same folder (the data is reused). Each start is timed to /health
// answering, then to a GraphQL query answering with data.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { demoOrganizationId } from '../src/seed/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartupMeasure {
  label: string;
  /** Seconds from spawning `npm start` to /health answering 200. */
  health: number;
  /** Seconds from spawning `npm start` to the first GraphQL answer with data. */
  firstAnswer: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startOnce(label: string, dataDir: string, token: string, timeoutMs: number): Promise<StartupMeasure> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.AUTH_JWT_SECRET;
  delete env.AUTH_JWKS_URL;
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  // Its own process group, so that npm, tsx and the server stop together.
  const child = spawn('npm', ['start', '--silent'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  try {
    let health = 0;
    while (health === 0) {
      if (exited || seconds() * 1000 > timeoutMs) {
        throw new Error(`npm start did not answer /health (${exited ? 'it exited' : 'timed out'}):\n${output.slice(-2000)}`);
      }
      const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
      if (ok) {
        health = seconds();
      } else {
        await sleep(25);
      }
    }
    let firstAnswer = 0;
    while (firstAnswer === 0) {
      if (exited || seconds() * 1000 > timeoutMs) {
        throw new Error(`npm start did not answer a GraphQL query (${exited ? 'it exited' : 'timed out'}):\n${output.slice(-2000)}`);
      }
      const answer = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ claims(first: 5) { edges { node { id status } } } }' }),
      }).then(
        async (r) => (await r.json()) as { data?: { claims?: { edges?: unknown[] } } },
        () => null,
      );
      if (answer?.data?.claims?.edges?.length) {
        firstAnswer = seconds();
      } else {
        await sleep(25);
      }
    }
    return { label, health, firstAnswer };
  } finally {
    if (!exited && child.pid !== undefined) {
      process.kill(-child.pid, 'SIGTERM');
      const stopped = new Promise((resolve) => child.once('exit', resolve));
      if ((await Promise.race([stopped, sleep(15_000).then(() => 'timeout')])) === 'timeout') {
        process.kill(-child.pid, 'SIGKILL');
      }
    }
  }
}

/**
 * Starts Parity twice on a fresh embedded database and times both starts.
 *
 * @param timeoutMs - how long one start may take
 */
export async function measureStartup(timeoutMs = 240_000): Promise<StartupMeasure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parity-bench-start-'));
  const dataDir = path.join(dir, 'pglite');
  const config = loadConfig({ NODE_ENV: 'development' });
  const token = await mintToken(config.auth, { subject: 'demo-admin', role: 'ADMIN', organizationId: demoOrganizationId() });
  try {
    return [
      await startOnce('first start: new folder (migrations + demo seed)', dataDir, token, timeoutMs),
      await startOnce('second start: same folder (data reused)', dataDir, token, timeoutMs),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
