import { defaultPartitionName, ensureAllMonthlyPartitions, ensurePartitions, monthStart, partitionName } from '../../src/db/partitions';
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { listMigrations, migrate } from '../../src/db/migrate';
import { GENESIS, recordHash, type AccessRecord } from '../../src/audit/chain';
import { verifyWithCheckpoints } from '../../src/audit/verify';
import { AuditWriter } from '../../src/audit/writer';
import { createTestDatabase, withDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY } from '../support/factories';

/**
 * Issue 11 item 5, first table: "AttendanceRecord" is partitioned by month of
 * "date" (migration 20261209000000_attendance_partitions); the hub creates
 * this month's partition and the next three's at start-up and daily
 * (src/db/partitions.ts; test/support/db.ts does what src/main.ts does).
 */
describe('AttendanceRecord: monthly partitions (issue 11 item 5)', () => {
  let db: TestDatabase;
  let s: Scenario;
  let schoolId = '';
  let villageCode = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    schoolId = (await s.school(1)).id;
  });
  afterAll(async () => {
    await db?.drop();
  });

  const partitions = async () =>
    (
      await db.raw.query<{ name: string; bound: string }>(
        `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
           FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = '"AttendanceRecord"'::regclass ORDER BY 1`,
      )
    ).reduce((m, r) => m.set(r.name, r.bound), new Map<string, string>());

  const record = async (date: string) => {
    const { child } = await s.child({ villageCode, schoolId });
    return db.prisma.attendanceRecord.create({
      data: { countyCode: TEST_COUNTY, childId: child.id, schoolId, date: new Date(date), kind: 'UNEXCUSED_ABSENCE', recordedBy: 'teacher' },
    });
  };
  const partitionOf = async (id: string) =>
    (await db.raw.query<{ p: string }>(`SELECT tableoid::regclass::text AS p FROM "AttendanceRecord" WHERE id = $1`, [id]))[0]?.p;

  it('is a partitioned table with a DEFAULT partition and this month and the next three after start', async () => {
    const kind = await db.raw.query<{ kind: string }>(`SELECT relkind::text AS kind FROM pg_class WHERE oid = '"AttendanceRecord"'::regclass`);
    expect(kind).toEqual([{ kind: 'p' }]);
    const have = await partitions();
    expect(have.get('AttendanceRecord_default')).toBe('DEFAULT');
    const now = new Date();
    for (let i = 0; i <= 3; i++) {
      const m = monthStart(now, i);
      const from = m.toISOString().slice(0, 10);
      const to = monthStart(now, i + 1).toISOString().slice(0, 10);
      expect([partitionName('AttendanceRecord', m), have.get(partitionName('AttendanceRecord', m))]).toEqual([
        partitionName('AttendanceRecord', m),
        `FOR VALUES FROM ('${from}') TO ('${to}')`,
      ]);
    }
    // A second run (the daily one) finds them all there.
    expect(await ensureAllMonthlyPartitions(db)).toEqual({ created: [], moved: 0 });
  });

  it('creates the months ahead of any date it is given, once', async () => {
    const r = await ensureAllMonthlyPartitions(db, 3, new Date('2030-11-20T12:00:00Z'));
    const months = ['2030_11', '2030_12', '2031_01', '2031_02'];
    expect(r).toEqual({ created: ['AttendanceRecord', 'OutboxEvent', 'AccessLog'].flatMap((t) => months.map((m) => `${t}_${m}`)), moved: 0 });
    expect((await partitions()).get('AttendanceRecord_2031_02')).toBe(`FOR VALUES FROM ('2031-02-01') TO ('2031-03-01')`);
    expect(await ensureAllMonthlyPartitions(db, 3, new Date('2030-11-20T12:00:00Z'))).toEqual({ created: [], moved: 0 });
  });

  it("a row goes to its month's partition", async () => {
    const today = new Date();
    const day = `${monthStart(today).toISOString().slice(0, 8)}15`;
    const row = await record(day);
    expect(await partitionOf(row.id)).toBe(`"${partitionName('AttendanceRecord', today)}"`);
    // Read back, updated and found by the compound key (id, date) through the parent.
    const found = await db.prisma.attendanceRecord.findUniqueOrThrow({ where: { id_date: { id: row.id, date: row.date } } });
    expect(found.childId).toBe(row.childId);
  });

  it("a month's attendance of one school reads that month's partition only (pruning)", async () => {
    await ensurePartitions(db, 'AttendanceRecord', new Date('2030-09-01'), new Date('2030-12-01'));
    // The query of the month's absence register of one school (attendance.service.ts, the ledger by school and date).
    const sql = `SELECT id, "childId", "date", kind FROM "AttendanceRecord"
          WHERE "schoolId" = '${schoolId}' AND "date" >= DATE '2030-10-01' AND "date" < DATE '2030-11-01' ORDER BY "date"`;
    const [json] = await db.raw.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (COSTS OFF, FORMAT JSON) ${sql}`);
    const raw = json?.['QUERY PLAN'];
    const tree = (typeof raw === 'string' ? JSON.parse(raw) : raw) as unknown;
    const relations = new Set<string>();
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        for (const [k, v] of Object.entries(n)) {
          if (k === 'Relation Name' && typeof v === 'string') relations.add(v);
          else walk(v);
        }
      }
    };
    walk(tree);
    expect([...relations]).toEqual(['AttendanceRecord_2030_10']);
    const plan = (await db.raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`)).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).not.toContain('AttendanceRecord_default');
    expect(plan).not.toContain('AttendanceRecord_2030_09');
    expect(plan).not.toContain('AttendanceRecord_2030_11');
  });

  it('a row of a month without a partition lands in DEFAULT, and creating that month moves it there', async () => {
    const row = await record('2033-06-15');
    expect(await partitionOf(row.id)).toBe(`"${defaultPartitionName('AttendanceRecord')}"`);
    // PostgreSQL alone refuses the partition while DEFAULT holds a row of its range.
    await expect(
      db.raw.exec(`CREATE TABLE "AttendanceRecord_2033_06" PARTITION OF "AttendanceRecord" FOR VALUES FROM ('2033-06-01') TO ('2033-07-01')`),
    ).rejects.toThrow(/default partition .* would be violated by some row|updated partition constraint for default partition/i);
    const other = await record('2033-07-02'); // another month, also in DEFAULT, stays there
    expect(await ensurePartitions(db, 'AttendanceRecord', new Date('2033-06-01'), new Date('2033-06-30'))).toEqual({ created: ['AttendanceRecord_2033_06'], moved: 1 });
    expect(await partitionOf(row.id)).toBe('"AttendanceRecord_2033_06"');
    expect(await partitionOf(other.id)).toBe('"AttendanceRecord_default"');
    const moved = await db.prisma.attendanceRecord.findUniqueOrThrow({ where: { id_date: { id: row.id, date: row.date } } });
    expect({ ...moved, recordedAt: null }).toEqual({ ...row, recordedAt: null });
    expect(moved.recordedAt.getTime()).toBe(row.recordedAt.getTime());
    // The unique (childId, date) still holds across partitions.
    await expect(
      db.prisma.attendanceRecord.create({ data: { countyCode: TEST_COUNTY, childId: row.childId, schoolId, date: row.date, kind: 'EXCUSED_LEAVE', recordedBy: 'teacher' } }),
    ).rejects.toThrow(/Unique constraint/i);
  });

  it('the migration moves existing rows into monthly partitions it creates for them', async () => {
    const MIGRATION = '20261209000000_attendance_partitions';
    const serverUrl = process.env.DATABASE_URL;
    const name = `hub_test_${randomBytes(6).toString('hex')}`;
    const admin = serverUrl ? openPostgres({ url: serverUrl, poolSize: 1 }) : null;
    await admin?.raw.exec(`CREATE DATABASE ${name}`);
    const old: Database = serverUrl ? openPostgres({ url: withDatabase(serverUrl, name), poolSize: 2 }) : await openPglite();
    try {
      await migrate(old, listMigrations().filter((m) => m.name < MIGRATION));
      const o = new Scenario(old);
      const v = (await o.village(1, 1)).code;
      const school = (await o.school(1)).id;
      const days = ['2025-09-03', '2025-09-30', '2026-01-15', '2026-11-02'];
      const ids: string[] = [];
      for (const day of days) {
        const { child } = await o.child({ villageCode: v, schoolId: school });
        const [r] = await old.raw.query<{ id: string }>(
          `INSERT INTO "AttendanceRecord" ("countyCode", "childId", "schoolId", "date", "kind", "recordedBy", "version") VALUES ($1, $2::uuid, $3::uuid, $4::date, 'UNEXCUSED_ABSENCE', 't', 3) RETURNING id::text`,
          [TEST_COUNTY, child.id, school, day],
        );
        ids.push(r!.id);
      }
      // This migration and those written after it (it need not be the last).
      const applied = await migrate(old);
      expect(applied[0]).toBe(MIGRATION);
      expect(applied).toEqual(listMigrations().filter((m) => m.name >= MIGRATION).map((m) => m.name));
      const rows = await old.raw.query<{ id: string; p: string; version: number }>(
        `SELECT id::text, tableoid::regclass::text AS p, "version" FROM "AttendanceRecord" ORDER BY "date"`,
      );
      expect(rows).toEqual([
        { id: ids[0], p: '"AttendanceRecord_2025_09"', version: 3 },
        { id: ids[1], p: '"AttendanceRecord_2025_09"', version: 3 },
        { id: ids[2], p: '"AttendanceRecord_2026_01"', version: 3 },
        { id: ids[3], p: '"AttendanceRecord_2026_11"', version: 3 },
      ]);
      expect(await old.raw.query(`SELECT to_regclass('"AttendanceRecord_unpartitioned"') AS t`)).toEqual([{ t: null }]);
    } finally {
      await old.close();
      await admin?.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin?.close();
    }
  });
});

/**
 * Issue 11 item 5, second table: "OutboxEvent" is partitioned by month of
 * "createdAt" (UTC months; migration 20261211000000_outbox_partitions). The
 * outbox stays append-only across its partitions, consumers still read
 * "id > cursor" in id order across months, and a time range prunes.
 */
describe('OutboxEvent: monthly partitions (issue 11 item 5)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  const event = async (createdAt: string, type = 'DROPOUT_REPORTED') =>
    (
      await db.raw.query<{ id: string; p: string }>(
        `INSERT INTO "OutboxEvent" ("countyCode", "type", "payload", "createdAt") VALUES ($1, $2, '{}'::jsonb, $3::timestamptz)
         RETURNING id::text, tableoid::regclass::text AS p`,
        [TEST_COUNTY, type, createdAt],
      )
    )[0]!;
  const partitionOf = async (id: string) => (await db.raw.query<{ p: string }>(`SELECT tableoid::regclass::text AS p FROM "OutboxEvent" WHERE id = $1::bigint`, [id]))[0]?.p;

  it('is partitioned by UTC month, with this month and the next three after start', async () => {
    const [kind] = await db.raw.query<{ kind: string }>(`SELECT relkind::text AS kind FROM pg_class WHERE oid = '"OutboxEvent"'::regclass`);
    expect(kind).toEqual({ kind: 'p' });
    const now = new Date();
    const bounds = await db.raw.query<{ name: string; bound: string }>(
      `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = '"OutboxEvent"'::regclass ORDER BY 1`,
    );
    const names = bounds.map((b) => b.name);
    expect(names).toContain('OutboxEvent_default');
    for (let i = 0; i <= 3; i++) expect(names).toContain(partitionName('OutboxEvent', monthStart(now, i)));
    // A month is cut at 00:00 UTC whatever the session's time zone: the bound reads back in UTC.
    await db.raw.exec(`SET TIME ZONE 'UTC'`);
    const [b] = await db.raw.query<{ bound: string }>(`SELECT pg_get_expr(relpartbound, oid) AS bound FROM pg_class WHERE relname = $1`, [partitionName('OutboxEvent', monthStart(now))]);
    const from = monthStart(now).toISOString().slice(0, 10);
    const to = monthStart(now, 1).toISOString().slice(0, 10);
    expect(b?.bound).toBe(`FOR VALUES FROM ('${from} 00:00:00+00') TO ('${to} 00:00:00+00')`);
  });

  it("an event goes to its month's partition; ids keep growing and read in order across months", async () => {
    await ensurePartitions(db, 'OutboxEvent', new Date('2031-03-01'), new Date('2031-05-01'));
    const a = await event('2031-03-31T23:59:59.999Z');
    const b = await event('2031-04-01T00:00:00.000Z');
    const c = await event('2031-05-10T08:00:00.000Z');
    expect([a.p, b.p, c.p]).toEqual(['"OutboxEvent_2031_03"', '"OutboxEvent_2031_04"', '"OutboxEvent_2031_05"']);
    expect(BigInt(a.id) < BigInt(b.id) && BigInt(b.id) < BigInt(c.id)).toBe(true);
    // What the outbox bus and the webhook dispatcher ask: everything after a cursor, in id order.
    const after = await db.prisma.outboxEvent.findMany({ where: { id: { gt: BigInt(a.id) - 1n } }, orderBy: { id: 'asc' }, select: { id: true } });
    expect(after.map((r) => r.id.toString()).slice(0, 3)).toEqual([a.id, b.id, c.id]);
  });

  it('stays append-only: UPDATE and DELETE are refused through the parent and on a partition itself', async () => {
    const e = await event('2031-04-15T10:00:00Z');
    await expect(db.raw.exec(`UPDATE "OutboxEvent" SET "type" = 'X' WHERE id = ${e.id}`)).rejects.toThrow(/append-only|refuse|not allowed|insufficient/i);
    await expect(db.raw.exec(`DELETE FROM "OutboxEvent" WHERE id = ${e.id}`)).rejects.toThrow(/append-only|refuse|not allowed|insufficient/i);
    await expect(db.raw.exec(`DELETE FROM "OutboxEvent_2031_04" WHERE id = ${e.id}`)).rejects.toThrow(/append-only|refuse|not allowed|insufficient/i);
    expect(await partitionOf(e.id)).toBe('"OutboxEvent_2031_04"');
  });

  it('a time range reads only its months (pruning)', async () => {
    const sql = `SELECT id FROM "OutboxEvent" WHERE "createdAt" >= '2031-04-01 00:00:00+00' AND "createdAt" < '2031-05-01 00:00:00+00' ORDER BY id`;
    const plan = (await db.raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`)).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('OutboxEvent_2031_04');
    expect(plan).not.toContain('OutboxEvent_2031_03');
    expect(plan).not.toContain('OutboxEvent_2031_05');
    expect(plan).not.toContain('OutboxEvent_default');
  });

  it('events of a month without a partition wait in DEFAULT; creating the month moves them there without a DELETE (the outbox refuses one)', async () => {
    const stray = await event('2034-08-20T12:00:00Z');
    const other = await event('2034-09-02T12:00:00Z');
    expect([stray.p, other.p]).toEqual(['"OutboxEvent_default"', '"OutboxEvent_default"']);
    expect(await ensurePartitions(db, 'OutboxEvent', new Date('2034-08-01'), new Date('2034-08-01'))).toEqual({ created: ['OutboxEvent_2034_08'], moved: 1 });
    expect(await partitionOf(stray.id)).toBe('"OutboxEvent_2034_08"');
    expect(await partitionOf(other.id)).toBe('"OutboxEvent_default"');
    // The new DEFAULT is append-only too (the parent's trigger is cloned onto it), and the detached one is gone.
    await expect(db.raw.exec(`DELETE FROM "OutboxEvent_default" WHERE id = ${other.id}`)).rejects.toThrow(/append-only|refuse|not allowed|insufficient/i);
    expect(await db.raw.query(`SELECT to_regclass('"OutboxEvent_default_moving"') AS t`)).toEqual([{ t: null }]);
    const [n] = await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE id IN (${stray.id}, ${other.id})`);
    expect(n?.n).toBe(2);
  });

  it('the migration moves existing events into monthly partitions with their ids, and the sequence goes on after them', async () => {
    const MIGRATION = '20261211000000_outbox_partitions';
    const serverUrl = process.env.DATABASE_URL;
    const name = `hub_test_${randomBytes(6).toString('hex')}`;
    const admin = serverUrl ? openPostgres({ url: serverUrl, poolSize: 1 }) : null;
    await admin?.raw.exec(`CREATE DATABASE ${name}`);
    const old: Database = serverUrl ? openPostgres({ url: withDatabase(serverUrl, name), poolSize: 2 }) : await openPglite();
    try {
      await migrate(old, listMigrations().filter((m) => m.name < MIGRATION));
      const ids: string[] = [];
      for (const at of ['2025-12-31T23:30:00Z', '2026-01-01T00:30:00Z', '2026-11-20T08:00:00Z']) {
        const [r] = await old.raw.query<{ id: string }>(
          `INSERT INTO "OutboxEvent" ("countyCode", "type", "payload", "createdAt") VALUES ($1, 'CASE_CLOSED', '{"caseId":"x"}'::jsonb, $2::timestamptz) RETURNING id::text`,
          [TEST_COUNTY, at],
        );
        ids.push(r!.id);
      }
      const applied = await migrate(old);
      expect(applied[0]).toBe(MIGRATION);
      const rows = await old.raw.query<{ id: string; p: string; payload: unknown }>(`SELECT id::text, tableoid::regclass::text AS p, payload FROM "OutboxEvent" ORDER BY id`);
      expect(rows).toEqual([
        { id: ids[0], p: '"OutboxEvent_2025_12"', payload: { caseId: 'x' } },
        { id: ids[1], p: '"OutboxEvent_2026_01"', payload: { caseId: 'x' } },
        { id: ids[2], p: '"OutboxEvent_2026_11"', payload: { caseId: 'x' } },
      ]);
      const [next] = await old.raw.query<{ id: string }>(`INSERT INTO "OutboxEvent" ("countyCode", "type", "payload") VALUES ($1, 'CASE_CLOSED', '{}'::jsonb) RETURNING id::text`, [TEST_COUNTY]);
      expect(BigInt(next!.id) > BigInt(ids[2]!)).toBe(true);
      await expect(old.raw.exec(`DELETE FROM "OutboxEvent" WHERE id = ${ids[0]}`)).rejects.toThrow();
      expect(await old.raw.query(`SELECT to_regclass('"OutboxEvent_unpartitioned"') AS t`)).toEqual([{ t: null }]);
    } finally {
      await old.close();
      await admin?.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin?.close();
    }
  });
});

/**
 * Issue 11 item 5, third table: "AccessLog" is partitioned by month of "at"
 * (migration 20261212000000_access_log_partitions). A partitioned table
 * cannot keep the unique "prevHash" index that refused a fork; the chain
 * head (AccessLogHead) and the insert trigger refuse one instead, and the
 * chain verifies across months.
 */
describe('AccessLog: monthly partitions, and the chain across them (issue 11 item 5)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await ensurePartitions(db, 'AccessLog', new Date('2031-06-01'), new Date('2031-07-01'));
  });
  afterAll(async () => {
    await db?.drop();
  });

  const rec = (at: string, n: number): AccessRecord => ({
    at: new Date(at), requestId: `req-${n}`, subject: 'officer-1', agencyKind: 'EDUCATION_BUREAU', agencyId: null, clientId: null,
    purpose: 'DROPOUT_CASEWORK', operationName: 'Read', childIds: [], fieldClasses: ['BASIC'], outcome: 'OK',
  });
  const head = async () => (await db.raw.query<{ hash: Uint8Array; recordId: string }>(`SELECT "hash", "recordId"::text AS "recordId" FROM "AccessLogHead"`))[0]!;
  const newest = async () => (await db.raw.query<{ id: string; hash: Uint8Array; p: string }>(`SELECT id::text, "hash", tableoid::regclass::text AS p FROM "AccessLog" ORDER BY "AccessLog".id DESC LIMIT 1`))[0]!;
  const insertRaw = (r: AccessRecord, prev: Uint8Array) =>
    db.raw.query(
      `INSERT INTO "AccessLog" ("at","requestId","subject","agencyKind","purpose","operationName","childIds","fieldClasses","outcome","prevHash","hash")
       VALUES ($1::timestamptz, $2, $3, 'EDUCATION_BUREAU', $4, $5, '{}'::uuid[], '{BASIC}'::text[], 'OK', $6, $7)`,
      [r.at.toISOString(), r.requestId, r.subject, r.purpose, r.operationName, Buffer.from(prev), recordHash(prev, r)],
    );

  it('records go to their month; one chain runs across the months and verifies; the head follows the newest record', async () => {
    const writer = new AuditWriter(db);
    await writer.append(rec('2031-06-30T23:59:59.000Z', 1));
    await writer.append(rec('2031-07-01T00:00:01.000Z', 2));
    await Promise.all([3, 4, 5].map((n) => writer.append(rec('2031-07-02T08:00:00.000Z', n))));
    const parts = await db.raw.query<{ p: string; n: number }>(`SELECT tableoid::regclass::text AS p, count(*)::int AS n FROM "AccessLog" WHERE "at" >= '2031-06-01' GROUP BY 1 ORDER BY 1`);
    expect(parts).toEqual([{ p: '"AccessLog_2031_06"', n: 1 }, { p: '"AccessLog_2031_07"', n: 4 }]);
    const v = await verifyWithCheckpoints(db, null, [], TEST_COUNTY);
    expect([v.ok, v.firstBrokenId]).toEqual([true, null]);
    const last = await newest();
    expect(await head()).toEqual({ hash: last.hash, recordId: last.id });
  });

  it('a fork is refused: a record linking to an older record, or to nothing, is not written, and the head stays', async () => {
    const before = await head();
    const [older] = await db.raw.query<{ hash: Uint8Array }>(`SELECT "hash" FROM "AccessLog" ORDER BY id DESC OFFSET 1 LIMIT 1`);
    for (const prev of [older!.hash, GENESIS]) {
      await expect(insertRaw(rec('2031-07-03T08:00:00Z', 9), prev)).rejects.toMatchObject({ code: '23505', constraint: 'AccessLog_chain_link' });
    }
    expect(await head()).toEqual(before);
    // Two records of one insert must link to each other too.
    const a = rec('2031-07-03T09:00:00Z', 10);
    const b = rec('2031-07-03T09:00:01Z', 11);
    const ha = recordHash(before.hash, a);
    await expect(
      db.raw.query(
        `INSERT INTO "AccessLog" ("at","requestId","subject","agencyKind","outcome","prevHash","hash") VALUES
           ($1::timestamptz, $2, 's', 'EDUCATION_BUREAU', 'OK', $3, $4), ($5::timestamptz, $6, 's', 'EDUCATION_BUREAU', 'OK', $7, $8)`,
        [a.at.toISOString(), a.requestId, Buffer.from(before.hash), ha, b.at.toISOString(), b.requestId, Buffer.from(before.hash), recordHash(before.hash, b)],
      ),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await head()).toEqual(before);
    // The one that extends the head goes in.
    await insertRaw(rec('2031-07-03T10:00:00Z', 12), before.hash);
    expect((await head()).recordId).toBe((await newest()).id);
  });

  it('a writer whose head is stale (another instance wrote meanwhile) is refused, re-reads the head and links again', async () => {
    const slow = new AuditWriter(db);
    await slow.append(rec('2031-07-04T08:00:00Z', 20));
    const other = new AuditWriter(db);
    await other.append(rec('2031-07-04T08:00:01Z', 21));
    await slow.append(rec('2031-07-04T08:00:02Z', 22)); // its head is 20's: refused once, then linked to 21's
    const v = await verifyWithCheckpoints(db, null, [], TEST_COUNTY);
    expect([v.ok, v.firstBrokenId]).toEqual([true, null]);
    expect((await newest()).p).toBe('"AccessLog_2031_07"');
  });

  it("the guardian's report of one child over a month reads that month only (pruning)", async () => {
    const sql = `SELECT id FROM "AccessLog" WHERE "childIds" @> ARRAY['00000000-0000-4000-8000-000000000001']::uuid[]
                   AND "at" >= '2031-07-01 00:00:00+00' AND "at" < '2031-08-01 00:00:00+00'`;
    const plan = (await db.raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`)).map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('AccessLog_2031_07');
    expect(plan).not.toContain('AccessLog_2031_06');
    expect(plan).not.toContain('AccessLog_default');
  });

  it('the migration moves the records with their ids into months, sets the head to the newest, and the chain goes on', async () => {
    const MIGRATION = '20261212000000_access_log_partitions';
    const serverUrl = process.env.DATABASE_URL;
    const name = `hub_test_${randomBytes(6).toString('hex')}`;
    const admin = serverUrl ? openPostgres({ url: serverUrl, poolSize: 1 }) : null;
    await admin?.raw.exec(`CREATE DATABASE ${name}`);
    const old: Database = serverUrl ? openPostgres({ url: withDatabase(serverUrl, name), poolSize: 2 }) : await openPglite();
    try {
      await migrate(old, listMigrations().filter((m) => m.name < MIGRATION));
      const w = new AuditWriter(old);
      for (const [n, at] of (['2025-12-31T23:00:00Z', '2026-01-01T01:00:00Z', '2026-11-20T08:00:00Z'] as const).entries()) await w.append(rec(at, n));
      const ids = (await old.raw.query<{ id: string }>(`SELECT id::text FROM "AccessLog" ORDER BY "AccessLog".id`)).map((r) => r.id);
      const applied = await migrate(old);
      expect(applied[0]).toBe(MIGRATION);
      const rows = await old.raw.query<{ id: string; p: string }>(`SELECT id::text, tableoid::regclass::text AS p FROM "AccessLog" ORDER BY "AccessLog".id`);
      expect(rows).toEqual([
        { id: ids[0], p: '"AccessLog_2025_12"' },
        { id: ids[1], p: '"AccessLog_2026_01"' },
        { id: ids[2], p: '"AccessLog_2026_11"' },
      ]);
      const [h] = await old.raw.query<{ recordId: string }>(`SELECT "recordId"::text AS "recordId" FROM "AccessLogHead"`);
      expect(h?.recordId).toBe(ids[2]);
      // The same writer (its head is the newest record's) goes on; a fresh one reads the head; the chain verifies.
      await w.append(rec('2026-11-21T08:00:00Z', 7));
      await new AuditWriter(old).append(rec('2026-11-21T08:00:01Z', 8));
      const v = await verifyWithCheckpoints(old, null, [], TEST_COUNTY);
      expect([v.ok, v.checked]).toEqual([true, 5]);
      await expect(old.raw.exec(`DELETE FROM "AccessLog" WHERE id = ${ids[0]}`)).rejects.toThrow(/append-only/);
      expect(await old.raw.query(`SELECT to_regclass('"AccessLog_unpartitioned"') AS t`)).toEqual([{ t: null }]);
    } finally {
      await old.close();
      await admin?.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin?.close();
    }
  });
});
