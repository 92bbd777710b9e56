import { Writable } from 'node:stream';
import { tracing } from '@opentelemetry/sdk-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/observability/logger.ts';
import { startTracing } from '../src/observability/tracing.ts';
import { ClaimCountDocument, PatientNamesDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

describe(`logs, metrics and traces on ${databaseKind}`, () => {
  const lines: string[] = [];
  const spans = new tracing.InMemorySpanExporter();
  let stopTracing: () => Promise<void>;
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    const tracer = startTracing(spans);
    stopTracing = () => tracer.shutdown();
    db = await createTestDatabase('seeded');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    api = await startServer(db, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, { logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
    await stopTracing();
  });

  it('log one structured line per request, with its id, and no patient data', async () => {
    const response = await api.post({ query: 'query Names { patients(first: 5) { edges { node { firstName lastName } } } }' }, { 'x-request-id': 'req-test-42' });
    expect(response.headers.get('x-request-id')).toBe('req-test-42');
    const body = (await response.json()) as { data: { patients: { edges: Array<{ node: { firstName: string; lastName: string } }> } } };
    const names = body.data.patients.edges.flatMap((e) => [e.node.firstName, e.node.lastName]);
    await api.post({ query: '{ patients(first: 1) { edges { node { noSuchField } } } }' });
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = entries.find((e) => e.requestId === 'req-test-42');
    expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'Names', role: 'ADMIN' });
    expect(typeof line?.durationMs).toBe('number');
    const text = lines.join('\n');
    expect(names.length).toBe(10);
    for (const name of names) {
      expect(text).not.toContain(`"${name}"`);
    }
  });

  it('serve Prometheus metrics of operations, errors and latencies', async () => {
    await api.execute(ClaimCountDocument, {});
    await (await api.as('ANALYST')).execute(PatientNamesDocument, { first: 1 });
    const metrics = await (await fetch(`${api.origin}/metrics`)).text();
    expect(metrics).toMatch(/graphql_envelop_request_duration_bucket\{[^}]*operationName="ClaimCount"/);
    expect(metrics).toMatch(/graphql_envelop_error_result\{[^}]*operationName="PatientNames"/);
    expect(metrics).toContain('parity_process_cpu_seconds_total');
  });

  it('trace operations and database calls when tracing is configured', async () => {
    spans.reset();
    await api.execute(ClaimCountDocument, {});
    const { trace } = await import('@opentelemetry/api');
    const provider = trace.getTracerProvider() as unknown as { getDelegate?: () => { forceFlush?: () => Promise<void> } };
    // Spans end as the request's work ends, which on a busy machine may be after its response.
    await vi.waitFor(
      async () => {
        await provider.getDelegate?.().forceFlush?.();
        const names = spans.getFinishedSpans().map((s) => s.name);
        expect(names.some((n) => n.includes('ClaimCount'))).toBe(true);
        expect(names.some((n) => n.startsWith('prisma:'))).toBe(true);
      },
      { timeout: 5_000, interval: 100 },
    );
  });
});
