import { Metrics } from '../../src/metrics';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 6 item 5: GET /metrics in Prometheus format with request counts and
 * latencies by operation, errors by code, HTTP responses by route and status,
 * and database pool usage (PostgreSQL; the embedded database has no pool).
 */
describe('GET /metrics', () => {
  let db: TestDatabase;
  let api: TestServer;
  const base = () => api.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db, testSealer);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('counts requests and latencies by operation, errors by code, responses by route, and the pool', async () => {
    expect((await api.gql('query MetricsTownships { townships { code } }')).status).toBe(200);
    expect((await api.gql('query MetricsTownships { townships { name } }')).status).toBe(200);
    expect((await api.gql('query MetricsBad { noSuchField }')).status).toBe(400);
    // An ID number put in an operation name never becomes a label.
    expect((await api.gql('query Lookup431124201406011234 { townships { code } }')).status).toBe(200);
    expect((await post(api.url, { query: '{ __typename }' }, {})).status).toBe(401);

    // The request log records the HTTP side when each response closes.
    await new Promise((r) => setTimeout(r, 50));
    const r = await fetch(`${base()}/metrics`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await r.text();

    expect(text).toMatch(/^# TYPE hub_graphql_requests_total counter$/m);
    expect(text).toMatch(/^hub_graphql_requests_total\{operation="MetricsTownships",agency="EDUCATION_BUREAU"\} 2$/m);
    expect(text).toMatch(/^# TYPE hub_graphql_duration_seconds histogram$/m);
    expect(text).toMatch(/^hub_graphql_duration_seconds_bucket\{le="[0-9.+Inf]+",operation="MetricsTownships"\} \d+$/m);
    expect(text).toMatch(/^hub_graphql_duration_seconds_count\{operation="MetricsTownships"\} 2$/m);
    expect(text).toMatch(/^hub_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(text).toMatch(/^hub_http_responses_total\{route="\/graphql",status="200"\} \d+$/m);
    expect(text).toMatch(/^hub_http_responses_total\{route="\/graphql",status="401"\} 1$/m);
    expect(text).toMatch(/^hub_http_request_duration_seconds_bucket\{le="[0-9.+Inf]+",route="\/graphql"\} \d+$/m);
    expect(text).toMatch(/^hub_http_errors_total\{route="\/graphql",code="UNAUTHENTICATED"\} 1$/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).not.toMatch(/431124201406011234|201406/);
    expect(text).toMatch(/operation="Lookup_"/);

    if (db.pool) {
      for (const g of ['hub_db_pool_total', 'hub_db_pool_idle', 'hub_db_pool_waiting', 'hub_db_pool_max']) {
        expect(text).toMatch(new RegExp(`^# TYPE ${g} gauge$`, 'm'));
        expect(text).toMatch(new RegExp(`^${g} \\d+$`, 'm'));
      }
    } else {
      expect(text).not.toMatch(/hub_db_pool_/);
    }
  });

  it('keeps operation labels bounded: past 500 distinct names the rest are "other"', () => {
    const m = new Metrics({ pool: undefined } as never);
    expect(m.operationLabel(`Q${'a'.repeat(100)}`)).toHaveLength(64);
    for (let i = 0; i < 499; i++) expect(m.operationLabel(`Op${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`)).not.toBe('other');
    expect(m.operationLabel('OneMore')).toBe('other');
    expect(m.operationLabel('Opa')).toBe('Opa');
    expect(m.operationLabel(null)).toBe('anonymous');
  });
});
