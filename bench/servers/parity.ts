// Benchmark server 1: Parity itself (src/server.ts), on the benchmark database, with production
// settings, acting for an ADMIN of the dataset's organization. Every SQL statement Prisma sends
// is counted (src/db/statement-counter.ts). Started by bench/run.ts.

import { PrismaPg } from '@prisma/adapter-pg';
import { mintToken } from '../../src/auth/tokens.ts';
import { loadConfig } from '../../src/config.ts';
import { postgresPool, type Database } from '../../src/db/client.ts';
import { countingAdapterFactory, StatementCounter } from '../../src/db/statement-counter.ts';
import { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createServer } from '../../src/server.ts';
import { benchAdminSubject, benchOrganizationId } from '../dataset.ts';
import { required, serveChild } from './protocol.ts';

let counted = 0;

serveChild(async () => {
  const databaseUrl = required('BENCH_DATABASE_URL');
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: 'benchmark-secret-of-at-least-thirty-two-characters',
    // Requests are logged at info in production; the benchmark keeps warnings only, as the
    // other two servers log nothing per request.
    LOG_LEVEL: 'warn',
    // One token sends every request of the benchmark: the per-token budget must not throttle it.
    RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const counter = new StatementCounter();
  // The server's own pool (its settings and error listeners), with every statement counted.
  const pool = postgresPool(databaseUrl);
  const adapterFactory = countingAdapterFactory(new PrismaPg(pool), counter);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const db: Database = { kind: 'postgres', prisma, adapterFactory, close: () => prisma.$disconnect().then(() => pool.end()) };
  const server = createServer(config, db);
  let requests = 0;
  server.http.on('request', () => {
    requests += 1;
  });
  const url = await server.listen();
  const token = await mintToken(config.auth, { subject: benchAdminSubject, role: 'ADMIN', organizationId: benchOrganizationId });
  return {
    url,
    headers: { authorization: `Bearer ${token}` },
    // The counter keeps every statement's text; only the count is needed here, so fold the
    // texts into a running total each time it is read.
    statements: () => {
      counted += counter.count;
      counter.reset();
      return counted;
    },
    requests: () => requests,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
});
