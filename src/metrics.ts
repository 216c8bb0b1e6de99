import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db/client';

/** Distinct operation names a process labels before it calls the rest "other" (label cardinality). */
const MAX_OPERATION_LABELS = 500;

/**
 * Prometheus metrics (GET /metrics): requests and latencies by operation,
 * errors by code, HTTP responses and latencies by route, database pool usage,
 * process metrics. Labels never carry personal data: operation names come
 * from the caller's document, so digit runs (an ID number someone put in a
 * name) are cut out, names are truncated, and past MAX_OPERATION_LABELS
 * distinct names the rest count as "other"; unnamed operations are "anonymous".
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
  readonly webhookDeliveries = new Counter({ name: 'hub_webhook_deliveries_total', help: 'Webhook delivery attempts by outcome (DELIVERED, FAILED, DEAD)', labelNames: ['outcome'], registers: [this.registry] });
  readonly httpDuration = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP request duration by route',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly httpErrors = new Counter({
    name: 'hub_http_errors_total',
    help: 'Requests refused before GraphQL execution (authentication, limits, malformed requests) by route and code',
    labelNames: ['route', 'code'],
    registers: [this.registry],
  });
  private readonly operations = new Set<string>();

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry });
    const pool = db.pool;
    if (pool) {
      new Gauge({ name: 'hub_db_pool_total', help: 'Connections in the pool', registers: [this.registry], collect() { this.set(pool.totalCount); } });
      new Gauge({ name: 'hub_db_pool_idle', help: 'Idle connections', registers: [this.registry], collect() { this.set(pool.idleCount); } });
      new Gauge({ name: 'hub_db_pool_waiting', help: 'Requests waiting for a connection', registers: [this.registry], collect() { this.set(pool.waitingCount); } });
      const max = (pool as { options?: { max?: unknown } }).options?.max;
      if (typeof max === 'number') new Gauge({ name: 'hub_db_pool_max', help: 'Pool size limit', registers: [this.registry], collect() { this.set(max); } });
    }
  }

  /** The label (and log field) for an operation name: no digit runs, at most 64 characters, bounded cardinality. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    const label = name.replace(/[0-9]{4,}/g, '_').slice(0, 64);
    if (this.operations.has(label)) return label;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(label);
    return label;
  }

  /** One finished HTTP request (the request log calls it). */
  observeHttp(route: string, status: number, seconds: number, errorCode: string | null): void {
    this.http.inc({ route, status: String(status) });
    this.httpDuration.observe({ route }, seconds);
    if (errorCode) this.httpErrors.inc({ route, code: errorCode });
  }

  plugin(): ApolloServerPlugin<{ viewer: { agency: string } }> {
    const { duration, requests, errors: errorCounter } = this;
    const label = (name: string | null | undefined) => this.operationLabel(name);
    return {
      async requestDidStart({ contextValue }) {
        const end = duration.startTimer();
        return {
          async willSendResponse({ errors, operationName }) {
            const operation = label(operationName);
            end({ operation });
            requests.inc({ operation, agency: contextValue.viewer.agency });
            for (const e of errors ?? []) errorCounter.inc({ code: String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    };
  }
}
