import type { Database, SqlSession } from './client';

/**
 * Monthly partitions (issue 11 item 5, docs/scale.md "Partitions").
 *
 * A partitioned table here is PARTITION BY RANGE on a date column, with one
 * partition per month named `<table>_YYYY_MM` for [first of the month, first
 * of the next) and a DEFAULT partition `<table>_default` that takes a row no
 * month covers, so a write never fails for a missing month. The hub creates
 * the current month and the next ones ahead, at start-up and daily, on the
 * owner's connection (a partition belongs to whoever creates it; the runtime
 * role reaches the rows through the parent, whose grants are checked alone).
 *
 * PostgreSQL refuses to create a month's partition while the DEFAULT
 * partition holds rows of that month; such rows are moved into the new
 * partition in the same transaction (see `ensurePartitions`).
 */

/** Partitioned tables and their partition key: a DATE column, or a timestamptz one cut at 00:00 UTC. */
export const MONTHLY_PARTITIONED: Readonly<Record<string, { column: string; type: 'date' | 'timestamptz' }>> = {
  AttendanceRecord: { column: 'date', type: 'date' },
  OutboxEvent: { column: 'createdAt', type: 'timestamptz' },
  AccessLog: { column: 'at', type: 'timestamptz' },
};

/** Months created ahead of the current one. */
export const MONTHS_AHEAD = 3;

/** One advisory lock for partition maintenance: instances starting together do not race. */
const PARTITION_LOCK = 72707370;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** First day (UTC) of the month of `d`, plus `add` months. */
export function monthStart(d: Date, add = 0): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1));
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The partition of `table` for the month of `month`: `AttendanceRecord_2026_12`. */
export function partitionName(table: string, month: Date): string {
  return `${table}_${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function defaultPartitionName(table: string): string {
  return `${table}_default`;
}

function keyOf(table: string): { column: string; type: 'date' | 'timestamptz' } {
  const key = MONTHLY_PARTITIONED[table];
  if (!key) throw new Error(`${table} is not a monthly partitioned table (src/db/partitions.ts)`);
  return key;
}

/** A month's bound as a literal of the key's type: '2026-12-01', or '2026-12-01 00:00:00+00' (UTC, whatever the session's time zone). */
function bound(type: 'date' | 'timestamptz', day: Date): string {
  return type === 'date' ? `'${isoDay(day)}'` : `'${isoDay(day)} 00:00:00+00'`;
}

/**
 * A partition is reached through its parent only: the grants of the parent
 * are the ones checked (src/db/roles.ts). The owner's default privileges
 * (db:roles: SELECT, INSERT, UPDATE on tables it creates later) would also
 * open the new partition itself to the runtime role; they are taken back.
 */
async function revokeDirectAccess(s: SqlSession, partition: string): Promise<void> {
  const grantees = await s.query<{ grantee: string }>(
    `SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
       FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
      WHERE c.oid = $1::regclass AND a.grantee <> c.relowner`,
    [ident(partition)],
  );
  for (const g of grantees) await s.exec(`REVOKE ALL ON TABLE ${ident(partition)} FROM ${g.grantee}`);
}

/** Creates one month's partition unless it exists, moving that month's rows out of DEFAULT first. Returns whether it created it. */
async function ensureMonth(s: SqlSession, table: string, month: Date): Promise<{ created: boolean; moved: number }> {
  const { column, type } = keyOf(table);
  const key = ident(column);
  const name = partitionName(table, month);
  const from = bound(type, month);
  const to = bound(type, monthStart(month, 1));
  await s.exec('BEGIN');
  try {
    await s.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    const exists = await s.query<{ found: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS found`, [ident(name)]);
    if (exists[0]?.found) {
      await s.exec('COMMIT');
      return { created: false, moved: 0 };
    }
    const defName = defaultPartitionName(table);
    const def = ident(defName);
    const range = `${key} >= ${from}::${type} AND ${key} < ${to}::${type}`;
    const stray = await s.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${def} WHERE ${range}`);
    const moved = stray[0]?.n ?? 0;
    if (moved === 0) {
      await s.exec(`CREATE TABLE IF NOT EXISTS ${ident(name)} PARTITION OF ${ident(table)} FOR VALUES FROM (${from}) TO (${to})`);
      await revokeDirectAccess(s, name);
    } else {
      // The DEFAULT partition holds rows of this month: PostgreSQL creates the month only once they are out of
      // it. DEFAULT is detached whole; the month and a fresh DEFAULT are built beside the table from its rows
      // and attached (PostgreSQL checks each against its bounds and the parent's constraints, and gives them
      // the parent's indexes and triggers). No row is deleted or inserted through the parent: the append-only
      // tables refuse a DELETE, and the access log's chain trigger would refuse old records as a new group.
      const old = ident(`${defName}_moving`);
      const fresh = ident(`${defName}_fresh`);
      await s.exec(`ALTER TABLE ${ident(table)} DETACH PARTITION ${def}`);
      await s.exec(`ALTER TABLE ${def} RENAME TO ${old}`);
      await s.exec(`CREATE TABLE ${ident(name)} (LIKE ${ident(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      await s.exec(`INSERT INTO ${ident(name)} SELECT * FROM ${old} WHERE ${range}`);
      await s.exec(`CREATE TABLE ${fresh} (LIKE ${ident(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
      await s.exec(`INSERT INTO ${fresh} SELECT * FROM ${old} WHERE NOT (${range})`);
      await s.exec(`ALTER TABLE ${ident(table)} ATTACH PARTITION ${ident(name)} FOR VALUES FROM (${from}) TO (${to})`);
      await s.exec(`ALTER TABLE ${fresh} RENAME TO ${def}`);
      await s.exec(`ALTER TABLE ${ident(table)} ATTACH PARTITION ${def} DEFAULT`);
      await s.exec(`DROP TABLE ${old}`);
      await revokeDirectAccess(s, name);
      await revokeDirectAccess(s, defName);
    }
    await s.exec('COMMIT');
    return { created: true, moved };
  } catch (e) {
    await s.exec('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

export interface PartitionsCreated {
  /** Partitions created by this call. */
  created: string[];
  /** Rows moved out of DEFAULT partitions into the new ones. */
  moved: number;
}

/** Ensures the monthly partitions of `table` for every month from the month of `from` to the month of `to`, both included. */
export async function ensurePartitions(db: Database, table: string, from: Date, to: Date): Promise<PartitionsCreated> {
  keyOf(table);
  const out: PartitionsCreated = { created: [], moved: 0 };
  await db.raw.session(async (s) => {
    for (let m = monthStart(from); m.getTime() <= to.getTime(); m = monthStart(m, 1)) {
      const r = await ensureMonth(s, table, m);
      if (r.created) out.created.push(partitionName(table, m));
      out.moved += r.moved;
    }
  });
  return out;
}

/** The current month's partition and the next `monthsAhead` months' of `table` (on the owner's connection). */
export function ensureMonthlyPartitions(db: Database, table: string, monthsAhead = MONTHS_AHEAD, now = new Date()): Promise<PartitionsCreated> {
  return ensurePartitions(db, table, monthStart(now), monthStart(now, monthsAhead));
}

/** `ensureMonthlyPartitions` for every partitioned table. */
export async function ensureAllMonthlyPartitions(db: Database, monthsAhead = MONTHS_AHEAD, now = new Date()): Promise<PartitionsCreated> {
  const out: PartitionsCreated = { created: [], moved: 0 };
  for (const table of Object.keys(MONTHLY_PARTITIONED)) {
    const r = await ensureMonthlyPartitions(db, table, monthsAhead, now);
    out.created.push(...r.created);
    out.moved += r.moved;
  }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Runs `run` every `everyMs` (daily) until closed (start-up runs it itself, before serving); a failure is
 * reported to `onError` and tried again at the next tick. The timer does not
 * keep the process alive.
 */
export function schedulePartitionMaintenance(run: () => Promise<unknown>, onError: (e: unknown) => void, everyMs = DAY_MS): { close(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = run()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
