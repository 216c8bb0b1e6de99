import { defaultPartitionName, ensureAllMonthlyPartitions, ensurePartitions, monthStart, partitionName } from '../../src/db/partitions';
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { listMigrations, migrate } from '../../src/db/migrate';
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
    expect(r).toEqual({ created: ['AttendanceRecord_2030_11', 'AttendanceRecord_2030_12', 'AttendanceRecord_2031_01', 'AttendanceRecord_2031_02'], moved: 0 });
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
