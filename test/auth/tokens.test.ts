import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, generateKeyPair, importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK, type JWTHeaderParameters } from 'jose';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { loadKeyStore } from '../../src/access/auth';
import { loadConfig } from '../../src/config';
import { mintToken, testConfigEnv, testKeys } from '../support/tokens';

/** Setting up a migrated database and ten agency slices can take a while on a loaded machine. */
const SETUP_TIMEOUT_MS = 120_000;

/**
 * Identity (architecture.md "The path of one request", step 2): every bad
 * token is answered 401 UNAUTHENTICATED with a WWW-Authenticate challenge,
 * no data, and before anything reaches the database.
 */

type StoredKey = JWK & { kid: string; alg: string };
interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  headers: Headers;
  text: string;
}

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v), 'utf8').toString('base64url');
const nowS = () => Math.floor(Date.now() / 1000);

// A query that would read children (and so touch the database) if let through.
const QUERY = '{ children(first: 5) { totalCount edges { node { id name } } } }';

describe('bearer tokens (access/auth.ts, server.ts viewerOf)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let signer: { key: CryptoKey | Uint8Array; kid: string; publicJwk: JWK; issuer: string; audience: string };
  let childName = '';
  let storedKey: StoredKey;

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v1 = await s.village(1, 1);
    const school = await s.school(1);
    const { child } = await s.child({ villageCode: v1.code, schoolId: school.id, name: '孙小燕' });
    childName = child.name;
    // No background jobs (webhook dispatcher): every statement the log sees comes from the request under test.
    api = await startTestServer(db, testSealer, { env: { WEBHOOKS_ENABLED: 'false' } });
    // The private key of the test key set (testKeys() creates DATA_DIR/dev-jwks.json).
    const { config } = await testKeys();
    const stored = JSON.parse(readFileSync(path.resolve(config.DATA_DIR, 'dev-jwks.json'), 'utf8')) as { keys: StoredKey[] };
    const jwk = stored.keys[0] as StoredKey;
    storedKey = jwk;
    const { d: _d, ...pub } = jwk;
    signer = { key: await importJWK(jwk, jwk.alg), kid: jwk.kid, publicJwk: pub, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE };
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** Claims of a good EDUCATION_BUREAU token; `undefined` values are left out. */
  function claims(over: Record<string, unknown> = {}): Record<string, unknown> {
    const base: Record<string, unknown> = {
      sub: 'user-auth-test',
      agency_kind: 'EDUCATION_BUREAU',
      iss: signer.issuer,
      aud: signer.audience,
      iat: nowS(),
      exp: nowS() + 600,
      ...over,
    };
    for (const k of Object.keys(base)) if (base[k] === undefined) delete base[k];
    return base;
  }

  function sign(c: Record<string, unknown>, header: Partial<JWTHeaderParameters> = {}, key: CryptoKey | Uint8Array = signer.key): Promise<string> {
    return new SignJWT(c).setProtectedHeader({ alg: 'ES256', kid: signer.kid, typ: 'at+jwt', ...header } as JWTHeaderParameters).sign(key);
  }

  async function accessLogCount(): Promise<number> {
    const rows = await db.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM "AccessLog"');
    return rows[0]?.n ?? -1;
  }

  /** Sends QUERY with this Authorization header (none when undefined). */
  async function call(authorization: string | undefined): Promise<Answer> {
    return (await post(api.url, { query: QUERY }, authorization === undefined ? {} : { authorization })) as Answer;
  }

  async function expectRefused(authorization: string | undefined) {
    const logged = await accessLogCount();
    db.statements.length = 0;
    const r = await call(authorization);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(r.errors?.map((e) => e.extensions?.['code'])).toEqual(['UNAUTHENTICATED']);
    expect(r.data).toBeUndefined();
    expect(JSON.parse(r.text)).not.toHaveProperty('data');
    expect(r.text).not.toContain(childName);
    expect(r.text).not.toMatch(/stack|\s+at\s+\S+\s\(|\.ts:\d+/);
    // Nothing reached the database: no statement from Prisma, no access record.
    expect(db.statements).toEqual([]);
    expect(await accessLogCount()).toBe(logged);
  }

  it('control: a good token reads children and the statement log sees it', async () => {
    db.statements.length = 0;
    const r = await call(`Bearer ${await sign(claims())}`);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect((r.data as unknown as { children: { totalCount: number } }).children.totalCount).toBe(1);
    expect(db.statements.length).toBeGreaterThan(0);
  });

  it('refuses a request without an Authorization header', async () => {
    await expectRefused(undefined);
  });

  it('refuses a GET without an Authorization header too', async () => {
    db.statements.length = 0;
    const r = await fetch(`${api.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const body = (await r.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(body).not.toHaveProperty('data');
    expect(db.statements).toEqual([]);
  });

  it('refuses Basic credentials', async () => {
    await expectRefused(`Basic ${Buffer.from('admin:admin').toString('base64')}`);
  });

  it.each([
    ['an empty bearer', 'Bearer '],
    ['a bearer that is not a JWT', 'Bearer not-a-token'],
    ['two segments', 'Bearer abc.def'],
    ['four segments', 'Bearer a.b.c.d'],
    ['garbage in three segments', 'Bearer aaaa.bbbb.cccc'],
    ['a token with spaces', 'Bearer aaaa. bbbb.cccc'],
  ])('refuses a malformed bearer: %s', async (_name, header) => {
    await expectRefused(header);
  });

  it('refuses an expired token (exp beyond the 30 s tolerance)', async () => {
    await expectRefused(`Bearer ${await sign(claims({ iat: nowS() - 3600, exp: nowS() - 60 }))}`);
  });

  it('accepts a token expired 10 s ago (clock tolerance 30 s)', async () => {
    const r = await call(`Bearer ${await sign(claims({ iat: nowS() - 600, exp: nowS() - 10 }))}`);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect((r.data as unknown as { children: { totalCount: number } }).children.totalCount).toBe(1);
  });

  it('refuses a token without exp', async () => {
    await expectRefused(`Bearer ${await sign(claims({ exp: undefined }))}`);
  });

  it('refuses a token without iat', async () => {
    await expectRefused(`Bearer ${await sign(claims({ iat: undefined }))}`);
  });

  it('refuses a token without sub', async () => {
    await expectRefused(`Bearer ${await sign(claims({ sub: undefined }))}`);
  });

  it.each([
    ['an empty sub', ''],
    ['a numeric sub', 12345],
    ['an oversized sub', 'u'.repeat(129)],
  ])('refuses a token with %s', async (_name, sub) => {
    await expectRefused(`Bearer ${await sign(claims({ sub }))}`);
  });

  it('refuses a token not valid before a time beyond the tolerance (nbf in the future)', async () => {
    await expectRefused(`Bearer ${await sign(claims({ nbf: nowS() + 120 }))}`);
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(`Bearer ${await sign(claims({ iss: 'urn:someone-else' }))}`);
  });

  it('refuses a token for another audience', async () => {
    await expectRefused(`Bearer ${await sign(claims({ aud: 'another-service' }))}`);
  });

  it.each([['JWT'], ['jwt'], ['id_token+jwt']])('refuses a token whose typ header is %s', async (typ) => {
    await expectRefused(`Bearer ${await sign(claims(), { typ })}`);
  });

  it('refuses a token without a typ header', async () => {
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'ES256', kid: signer.kid }).sign(signer.key);
    await expectRefused(`Bearer ${token}`);
  });

  it('refuses an unsigned token (alg none), with or without a signature segment', async () => {
    const unsigned = `${b64url({ alg: 'none', typ: 'at+jwt' })}.${b64url(claims())}`;
    await expectRefused(`Bearer ${unsigned}.`);
    await expectRefused(`Bearer ${unsigned}.${b64url('x')}`);
    const withKid = `${b64url({ alg: 'none', typ: 'at+jwt', kid: signer.kid })}.${b64url(claims())}`;
    await expectRefused(`Bearer ${withKid}.`);
  });

  it('refuses HS256 signed with the public key as the HMAC secret (key confusion)', async () => {
    const publicJson = JSON.stringify(signer.publicJwk);
    for (const secret of [publicJson, JSON.stringify({ keys: [signer.publicJwk] }), signer.publicJwk.x as string]) {
      const token = await sign(claims(), { alg: 'HS256' }, new TextEncoder().encode(secret));
      await expectRefused(`Bearer ${token}`);
    }
  });

  it('refuses a token signed by another ES256 key that claims the same kid', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expectRefused(`Bearer ${await sign(claims(), {}, privateKey)}`);
  });

  it('refuses a token signed by an EdDSA key that claims the same kid', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    await expectRefused(`Bearer ${await sign(claims(), { alg: 'EdDSA' }, privateKey)}`);
  });

  it('refuses a token with an unknown kid', async () => {
    await expectRefused(`Bearer ${await sign(claims(), { kid: 'no-such-key' })}`);
  });

  it.each([
    ['a path', '../../etc/passwd'],
    ['a 10 kB string', 'k'.repeat(10 * 1024)],
    ['a query operator', '{"$ne":null}'],
    ['a URL', 'https://evil.example/jwks.json'],
    ['a prototype key', '__proto__'],
  ])('refuses a hostile kid: %s', async (_name, kid) => {
    await expectRefused(`Bearer ${await sign(claims(), { kid })}`);
  });

  it('refuses a token whose payload was changed after signing (agency_kind)', async () => {
    const token = await sign(claims({ agency_kind: 'TOWNSHIP', township_code: '431124101000' }));
    const [h, p, s] = token.split('.') as [string, string, string];
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    payload['agency_kind'] = 'EDUCATION_BUREAU';
    await expectRefused(`Bearer ${h}.${b64url(payload)}.${s}`);
  });

  it.each([
    ['an unknown agency_kind', { agency_kind: 'ROOT' }],
    ['a lower-case agency_kind', { agency_kind: 'education_bureau' }],
    ['no agency_kind', { agency_kind: undefined }],
    ['an agency_kind that is not a string', { agency_kind: ['EDUCATION_BUREAU'] }],
    ['a PARTNER_APP token without client_id', { agency_kind: 'PARTNER_APP', on_behalf_of: 'EDUCATION_BUREAU', grants: [{ class: 'BASIC', access: 'R' }] }],
    ['a PARTNER_APP token without on_behalf_of', { agency_kind: 'PARTNER_APP', client_id: 'app-1', grants: [{ class: 'BASIC', access: 'R' }] }],
    ['a PARTNER_APP token on behalf of a partner', { agency_kind: 'PARTNER_APP', client_id: 'app-1', on_behalf_of: 'PARTNER_APP' }],
  ])('refuses a validly signed token with %s', async (_name, over) => {
    await expectRefused(`Bearer ${await sign(claims(over))}`);
  });

  describe('a missing scope claim means an empty scope, never "all"', () => {
    const count = async (over: Record<string, unknown>) => {
      const r = await call(`Bearer ${await sign(claims(over))}`);
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      return (r.data as unknown as { children: { totalCount: number; edges: unknown[] } }).children;
    };

    it('control: a TOWNSHIP token with its township_code sees its child', async () => {
      expect((await count({ agency_kind: 'TOWNSHIP', township_code: '431124101000' })).totalCount).toBe(1);
    });

    it.each([
      ['no township_code', {}],
      ['an empty township_code', { township_code: '' }],
      ['a numeric township_code', { township_code: 431124101000 }],
      ['a null township_code', { township_code: null }],
    ])('a TOWNSHIP token with %s is accepted but sees no child', async (_name, over) => {
      const page = await count({ agency_kind: 'TOWNSHIP', ...over });
      expect(page.totalCount).toBe(0);
      expect(page.edges).toEqual([]);
    });

    it('a SCHOOL token with no school_code sees no child', async () => {
      const page = await count({ agency_kind: 'SCHOOL' });
      expect(page.totalCount).toBe(0);
      expect(page.edges).toEqual([]);
    });
  });

  it('GET /.well-known/jwks.json publishes the public keys only', async () => {
    const r = await fetch(api.url.replace('/graphql', '/.well-known/jwks.json'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const jwks = (await r.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys.length).toBeGreaterThanOrEqual(1);
    for (const k of jwks.keys) {
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(k).not.toHaveProperty(secret);
      expect(typeof k['kid']).toBe('string');
    }
    expect(jwks.keys.map((k) => k['kid'])).toContain(signer.kid);
    // A token minted by the hub verifies against the published set alone.
    const token = await mintToken({ agency: 'EDUCATION_BUREAU' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks as never), { issuer: signer.issuer, audience: signer.audience });
    expect(payload['agency_kind']).toBe('EDUCATION_BUREAU');
  });

  it('the published key set carries no secret member, whatever the key file holds (a symmetric key\'s k)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-jwks-'));
    const file = path.join(dir, 'jwks.json');
    const oct = { kty: 'oct', kid: 'legacy-hmac', alg: 'HS256', k: Buffer.from('a-shared-secret-of-32-bytes-long!').toString('base64url') };
    writeFileSync(file, JSON.stringify({ keys: [storedKey, oct] }));
    const keys = await loadKeyStore(loadConfig({ ...testConfigEnv, DATA_DIR: dir, JWKS_FILE: file }));
    const published = JSON.stringify(keys.publicJwks);
    expect(published).not.toContain(storedKey.d as string);
    expect(published).not.toContain(oct.k);
    for (const k of keys.publicJwks.keys) for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']) expect(k).not.toHaveProperty(secret);
    // And the symmetric key verifies nothing: HS256 is not a pinned algorithm.
    const forged = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: 'legacy-hmac', typ: 'at+jwt' }).sign(Buffer.from(oct.k, 'base64url'));
    await expectRefused(`Bearer ${forged}`);
  });
});
