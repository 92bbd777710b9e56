// The HTTP server's connection handling, on raw sockets (fetch would hide what the server does
// with a connection): keep-alive held past what it advertises, slow headers cut off, and a stop
// that tells clients not to reuse a connection.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

/** Whether a whole response has arrived: its headers, then its Content-Length or its last chunk. */
function complete(response: string): boolean {
  const end = response.indexOf('\r\n\r\n');
  if (end < 0) {
    return false;
  }
  const length = /\r\ncontent-length: (\d+)\r\n/i.exec(response.slice(0, end + 2))?.[1];
  return length === undefined ? response.endsWith('\r\n0\r\n\r\n') : response.length - end - 4 >= Number(length);
}

/** A raw HTTP/1.1 connection that collects what the server sends and notices when it closes. */
function rawConnection(origin: string) {
  const { hostname, port } = new URL(origin);
  const socket: Socket = connect(Number(port), hostname);
  let received = '';
  let closed = false;
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
    wake();
  });
  socket.on('close', () => {
    closed = true;
    wake();
  });
  socket.on('error', () => undefined);
  /** Waits until `done` holds of what was received, or the connection closed, or `ms` passed. */
  const until = (done: (text: string) => boolean, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      const check = () => {
        if (done(received) || closed) {
          clearTimeout(timer);
          resolve();
        } else {
          waiters.push(check);
        }
      };
      check();
    });
  return {
    socket,
    get closed() {
      return closed;
    },
    get received() {
      return received;
    },
    /** Sends a GET and waits for its complete response (or a close). */
    async get(path: string, extraHeaders = ''): Promise<string> {
      const before = received.length;
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n${extraHeaders}\r\n`);
      await until((text) => complete(text.slice(before)), 10_000);
      return received.slice(before);
    },
    until,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`HTTP connections on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
    api = await startServer(db, { HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('advertises its keep-alive timeout and keeps an idle connection open past it', async () => {
    const connection = rawConnection(api.origin);
    const first = await connection.get('/health');
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(first).toMatch(/\r\nkeep-alive: timeout=1\r\n/i);
    // A client that honours the header has given the connection up by now; one whose timers ran
    // late (a busy event loop) may still send on it, and must be answered, not cut off.
    await sleep(2_000);
    expect(connection.closed).toBe(false);
    const second = await connection.get('/health');
    expect(second).toMatch(/^HTTP\/1\.1 200/);
    connection.socket.destroy();
  });

  it('closes a connection whose request headers do not arrive in time', async () => {
    const connection = rawConnection(api.origin);
    connection.socket.write(`GET /health HTTP/1.1\r\nHost: localhost\r\n`);
    await connection.until(() => false, 8_000);
    expect(connection.closed).toBe(true);
    expect(connection.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers a request in flight during a stop with Connection: close, then closes', async () => {
    const server = await startServer(db);
    const { hostname, port } = new URL(server.origin);
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    const body = JSON.stringify({ query: '{ __typename }' });
    // The headers now, the body after the stop began: the request is in flight throughout.
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\ncontent-type: application/json\r\n` +
        `authorization: Bearer ${server.token}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await sleep(200);
    const stopped = server.close();
    await sleep(50);
    socket.write(body);
    await stopped;
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/\r\nconnection: close\r\n/i);
    expect(received).toContain('"__typename":"Query"');
  });
});
