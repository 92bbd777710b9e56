// Benchmark server 1: Parity itself (bench/servers/parity-app.ts: src/server.ts on the benchmark
// database, production settings, every statement counted), on loopback. Started by bench/run.ts.

import { parityApp } from './parity-app.ts';
import { required, serveChild } from './protocol.ts';

let counted = 0;

serveChild(async () => {
  const app = await parityApp(required('BENCH_DATABASE_URL'));
  let requests = 0;
  app.server.http.on('request', () => {
    requests += 1;
  });
  const url = await app.server.listen();
  return {
    url,
    headers: app.headers,
    // The counter keeps every statement's text; only the count is needed here, so fold the
    // texts into a running total each time it is read.
    statements: () => {
      counted += app.counter.count;
      app.counter.reset();
      return counted;
    },
    requests: () => requests,
    close: app.close,
  };
});
