import { print } from 'graphql';
import { openPostgres, type Database } from '../../src/db/client';
import { RedisWriteMarks } from '../../src/db/replicas';
import { closeSharedRedis, sharedRedis } from '../../src/lib/redis';
import { EnrolChildDocument } from '../generated/graphql';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer } from '../support/server';
import { mintToken } from '../support/tokens';
import { scratchDatabase, services, servicesOr, sql, until, waitForConnect } from './support';

/**
 * Issue 11 item 2, on a real streaming replica (scripts/ci-services.sh: a
 * primary, and a standby made by pg_basebackup -R). Which server answered is
 * read from the server itself: pg_is_in_recovery() and inet_server_port() on
 * the connection the statement used.
 */
const env = servicesOr('read replicas (issue 11 item 2)', ['CI_REPLICA_PRIMARY_URL', 'CI_READ_REPLICA_URL', 'CI_SERVICES_DIR', 'CI_REDIS_URL']);

interface Where {
  standby: boolean;
  port: number;
}
const WHERE = 'SELECT pg_is_in_recovery() AS standby, inet_server_port() AS port';

if (env) {
  describe('read replicas (issue 11 item 2)', () => {
    let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
    let primaryUrl = '';
    let replicaUrl = '';
    const opened: Database[] = [];
    const replicaPort = Number(new URL(env.CI_READ_REPLICA_URL as string).port);
    const open = (o: { maxLagMs: number; marks?: RedisWriteMarks }) => {
      const db = openPostgres({ url: primaryUrl, readUrls: [replicaUrl], maxReplicaLagMs: o.maxLagMs, replicaCheckMs: 100, poolSize: 4, ...(o.marks ? { writeMarks: o.marks } : {}) });
      opened.push(db);
      return db;
    };
    const serving = (db: Database) => until(() => db.replicaStatus()[0]?.eligible === true, 30000, 'the replica to serve reads');
    const where = async (db: Database, subject: string | null) => (await db.reader(subject).query<Where>(WHERE))[0] as Where;
    const pause = () => sql(replicaUrl, 'SELECT pg_wal_replay_pause()');
    const resume = () => sql(replicaUrl, 'SELECT pg_wal_replay_resume()');

    beforeAll(async () => {
      scratch = await scratchDatabase(env.CI_REPLICA_PRIMARY_URL as string);
      primaryUrl = scratch.url();
      replicaUrl = scratch.url(env.CI_READ_REPLICA_URL);
      await waitForConnect(replicaUrl);
      await sql(primaryUrl, 'CREATE TABLE scale_probe (id serial PRIMARY KEY, note text NOT NULL)');
    });
    afterAll(async () => {
      await resume().catch(() => undefined);
      await Promise.all(opened.map((d) => d.close()));
      await closeSharedRedis();
      await scratch?.drop();
    });

    it('reads that write nothing are served by the replica; writes and access records by the primary', async () => {
      const db = open({ maxLagMs: 2000 });
      await serving(db);
      expect(await where(db, null)).toEqual({ standby: true, port: replicaPort });
      expect((await db.raw.query<Where>(WHERE))[0]?.standby).toBe(false);
      // A write through Prisma lands on the primary and reaches the replica's readers.
      const s = new Scenario(db);
      const township = await s.township(7);
      await until(async () => (await db.reader(null).query('SELECT 1 FROM "Region" WHERE code = $1', [township.code])).length === 1, 15000, 'the write on the replica');
      // The replica's own view of its clients: the hub's read pool is connected there.
      const apps = await sql<{ application_name: string }>(replicaUrl, 'SELECT application_name FROM pg_stat_activity WHERE datname = current_database()');
      expect(apps.map((a) => a.application_name)).toContain('kongchuo-hub-read');
      // The access log is written by the primary's pool (AuditWriter uses db.raw): a replica refuses any write.
      await expect(sql(replicaUrl, 'INSERT INTO scale_probe (note) VALUES ($1)', ['x'])).rejects.toThrow(/read-only transaction/);
      expect(db.readRouter?.counts.replica).toBeGreaterThan(0);
    });

    it("read-your-writes: after a caller's write its reads wait for a replica that has replayed it (else the primary); others read the replica", async () => {
      // A generous lag limit, so the paused replica keeps serving everyone else meanwhile.
      const db = open({ maxLagMs: 60000 });
      await serving(db);
      await pause();
      try {
        await db.raw.query('INSERT INTO scale_probe (note) VALUES ($1)', ['ryw-1']);
        await db.recordWrite('clerk-ryw');
        const count = 'SELECT pg_is_in_recovery() AS standby, count(*)::int AS n FROM scale_probe WHERE note = $1';
        expect((await db.reader('clerk-ryw').query(count, ['ryw-1']))[0]).toEqual({ standby: false, n: 1 });
        // Someone else is served by the replica, which has not replayed the write yet: the lag is real.
        expect((await db.reader('someone-else').query(count, ['ryw-1']))[0]).toEqual({ standby: true, n: 0 });
      } finally {
        await resume();
      }
      // Once the replica has replayed it, the writer's reads go back to the replica, and find the write there.
      await until(async () => (await where(db, 'clerk-ryw')).standby, 15000, 'the writer back on the replica');
      expect((await db.reader('clerk-ryw').query<{ n: number }>('SELECT count(*)::int AS n FROM scale_probe WHERE note = $1', ['ryw-1']))[0]?.n).toBe(1);
    });

    it('read-your-writes through the hub: mutate() records the commit for the caller, whose next reads avoid a replica that lacks it', async () => {
      const db = open({ maxLagMs: 60000 });
      await serving(db);
      const s = new Scenario(db);
      const village = await s.village(3, 1);
      const school = await s.school(3);
      const { child } = await s.child({ villageCode: village.code, schoolId: null });
      const api = await startTestServer(db, testSealer);
      try {
        await until(async () => (await db.reader(null).query('SELECT 1 FROM "Child" WHERE id = $1', [child.id])).length === 1, 15000, 'the child on the replica');
        await pause();
        const headers = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'clerk-http' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
        const enrol = await post(api.url, { query: print(EnrolChildDocument), variables: { input: { childId: child.id, schoolId: school.id, grade: 3, date: '2026-11-10', evidenceRef: '入学登记-0301' } } }, headers);
        expect(enrol.errors).toBeUndefined();
        // The mutation's commit position was recorded for its caller: its reads go to the primary while the replica lacks it.
        expect(await where(db, 'clerk-http')).toMatchObject({ standby: false });
        expect(await where(db, 'somebody-else')).toMatchObject({ standby: true });
        // And the caller's own next answer has the write (whichever server the read path uses).
        const read = await post(api.url, { query: 'query($id: ID!) { child(id: $id) { enrollment { status school { id } } } }', variables: { id: child.id } }, headers);
        expect(read.errors).toBeUndefined();
        expect((read.data as unknown as { child: { enrollment: { status: string; school: { id: string } } } }).child.enrollment).toEqual({ status: 'ENROLLED', school: { id: school.id } });
        const stale = await db.reader('somebody-else').query('SELECT 1 FROM "Enrollment" WHERE "childId" = $1 AND status = $2', [child.id, 'ENROLLED']);
        expect(stale).toEqual([]); // the replica really was behind
      } finally {
        await resume();
        await api.close();
      }
    });

    it('department reads over HTTP are answered by the replica; the writer’s own next read is not, until the replica has its write', async () => {
      const db = open({ maxLagMs: 60000 });
      await serving(db);
      const s = new Scenario(db);
      const village = await s.village(4, 1);
      const school = await s.school(4);
      const { child } = await s.child({ villageCode: village.code, schoolId: null });
      const api = await startTestServer(db, testSealer, { env: { WEBHOOKS_ENABLED: 'false' } });
      const router = db.readRouter as NonNullable<Database['readRouter']>;
      try {
        await until(async () => (await db.reader(null).query('SELECT 1 FROM "Child" WHERE id = $1', [child.id])).length === 1, 15000, 'the child on the replica');
        const reader = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'reader-http' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
        const writer = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'writer-http' })}`, 'x-purpose': 'ENROLLMENT_MANAGEMENT' };
        const page = { query: 'query($id: ID!) { child(id: $id) { id enrollment { status } } }', variables: { id: child.id } };
        // A department's read over HTTP: the scoped repository's statement is answered by the replica.
        let before = router.counts.replica;
        const r1 = await post(api.url, page, reader);
        expect(r1.errors).toBeUndefined();
        expect(router.counts.replica).toBeGreaterThan(before);
        // A write, with the replica paused: the writer's own next read goes to the primary and sees the write;
        // the other department's read is still served by the replica (which lacks it).
        await pause();
        try {
          const enrol = await post(api.url, { query: print(EnrolChildDocument), variables: { input: { childId: child.id, schoolId: school.id, grade: 3, date: '2026-11-10', evidenceRef: '入学登记-0401' } } }, writer);
          expect(enrol.errors).toBeUndefined();
          before = router.counts.replica;
          const mine = await post(api.url, page, writer);
          expect((mine.data as unknown as { child: { enrollment: { status: string } | null } }).child.enrollment?.status).toBe('ENROLLED');
          expect(router.counts.replica).toBe(before);
          const theirs = await post(api.url, page, reader);
          expect(theirs.errors).toBeUndefined();
          expect(router.counts.replica).toBeGreaterThan(before);
        } finally {
          await resume();
        }
      } finally {
        await api.close();
      }
    });

    it('a replica lagging beyond READ_REPLICA_MAX_LAG_MS is skipped, and serves again once it catches up', async () => {
      const db = open({ maxLagMs: 800 });
      await serving(db);
      await pause();
      try {
        await db.raw.query('INSERT INTO scale_probe (note) VALUES ($1)', ['lag-1']);
        await until(() => db.replicaStatus()[0]?.eligible === false, 10000, 'the lagging replica to be skipped');
        expect(db.replicaStatus()[0]).toMatchObject({ up: true, standby: true, eligible: false });
        expect((db.replicaStatus()[0]?.stalenessMs ?? 0) > 800).toBe(true);
        expect(await where(db, null)).toMatchObject({ standby: false });
      } finally {
        await resume();
      }
      await serving(db);
      expect(await where(db, null)).toMatchObject({ standby: true });
    });

    it('across instances (marks in Redis): a write recorded by one instance keeps its caller off the lagging replica on another', async () => {
      const prefix = `hub-test-${process.pid}-${Date.now()}:`;
      const a = open({ maxLagMs: 60000, marks: new RedisWriteMarks(sharedRedis(env.CI_REDIS_URL as string), prefix) });
      const b = open({ maxLagMs: 60000, marks: new RedisWriteMarks(sharedRedis(env.CI_REDIS_URL as string), prefix) });
      await Promise.all([serving(a), serving(b)]);
      await pause();
      try {
        await a.raw.query('INSERT INTO scale_probe (note) VALUES ($1)', ['cross-1']);
        await a.recordWrite('clerk-cross');
        expect(await where(b, 'clerk-cross')).toMatchObject({ standby: false });
        expect(await where(b, 'clerk-other')).toMatchObject({ standby: true });
      } finally {
        await resume();
      }
      await until(async () => (await where(b, 'clerk-cross')).standby, 15000, 'the caller back on the replica');
    });

    it('replica stopped: reads fall back to the primary without an error, writes go on, and nothing is lost', async () => {
      const db = open({ maxLagMs: 2000 });
      await serving(db);
      const written: string[] = [];
      const readErrors: unknown[] = [];
      let writing = true;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          const note = `outage-${i}`;
          await db.raw.query('INSERT INTO scale_probe (note) VALUES ($1)', [note]);
          written.push(note);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const servers: boolean[] = [];
      let reading = true;
      const reader = (async () => {
        while (reading) {
          try {
            servers.push((await where(db, null)).standby);
          } catch (e) {
            readErrors.push(e);
          }
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      try {
        await until(() => servers.includes(true), 10000, 'reads on the replica');
        await services('replica-stop');
        await until(() => db.replicaStatus()[0]?.eligible === false, 10000, 'the stopped replica to be skipped');
        const onPrimary = servers.length;
        await until(() => servers.length > onPrimary + 20, 10000, 'reads while the replica is down');
        expect(servers.slice(onPrimary + 1).every((standby) => !standby)).toBe(true);
        await services('replica-start');
        await serving(db);
      } finally {
        writing = false;
        reading = false;
        await Promise.all([writer, reader]);
      }
      expect(readErrors).toEqual([]);
      expect(written.length).toBeGreaterThan(10);
      // Nothing lost: every write is on the primary, and the replica has all of them once it has caught up.
      const primaryNotes = (await sql<{ note: string }>(primaryUrl, "SELECT note FROM scale_probe WHERE note LIKE 'outage-%' ORDER BY id")).map((r) => r.note);
      expect(primaryNotes).toEqual(written);
      await until(async () => (await sql(replicaUrl, "SELECT 1 FROM scale_probe WHERE note LIKE 'outage-%'")).length === written.length, 20000, 'the replica to catch up');
      expect(await where(db, null)).toMatchObject({ standby: true });
    });
  });
}
