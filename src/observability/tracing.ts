// OpenTelemetry tracing of operations (envelop) and database calls (Prisma's instrumentation).
// Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set; then spans go to that OTLP/HTTP collector.

import { useOpenTelemetry } from '@envelop/opentelemetry';
import { context, propagation, trace, type TracerProvider } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK, type tracing } from '@opentelemetry/sdk-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK. Call once, before the database client is created.
 *
 * @param exporter - where spans go (an OTLP exporter from the environment by default)
 */
export function startTracing(exporter: tracing.SpanExporter = new OTLPTraceExporter()): Tracing {
  const sdk = new NodeSDK({
    serviceName: 'parity',
    traceExporter: exporter,
    instrumentations: [new PrismaInstrumentation()],
  });
  sdk.start();
  return {
    // The SDK registered itself as the process's tracer provider, context manager and
    // propagator: its shutdown flushes and stops it but leaves it registered, so a later start
    // in the same process (a test file after another) would export nowhere. Unregister it.
    shutdown: async () => {
      await sdk.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * Yoga plugin that makes a span per GraphQL operation (parse, validate, execute). Variables and
 * results are not recorded: they can hold patient data.
 */
export function useOperationTracing(provider: TracerProvider = trace.getTracerProvider()) {
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: true },
    provider,
    undefined,
    undefined,
    'parity',
  );
}
