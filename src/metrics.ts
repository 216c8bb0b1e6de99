import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/client';

/**
 * Prometheus metrics (GET /metrics): requests and latencies by operation,
 * errors by code, database pool usage, process metrics. Labels never carry
 * personal data: operation names come from the caller's document and are
 * truncated; unnamed operations are "anonymous".
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'hub_graphql_requests_total', help: 'GraphQL requests', labelNames: ['operation', 'agency'], registers: [this.registry] });
  readonly errors = new Counter({ name: 'hub_graphql_errors_total', help: 'GraphQL errors by code', labelNames: ['code'], registers: [this.registry] });
  readonly duration = new Histogram({
    name: 'hub_graphql_duration_seconds',
    help: 'GraphQL request duration',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly http = new Counter({ name: 'hub_http_responses_total', help: 'HTTP responses by route and status', labelNames: ['route', 'status'], registers: [this.registry] });

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry });
    const pool = db.pool;
    if (pool) {
      new Gauge({ name: 'hub_db_pool_total', help: 'Connections in the pool', registers: [this.registry], collect() { this.set(pool.totalCount); } });
      new Gauge({ name: 'hub_db_pool_idle', help: 'Idle connections', registers: [this.registry], collect() { this.set(pool.idleCount); } });
      new Gauge({ name: 'hub_db_pool_waiting', help: 'Requests waiting for a connection', registers: [this.registry], collect() { this.set(pool.waitingCount); } });
    }
  }

  plugin(): ApolloServerPlugin<{ viewer: { agency: string } }> {
    const { duration, requests, errors: errorCounter } = this;
    return {
      async requestDidStart({ contextValue }) {
        const end = duration.startTimer();
        return {
          async willSendResponse({ errors, operationName }) {
            const operation = (operationName ?? 'anonymous').slice(0, 64);
            end({ operation });
            requests.inc({ operation, agency: contextValue.viewer.agency });
            for (const e of errors ?? []) errorCounter.inc({ code: String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    };
  }
}
