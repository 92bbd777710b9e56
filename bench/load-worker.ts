// The load generator: a child process of bench/run.ts that runs autocannon on request, so the
// load is generated outside the orchestrator and outside every server. Bounded in time: each run
// lasts the duration it is given.

import autocannon from 'autocannon';

export interface LoadRequest {
  type: 'run';
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Seconds. */
  duration: number;
  connections: number;
}

export interface LoadResult {
  type: 'result';
  requests: number;
  seconds: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Bytes received per response, headers included (autocannon's throughput / requests). */
  bytesPerResponse: number;
}

if (!process.send) {
  console.error('This file is started by bench/run.ts (npm run bench), not on its own.');
  process.exit(2);
}

process.on('message', (message: LoadRequest | { type: 'stop' }) => {
  if (message.type === 'stop') {
    process.exit(0);
  }
  void autocannon({
    url: message.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...message.headers },
    body: message.body,
    duration: message.duration,
    connections: message.connections,
    pipelining: 1,
  }).then(
    (r) => {
      const seconds = (r.finish.getTime() - r.start.getTime()) / 1000;
      const result: LoadResult = {
        type: 'result',
        requests: r.requests.total,
        seconds,
        p50: r.latency.p50,
        p99: r.latency.p99,
        mean: r.latency.mean,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
        bytesPerResponse: r.requests.total > 0 ? r.throughput.total / r.requests.total : 0,
      };
      process.send?.(result);
    },
    (error: unknown) => {
      console.error('autocannon failed:', error);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
