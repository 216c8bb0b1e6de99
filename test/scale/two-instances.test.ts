import { randomBytes } from 'node:crypto';
import { parse, print } from 'graphql';
import { registerPartner } from '../../src/access/partners';
import { RedisRateLimiter, LocalRateLimiter } from '../../src/access/rate-limit';
import { clientSlice, documentHash, setRateLimit, trustDocuments } from '../../src/access/trusted-documents';
import { loadConfig } from '../../src/config';
import { documentCost } from '../../src/graphql/limits';
import { closeSharedRedis, sharedRedis } from '../../src/lib/redis';
import { EnrolChildDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { mintToken, testConfigEnv } from '../support/tokens';
import { servicesOr } from './support';

/**
 * Issue 11 item 3: state shared by hub instances. Two hub servers (two
 * startServer instances, each with its own partner gate, buckets and Apollo
 * slices) on one database and one Redis: a partner gets its rate limit once,
 * not once per instance; an Idempotency-Key used on one is honoured on the
 * other (the keys live in PostgreSQL). Redis away: each instance limits on
 * its own, and nothing is refused for it.
 */
const env = servicesOr('state shared by hub instances (issue 11 item 3)', ['CI_REDIS_URL']);

if (env) {
  describe('two hub instances on one database (issue 11 item 3)', () => {
    let db: TestDatabase;
    const servers: TestServer[] = [];
    const secrets: Record<string, string> = {};
    let cost = 0;
    const DOC = 'query CareAppBig($first: Int!) { children(first: $first) { edges { node { id name careArrangement { kind surrogates { name } } } } } }';
    const config = loadConfig({ ...testConfigEnv, PARTNER_RAW_QUERIES: 'false' });
    const prefix = () => `t${randomBytes(6).toString('hex')}:`;

    const start = async (extra: Record<string, string>) => {
      const api = await startTestServer(db, testSealer, { env: { PARTNER_RAW_QUERIES: 'false', ...extra } });
      servers.push(api);
      return api;
    };
    /** Two instances sharing Redis (under one key prefix), and two without it: started once, used by several tests. */
    let shared: Promise<[TestServer, TestServer]> | undefined;
    let separate: Promise<[TestServer, TestServer]> | undefined;
    const sharedPrefix = prefix();
    const sharedPair = () =>
      (shared ??= Promise.all([start({ REDIS_URL: env.CI_REDIS_URL as string, REDIS_KEY_PREFIX: sharedPrefix }), start({ REDIS_URL: env.CI_REDIS_URL as string, REDIS_KEY_PREFIX: sharedPrefix })]));
    const separatePair = () => (separate ??= Promise.all([start({}), start({})]));

    beforeAll(async () => {
      db = await createTestDatabase();
      const s = new Scenario(db);
      const v = await s.village(1, 1);
      await s.child({ villageCode: v.code, schoolId: (await s.school(1)).id, isLeftBehind: true, name: '留守乙' });
      for (const id of ['shared-app', 'local-app', 'race-app', 'away-app']) {
        secrets[id] = await registerPartner(db, '431124', {
          id, name: id, onBehalfOf: 'WOMENS_FEDERATION', grants: [{ class: 'BASIC', access: 'R' }, { class: 'CARE', access: 'R' }], townshipCode: '431124101000',
        });
        await trustDocuments(db, config, id, [{ text: DOC }]);
      }
      cost = documentCost(await clientSlice(db, 'shared-app'), parse(DOC), 'CareAppBig', { first: 3 });
      // Each bucket holds exactly one run (race-app: three), and refills a point a second.
      for (const id of ['shared-app', 'local-app', 'away-app']) await setRateLimit(db, id, { capacity: cost, refillPerSecond: 1 });
      await setRateLimit(db, 'race-app', { capacity: cost * 3, refillPerSecond: 1 });
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await closeSharedRedis();
      await db?.drop();
    });

    async function partner(api: TestServer, clientId: string) {
      const base = api.url.replace('/graphql', '');
      const t = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${clientId}&client_secret=${secrets[clientId]}`,
      });
      const token = ((await t.json()) as { access_token: string }).access_token;
      return async (via: TestServer = api) => {
        const r = await post(via.url, { documentId: `sha256:${documentHash(DOC)}`, variables: { first: 3 } }, { authorization: `Bearer ${token}`, 'x-purpose': 'CARE' });
        return { status: r.status, code: r.errors?.[0]?.extensions?.['code'], retryAfter: r.headers.get('retry-after') };
      };
    }

    it('with Redis, a partner gets its limit once across two instances, not once per instance', async () => {
      const [a, b] = await sharedPair();
      const call = await partner(a, 'shared-app');
      expect(await call(a)).toMatchObject({ status: 200 });
      const second = await call(b);
      expect(second).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(second.retryAfter)).toBeGreaterThanOrEqual(cost - 2);
      expect(await call(a)).toMatchObject({ status: 429 });
      // The bucket is one key in Redis, under the configured prefix.
      expect(await sharedRedis(env.CI_REDIS_URL as string).exists(`${sharedPrefix}rl:shared-app`)).toBe(1);
    });

    it('concurrent requests spread over both instances: exactly the bucket’s worth succeed', async () => {
      const [a, b] = await sharedPair();
      const call = await partner(a, 'race-app');
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => call(i % 2 === 0 ? a : b)));
      expect(results.filter((r) => r.status === 200)).toHaveLength(3);
      expect(results.filter((r) => r.status === 429)).toHaveLength(7);
    });

    it('without Redis each instance keeps its own buckets: the limit is paid once per instance (why REDIS_URL matters)', async () => {
      const [a, b] = await separatePair();
      const call = await partner(a, 'local-app');
      expect(await call(a)).toMatchObject({ status: 200 });
      expect(await call(b)).toMatchObject({ status: 200 });
      expect(await call(a)).toMatchObject({ status: 429 });
    });

    it('Redis away: each instance falls back to its own buckets, still limits, and refuses nothing for it', async () => {
      const a = await start({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: prefix() });
      const call = await partner(a, 'away-app');
      expect(await call(a)).toMatchObject({ status: 200 });
      expect(await call(a)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    });

    it('the fallback is reported once per outage, and the buckets meanwhile are the process’s own', async () => {
      const told: Array<string | null> = [];
      const away = new RedisRateLimiter(sharedRedis('redis://127.0.0.1:2'), prefix(), new LocalRateLimiter(), (e) => told.push(e ? e.message : null));
      const limit = { capacity: 10, refillPerSecond: 1 };
      expect(await away.take('c', 6, limit)).toEqual({ ok: true, remaining: 4 });
      expect(await away.take('c', 6, limit)).toMatchObject({ ok: false });
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/Redis is not connected/);
    });

    it('the limiter itself: Redis and the in-process buckets agree on the arithmetic', async () => {
      const redis = sharedRedis(env.CI_REDIS_URL as string);
      const shared = new RedisRateLimiter(redis, prefix(), new LocalRateLimiter(), () => undefined);
      const limit = { capacity: 100, refillPerSecond: 10 };
      expect(await shared.take('c', 80, limit)).toEqual({ ok: true, remaining: 20 });
      const refused = await shared.take('c', 50, limit);
      expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 3 });
      expect(await shared.take('c', 150, limit)).toMatchObject({ ok: false, retryAfterSeconds: null });
    });

    it('an Idempotency-Key used on one instance is honoured on the other (the keys live in PostgreSQL)', async () => {
      const [a, b] = await separatePair();
      const s = new Scenario(db);
      const village = await s.village(1, 2);
      const school = await s.school(1);
      const { child } = await s.child({ villageCode: village.code, schoolId: null });
      const headers = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'clerk-two' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT', 'idempotency-key': 'two-instances-0001' };
      const body = { query: print(EnrolChildDocument), variables: { input: { childId: child.id, schoolId: school.id, grade: 2, date: '2026-11-10', evidenceRef: '入学登记-0201' } } };
      const first = await post(a.url, body, headers);
      expect(first.errors).toBeUndefined();
      const again = await post(b.url, body, headers);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.text).toBe(first.text);
      expect(await db.prisma.statusEvent.count({ where: { childId: child.id } })).toBe(1);
    });
  });
}
