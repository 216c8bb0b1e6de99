import http from 'node:http';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

describe('HTTP behaviour (issue 2 item 9)', () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db, testSealer);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });
  const base = () => api.url.replace('/graphql', '');
  let auth: Record<string, string>;
  beforeAll(async () => {
    auth = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU' })}` };
  });

  it('GET /healthz answers while the process lives; /readyz checks the database and migrations', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('GET /metrics serves Prometheus metrics by operation and error code, without personal data', async () => {
    await api.gql('query TownshipList { townships { code } }');
    await api.gql('query Missing { child(id: "00000000-0000-4000-8000-00000000dead") { id } }');
    const r = await fetch(`${base()}/metrics`);
    const text = await r.text();
    expect(r.status).toBe(200);
    expect(text).toMatch(/hub_graphql_requests_total\{operation="TownshipList",agency="EDUCATION_BUREAU"\} 1/);
    expect(text).toMatch(/hub_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/hub_graphql_duration_seconds_bucket/);
  });

  it('answers unknown routes with 404 JSON and echoes a request id', async () => {
    const r = await fetch(`${base()}/nope`, { headers: { 'x-request-id': 'abc-123' } });
    expect(r.status).toBe(404);
    expect(r.headers.get('x-request-id')).toBe('abc-123');
    expect(((await r.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a body over the limit with 413', async () => {
    const r = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: `{ townships { code } } #${'x'.repeat(110 * 1024)}` }),
    });
    expect(r.status).toBe(413);
  });

  it('refuses a body in another charset with 415', async () => {
    const r = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=gbk', ...auth },
      body: JSON.stringify({ query: '{ townships { code } }' }),
    });
    expect(r.status).toBe(415);
  });

  it('refuses batched requests', async () => {
    const r = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify([{ query: '{ townships { code } }' }, { query: '{ townships { name } }' }]),
    });
    expect(r.status).toBe(400);
  });

  it('refuses a simple (CSRF-able) GET without a preflight header', async () => {
    const r = await fetch(`${api.url}?query=${encodeURIComponent('{ townships { code } }')}`, { headers: auth });
    expect(r.status).toBe(400);
  });

  it('hides internal errors: no stack, no SQL, code INTERNAL_SERVER_ERROR', async () => {
    // A broken database connection makes every resolver fail with a driver error.
    const broken = await createTestDatabase();
    const api2 = await startTestServer(broken, testSealer);
    await broken.drop();
    const r = await api2.gql('{ children(first: 1) { edges { node { id } } } }');
    await api2.close();
    const text = JSON.stringify(r.errors);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(text).not.toMatch(/stack|SELECT|at .*\.ts|prisma/i);
  });

  it('stops accepting on close but finishes the request in flight (SIGTERM path)', async () => {
    const db2 = await createTestDatabase();
    const api2 = await startTestServer(db2, testSealer);
    const body = JSON.stringify({ query: '{ townships { code } }' });
    const { port } = new URL(api2.url);
    // Send the headers and half the body, close the server, then send the rest.
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...auth } });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 10));
    while (api2.server.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    const closing = api2.close();
    await new Promise((r) => setTimeout(r, 20));
    await expect(fetch(`${api2.url.replace('/graphql', '')}/healthz`)).rejects.toThrow();
    req.end(body.slice(10));
    const r = await response;
    await closing;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ data: { townships: [] } });
    await db2.drop();
  });
});

describe('internal errors in logs carry no query values', () => {
  it('keeps the type, code and first message line only', async () => {
    const { loggableError } = await import('../../src/errors');
    const e = Object.assign(new Error('Invalid `prisma.child.create()` invocation:\n{ data: { name: "张三", idNumberHash: <bytes> } }'), { code: 'P2002' });
    const logged = JSON.stringify(loggableError(e));
    expect(logged).toContain('P2002');
    expect(logged).not.toContain('张三');
  });
});
