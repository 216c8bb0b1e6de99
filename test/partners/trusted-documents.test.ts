import { WebSocket } from 'ws';
import { registerPartner } from '../../src/access/partners';
import { TokenBuckets } from '../../src/access/rate-limit';
import { parse } from 'graphql';
import { clientSlice, documentHash, listTrusted, setRateLimit, trustDocuments, TrustError, untrustDocument } from '../../src/access/trusted-documents';
import { documentCost } from '../../src/graphql/limits';
import { ConfigError, loadConfig } from '../../src/config';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { testConfigEnv } from '../support/tokens';

// Issue 6 item 3 "Partner contract": partner clients run only trusted documents registered by hash
// for that client; anything else is refused before execution. Departments are not affected.
describe('partner clients: trusted documents only', () => {
  let db: TestDatabase;
  let api: TestServer;
  const secrets: Record<string, string> = {};
  let tinyCost = 0;
  const config = loadConfig({ ...testConfigEnv, PARTNER_RAW_QUERIES: 'false' });
  const base = () => api.url.replace('/graphql', '');

  const LIST = 'query CareAppList($first: Int!) { children(first: $first) { edges { node { id name isLeftBehind } } } }';
  const NAMES = 'query CareAppNames { children(first: 5) { edges { node { name } } } }';
  const EXPENSIVE = 'query CareAppBig($first: Int!) { children(first: $first) { edges { node { id name careArrangement { kind surrogates { name } } } } } }';
  const GRANTS = [
    { class: 'BASIC', access: 'R' },
    { class: 'CARE', access: 'R' },
  ] as const;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const school = await s.school(1);
    await s.child({ villageCode: v1.code, schoolId: school.id, isLeftBehind: true, name: '留守甲' });
    for (const id of ['care-app', 'other-app', 'tiny-app']) {
      secrets[id] = await registerPartner(db, '431124', { id, name: id, onBehalfOf: 'WOMENS_FEDERATION', grants: [...GRANTS], townshipCode: '431124101000' });
    }
    await trustDocuments(db, config, 'care-app', [{ text: LIST }, { text: EXPENSIVE }]);
    await trustDocuments(db, config, 'other-app', [{ text: NAMES }]);
    await trustDocuments(db, config, 'tiny-app', [{ text: EXPENSIVE }]);
    // tiny-app's bucket holds exactly one run of EXPENSIVE with first: 3, and refills a point a second.
    tinyCost = documentCost(await clientSlice(db, 'tiny-app'), parse(EXPENSIVE), 'CareAppBig', { first: 3 });
    await setRateLimit(db, 'tiny-app', { capacity: tinyCost, refillPerSecond: 1 });
    api = await startTestServer(db, testSealer, { env: { PARTNER_RAW_QUERIES: 'false' } });
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const tokens: Record<string, string> = {};
  async function token(clientId: string): Promise<string> {
    if (tokens[clientId]) return tokens[clientId];
    const r = await fetch(`${base()}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${secrets[clientId]}`,
    });
    tokens[clientId] = ((await r.json()) as { access_token: string }).access_token;
    return tokens[clientId];
  }
  async function post(clientId: string, body: unknown) {
    const r = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(clientId)}`, 'x-purpose': 'CARE' },
      body: JSON.stringify(body),
    });
    const json = (await r.json()) as { data?: { children?: { edges: Array<{ node: { name: string } }> } } | null; errors?: Array<{ message: string; extensions: { code: string } }> };
    return { status: r.status, headers: r.headers, ...json, code: json.errors?.[0]?.extensions.code, message: json.errors?.[0]?.message ?? '' };
  }

  it('runs a trusted document named by documentId or by the APQ extension', async () => {
    const a = await post('care-app', { documentId: `sha256:${documentHash(LIST)}`, variables: { first: 10 } });
    expect(a.status).toBe(200);
    expect(a.errors).toBeUndefined();
    expect(a.data?.children?.edges.map((e) => e.node.name)).toEqual(['留守甲']);
    const b = await post('care-app', { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LIST) } }, variables: { first: 10 } });
    expect(b.status).toBe(200);
    expect(b.data?.children?.edges).toHaveLength(1);
  });

  it('refuses query text, even the exact text of a trusted document', async () => {
    for (const body of [{ query: LIST, variables: { first: 1 } }, { query: '{ children(first: 1) { edges { node { name } } } }' }, { query: LIST, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(LIST) } } }]) {
      const r = await post('care-app', body);
      expect(r.status).toBe(403);
      expect(r.code).toBe('FORBIDDEN');
      expect(r.message).toMatch(/^query: partner clients may not send query text/);
      expect(r.data).toBeUndefined();
    }
  });

  it("answers an unknown hash and another client's hash alike: PERSISTED_QUERY_NOT_FOUND", async () => {
    const other = await post('care-app', { documentId: `sha256:${documentHash(NAMES)}` });
    const unknown = await post('care-app', { documentId: `sha256:${'a'.repeat(64)}` });
    for (const r of [other, unknown]) {
      expect(r.status).toBe(400);
      expect(r.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(r.message).toMatch(/^documentId: sha256:[0-9a-f]{64} is not a trusted document of your client/);
    }
    // The other client runs its own.
    expect((await post('other-app', { documentId: `sha256:${documentHash(NAMES)}` })).status).toBe(200);
  });

  it('refuses malformed ids, a missing id, a wrong operationName, GET, and a non-JSON body', async () => {
    expect(await post('care-app', { documentId: 'sha256:XYZ' })).toMatchObject({ status: 400, code: 'BAD_REQUEST', message: expect.stringMatching(/^documentId: must be/) });
    expect(await post('care-app', { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } })).toMatchObject({ status: 400, message: expect.stringMatching(/^extensions.persistedQuery.sha256Hash/) });
    expect(await post('care-app', { variables: {} })).toMatchObject({ status: 400, message: expect.stringMatching(/^documentId: required/) });
    expect(await post('care-app', { documentId: `sha256:${documentHash(LIST)}`, operationName: 'Other', variables: { first: 1 } })).toMatchObject({ status: 400, message: expect.stringMatching(/^operationName:/) });
    expect(
      await post('care-app', { documentId: `sha256:${documentHash(LIST)}`, extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(NAMES) } } }),
    ).toMatchObject({ status: 400, message: expect.stringMatching(/name different documents/) });
    const get = await fetch(`${api.url}?documentId=sha256:${documentHash(LIST)}`, { headers: { authorization: `Bearer ${await token('care-app')}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const text = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${await token('care-app')}` }, body: LIST });
    expect(text.status).toBe(400);
  });

  it('a withdrawn document stops at once', async () => {
    await trustDocuments(db, config, 'other-app', [{ text: LIST }]);
    expect((await post('other-app', { documentId: `sha256:${documentHash(LIST)}`, variables: { first: 1 } })).status).toBe(200);
    expect(await untrustDocument(db, 'other-app', `sha256:${documentHash(LIST)}`)).toBe(true);
    expect((await post('other-app', { documentId: `sha256:${documentHash(LIST)}`, variables: { first: 1 } })).code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('departments are not affected: they still send query text', async () => {
    const r = await api.gql('{ children(first: 1) { totalCount } }');
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  });

  it('rate limit: 429 RATE_LIMITED with Retry-After when the bucket lacks the points; 400 when an operation can never fit', async () => {
    expect(tinyCost).toBeGreaterThan(3);
    const ok = await post('tiny-app', { documentId: `sha256:${documentHash(EXPENSIVE)}`, variables: { first: 3 } });
    expect(ok.status).toBe(200);
    const limited = await post('tiny-app', { documentId: `sha256:${documentHash(EXPENSIVE)}`, variables: { first: 3 } });
    expect(limited.status).toBe(429);
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.data).toBeUndefined();
    // The bucket is (nearly) empty and refills 1 point a second: about tinyCost seconds.
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(tinyCost - 2);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(tinyCost);
    expect(limited.headers.get('retry-after')).toMatch(/^[0-9]+$/);
    const never = await post('tiny-app', { documentId: `sha256:${documentHash(EXPENSIVE)}`, variables: { first: 50 } });
    expect(never).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: expect.stringMatching(/more than your rate limit's capacity/) });
    // Buckets are per client: care-app still runs.
    expect((await post('care-app', { documentId: `sha256:${documentHash(EXPENSIVE)}`, variables: { first: 3 } })).status).toBe(200);
  });

  it('partners cannot open a subscription socket', async () => {
    const bearer = await token('care-app');
    const ws = new WebSocket(api.url.replace('http', 'ws'), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${bearer}`, 'x-purpose': 'CARE' } })));
    expect(await closed).toBe(4403);
  });

  describe('registration (npm run partner -- trust)', () => {
    it('refuses, all or none, documents outside the slice, mutations, several operations, anonymous ones and a wrong manifest hash', async () => {
      const before = (await listTrusted(db, 'care-app')).length;
      const bad = [
        { text: 'query CareAppPhones { children(first: 5) { edges { node { guardians { person { phone } } } } } }', source: 'phones.graphql' },
        { text: 'query A { children(first: 1) { totalCount } } query B { children(first: 1) { totalCount } }' },
        { text: '{ children(first: 1) { edges { node { name } } } }' },
        { text: 'mutation CareAppWrite { runReconciliation(kind: ENROLLMENT_VS_POVERTY_ROLL) { id } }' },
        { text: NAMES, hash: `sha256:${'0'.repeat(64)}` },
        { text: 'query Deep { children(first: 1) { edges { node { village { township { villages { township { villages { name } } } } } } } } }' },
      ];
      const err = await trustDocuments(db, config, 'care-app', [{ text: NAMES }, ...bad]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TrustError);
      const msg = (err as Error).message;
      expect(msg).toMatch(/phones\.graphql: CareAppPhones: Cannot query field "guardians"/);
      expect(msg).toMatch(/exactly one operation \(found 2\)/);
      expect(msg).toMatch(/needs a name/);
      expect(msg).toMatch(/CareAppWrite: partner clients run queries only/);
      expect(msg).toMatch(/the manifest says sha256:0{64}/);
      expect(msg).toMatch(/Deep: .*depth/i);
      expect((await listTrusted(db, 'care-app')).length).toBe(before); // NAMES was not registered either
      await expect(trustDocuments(db, config, 'nobody', [{ text: NAMES }])).rejects.toThrow(/no such partner client/);
    });

    it('registering the same document again changes nothing', async () => {
      const [again] = await trustDocuments(db, config, 'care-app', [{ text: LIST }]);
      expect(again).toEqual({ hash: documentHash(LIST), operationName: 'CareAppList', added: false });
    });
  });

  it('PARTNER_RAW_QUERIES cannot be switched on in production', () => {
    expect(() => loadConfig({ ...testConfigEnv, NODE_ENV: 'production', JWKS_FILE: '/x', PARTNER_RAW_QUERIES: 'true' })).toThrow(ConfigError);
    const { PARTNER_RAW_QUERIES: _on, ...env } = testConfigEnv;
    expect(loadConfig({ ...env, NODE_ENV: 'development' }).partnerRawQueries).toBe(false);
    expect(loadConfig({ ...env, NODE_ENV: 'test' }).partnerRawQueries).toBe(false);
  });

  it('token bucket: refills at its rate up to its capacity; Retry-After is the whole seconds to enough points', () => {
    const b = new TokenBuckets();
    const limit = { capacity: 100, refillPerSecond: 10 };
    expect(b.take('c', 80, limit, 0)).toEqual({ ok: true, remaining: 20 });
    expect(b.take('c', 50, limit, 1000)).toEqual({ ok: false, remaining: 30, retryAfterSeconds: 2 });
    expect(b.take('c', 50, limit, 3000)).toEqual({ ok: true, remaining: 0 });
    expect(b.take('c', 10, limit, 60_000)).toEqual({ ok: true, remaining: 90 }); // capped at the capacity
    expect(b.take('c', 101, limit, 60_000)).toMatchObject({ ok: false, retryAfterSeconds: null });
    expect(b.take('d', 100, limit, 0)).toMatchObject({ ok: true });
  });
});
