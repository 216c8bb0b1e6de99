/**
 * `npm run bench:scale -- [--counties 10] [--children 100000] [--duration 10] [--rounds 3] [--quick]
 *                         [--regenerate] [--services DIR] [--keep-services] [--no-replica]`
 *
 * Issue 11's "Done when" benchmark: many counties in one database, and reads
 * over a replica. Not a test: it reports what this machine does.
 *
 * (a) Databases, on the PostgreSQL of DATABASE_URL (default
 *     postgresql://postgres@127.0.0.1:5432/postgres): the single-county bench
 *     database hub_bench_<children> (the one bench:read and bench:peer use:
 *     the home county 431124 道县, fixed seed) and hub_bench_<counties>x<children>
 *     (scripts/bench/counties-database.ts): the home county, the same rows,
 *     plus counties-1 other counties of 永州市, each of <children> children.
 *     Generated once and reused while src/seed/** is unchanged.
 * (b) Many counties vs one: the hub as in production (scripts/bench/host.ts:
 *     NODE_ENV=production, ES256 token of the home county's EDUCATION_BUREAU
 *     with county_code, X-Purpose, slice, shield, access log), once over each
 *     database (over the many-county one serving all its counties,
 *     COUNTY_CODES). ChildById (rotating over 1,000 children of the home
 *     county) and ChildrenDeep(first: 100), at 1 and 10 connections; the two
 *     hubs measured interleaved, --rounds times (order alternating), the
 *     round with the median req/s reported. Before measuring, both hubs must
 *     give the same answers (the home county is the same in both databases).
 *     Ratio: many-county req/s / single-county req/s.
 * (c) Replica: a primary with a streaming replica of its own
 *     (scripts/ci-services.sh up, in --services DIR, default
 *     $TMPDIR/hub-bench-scale-services), the many-county database generated
 *     INTO that primary (streamed to the replica as it is written; the
 *     server on DATABASE_URL has no replica, and a base backup of it would
 *     copy every database it holds). The hub over it twice: DATABASE_READ_URLS
 *     unset (primary alone) and set to the replica (reads on the replica, the
 *     access log written on the primary: src/db/replicas.ts). 10 connections,
 *     the same two queries, interleaved rounds. Ratio: with replica / primary
 *     alone. Where the reads went: pg_stat_database on both servers around
 *     each run. The services are stopped and removed at the end unless
 *     --keep-services (or they were running already in DIR).
 *
 * --quick: 2 counties × 5,000 children, 3 s runs, 2 rounds. Each run is
 * preceded by a 2 s warm-up. Output: a table per part, the ratios against
 * the targets (≥ 0.9 and ≥ 1.5), where the CPU went, the JSON in
 * bench-results/scale-bench-<time>.json, and as the last line
 * `bench:scale deep <x> byId <y> replica <z>` (deep, byId: the lower of the
 * ratios at 1 and 10 connections; replica: the lower of the two queries').
 *
 * On a small machine the load generator, the hub, the primary and the
 * replica share the CPUs: read the numbers with the "where the time goes" lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { countiesOfCity } from '../src/seed/generate-county';
import { firstDifference, graphqlErrorsOf } from './bench/compare';
import { ensureCountiesDatabase, type CountiesDbInfo } from './bench/counties-database';
import { ensureDatabase, withDatabase, type DbInfo } from './bench/database';
import { post, startHost, type Host } from './bench/hosts';
import { measure, medianRuns, type RunResult } from './bench/measure';
import { childByIdBody, childrenDeepBody, PAGE_SIZE } from './bench/queries';
import { cpuDeltaMs, ensureReplicaServices, waitReplayed, type ReplicaServices } from './bench/replica-services';
import { errorsLine, f1, f2, pad, padR, RUN_HEADER, runLegend, runLine } from './bench/report';
import { benchCalendar, COUNTY, makeBenchEnv, NOW, out, RESULTS_DIR, ROOT, SEED, spreadChildIds, timestamp, WARMUP_S } from './bench/setup';

type Query = 'ChildById' | 'ChildrenDeep';
const QUERIES: Query[] = ['ChildById', 'ChildrenDeep'];
/**
 * What each part's hubs are called in the tables: (b) single, many (the home
 * county in the many-county database) and other (the county of the
 * many-county database whose children sort last by id, read through its own
 * bureau's token); (c) primary and replica.
 */
type Label = 'single' | 'many' | 'other' | 'primary' | 'replica';

const TARGET_COUNTIES = 0.9;
const TARGET_REPLICA = 1.5;
const CHECK_IDS = 25;

const USAGE =
  'usage: npm run bench:scale -- [--counties 10] [--children 100000] [--duration 10] [--rounds 3] [--quick] [--regenerate] [--services DIR] [--keep-services] [--no-replica]';

interface Args {
  counties: number;
  children: number;
  duration: number;
  rounds: number;
  quick: boolean;
  regenerate: boolean;
  services: string;
  keepServices: boolean;
  replica: boolean;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const a: Args = {
    counties: quick ? 2 : 10,
    children: quick ? 5_000 : 100_000,
    duration: quick ? 3 : 10,
    rounds: quick ? 2 : 3,
    quick,
    regenerate: false,
    services: path.join(os.tmpdir(), 'hub-bench-scale-services'),
    keepServices: false,
    replica: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const positive = (v: string): number => {
      if (!/^[0-9]+$/.test(v) || Number(v) < 1) throw new Error(`${flag} must be a positive integer, got ${v}`);
      return Number(v);
    };
    if (flag === '--counties') a.counties = positive(value());
    else if (flag === '--children') a.children = positive(value());
    else if (flag === '--duration') a.duration = positive(value());
    else if (flag === '--rounds') a.rounds = positive(value());
    else if (flag === '--quick') a.quick = true;
    else if (flag === '--regenerate') a.regenerate = true;
    else if (flag === '--services') a.services = path.resolve(value());
    else if (flag === '--keep-services') a.keepServices = true;
    else if (flag === '--no-replica') a.replica = false;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  if (a.counties < 2) throw new Error('--counties must be at least 2 (the many-county database)');
  return a;
}

/** A hub under test with what measure() needs beside it. */
interface Target {
  label: Label;
  host: Host;
  /** The children ChildById rotates over (1,000 of the hub's county). */
  ids: string[];
  /** A connection to the hub's primary server (its backends' CPU, read by measure()). */
  client: pg.Client;
}

interface Run extends RunResult {
  label: Label;
}

/** pg_stat_database counters of one database: transactions and rows read. */
interface DbCounters {
  xacts: number;
  rows: number;
}

async function countersOf(url: string, name: string): Promise<DbCounters> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query<{ x: string; t: string }>(
      'SELECT xact_commit + xact_rollback AS x, tup_returned + tup_fetched AS t FROM pg_stat_database WHERE datname = $1',
      [name],
    );
    return { xacts: Number(r.rows[0]?.x ?? NaN), rows: Number(r.rows[0]?.t ?? NaN) };
  } finally {
    await c.end();
  }
}

// ───────────────────────────── same answers ─────────────────────────────

interface Check {
  label: Label;
  against: Label;
  compared: number;
  equal: number;
  errors: string[];
  firstDifference: string | null;
}

/** Answers of one hub to the check's requests, by the hub's label. */
interface Reference {
  label: Label;
  answers: unknown[];
}

/**
 * The same ChildrenDeep page and ChildById answers from every hub (the home
 * county is the same in every database), compared with the first hub's, or
 * with `ref` (an earlier part's); returns the checks and the first hub's answers.
 */
async function checkSameAnswers(targets: Target[], ids: string[], ref?: Reference): Promise<{ checks: Check[]; reference: Reference }> {
  const bodies = [childrenDeepBody(PAGE_SIZE), ...ids.slice(0, CHECK_IDS).map((id) => childByIdBody(false, id))];
  const answers = new Map<Label, unknown[]>();
  const errors = new Map<Label, string[]>();
  for (const t of targets) {
    const list: unknown[] = [];
    const errs: string[] = [];
    for (const b of bodies) {
      const r = await post(t.host, b);
      let json: unknown = null;
      try {
        json = JSON.parse(r.text);
      } catch {
        /* counted below */
      }
      const ge = graphqlErrorsOf(json);
      if (r.status !== 200 || json === null || ge.length > 0) errs.push(`HTTP ${r.status}: ${ge.length > 0 ? ge.join('; ') : r.text.slice(0, 200)}`);
      list.push(json);
    }
    answers.set(t.label, list);
    errors.set(t.label, errs);
  }
  const first = targets[0] as Target;
  const reference = ref ?? { label: first.label, answers: answers.get(first.label) ?? [] };
  const refAnswers = reference.answers;
  const checks = targets.map((t) => {
    const mine = answers.get(t.label) ?? [];
    let equal = 0;
    let firstDiff: string | null = null;
    mine.forEach((a, i) => {
      const d = firstDifference(refAnswers[i], a);
      if (d === null) equal++;
      else firstDiff ??= d;
    });
    return { label: t.label, against: reference.label, compared: mine.length, equal, errors: errors.get(t.label) ?? [], firstDifference: firstDiff };
  });
  return { checks, reference };
}

function reportChecks(checks: Check[]): void {
  for (const c of checks) {
    if (c.errors.length > 0) out(`  WARNING ${c.label}: ${c.errors.length} answer(s) with errors, e.g. ${c.errors[0]}`);
    if (c.label === c.against) continue;
    if (c.equal === c.compared) out(`  ${c.label.padEnd(8)} same answers as ${c.against} (${c.compared}: ChildrenDeep first:${PAGE_SIZE} and ChildById × ${c.compared - 1})`);
    else out(`  WARNING ${c.label}: ${c.compared - c.equal}/${c.compared} answer(s) differ from ${c.against}'s; first: ${c.firstDifference}`);
  }
}

// ───────────────────────────── measuring ─────────────────────────────

function bodiesOf(query: Query, ids: readonly string[]): string[] {
  return query === 'ChildrenDeep' ? [childrenDeepBody(PAGE_SIZE)] : ids.map((id) => childByIdBody(false, id));
}

/** Extra probes of part (c), around each measured run (its warm-up included). */
interface ReplicaProbe {
  label: Label;
  query: Query;
  round: number;
  wallS: number;
  /** Transactions and rows read in the bench database on each server (pg_stat_database; flushed about once a second). */
  primary: DbCounters;
  replica: DbCounters;
  /** Cores used by each cluster's processes (postmaster and children) over the same span. */
  primaryCores: number;
  replicaCores: number;
}

async function runMatrix(
  targets: Target[],
  queries: Query[],
  connections: number[],
  args: Args,
  around?: (t: Target, query: Query, round: number, run: () => Promise<Run>) => Promise<Run>,
): Promise<Run[]> {
  const all: Run[] = [];
  out(`      ${RUN_HEADER}`);
  for (let round = 1; round <= args.rounds; round++) {
    out(`round ${round}/${args.rounds}`);
    // The order of the hubs alternates between rounds: neither is always measured on a warmer machine.
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const query of queries) {
      for (const conns of connections) {
        for (const t of order) {
          const once = async (): Promise<Run> => ({
            ...(await measure(t.host, query, bodiesOf(query, t.ids), conns, args.duration, t.client, round)),
            label: t.label,
          });
          const r = around ? await around(t, query, round, once) : await once();
          all.push(r);
          out(`${padR(t.label, 8)}${runLine(r)}`);
          if (r.sampleError) out(`    first error: ${r.sampleError}`);
        }
      }
    }
  }
  return all;
}

/** The median round of each label × query × connections (measure.ts medianRuns groups by server kind, which all hubs share). */
function medians(all: Run[]): Run[] {
  const byLabel = new Map<Label, Run[]>();
  for (const r of all) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  return [...byLabel.values()].flatMap((runs) => medianRuns(runs) as Run[]);
}

interface Ratio {
  query: Query;
  connections: number;
  base: Label;
  other: Label;
  baseRps: number;
  otherRps: number;
  ratio: number;
  /** The ratio of each round (same round, same order of hubs). */
  perRound: number[];
}

function ratiosOf(med: Run[], all: Run[], base: Label, other: Label, queries: Query[], connections: number[]): Ratio[] {
  const out: Ratio[] = [];
  for (const query of queries) {
    for (const c of connections) {
      const find = (rs: Run[], l: Label, round?: number) => rs.find((r) => r.label === l && r.query === query && r.connections === c && (round === undefined || r.round === round));
      const b = find(med, base);
      const o = find(med, other);
      const rounds = [...new Set(all.map((r) => r.round))].sort((x, y) => x - y);
      out.push({
        query,
        connections: c,
        base,
        other,
        baseRps: b?.rps ?? NaN,
        otherRps: o?.rps ?? NaN,
        ratio: b && o ? o.rps / b.rps : NaN,
        perRound: rounds.map((rd) => {
          const rb = find(all, base, rd);
          const ro = find(all, other, rd);
          return rb && ro ? ro.rps / rb.rps : NaN;
        }),
      });
    }
  }
  return out;
}

function printRatios(title: string, rs: Ratio[], target: number): void {
  out(title);
  out(`${padR('query', 14)}${pad('conns', 5)}${pad(`${rs[0]?.base ?? ''} req/s`, 16)}${pad(`${rs[0]?.other ?? ''} req/s`, 16)}${pad('ratio', 8)}  per round`);
  for (const r of rs) {
    out(
      `${padR(r.query, 14)}${pad(r.connections, 5)}${pad(f1(r.baseRps), 16)}${pad(f1(r.otherRps), 16)}${pad(f2(r.ratio), 8)}  ${r.perRound.map(f2).join(' ')}` +
        `   ${r.ratio >= target ? 'meets' : 'below'} ≥ ${target}`,
    );
  }
}

/** One line on where a run's CPU went, in cores (of os.cpus().length). */
function cpuLine(r: Run, extra = ''): string {
  const cores = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
  const dbCores = (r.dbCpuMsPerRequest * r.rps) / 1000;
  return (
    `${padR(r.label, 8)}${padR(r.query, 13)}${pad(r.connections, 3)} conns: hub ${cores(r.serverCpuUtilisation)} cores (${f2(r.serverCpuMsPerRequest)} ms/req), ` +
    `load generator ${cores(r.loadGenCpuUtilisation)}, hub's PostgreSQL backends ${cores(dbCores)} (${f2(r.dbCpuMsPerRequest)} ms/req)${extra}, ` +
    `machine ${Math.round(r.machineBusy * 100)} % busy of ${os.cpus().length} CPUs (load average ${f1(r.loadAverage1m)})`
  );
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const stamp = timestamp();
  const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const codes = countiesOfCity(COUNTY, args.counties);
  mkdirSync(path.join(RESULTS_DIR, 'logs'), { recursive: true });
  const t0 = Date.now();
  out(
    `bench:scale: ${args.counties} counties × ${args.children.toLocaleString('en')} children vs 1; ${args.duration} s runs (+${WARMUP_S} s warm-up), ${args.rounds} rounds` +
      `${args.quick ? ' (--quick)' : ''}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
  );

  // (a) databases
  const single: DbInfo = await ensureDatabase(adminUrl, { children: args.children, regenerate: args.regenerate, appName: 'bench-scale' });
  const many: CountiesDbInfo = await ensureCountiesDatabase(adminUrl, { counties: codes, children: args.children, regenerate: args.regenerate, appName: 'bench-scale', where: 'DATABASE_URL' });
  let services: ReplicaServices | null = null;
  let replicaDb: CountiesDbInfo | null = null;
  let replayWaitMs: number | null = null;
  const { env, cleanup } = await makeBenchEnv(single.url, 'bench-scale');
  const calendar = benchCalendar();
  const targets: Target[] = [];
  const stopAll = async () => {
    await Promise.all(targets.map((t) => t.host.stop()));
    await Promise.all(targets.map((t) => t.client.end().catch(() => undefined)));
    targets.length = 0;
  };
  const start = async (label: Label, databaseUrl: string, extra: Record<string, string>, ids: string[] = []): Promise<Target> => {
    const host = await startHost(
      { kind: 'hub', env: { ...env, DATABASE_URL: databaseUrl, ...extra }, now: NOW.toISOString(), calendar },
      path.join(RESULTS_DIR, 'logs', `scale-${stamp}-${label}.log`),
      null,
    );
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-scale' });
    await client.connect();
    const t = { label, host, client, ids };
    targets.push(t);
    return t;
  };

  let partB: { all: Run[]; med: Run[]; ratios: Ratio[]; otherRatios: Ratio[]; otherCounty: string; checks: Check[] } | null = null;
  let partC: { all: Run[]; med: Run[]; ratios: Ratio[]; checks: Check[]; probes: ReplicaProbe[] } | null = null;
  let ids: string[] = [];
  try {
    if (args.replica) {
      services = await ensureReplicaServices(args.services, args.keepServices);
      replicaDb = await ensureCountiesDatabase(services.primaryUrl, {
        counties: codes, children: args.children, regenerate: args.regenerate, appName: 'bench-scale', where: 'replica services primary',
      });
      replayWaitMs = await waitReplayed(services.primaryUrl, services.replicaUrl);
      out(`the replica has replayed the primary (waited ${(replayWaitMs / 1000).toFixed(1)} s)`);
    }
    out(`databases ready after ${((Date.now() - t0) / 1000).toFixed(0)} s`);

    // (b) many counties vs one
    const codesEnv = { COUNTY_CODE: COUNTY, COUNTY_CODES: codes.join(',') };
    const tSingle = await start('single', single.url, { COUNTY_CODE: COUNTY });
    const tMany = await start('many', many.url, codesEnv);
    ids = await spreadChildIds(tSingle.client);
    tSingle.ids = ids;
    tMany.ids = ids;
    const inMany = await tMany.client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Child" WHERE id = ANY($1::uuid[])', [ids]);
    if (inMany.rows[0]?.n !== ids.length) throw new Error(`the many-county database lacks ${ids.length - (inMany.rows[0]?.n ?? 0)} of the home county's children`);
    // The home county's children come first in id order (its COMB UUIDs start lowest); a page of another county's
    // children by id passes the rows of the counties before it. The county with the most before it shows that cost.
    const otherCounty =
      (
        await tMany.client.query<{ c: string }>(
          `SELECT "countyCode" AS c FROM "Child" WHERE "countyCode" <> $1 GROUP BY 1 ORDER BY min(id::text) DESC LIMIT 1`,
          [COUNTY],
        )
      ).rows[0]?.c ?? codes[codes.length - 1];
    const otherIds = (
      await tMany.client.query<{ id: string }>(`SELECT id FROM "Child" WHERE "countyCode" = $1 ORDER BY md5(id::text) LIMIT ${ids.length}`, [otherCounty])
    ).rows.map((r) => r.id);
    const tOther = await start('other', many.url, { COUNTY_CODE: otherCounty as string, COUNTY_CODES: codes.join(',') }, otherIds);
    out(`\n(b) ${args.counties} counties in one database vs the home county alone: ChildById over ${ids.length} children, ChildrenDeep first:${PAGE_SIZE}`);
    out(`    single, many: the home county ${COUNTY}; other: ${otherCounty} in the many-county database (its children sort last by id)`);
    const { checks: checksB, reference } = await checkSameAnswers([tSingle, tMany], ids);
    reportChecks(checksB);
    const allB = await runMatrix([tSingle, tMany, tOther], QUERIES, [1, 10], args);
    const medB = medians(allB);
    partB = {
      all: allB,
      med: medB,
      ratios: ratiosOf(medB, allB, 'single', 'many', QUERIES, [1, 10]),
      otherRatios: ratiosOf(medB, allB, 'single', 'other', QUERIES, [1, 10]),
      otherCounty: otherCounty as string,
      checks: checksB,
    };
    await stopAll();

    // (c) primary alone vs primary + replica
    if (services && replicaDb) {
      const svc = services;
      const rdb = replicaDb;
      const replicaDbUrl = withDatabase(svc.replicaUrl, rdb.name);
      const tPrimary = await start('primary', rdb.url, codesEnv, ids);
      const tReplica = await start('replica', rdb.url, { ...codesEnv, DATABASE_READ_URLS: replicaDbUrl }, ids);
      out(`\n(c) reads at 10 connections: primary alone vs primary + streaming replica (${args.counties} counties × ${args.children.toLocaleString('en')}, replica services in ${svc.dir})`);
      // Let the replica hub's router find its replica well (checks every 500 ms) before the first answers.
      await new Promise((r) => setTimeout(r, 1500));
      // Against the single-county hub's answers of (b): the same home county on a third server.
      const { checks: checksC } = await checkSameAnswers([tPrimary, tReplica], ids, reference);
      reportChecks(checksC);
      const probes: ReplicaProbe[] = [];
      const allC = await runMatrix([tPrimary, tReplica], QUERIES, [10], args, async (t, query, round, once) => {
        const [p0, r0] = await Promise.all([countersOf(rdb.url, rdb.name), countersOf(replicaDbUrl, rdb.name)]);
        const c0 = { p: svc.clusterCpu('primary'), r: svc.clusterCpu('replica'), at: Date.now() };
        const run = await once();
        const c1 = { p: svc.clusterCpu('primary'), r: svc.clusterCpu('replica'), at: Date.now() };
        const [p1, r1] = await Promise.all([countersOf(rdb.url, rdb.name), countersOf(replicaDbUrl, rdb.name)]);
        const wallMs = c1.at - c0.at;
        probes.push({
          label: t.label,
          query,
          round,
          wallS: wallMs / 1000,
          primary: { xacts: p1.xacts - p0.xacts, rows: p1.rows - p0.rows },
          replica: { xacts: r1.xacts - r0.xacts, rows: r1.rows - r0.rows },
          primaryCores: cpuDeltaMs(c0.p, c1.p) / wallMs,
          replicaCores: cpuDeltaMs(c0.r, c1.r) / wallMs,
        });
        return run;
      });
      const medC = medians(allC);
      partC = { all: allC, med: medC, ratios: ratiosOf(medC, allC, 'primary', 'replica', QUERIES, [10]), checks: checksC, probes };
      await stopAll();
    }
  } finally {
    await stopAll();
    cleanup();
    await services?.down();
  }

  // ── report ──
  const cpus = os.cpus();
  out('');
  out(
    `bench:scale on ${cpus.length} CPU(s) ${cpus[0]?.model ?? ''}, Node ${process.version}; ${args.counties} counties × ${args.children.toLocaleString('en')} children ` +
      `(${codes.join(', ')}), seed ${SEED}; ${args.duration} s per run after a ${WARMUP_S} s warm-up, ${args.rounds} rounds, each line the round with the median req/s`,
  );
  for (const line of runLegend(cpus.length)) out(line);
  const allRuns: Run[] = [...(partB?.all ?? []), ...(partC?.all ?? [])];
  let deep = NaN;
  let byId = NaN;
  let replica = NaN;
  let otherDeep = NaN;
  let otherById = NaN;
  if (partB) {
    out('');
    out(`(b) ${many.name} (${args.counties} counties) vs ${single.name} (1 county), on DATABASE_URL`);
    out(`      ${RUN_HEADER}`);
    for (const r of partB.med) out(`${padR(r.label, 8)}${runLine(r)}`);
    out('');
    printRatios(`many-county / single-county throughput (target ≥ ${TARGET_COUNTIES})`, partB.ratios, TARGET_COUNTIES);
    const ratios = partB.ratios;
    const low = (q: Query) => Math.min(...ratios.filter((r) => r.query === q).map((r) => r.ratio));
    deep = low('ChildrenDeep');
    byId = low('ChildById');
    out('');
    printRatios(
      `another county of the many-county database (${partB.otherCounty}, children last by id) / the home county alone (other data of the same size)`,
      partB.otherRatios,
      TARGET_COUNTIES,
    );
    const others = partB.otherRatios;
    otherDeep = Math.min(...others.filter((r) => r.query === 'ChildrenDeep').map((r) => r.ratio));
    otherById = Math.min(...others.filter((r) => r.query === 'ChildById').map((r) => r.ratio));
  }
  if (partC) {
    out('');
    out(`(c) ${replicaDb?.name} on the replica services' primary, with and without its streaming replica (DATABASE_READ_URLS)`);
    out(`      ${RUN_HEADER}`);
    for (const r of partC.med) out(`${padR(r.label, 8)}${runLine(r)}`);
    out('');
    printRatios(`primary + replica / primary alone, 10 connections (target ≥ ${TARGET_REPLICA})`, partC.ratios, TARGET_REPLICA);
    replica = Math.min(...partC.ratios.map((r) => r.ratio));
  }
  out('');
  out('where the time goes (median runs; cores of the machine, warm-up excluded except for the clusters of (c), which include it):');
  for (const r of partB?.med ?? []) out(`  ${cpuLine(r)}`);
  for (const r of partC?.med ?? []) {
    const p = partC?.probes.find((x) => x.label === r.label && x.query === r.query && x.round === r.round);
    const share = p ? p.replica.xacts / Math.max(1, p.replica.xacts + p.primary.xacts) : NaN;
    out(
      `  ${cpuLine(r, p ? `; primary cluster ${p.primaryCores.toFixed(2)} cores, replica cluster ${p.replicaCores.toFixed(2)} cores; ${Math.round(share * 100)} % of the database's transactions on the replica` : '')}`,
    );
  }
  out('');
  out(errorsLine(allRuns));
  out(`total wall time ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const file = path.join(RESULTS_DIR, `scale-bench-${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        kind: 'bench-scale',
        at: new Date().toISOString(),
        args,
        machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? null, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() },
        databases: { single, many, replica: replicaDb, replayWaitMs },
        clock: NOW.toISOString(),
        warmupS: WARMUP_S,
        detailIds: ids.length,
        targets: { countiesRatio: TARGET_COUNTIES, replicaRatio: TARGET_REPLICA },
        counties: partB,
        replica: partC,
        summary: {
          deep,
          byId,
          replica,
          meets: { deep: deep >= TARGET_COUNTIES, byId: byId >= TARGET_COUNTIES, replica: replica >= TARGET_REPLICA },
          otherCounty: { countyCode: partB?.otherCounty ?? null, deep: otherDeep, byId: otherById },
        },
      },
      null,
      2,
    )}\n`,
  );
  out(`results: ${path.relative(ROOT, file)}`);
  out(`another county (${partB?.otherCounty ?? '—'}) against the home county alone: deep ${f2(otherDeep)} byId ${f2(otherById)}`);
  out(`bench:scale deep ${f2(deep)} byId ${f2(byId)} replica ${f2(replica)}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:scale failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
