// Prometheus metrics at /metrics: operations, errors and latencies (the envelop/yoga Prometheus
// plugin), plus the process's default metrics. Labels carry operation names and types only.

import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { collectDefaultMetrics, Registry } from 'prom-client';

/** A registry of this server's own (tests start several servers in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parity_' });
  const plugin = usePrometheus({
    endpoint: '/metrics',
    registry,
    metrics: {
      graphql_envelop_request_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_error_result: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: true,
    },
    labels: { method: true, statusCode: true, url: false },
  });
  return { registry, plugin };
}
