import { Writable } from 'node:stream';
import { tracing } from '@opentelemetry/sdk-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/observability/logger.ts';
import { startTracing } from '../src/observability/tracing.ts';
import { ClaimCountDocument } from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

// Observability as it is out of the box: tracing off unless an OTLP endpoint is configured (even
// when a tracer provider is registered in the process), a request id made up when the caller
// sends none, and errors counted in the metrics by their operation.

describe(`observability by default on ${databaseKind}`, () => {
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
    api = await startServer(db, {}, { logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
    await stopTracing?.();
  });

  it('trace nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    expect(loadConfig({}).tracing).toBe(false);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).tracing).toBe(true);
    expect(api.config.tracing).toBe(false);
    spans.reset();
    const result = await api.execute(ClaimCountDocument, {});
    expect(result.errors).toBeUndefined();
    const { trace } = await import('@opentelemetry/api');
    const provider = trace.getTracerProvider() as unknown as { getDelegate?: () => { forceFlush?: () => Promise<void> } };
    await provider.getDelegate?.().forceFlush?.();
    expect(spans.getFinishedSpans().filter((s) => /graphql|ClaimCount/i.test(s.name))).toEqual([]);
  });

  it('give every request an id, echoed in x-request-id and in its log line', async () => {
    const response = await api.post({ query: 'query Count { claims(first: 1) { totalCount } }' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const entry = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((e) => e.requestId === id);
    expect(entry).toMatchObject({ msg: 'request', operationName: 'Count', status: 200, role: 'ADMIN' });
    expect(Object.keys(entry ?? {})).not.toContain('variables');
  });

  it('count errors and time operations in the metrics', async () => {
    await (await api.as('AUDITOR')).post({ query: 'query Forbidden { claims(first: 1) { totalCount } }' });
    const metrics = await (await fetch(`${api.origin}/metrics`)).text();
    expect(metrics).toMatch(/graphql_envelop_error_result\{[^}]*operationName="Forbidden"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="Count"[^}]*\} [1-9]/);
    expect(metrics).toMatch(/graphql_yoga_http_duration_bucket\{/);
  });
});
