/**
 * `npm run bench:status-events` — should StatusEvent be partitioned, and how?
 * (issue 11 item 5: "by month (or by county then month: measure)").
 *
 * The same status events in four layouts of one scratch database, side by
 * side, rounds interleaved:
 *   - plain:         one table, as the hub has it (indexes of prisma/schema.prisma);
 *   - month:         RANGE partitions by month of "occurredOn" (primary key (id, occurredOn));
 *   - county_month:  LIST partitions by "countyCode", each RANGE by month (by county then month);
 *   - county:        LIST partitions by "countyCode" alone (what Citus would distribute by).
 * and the statements the hub sends to StatusEvent (src/access/repository.ts
 * eventsByEnrollment; src/modules/targets/risk.service.ts loadRiskHistories;
 * dropout-targets.service.ts / monthly-report.service.ts county replays),
 * plus one statement no part of the hub sends (a county's events of one
 * month: the read monthly partitions would serve).
 *
 *   npm run bench:status-events -- [--counties 10] [--children 100000] [--seconds 4] [--rounds 3] [--keep]
 *
 * DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is the
 * server; the scratch database hub_bench_status_<counties>x<children> is
 * reused when it holds the same data (--keep leaves it; without, it is
 * dropped at the end). Events are generated to the shape of a county's
 * histories: one ENROL per child (school years 2016–2026), transfers, suspensions
 * and resumptions, dropouts and returns, graduations, corrections (about 1.8
 * events per child). Prints per statement and layout the mean time of one
 * execution, the ratio to the plain table (> 1 = slower), and the partitions
 * the plan touches; JSON in bench-results/status-events-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const args = process.argv.slice(2);
const num = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive whole number`);
  return v;
};
const COUNTIES = num('--counties', 10);
const CHILDREN = num('--children', 100_000);
const SECONDS = num('--seconds', 4);
const ROUNDS = num('--rounds', 3);
const KEEP = args.includes('--keep');

const server = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const withDb = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};
const DB = `hub_bench_status_${COUNTIES}x${CHILDREN}`;
/** Real county codes of 永州市 (as generate-county --counties uses). */
const CODES = ['431124', '431102', '431103', '431121', '431122', '431123', '431125', '431126', '431127', '431128', '431129', '431181'];
if (COUNTIES > CODES.length) throw new Error(`--counties must be at most ${CODES.length}`);
const counties = CODES.slice(0, COUNTIES);
const LAYOUTS = ['plain', 'month', 'county_month', 'county'] as const;
type Layout = (typeof LAYOUTS)[number];
const FIRST_MONTH = '2016-09-01';
const LAST_MONTH = '2027-08-01';

const COLUMNS = `
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  "countyCode" char(6) NOT NULL,
  "enrollmentId" uuid NOT NULL,
  "childId" uuid NOT NULL,
  type "StatusEventType" NOT NULL,
  "schoolId" uuid,
  grade int,
  "occurredOn" date NOT NULL,
  cause text,
  reason text,
  "evidenceRef" text,
  "dueBackOn" date,
  "correctsEventId" uuid,
  "recordedBy" text NOT NULL,
  "recordedAt" timestamptz(3) NOT NULL DEFAULT now()`;

/** Monthly RANGE partitions of `parent` (a table or a county's sub-table) from FIRST_MONTH to LAST_MONTH, and a DEFAULT. */
function monthPartitions(parent: string, prefix: string): string {
  const out: string[] = [];
  for (let d = new Date(`${FIRST_MONTH}T00:00:00Z`); d <= new Date(`${LAST_MONTH}T00:00:00Z`); d.setUTCMonth(d.getUTCMonth() + 1)) {
    const from = d.toISOString().slice(0, 10);
    const n = new Date(d);
    n.setUTCMonth(n.getUTCMonth() + 1);
    out.push(`CREATE TABLE ${prefix}_${from.slice(0, 7).replace('-', '')} PARTITION OF ${parent} FOR VALUES FROM ('${from}') TO ('${n.toISOString().slice(0, 10)}');`);
  }
  out.push(`CREATE TABLE ${prefix}_default PARTITION OF ${parent} DEFAULT;`);
  return out.join('\n');
}

const INDEXES = (t: string) => `
  CREATE INDEX ON ${t} ("enrollmentId", "occurredOn");
  CREATE INDEX ON ${t} ("childId");
  CREATE INDEX ON ${t} ("countyCode", type, "occurredOn");`;

async function build(c: Client): Promise<void> {
  const t0 = Date.now();
  await c.query(`
    CREATE TYPE "StatusEventType" AS ENUM ('ENROL','TRANSFER_IN','TRANSFER_OUT','SUSPEND','RESUME','DROPOUT','RETURN','GRADUATE','DECEASE','CORRECTION');
    CREATE SCHEMA plain; CREATE SCHEMA month; CREATE SCHEMA county_month; CREATE SCHEMA county;
    CREATE TABLE plain."StatusEvent" (${COLUMNS}, PRIMARY KEY (id));
    CREATE TABLE month."StatusEvent" (${COLUMNS}, PRIMARY KEY (id, "occurredOn")) PARTITION BY RANGE ("occurredOn");
    CREATE TABLE county_month."StatusEvent" (${COLUMNS}, PRIMARY KEY (id, "countyCode", "occurredOn")) PARTITION BY LIST ("countyCode");
    CREATE TABLE county."StatusEvent" (${COLUMNS}, PRIMARY KEY (id, "countyCode")) PARTITION BY LIST ("countyCode");
  `);
  await c.query(monthPartitions('month."StatusEvent"', 'month.se'));
  for (const code of counties) {
    await c.query(`CREATE TABLE county_month.se_${code} PARTITION OF county_month."StatusEvent" FOR VALUES IN ('${code}') PARTITION BY RANGE ("occurredOn");`);
    await c.query(monthPartitions(`county_month.se_${code}`, `county_month.se_${code}`));
    await c.query(`CREATE TABLE county.se_${code} PARTITION OF county."StatusEvent" FOR VALUES IN ('${code}');`);
  }
  // The children and their histories, to the shape of a county's (deterministic: setseed).
  await c.query(`SELECT setseed(0.11)`);
  await c.query(`
    CREATE TABLE kids AS
    SELECT k.county, gen_random_uuid() AS child, gen_random_uuid() AS enrollment, gen_random_uuid() AS school,
           (DATE '${FIRST_MONTH}' + (floor(random() * 10)::int * 365) + floor(random() * 20)::int) AS enrolled, random() AS r1, random() AS r2
    FROM unnest($1::text[]) AS k(county), generate_series(1, $2::int) AS g(i)`, [counties, CHILDREN]);
  const ev = (type: string, when: string, where: string) =>
    `INSERT INTO plain."StatusEvent" ("countyCode","enrollmentId","childId",type,"schoolId",grade,"occurredOn","recordedBy","recordedAt")
     SELECT county, enrollment, child, '${type}', school, 1, ${when}, 'bench', (${when})::timestamptz + interval '1 day' FROM kids WHERE ${where}`;
  await c.query(ev('ENROL', 'enrolled', 'true'));
  await c.query(ev('TRANSFER_OUT', 'enrolled + 400 + floor(r2 * 300)::int', 'r1 < 0.30'));
  await c.query(ev('TRANSFER_IN', 'enrolled + 402 + floor(r2 * 300)::int', 'r1 < 0.30'));
  await c.query(ev('SUSPEND', 'enrolled + 700 + floor(r2 * 200)::int', 'r1 >= 0.30 AND r1 < 0.33'));
  await c.query(ev('RESUME', 'enrolled + 820 + floor(r2 * 200)::int', 'r1 >= 0.30 AND r1 < 0.318'));
  await c.query(ev('DROPOUT', 'enrolled + 900 + floor(r2 * 300)::int', 'r1 >= 0.33 AND r1 < 0.35'));
  await c.query(ev('RETURN', 'enrolled + 1000 + floor(r2 * 300)::int', 'r1 >= 0.33 AND r1 < 0.34'));
  await c.query(ev('GRADUATE', 'enrolled + 3200', 'r1 >= 0.35 AND r1 < 0.45'));
  await c.query(ev('CORRECTION', 'enrolled + 30', 'r1 >= 0.45 AND r1 < 0.46'));
  await c.query(`UPDATE plain."StatusEvent" SET "occurredOn" = LEAST("occurredOn", DATE '${LAST_MONTH}' + 20)`);
  await c.query(INDEXES('plain."StatusEvent"'));
  await c.query(`INSERT INTO month."StatusEvent" SELECT * FROM plain."StatusEvent"`);
  await c.query(INDEXES('month."StatusEvent"'));
  await c.query(`INSERT INTO county_month."StatusEvent" SELECT * FROM plain."StatusEvent"`);
  // County by county (each a transaction of its own): one CREATE INDEX over every county's months at
  // once would hold more locks than max_locks_per_transaction allows by default. The plans use the
  // partitions' indexes either way.
  for (const code of counties) await c.query(INDEXES(`county_month.se_${code}`));
  await c.query(`INSERT INTO county."StatusEvent" SELECT * FROM plain."StatusEvent"`);
  await c.query(INDEXES('county."StatusEvent"'));
  await c.query(`CREATE TABLE built AS SELECT $1::int AS counties, $2::int AS children, $3::text AS layouts`, [COUNTIES, CHILDREN, LAYOUTS.join(',')]);
  await c.query(`VACUUM ANALYZE`);
  console.log(`built ${DB} in ${Math.round((Date.now() - t0) / 1000)} s`);
}

interface Statement {
  name: string;
  /** What it is in the hub. */
  what: string;
  sql: (layout: Layout) => string;
  params: () => unknown[];
}

async function main(): Promise<void> {
  const admin = new Client({ connectionString: server });
  await admin.connect();
  // Reused when it holds the same data (a finished build leaves the table "built").
  const reusable = await (async () => {
    if ((await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB])).rowCount !== 1) return false;
    const probe = new Client({ connectionString: withDb(server, DB) });
    await probe.connect();
    try {
      const r = await probe.query(`SELECT children, counties, layouts FROM built`).catch(() => null);
      return r !== null && r.rows[0]?.children === CHILDREN && r.rows[0]?.counties === COUNTIES && r.rows[0]?.layouts === LAYOUTS.join(',');
    } finally {
      await probe.end();
    }
  })();
  if (!reusable) {
    await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB}`);
  }
  const c = new Client({ connectionString: withDb(server, DB) });
  await c.connect();
  if (reusable) console.log(`reusing ${DB}`);
  else await build(c);

  const rows = Number((await c.query(`SELECT count(*) FROM plain."StatusEvent"`)).rows[0].count);
  const PARTITIONED = LAYOUTS.filter((l) => l !== 'plain');
  const parts: Record<string, number> = {};
  for (const l of PARTITIONED) {
    parts[l] = Number((await c.query(`SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace WHERE n.nspname = $1 AND k.relkind = 'r' AND k.relispartition`, [l])).rows[0].count);
  }
  console.log(`${rows} status events of ${COUNTIES} × ${CHILDREN} children; partitions: ${PARTITIONED.map((l) => `${l} ${parts[l]}`).join(', ')}`);

  // Samples from the home county (its first code), as a county's own reads are.
  const home = counties[0]!;
  const sample = (await c.query(`SELECT child, enrollment FROM kids WHERE county = $1 ORDER BY random() LIMIT 20000`, [home])).rows as Array<{ child: string; enrollment: string }>;
  let at = 0;
  const batch = (key: 'child' | 'enrollment', n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(sample[at++ % sample.length]![key]);
    return out;
  };
  const T = (l: Layout) => `${l}."StatusEvent"`;
  const statements: Statement[] = [
    {
      name: 'relation batch',
      what: 'eventsByEnrollment: the read path, 100 enrollments of a page (src/access/repository.ts)',
      sql: (l) => `SELECT * FROM ${T(l)} WHERE "enrollmentId" = ANY($1::uuid[]) AND "countyCode" = $2 ORDER BY "enrollmentId", "occurredOn", "recordedAt"`,
      params: () => [batch('enrollment', 100), home],
    },
    {
      name: 'one enrollment',
      what: "a status change replays its enrollment's events, naming the county (enrollment.mutations.ts)",
      sql: (l) => `SELECT * FROM ${T(l)} WHERE "countyCode" = $2 AND "enrollmentId" = $1 ORDER BY "recordedAt", id`,
      params: () => [batch('enrollment', 1)[0], home],
    },
    {
      name: 'risk histories',
      what: "loadRiskHistories: 200 children of the county, events up to a date or corrections (risk.service.ts)",
      sql: (l) => `SELECT id, "childId", type, "occurredOn", "correctsEventId" FROM ${T(l)} WHERE "countyCode" = $3 AND "childId" = ANY($1::uuid[]) AND ("occurredOn" <= $2 OR type = 'CORRECTION') ORDER BY "childId", "occurredOn", "recordedAt", id`,
      params: () => [batch('child', 200), '2026-11-30', home],
    },
    {
      name: 'county replay',
      what: "plan T1–T3: a county's events up to the year's end or corrections (dropout-targets.service.ts)",
      sql: (l) => `SELECT id, "childId", type, "occurredOn", "correctsEventId" FROM ${T(l)} WHERE "countyCode" = $1 AND ("occurredOn" <= $2 OR type = 'CORRECTION') ORDER BY "childId", "occurredOn", "recordedAt", id`,
      params: () => [home, '2027-08-31'],
    },
    {
      name: 'county month',
      what: "a county's events of one month: no statement of the hub; what monthly partitions would serve",
      sql: (l) => `SELECT id, "childId", type, "occurredOn" FROM ${T(l)} WHERE "countyCode" = $1 AND "occurredOn" >= $2 AND "occurredOn" < $3`,
      params: () => [home, '2026-09-01', '2026-10-01'],
    },
  ];

  // The partitions each plan touches (EXPLAIN, generic parameters as sampled).
  const touched: Record<string, Record<Layout, number>> = {};
  for (const s of statements) {
    touched[s.name] = {} as Record<Layout, number>;
    for (const l of LAYOUTS) {
      const plan = (await c.query(`EXPLAIN (FORMAT JSON) ${s.sql(l)}`.replace(/\$(\d+)/g, (_, i) => lit(s.params()[Number(i) - 1])))).rows[0]['QUERY PLAN'];
      touched[s.name]![l] = new Set(JSON.stringify(plan).match(/"Relation Name":"[^"]+"/g) ?? []).size;
    }
  }

  const times: Record<string, Record<Layout, number[]>> = {};
  for (const s of statements) times[s.name] = Object.fromEntries(LAYOUTS.map((l) => [l, [] as number[]])) as Record<Layout, number[]>;
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of statements) {
      const order = round % 2 ? LAYOUTS : [...LAYOUTS].reverse();
      for (const l of order) {
        const sql = s.sql(l);
        await c.query(sql, s.params()); // warm
        let n = 0;
        const start = process.hrtime.bigint();
        const until = Date.now() + SECONDS * 1000;
        while (Date.now() < until || n < 3) {
          await c.query(sql, s.params());
          n++;
        }
        const ms = Number(process.hrtime.bigint() - start) / 1e6 / n;
        times[s.name]![l].push(ms);
        console.log(`round ${round} ${s.name.padEnd(15)} ${l.padEnd(7)} ${ms.toFixed(3)} ms (${n} runs)`);
      }
    }
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const TITLE: Record<Layout, string> = { plain: 'one table', month: 'by month', county_month: 'by county then month', county: 'by county' };
  console.log(`\n| statement | ${LAYOUTS.map((l) => (l === 'plain' ? 'one table ms' : `${TITLE[l]} ms (ratio, partitions read)`)).join(' | ')} |`);
  console.log(`|---|${LAYOUTS.map(() => '---').join('|')}|`);
  const summary = statements.map((s) => {
    const ms = Object.fromEntries(LAYOUTS.map((l) => [l, median(times[s.name]![l])])) as Record<Layout, number>;
    const ratio = Object.fromEntries(PARTITIONED.map((l) => [l, ms[l] / ms.plain]));
    console.log(`| ${s.name} | ${LAYOUTS.map((l) => (l === 'plain' ? ms[l].toFixed(2) : `${ms[l].toFixed(2)} (${ratio[l]!.toFixed(2)}×, ${touched[s.name]![l]})`)).join(' | ')} |`);
    return { name: s.name, what: s.what, ms, ratio, partitions: touched[s.name] };
  });
  const line = summary.map((r) => `${r.name.replace(' ', '-')} ${PARTITIONED.map((l) => r.ratio[l]!.toFixed(2)).join('/')}`).join(' ');
  console.log(`\nbench:status-events (÷ one table, > 1 slower; ${PARTITIONED.map((l) => TITLE[l]).join(' / ')}) ${line}`);

  const dir = path.resolve(__dirname, '../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `status-events-${new Date().toISOString().replace(/:/g, '-').slice(0, 19)}Z.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), host: { cpus: os.cpus().length, load: os.loadavg() }, counties: COUNTIES, children: CHILDREN, rows, partitions: parts, seconds: SECONDS, rounds: ROUNDS, times, summary }, null, 2),
  );
  console.log(file);
  await c.end();
  if (!KEEP) await admin.query(`DROP DATABASE ${DB} WITH (FORCE)`);
  await admin.end();
}

/** A parameter as an SQL literal, for EXPLAIN only. */
function lit(v: unknown): string {
  if (Array.isArray(v)) return `ARRAY[${v.map((x) => `'${String(x)}'`).join(',')}]::uuid[]`;
  return `'${String(v)}'`;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
