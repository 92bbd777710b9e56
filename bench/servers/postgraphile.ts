// Benchmark server 3: PostGraphile v5 (what a team would pick instead of writing an API), over the
// same tables of the same database, with its recommended preset (Amber). One change to its
// defaults: PostGraphile only offers to order by the first column of an index, and the page is
// ordered by date of service, the second column of Claim's (organizationId, serviceFrom) index;
// with the index behavior plugin off, every column can order. The query filters by organization
// (a `condition`) as Parity's scoping does, so PostgreSQL runs the same plan for both. Every
// statement sent on the pool's connections is counted. Started by bench/run.ts.

import './node22.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { required, serveChild } from './protocol.ts';

serveChild(async () => {
  const pool = new pg.Pool({ connectionString: required('BENCH_DATABASE_URL'), max: 10 });
  let statements = 0;
  let requests = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // pg's query has many overloads; the wrapper only counts and passes every argument through.
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphiql: false },
    grafast: { explain: false },
  });
  const serv = pgl.createServ(grafserv);
  const http = createServer();
  http.on('request', () => {
    requests += 1;
  });
  serv.addTo(http);
  await pgl.getSchema();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    statements: () => statements,
    requests: () => requests,
    close: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await pgl.release();
      await pool.end();
    },
  };
});
