import { serverAudits, type AuditResult } from 'graphql-http';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/**
 * Issue 6 item 5 ("Standards"): the GraphQL over HTTP audit suite of
 * graphql-http against the real server. Every MUST passes; SHOULD and MAY
 * audits that fail are printed and pinned below with the reason the hub
 * answers differently on purpose.
 *
 * /graphql requires a bearer token, so the audit's fetch adds one (the
 * education bureau's persona). It adds nothing else: no purpose, no CSRF
 * preflight header.
 */

/** Audits this hub fails on purpose, with the reason. Anything else failing is a regression. */
const EXPECTED_FAILURES: Record<string, string> = {
  // GET is served only with a CSRF preflight header (Apollo csrfPrevention): a
  // plain GET with just `accept` is a "simple" request and is refused with 400.
  '5A70': 'MAY accept GET: only with a CSRF preflight header',
  D6D5: 'MAY accept GET variables: only with a CSRF preflight header',
  '6A70': 'MAY accept GET variables: only with a CSRF preflight header',
};

describe('graphql-http audit suite (GraphQL over HTTP)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let token: string;
  const results: AuditResult[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db, testSealer);
    token = await mintToken({ agency: 'EDUCATION_BUREAU' });
    const fetchFn = (input: string | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: api.url, fetchFn });
    // One after another: the results stay readable and the 2-core CI is not flooded.
    for (const audit of audits) results.push(await audit.fn());
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  function failures(level: 'MUST' | 'SHOULD' | 'MAY') {
    return results.filter((r) => r.status !== 'ok' && r.name.startsWith(`${level} `));
  }

  it('runs the whole suite', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('passes every MUST audit', () => {
    const failed = failures('MUST').map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failed).toEqual([]);
  });

  it('reports SHOULD and MAY audits that fail, and fails only those pinned with a reason', () => {
    const failed = [...failures('SHOULD'), ...failures('MAY')];
    if (failed.length > 0) {
      console.info(
        `graphql-http audits not passed (SHOULD/MAY):\n${failed
          .map((r) => `  ${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}${EXPECTED_FAILURES[r.id] ? ` [on purpose: ${EXPECTED_FAILURES[r.id]}]` : ''}`)
          .join('\n')}`,
      );
    }
    expect(failed.map((r) => r.id).filter((id) => !(id in EXPECTED_FAILURES))).toEqual([]);
  });

  it('serves GET queries once the request carries a CSRF preflight header (why 5A70, D6D5 and 6A70 fail)', async () => {
    const url = `${api.url}?query=${encodeURIComponent('query Type($name: String!) { __type(name: $name) { name } }')}&variables=${encodeURIComponent('{"name":"Query"}')}`;
    const headers = { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json' };
    expect((await fetch(url, { headers })).status).toBe(400);
    const r = await fetch(url, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await r.json()).toEqual({ data: { __type: { name: 'Query' } } });
  });

  it('answers request errors 200 only to clients that ask for application/json by name; others keep 400', async () => {
    const send = (accept: string | null) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query: '{ noSuchField }' }),
      });
    const legacy = await send('application/json');
    expect(legacy.status).toBe(200);
    const body = (await legacy.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await send('application/graphql-response+json')).status).toBe(400);
    expect((await send('*/*')).status).toBe(400);
    expect((await send(null)).status).toBe(400);
    // Malformed HTTP requests stay 400 whatever the client accepts.
    const malformed = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, accept: 'application/json' }, body: '{"notquery": 1}' });
    expect(malformed.status).toBe(400);
  });
});
