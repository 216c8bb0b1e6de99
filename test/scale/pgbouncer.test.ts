import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { verifyChain } from '../../src/audit/writer';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db';
import { openPostgres, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { ChildDetailDocument, ChildrenListDocument, RecordDropoutDocument } from '../generated/graphql';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken, testConfigEnv } from '../support/tokens';
import { scratchDatabase, servicesOr, sql, until } from './support';

/**
 * Issue 11 item 4: the hub behind pgbouncer 1.18 in transaction mode
 * (scripts/ci-services.sh). The pool sends no startup options (pgbouncer
 * refuses `options`), so the database's own settings carry the limits, and
 * the hub checks them at start; no named prepared statements; LISTEN and the
 * migration lock (session state) on DATABASE_DIRECT_URL, PostgreSQL itself.
 * The smoke set: migrations, reads over HTTP, a mutation, an access log that
 * verifies, and a subscription event pushed by NOTIFY.
 */
const env = servicesOr('behind pgbouncer in transaction mode (issue 11 item 4)', ['CI_PGBOUNCER_URL', 'CI_REPLICA_PRIMARY_URL']);
const LIMITS = { statement: 3000, lock: 2000 };

if (env) {
  describe('behind pgbouncer in transaction mode (issue 11 item 4)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
    let db: Database;
    let api: TestServer;
    let hubEnv: Record<string, string>;
    const bouncerAdmin = () => {
      const u = new URL(env.CI_PGBOUNCER_URL as string);
      u.pathname = '/pgbouncer';
      return u.toString();
    };

    beforeAll(async () => {
      // An empty database: the migrations below run through the hub's own pooled Database.
      scratch = await scratchDatabase(env.CI_REPLICA_PRIMARY_URL as string, false);
      // What the owner does once per database (docs/scale.md "Pooling"): the limits as the database's settings.
      await sql(scratch.url(), `ALTER DATABASE ${scratch.name} SET statement_timeout = ${LIMITS.statement}`);
      await sql(scratch.url(), `ALTER DATABASE ${scratch.name} SET lock_timeout = ${LIMITS.lock}`);
      hubEnv = {
        DATABASE_URL: scratch.url(env.CI_PGBOUNCER_URL),
        DATABASE_DIRECT_URL: scratch.url(),
        DB_TRANSACTION_POOLING: 'true',
        DB_PREPARED_STATEMENTS: 'true', // turned off by DB_TRANSACTION_POOLING
        DB_STATEMENT_TIMEOUT_MS: String(LIMITS.statement),
        DB_LOCK_TIMEOUT_MS: String(LIMITS.lock),
        OUTBOX_POLL_MS: '3600000',
      };
      db = await openDatabase(loadConfig({ ...testConfigEnv, ...hubEnv }));
      expect(await migrate(db)).not.toEqual([]);
      api = await startTestServer(db, testSealer, { env: hubEnv });
    });
    afterAll(async () => {
      await api?.close();
      await db?.close();
      await scratch?.drop();
    });

    it('the pool goes through pgbouncer, in transaction mode, and the limits are in force there', async () => {
      const pools = await sql<{ database: string; pool_mode: string }>(bouncerAdmin(), 'SHOW POOLS');
      expect(pools.find((p) => p.database === scratch.name)?.pool_mode).toBe('transaction');
      const [limits] = await db.raw.query<{ s: string; l: string }>("SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l");
      expect(limits).toEqual({ s: '3s', l: '2s' });
      await expect(db.raw.query('SELECT pg_sleep(4)')).rejects.toThrow(/statement timeout/);
    });

    it('a hub that still sends its limits as startup options is refused by pgbouncer, not silently stripped of them', async () => {
      const naive = openPostgres({ url: scratch.url(env.CI_PGBOUNCER_URL), poolSize: 1 });
      try {
        await expect(naive.raw.query('SELECT 1')).rejects.toThrow(/unsupported startup parameter: options/);
      } finally {
        await naive.close();
      }
    });

    it('the hub refuses to start behind the pooler when the database does not carry the limits', async () => {
      const bare = await scratchDatabase(env.CI_REPLICA_PRIMARY_URL as string, false);
      try {
        const open = openDatabase(loadConfig({ ...testConfigEnv, ...hubEnv, DATABASE_URL: bare.url(env.CI_PGBOUNCER_URL), DATABASE_DIRECT_URL: bare.url() }));
        await expect(open).rejects.toThrow(/statement_timeout is 0 ms \(want 3000\).*ALTER ROLE "postgres" IN DATABASE/);
      } finally {
        await bare.drop();
      }
    });

    it('smoke: reads over HTTP, a mutation, its access records, and a subscription event pushed by NOTIFY', async () => {
      const s = new Scenario(db);
      const village = await s.village(1, 1);
      const school = await s.school(1);
      const a = await s.child({ villageCode: village.code, schoolId: school.id, name: '池甲' });
      await s.child({ villageCode: village.code, schoolId: school.id, name: '池乙' });

      // Reads: a page with its first level, and one child in detail (as test/api/read-api.test.ts asks).
      const list = await api.gql(ChildrenListDocument, { first: 10 });
      expect(list.errors).toBeUndefined();
      expect(list.data?.children.edges.map((e) => e.node.name).sort()).toEqual(['池乙', '池甲']);
      const detail = await api.gql(ChildDetailDocument, { id: a.child.id });
      expect(detail.errors).toBeUndefined();
      expect(detail.data?.child?.name).toBe('池甲');

      // A subscriber (LISTEN on the direct connection), then a mutation through the pooler (NOTIFY in its transaction).
      const token = await mintToken({ agency: 'TOWNSHIP', township: '431124101000', subject: 'pool-township' });
      const ws = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}`, 'x-purpose': 'DROPOUT_CASEWORK' }, retryAttempts: 0, lazy: false });
      const received: string[] = [];
      const errors: unknown[] = [];
      const dispose = ws.subscribe<{ monitoringEvents: { type: string; child: { id: string } | null } }>(
        { query: 'subscription { monitoringEvents { type child { id } } }' },
        { next: (r) => (r.data ? received.push(`${r.data.monitoringEvents.type}:${r.data.monitoringEvents.child?.id}`) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined },
      );
      try {
        await new Promise((r) => setTimeout(r, 300));
        const asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'DROPOUT_CASEWORK');
        const version = (await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: a.child.id } })).version;
        const dropout = await asSchool.gql(RecordDropoutDocument, { input: { childId: a.child.id, version, date: '2026-11-10', cause: 'WORK', reason: '外出打工', evidenceRef: '辍学报告-池甲' } });
        expect(dropout.errors).toBeUndefined();
        // With the outbox poll an hour away, only the NOTIFY can deliver it.
        await until(() => received.includes(`DROPOUT_REPORTED:${a.child.id}`), 20000, 'the event over the subscription');
        expect(errors).toEqual([]);
      } finally {
        dispose();
        await ws.dispose();
      }

      // Every read and the write were logged, through the pooler, and the chain verifies.
      const outcomes = await db.raw.query<{ outcome: string }>('SELECT outcome FROM "AccessLog" WHERE $1 = ANY("childIds")', [a.child.id]);
      expect(outcomes.map((o) => o.outcome)).toContain('WRITE');
      expect(outcomes.length).toBeGreaterThanOrEqual(3);
      expect((await verifyChain(db)).ok).toBe(true);
    });
  });
}
