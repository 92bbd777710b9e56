// How the benchmark talks to the servers it starts: each server runs in a child process of its
// own (forked with an IPC channel), says where it listens once ready, answers "how many SQL
// statements and requests so far", and stops when told. The orchestrator (bench/run.ts) is the
// parent; the load generator (bench/load-worker.ts) is another child.

import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

export interface ServerReady {
  type: 'ready';
  /** URL of the GraphQL endpoint. */
  url: string;
  /** Headers every request carries (Parity: the bearer token). */
  headers: Record<string, string>;
}

export interface ServerStats {
  type: 'stats';
  /** SQL statements sent to PostgreSQL since the process started. */
  statements: number;
  /** HTTP requests received since the process started. */
  requests: number;
  /** CPU time of the server's process since it started (user and system), in microseconds. */
  cpuMicros: number;
}

export type ParentMessage =
  | { type: 'stats' }
  | { type: 'stop' }
  /** Start the V8 CPU profiler (sampling) in the server's process. */
  | { type: 'profile-start' }
  /** Stop it and write the profile (Chrome DevTools' .cpuprofile format) to `file`. */
  | { type: 'profile-stop'; file: string };
export type ChildMessage =
  | ServerReady
  | ServerStats
  | { type: 'profile-started' }
  | { type: 'profile-stopped'; file: string }
  | { type: 'error'; message: string };

export interface StartedServer {
  url: string;
  headers: Record<string, string>;
  statements(): number;
  requests(): number;
  close(): Promise<void>;
}

/**
 * Runs a benchmark server in this child process: starts it, reports readiness to the parent,
 * then answers the parent's messages until told to stop.
 *
 * @param start - starts the server
 */
export function serveChild(start: () => Promise<StartedServer>): void {
  const send = (message: ChildMessage) => process.send?.(message);
  if (!process.send) {
    console.error('This file is started by bench/run.ts (npm run bench), not on its own.');
    process.exit(2);
  }
  let profiler: Session | null = null;
  start().then(
    (server) => {
      process.on('message', (message: ParentMessage) => {
        if (message.type === 'stats') {
          const cpu = process.cpuUsage();
          send({ type: 'stats', statements: server.statements(), requests: server.requests(), cpuMicros: cpu.user + cpu.system });
        } else if (message.type === 'stop') {
          void server.close().finally(() => process.exit(0));
        } else if (message.type === 'profile-start') {
          profiler = new Session();
          profiler.connect();
          void profiler
            .post('Profiler.enable')
            .then(() => profiler?.post('Profiler.start'))
            .then(() => send({ type: 'profile-started' }));
        } else if (message.type === 'profile-stop' && profiler) {
          const session = profiler;
          profiler = null;
          void session
            .post('Profiler.stop')
            .then(({ profile }) => writeFile(message.file, JSON.stringify(profile)))
            .then(() => {
              session.disconnect();
              send({ type: 'profile-stopped', file: message.file });
            });
        }
      });
      // The parent went away (interrupted): do not linger.
      process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
      send({ type: 'ready', url: server.url, headers: server.headers });
    },
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    },
  );
}

/** Reads a required environment variable set by the orchestrator. */
export function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set (this file is started by bench/run.ts)`);
  }
  return value;
}
