import { ConfigError, loadConfig } from '../../src/config';
import type { SqlSession } from '../../src/db/client';
import { openPglite } from '../../src/db/client';
import { formatLsn, parseLsn, ReadRouter, type WriteMarkStore } from '../../src/db/replicas';
import { testConfigEnv } from '../support/tokens';

/**
 * The read router's decisions (src/db/replicas.ts), on fake servers and a
 * fake clock: every run, PGlite or PostgreSQL. The same behaviour on a real
 * streaming replica: test/scale/read-replicas.test.ts.
 */
class FakePrimary implements SqlSession {
  lsn = 1000n;
  /** null: the role may not read pg_control_system(). */
  systemId: string | null = null;
  async query<T>(sql: string): Promise<T[]> {
    if (sql.includes('pg_current_wal_insert_lsn')) return [{ lsn: formatLsn(this.lsn) }] as T[];
    if (sql.includes('pg_control_system')) {
      if (this.systemId === null) throw new Error('permission denied');
      return [{ id: this.systemId }] as T[];
    }
    return [{ server: 'primary' }] as T[];
  }
  async exec(): Promise<void> {}
}

class FakeReplica implements SqlSession {
  replay: bigint | null = 1000n;
  standby = true;
  down = false;
  systemId = '7716411199542675354';
  async query<T>(sql: string): Promise<T[]> {
    if (this.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });
    if (sql.includes('pg_control_system')) return [{ id: this.systemId }] as T[];
    if (sql.includes('pg_is_in_recovery')) return [{ standby: this.standby, replay: this.replay === null ? null : formatLsn(this.replay) }] as T[];
    return [{ server: 'replica' }] as T[];
  }
  async exec(): Promise<void> {}
}

describe('read router (src/db/replicas.ts)', () => {
  let now = 0;
  let primary: FakePrimary;
  let replica: FakeReplica;
  const make = (marks?: WriteMarkStore) => new ReadRouter(primary, [{ name: 'r1', session: replica }], { maxLagMs: 1000, checkMs: 100, marks, now: () => now });
  const server = async (router: ReadRouter, subject: string | null) => ((await router.reader(subject).query<{ server: string }>('SELECT 1'))[0] as { server: string }).server;

  beforeEach(() => {
    now = 10_000;
    primary = new FakePrimary();
    replica = new FakeReplica();
  });

  it('LSNs: parsed and printed as PostgreSQL does', () => {
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn(parseLsn('16/B374D848'))).toBe('16/B374D848');
    expect(() => parseLsn('nonsense')).toThrow();
  });

  it('the primary until a check has seen the replica well; then the replica', async () => {
    const router = make();
    expect(await server(router, null)).toBe('primary');
    await router.check();
    expect(await server(router, null)).toBe('replica');
    expect(router.status()).toEqual([{ name: 'r1', up: true, standby: true, replayLsn: '0/3E8', stalenessMs: 0, eligible: true, lastError: null }]);
  });

  it('a replica behind the primary is as stale as the newest primary position it has replayed, and is skipped past the limit', async () => {
    const router = make();
    await router.check(); // sample (10,000 ms, 1000); replica at 1000
    primary.lsn = 2000n; // a write; the replica does not replay it
    now += 500;
    await router.check();
    expect(router.status()[0]).toMatchObject({ eligible: true, stalenessMs: 500 });
    now += 600;
    expect(router.status()[0]).toMatchObject({ eligible: false, stalenessMs: 1100 }); // grows without a check
    expect(await server(router, null)).toBe('primary');
    replica.replay = 2000n;
    await router.check();
    expect(await server(router, null)).toBe('replica');
  });

  it("read-your-writes: a caller's reads wait for a replica at its last write's position; others' do not", async () => {
    const router = make();
    await router.check();
    primary.lsn = 1500n;
    await router.recordWrite('clerk');
    now += 100;
    await router.check(); // the replica is still at 1000, stale by 100 ms: fine for others
    expect(await server(router, 'clerk')).toBe('primary');
    expect(await server(router, 'other')).toBe('replica');
    expect(await server(router, null)).toBe('replica');
    replica.replay = 1500n;
    await router.check();
    expect(await server(router, 'clerk')).toBe('replica');
  });

  it('a mark is forgotten only once a replica without the write would be past the lag limit anyway', async () => {
    const router = make();
    await router.check();
    primary.lsn = 1500n;
    await router.recordWrite('clerk');
    for (let t = 0; t < 30; t++) {
      now += 100;
      await router.check();
      // Whatever the time, the clerk never reads the replica that lacks the write.
      expect(await server(router, 'clerk')).toBe('primary');
    }
    expect(now - 10_000).toBeGreaterThan(router.markTtlMs);
  });

  it('the choice is made once per handle: one request sees one server', async () => {
    const router = make();
    await router.check();
    const handle = router.reader(null);
    expect((await handle.query<{ server: string }>('SELECT 1'))[0]?.server).toBe('replica');
    replica.standby = false;
    await router.check();
    expect((await handle.query<{ server: string }>('SELECT 2'))[0]?.server).toBe('replica');
    expect(await server(router, null)).toBe('primary'); // a new request: not a standby any more (promoted)
  });

  it('a standby of another cluster (another system identifier) is never used', async () => {
    primary.systemId = '7716411199542675354';
    replica.systemId = '1111111111111111111';
    const router = make();
    await router.check();
    expect(router.status()[0]).toMatchObject({ up: true, standby: true, eligible: false, lastError: expect.stringMatching(/another cluster/) });
    expect(await server(router, null)).toBe('primary');
    replica.systemId = primary.systemId;
    const same = make();
    await same.check();
    expect(await server(same, null)).toBe('replica');
  });

  it('a replica that fails a query is left at once: the read runs on the primary, and the replica is skipped until a check finds it well', async () => {
    const router = make();
    await router.check();
    replica.down = true;
    expect(await server(router, null)).toBe('primary');
    expect(router.counts.fellBack).toBe(1);
    expect(router.status()[0]).toMatchObject({ eligible: false, lastError: expect.stringMatching(/ECONNREFUSED/) });
    await router.check();
    expect(router.status()[0]).toMatchObject({ up: false, eligible: false });
    replica.down = false;
    await router.check();
    expect(await server(router, null)).toBe('replica');
  });

  it('an error of the statement itself is the caller’s, not a reason to leave the replica', async () => {
    const router = make();
    await router.check();
    replica.query = async () => {
      throw Object.assign(new Error('column "x" does not exist'), { code: '42703' });
    };
    await expect(router.reader(null).query('SELECT x')).rejects.toThrow(/does not exist/);
    expect(router.counts.fellBack).toBe(0);
  });

  it('shared marks: another instance’s write counts; while the store is away, callers read the primary', async () => {
    const store = new Map<string, bigint>();
    let away = false;
    const marks: WriteMarkStore = {
      async raise(subject, lsn) {
        if (away) throw new Error('Redis away');
        store.set(subject, lsn > (store.get(subject) ?? 0n) ? lsn : (store.get(subject) as bigint));
      },
      async get(subject) {
        if (away) throw new Error('Redis away');
        return store.get(subject) ?? null;
      },
    };
    const a = make(marks);
    const b = make(marks);
    await Promise.all([a.check(), b.check()]);
    primary.lsn = 1700n;
    await a.recordWrite('clerk');
    expect(await server(b, 'clerk')).toBe('primary');
    expect(await server(b, 'other')).toBe('replica');
    away = true;
    expect(await server(b, 'other')).toBe('primary');
    expect(await server(b, null)).toBe('replica'); // no caller, no mark to miss
  });

  it('on PGlite (and without replicas) reader() is the primary and recordWrite() does nothing', async () => {
    const db = await openPglite();
    try {
      expect(db.reader('anyone')).toBe(db.reader(null));
      expect(await db.reader('anyone').query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      await db.recordWrite('anyone');
      expect(db.replicaStatus()).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('configuration of replicas and pooling (src/config.ts)', () => {
  const pg = 'postgresql://hub@127.0.0.1:5432/hub';
  it('reads DATABASE_READ_URLS as a comma-separated list of URLs', () => {
    expect(loadConfig({ ...testConfigEnv, DATABASE_URL: pg }).DATABASE_READ_URLS).toEqual([]);
    const c = loadConfig({ ...testConfigEnv, DATABASE_URL: pg, DATABASE_READ_URLS: ' postgresql://r1:5432/hub, postgresql://r2:5432/hub ,' });
    expect(c.DATABASE_READ_URLS).toEqual(['postgresql://r1:5432/hub', 'postgresql://r2:5432/hub']);
    expect(() => loadConfig({ ...testConfigEnv, DATABASE_URL: pg, DATABASE_READ_URLS: 'not a url' })).toThrow(ConfigError);
  });
  it('refuses what cannot work: replicas or a pooler without a server, a pooler without a direct URL, a lag limit finer than the checks', () => {
    expect(() => loadConfig({ ...testConfigEnv, DATABASE_READ_URLS: pg })).toThrow(/need DATABASE_URL/);
    expect(() => loadConfig({ ...testConfigEnv, DATABASE_URL: pg, DB_TRANSACTION_POOLING: 'true' })).toThrow(/DATABASE_DIRECT_URL/);
    expect(() => loadConfig({ ...testConfigEnv, DATABASE_URL: pg, DATABASE_READ_URLS: pg, READ_REPLICA_MAX_LAG_MS: '600', READ_REPLICA_CHECK_MS: '500' })).toThrow(/at least twice/);
    expect(loadConfig({ ...testConfigEnv, DATABASE_URL: pg, DB_TRANSACTION_POOLING: 'true', DATABASE_DIRECT_URL: pg }).DB_TRANSACTION_POOLING).toBe(true);
  });
});
