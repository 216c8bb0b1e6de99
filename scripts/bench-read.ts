/**
 * Read benchmark of the hub: `npm run bench:read -- [--children 100000] [--duration 10] [--quick] [--regenerate]`
 *
 * What it measures. Two read operations, each at 1 and 10 concurrent
 * connections (autocannon, keep-alive, loopback), against three servers over
 * the same PostgreSQL database:
 *   hub    the real hub (src/server.ts startServer): bearer token (ES256 JWT)
 *          verified per request, X-Purpose header, the EDUCATION_BUREAU schema
 *          slice with graphql-shield, request limits, and the audit plugin,
 *          which appends one hash-chained AccessLog record per request before
 *          the response leaves;
 *   bare   the same full type-graphql schema, resolvers, DataLoaders and
 *          ScopedRepository (county-wide row scope) behind a plain ApolloServer
 *          on node:http with the same limits, but no token, slice, shield,
 *          purpose or audit (scripts/bench/bare.ts);
 *   floor  one node:http endpoint answering each request with ONE hand-written
 *          SQL statement through `pg` that builds the whole JSON response
 *          (scripts/bench/floor.ts): the cost of the data alone.
 * Operations: ChildrenDeep(first: 100) (schema/operations/children/ChildrenDeep.graphql),
 * and ChildDetail(id) rotating over 1,000 child ids, TRIMMED of the three fields
 * that decrypt an identifier in a resolver (idNumber, certificateNumber,
 * residencePermitNumber), which the SQL floor cannot do (scripts/bench/queries.ts).
 * Before measuring, one page of ChildrenDeep and 25 ChildDetail answers are
 * compared across the servers (a warning is printed when they differ).
 *
 * Output: per query x connections x server: req/s, p50/p99 latency (ms, from
 * each response's own time), CPU per request of the server process (app CPU)
 * and of its PostgreSQL backends (db CPU), SQL statements per request, response
 * size, errors (non-2xx, connection errors/timeouts, responses with GraphQL
 * `errors`) and how busy the whole machine was; then hub/floor and bare/floor
 * throughput, the access+audit overhead 1 - hub_rps/bare_rps, the p50 ratio
 * hub/bare and the CPU-per-request ratio hub/bare. Results are also written to
 * bench-results/read-<timestamp>.json (git-ignored); server logs to
 * bench-results/logs/. The generation time is printed when the county is built.
 *
 * Database: a dedicated database `hub_bench` on the server of DATABASE_URL
 * (default postgresql://postgres@127.0.0.1:5432/postgres). Created, migrated
 * and filled with the deterministic demo county (--children N, fixed seed)
 * when missing or when it holds another size, then reused: re-running is fast.
 * --regenerate drops and recreates it. The hub appends one AccessLog record
 * per request, so the access log grows with every run (by design: append-only
 * and hash-chained; that is realistic, and the chain head lookup is indexed).
 *
 * Each server runs in its own Node process (forked, NODE_ENV=production) so
 * that the load generator does not share its event loop; on a small machine
 * they still share CPUs with each other and with PostgreSQL: read the
 * numbers as relative, not absolute. Each run is preceded by a 2 s warm-up
 * and the servers are measured interleaved (hub, bare, floor per scenario).
 *
 * Other flags:
 *   --breakdown       adds variants that toggle one piece at a time (hub-noaudit,
 *                     bare+slice, bare+shield, bare+audit, bare-nocc; see
 *                     scripts/bench/types.ts) and prints each against its base;
 *   --cpu-prof        writes V8 CPU profiles of the server processes to
 *                     bench-results/prof-<timestamp>/<server>/;
 *   --rounds N        repeats the whole interleaved matrix N times and reports,
 *                     per scenario, the round with the median req/s (for a
 *                     machine where other work comes and goes);
 *   --only hub,bare   restricts the servers; --connections 1,10 and
 *   --queries ChildrenDeep,ChildDetail restrict the scenarios.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportJWK, generateKeyPair } from 'jose';
import pg from 'pg';
import { calendarOf } from '../src/context';
import { openPostgres } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { IdentifierSealer } from '../src/lib/crypto';
import { DEMO_TODAY, generateCounty, isCountyEmpty } from '../src/seed/generate-county';
import { childDetailBody, childrenDeepBody, DECRYPTED_FIELDS, PAGE_SIZE } from './bench/queries';
import { backendPids, busyBetween, cpuBetween, cpuOf, machineTimes } from './bench/probes';
import { SERVER_KINDS, type HostMessage, type HostSpec, type ServerKind } from './bench/types';

const BENCH_DB = 'hub_bench';
const SEED = 20261129;
const COUNTY = '431124';
/** The servers' clock: the demo county's "today" (its current term's data), 08:00 UTC. */
const NOW = new Date(DEMO_TODAY.getTime() + 8 * 3600 * 1000);
/** Identifier keys of the bench database only (fixed so that a reused database stays readable). */
const BENCH_ID_ENCRYPTION_KEY = '5a'.repeat(32);
const BENCH_ID_HMAC_KEY = 'c3'.repeat(32);
const PURPOSE = 'ENROLLMENT_MANAGEMENT';
const DETAIL_IDS = 1000;
const CHECK_DETAIL_IDS = 25;
const WARMUP_S = 2;
const ROOT = path.resolve(__dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench-results');

type Query = 'ChildrenDeep' | 'ChildDetail';
const QUERIES: Query[] = ['ChildrenDeep', 'ChildDetail'];

interface Args {
  children: number;
  duration: number;
  regenerate: boolean;
  breakdown: boolean;
  cpuProf: boolean;
  only: ServerKind[] | null;
  connections: number[];
  queries: Query[];
  rounds: number;
}

const USAGE =
  'usage: npm run bench:read -- [--children 100000] [--duration 10] [--quick] [--regenerate] [--breakdown] [--cpu-prof] [--rounds 1] [--only hub,bare,floor] [--connections 1,10] [--queries ChildrenDeep,ChildDetail]';

function parseArgs(argv: string[]): Args {
  const a: Args = { children: 100_000, duration: 10, regenerate: false, breakdown: false, cpuProf: false, only: null, connections: [1, 10], queries: QUERIES, rounds: 1 };
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
    if (flag === '--children') a.children = positive(value());
    else if (flag === '--duration') a.duration = positive(value());
    else if (flag === '--quick') a.duration = 3;
    else if (flag === '--rounds') a.rounds = positive(value());
    else if (flag === '--regenerate') a.regenerate = true;
    else if (flag === '--breakdown') a.breakdown = true;
    else if (flag === '--cpu-prof') a.cpuProf = true;
    else if (flag === '--only') {
      const kinds = value().split(',');
      for (const k of kinds) if (!(SERVER_KINDS as readonly string[]).includes(k)) throw new Error(`--only: unknown server ${k} (${SERVER_KINDS.join(', ')})`);
      a.only = kinds as ServerKind[];
    } else if (flag === '--connections') a.connections = value().split(',').map(positive);
    else if (flag === '--queries') {
      const qs = value().split(',');
      for (const q of qs) if (!(QUERIES as string[]).includes(q)) throw new Error(`--queries: unknown query ${q} (${QUERIES.join(', ')})`);
      a.queries = qs as Query[];
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${flag}\n${USAGE}`);
  }
  return a;
}

const out = (s = '') => process.stdout.write(`${s}\n`);

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// ───────────────────────────── database ─────────────────────────────

interface DbInfo {
  url: string;
  children: number;
  reused: boolean;
  generationMs: number | null;
  vacuumMs: number | null;
  summary: Record<string, unknown> | null;
}

async function ensureDatabase(adminUrl: string, args: Args): Promise<DbInfo> {
  const url = withDatabase(adminUrl, BENCH_DB);
  const marker = `kongchuo-hub bench-read: children=${args.children} seed=${SEED} county=${COUNTY}`;
  const admin = new pg.Client({ connectionString: adminUrl, application_name: 'bench-read-admin' });
  await admin.connect();
  try {
    const rows = (
      await admin.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [BENCH_DB])
    ).rows;
    const exists = rows.length > 0;
    const current = rows[0]?.comment ?? null;
    if (exists && !args.regenerate && current === marker) {
      out(`database ${BENCH_DB}: reusing (${args.children.toLocaleString('en')} children, seed ${SEED}); --regenerate to rebuild it`);
      const db = openPostgres({ url, poolSize: 1, statementTimeoutMs: 600_000, applicationName: 'bench-read-migrate' });
      try {
        const applied = await migrate(db);
        if (applied.length > 0) out(`  applied new migrations: ${applied.join(', ')}`);
      } finally {
        await db.close();
      }
      return { url, children: args.children, reused: true, generationMs: null, vacuumMs: null, summary: null };
    }
    if (exists) {
      const why = args.regenerate ? '--regenerate' : current === null ? 'it holds no finished bench county' : `it holds another county (${current.replace(/^.*?: /, '')})`;
      out(`database ${BENCH_DB}: dropping and recreating (${why})`);
      await admin.query(`DROP DATABASE ${BENCH_DB} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }

  const db = openPostgres({ url, poolSize: 2, statementTimeoutMs: 3_600_000, lockTimeoutMs: 60_000, applicationName: 'bench-read-generate' });
  try {
    await migrate(db);
    if (!(await isCountyEmpty(db))) throw new Error(`${BENCH_DB} was just created but is not empty`);
    out(`generating the county: ${args.children.toLocaleString('en')} children, seed ${SEED}, county ${COUNTY} …`);
    const started = performance.now();
    let lastPrint = 0;
    const summary = await generateCounty(db, {
      children: args.children,
      seed: SEED,
      countyCode: COUNTY,
      sealer: new IdentifierSealer(Buffer.from(BENCH_ID_ENCRYPTION_KEY, 'hex'), Buffer.from(BENCH_ID_HMAC_KEY, 'hex')),
      onProgress(phase, done, total) {
        const now = performance.now();
        if (now - lastPrint < 5000 && done < total) return;
        lastPrint = now;
        out(`  [${((now - started) / 1000).toFixed(1).padStart(6)} s] ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
      },
    });
    const generationMs = performance.now() - started;
    const rowsWritten = Object.values(summary.counts).reduce((s, n) => s + n, 0);
    out(`generated in ${(generationMs / 1000).toFixed(1)} s (${rowsWritten.toLocaleString('en')} rows)`);
    const v0 = performance.now();
    await db.raw.exec('VACUUM (ANALYZE)');
    const vacuumMs = performance.now() - v0;
    out(`VACUUM (ANALYZE) in ${(vacuumMs / 1000).toFixed(1)} s`);
    await db.raw.exec(`COMMENT ON DATABASE ${BENCH_DB} IS '${marker}'`);
    return { url, children: args.children, reused: false, generationMs, vacuumMs, summary: { counts: summary.counts, planted: summary.planted, elapsedMs: summary.elapsedMs } };
  } finally {
    await db.close();
  }
}

// ───────────────────────────── server processes ─────────────────────────────

interface Host {
  kind: ServerKind;
  url: string;
  token: string | null;
  pid: number;
  cpu(): Promise<{ userUs: number; systemUs: number; rssMb: number; queries: number }>;
  stop(): Promise<void>;
}

function startHost(spec: HostSpec, logFile: string, cpuProfDir: string | null): Promise<Host> {
  const fd = openSync(logFile, 'a');
  const child: ChildProcess = fork(path.join(__dirname, 'bench', 'host.ts'), [JSON.stringify(spec)], {
    // One directory per server: Node names each thread's profile itself (tsx's loader runs in a second thread).
    execArgv: [...process.execArgv, ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfDir, spec.kind)}`] : [])],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  return new Promise<Host>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${spec.kind} server process exited (${code}) before it was ready: see ${logFile}`));
    child.once('exit', onExit);
    child.once('message', (m: HostMessage) => {
      if (m.type !== 'ready') {
        reject(new Error(`${spec.kind} server failed to start: ${m.type === 'failed' ? m.message : m.type}`));
        return;
      }
      child.off('exit', onExit);
      resolve({
        kind: spec.kind,
        url: m.url,
        token: m.token,
        pid: m.pid,
        cpu: () =>
          new Promise((res) => {
            const on = (r: HostMessage) => {
              if (r.type !== 'cpu') return;
              child.off('message', on);
              res({ userUs: r.userUs, systemUs: r.systemUs, rssMb: r.rssMb, queries: r.queries });
            };
            child.on('message', on);
            child.send({ type: 'cpu' });
          }),
        stop: () =>
          new Promise<void>((res) => {
            if (child.exitCode !== null) return res();
            const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
            child.once('exit', () => {
              clearTimeout(timer);
              res();
            });
            child.send({ type: 'stop' });
          }),
      });
    });
  });
}

function headersFor(host: Host): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json' };
  if (host.token) {
    h['authorization'] = `Bearer ${host.token}`;
    h['x-purpose'] = PURPOSE;
  }
  return h;
}

async function post(host: Host, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(host.url, { method: 'POST', headers: headersFor(host), body });
  return { status: res.status, text: await res.text() };
}

// ───────────────────────────── equality check ─────────────────────────────

/** First difference between two JSON values (key order ignored), as a path and the two values; null when equal. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: array length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join(',') !== kb.join(',')) return `${at}: keys {${ka.join(',')}} vs {${kb.join(',')}}`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

interface CheckResult {
  query: Query;
  server: ServerKind;
  compared: number;
  equal: number;
  firstDifference: string | null;
  errors: string[];
}

async function checkSameData(hosts: Host[], detailIds: string[]): Promise<CheckResult[]> {
  const ref = hosts.find((h) => h.kind === 'hub') ?? hosts[0];
  if (!ref) return [];
  const results: CheckResult[] = [];
  const cases: Array<{ query: Query; body: string }> = [
    { query: 'ChildrenDeep', body: childrenDeepBody(PAGE_SIZE) },
    ...detailIds.slice(0, CHECK_DETAIL_IDS).map((id) => ({ query: 'ChildDetail' as const, body: childDetailBody(id) })),
  ];
  const answers = new Map<ServerKind, Array<{ status: number; json: unknown; text: string }>>();
  for (const h of hosts) {
    const list: Array<{ status: number; json: unknown; text: string }> = [];
    for (const c of cases) {
      const r = await post(h, c.body);
      let json: unknown = null;
      try {
        json = JSON.parse(r.text);
      } catch {
        /* reported below */
      }
      list.push({ status: r.status, json, text: r.text });
    }
    answers.set(h.kind, list);
  }
  const refAnswers = answers.get(ref.kind) ?? [];
  for (const h of hosts) {
    for (const query of QUERIES) {
      const r: CheckResult = { query, server: h.kind, compared: 0, equal: 0, firstDifference: null, errors: [] };
      (answers.get(h.kind) ?? []).forEach((ans, i) => {
        if (cases[i]?.query !== query) return;
        r.compared++;
        const errs = (ans.json as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null)?.errors;
        if (ans.status !== 200 || !ans.json || errs) {
          r.errors.push(`HTTP ${ans.status}: ${errs ? errs.map((e) => `${e.extensions?.code ?? ''} ${e.message ?? ''}`).join('; ') : ans.text.slice(0, 200)}`);
        }
        const d = firstDifference(refAnswers[i]?.json, ans.json);
        if (d === null) r.equal++;
        else r.firstDifference ??= d;
      });
      results.push(r);
    }
  }
  return results;
}

// ───────────────────────────── measurement ─────────────────────────────

interface RunResult {
  query: Query;
  connections: number;
  server: ServerKind;
  round: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** autocannon's own (integer-millisecond) histogram, for reference. */
  autocannon: { p50: number; p99: number; average: number; rpsAverage: number };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  graphqlErrors: number;
  sampleError: string | null;
  bytesPerResponse: number;
  serverCpuMsPerRequest: number;
  /** CPU of the PostgreSQL backends of this server's pool per request, ms (Linux; 10 ms ticks). */
  dbCpuMsPerRequest: number;
  dbBackends: number;
  /** SQL statements sent per request (every pg client query of the server process, BEGIN/COMMIT included). */
  statementsPerRequest: number;
  serverCpuUtilisation: number;
  loadGenCpuUtilisation: number;
  /** Fraction of all the machine's CPUs busy during the run (everything, not only the bench). */
  machineBusy: number;
  loadAverage1m: number;
  serverRssMb: number;
}

/** What autocannon() returns without a callback: a promise of the result that also emits each response. */
interface Tracker extends PromiseLike<autocannon.Result> {
  on(event: 'response', listener: (client: unknown, status: number, resBytes: number, ms: number) => void): void;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] as number;
}

async function load(host: Host, query: Query, connections: number, durationS: number, detailBodies: string[], record: boolean) {
  const headers = headersFor(host);
  let next = 0;
  let graphqlErrors = 0;
  let sampleError: string | null = null;
  const latencies: number[] = [];
  let bytes = 0;
  const request: autocannon.Request = {
    method: 'POST',
    path: new URL(host.url).pathname,
    headers,
    body: query === 'ChildrenDeep' ? childrenDeepBody(PAGE_SIZE) : (detailBodies[0] as string),
    onResponse: (status: number, body: string) => {
      if (status < 200 || status >= 300 || body.includes('"errors"')) {
        if (status >= 200 && status < 300) graphqlErrors++;
        sampleError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    },
  };
  if (query === 'ChildDetail') {
    request.setupRequest = (req: autocannon.Request) => ({ ...req, body: detailBodies[next++ % detailBodies.length] as string });
  }
  const tracker = autocannon({
    url: host.url,
    method: 'POST',
    headers,
    connections,
    pipelining: 1,
    duration: durationS,
    timeout: 30,
    requests: [request],
  }) as unknown as Tracker;
  if (record) {
    tracker.on('response', (_client: unknown, _status: number, resBytes: number, ms: number) => {
      latencies.push(ms);
      bytes += resBytes;
    });
  }
  const result = await tracker;
  return { result, latencies, graphqlErrors, sampleError, bytes };
}

/** Waits until the server process stops burning CPU (requests of the previous run still in flight), at most 15 s. */
async function waitIdle(host: Host): Promise<void> {
  const deadline = performance.now() + 15_000;
  let prev = await host.cpu();
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const cur = await host.cpu();
    if (cur.userUs + cur.systemUs - prev.userUs - prev.systemUs < 15_000) return;
    prev = cur;
  }
}

async function measure(
  host: Host,
  query: Query,
  connections: number,
  durationS: number,
  detailBodies: string[],
  client: pg.Client,
  round: number,
): Promise<RunResult> {
  await waitIdle(host);
  await load(host, query, connections, WARMUP_S, detailBodies, false);
  await waitIdle(host);
  const pids = await backendPids(client, `bench-${host.kind}`);
  const db0 = cpuOf(pids);
  const m0 = machineTimes();
  const load0 = os.loadavg()[0] ?? NaN;
  const cpu0 = await host.cpu();
  const me0 = process.cpuUsage();
  const t0 = performance.now();
  const { result, latencies, graphqlErrors, sampleError, bytes } = await load(host, query, connections, durationS, detailBodies, true);
  const wallMs = performance.now() - t0;
  const me1 = process.cpuUsage(me0);
  const cpu1 = await host.cpu();
  const m1 = machineTimes();
  const dbCpuMs = cpuBetween(db0, cpuOf(pids));
  const sorted = Float64Array.from(latencies).sort();
  const n = sorted.length;
  const serverCpuMs = (cpu1.userUs - cpu0.userUs + cpu1.systemUs - cpu0.systemUs) / 1000;
  return {
    query,
    connections,
    server: host.kind,
    round,
    durationS: result.duration,
    requests: n,
    rps: n / result.duration,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: n ? (sorted[n - 1] as number) : NaN,
    mean: n ? latencies.reduce((s, x) => s + x, 0) / n : NaN,
    autocannon: { p50: result.latency.p50, p99: result.latency.p99, average: result.latency.average, rpsAverage: result.requests.average },
    non2xx: result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    sampleError,
    bytesPerResponse: n ? bytes / n : 0,
    serverCpuMsPerRequest: n ? serverCpuMs / n : NaN,
    dbCpuMsPerRequest: n ? dbCpuMs / n : NaN,
    dbBackends: pids.length,
    statementsPerRequest: n ? (cpu1.queries - cpu0.queries) / n : NaN,
    serverCpuUtilisation: serverCpuMs / wallMs,
    loadGenCpuUtilisation: (me1.user + me1.system) / 1000 / wallMs,
    machineBusy: busyBetween(m0, m1),
    loadAverage1m: load0,
    serverRssMb: cpu1.rssMb,
  };
}

// ───────────────────────────── report ─────────────────────────────

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padR = (s: string | number, n: number) => String(s).padEnd(n);

function runLine(r: RunResult): string {
  const errs = r.non2xx + r.connectionErrors + r.graphqlErrors;
  return (
    `${padR(r.query, 13)}${pad(r.connections, 5)}  ${padR(r.server, 12)}${pad(f1(r.rps), 9)}${pad(f2(r.p50), 10)}${pad(f2(r.p99), 10)}` +
    `${pad(f2(r.serverCpuMsPerRequest), 9)}${pad(f2(r.dbCpuMsPerRequest), 8)}${pad(f1(r.statementsPerRequest), 7)}${pad(f1(r.bytesPerResponse / 1024), 9)}${pad(errs, 8)}` +
    `${pad(Number.isFinite(r.machineBusy) ? `${Math.round(r.machineBusy * 100)}%` : '—', 7)}`
  );
}

const RUN_HEADER =
  `${padR('query', 13)}${pad('conns', 5)}  ${padR('server', 12)}${pad('req/s', 9)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}` +
  `${pad('app CPU', 9)}${pad('db CPU', 8)}${pad('stmts', 7)}${pad('KB/resp', 9)}${pad('errors', 8)}${pad('busy', 7)}`;

/** Of several rounds of one scenario, the run with the median throughput (lower middle for an even count). */
function medianRuns(runs: RunResult[]): RunResult[] {
  const groups = new Map<string, RunResult[]>();
  for (const r of runs) {
    const k = `${r.query}|${r.connections}|${r.server}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.rps - b.rps)[Math.floor((g.length - 1) / 2)] as RunResult);
}

interface Ratio {
  query: Query;
  connections: number;
  hubOverFloorRps: number;
  bareOverFloorRps: number;
  accessAuditOverhead: number;
  p50HubOverBare: number;
  p50HubOverFloor: number;
  p50BareOverFloor: number;
  cpuPerRequestHubOverBare: number;
}

function ratios(runs: RunResult[], args: Args): Ratio[] {
  const out: Ratio[] = [];
  for (const query of args.queries) {
    for (const connections of args.connections) {
      const get = (s: ServerKind) => runs.find((r) => r.query === query && r.connections === connections && r.server === s);
      const hub = get('hub');
      const bare = get('bare');
      const floor = get('floor');
      out.push({
        query,
        connections,
        hubOverFloorRps: hub && floor ? hub.rps / floor.rps : NaN,
        bareOverFloorRps: bare && floor ? bare.rps / floor.rps : NaN,
        accessAuditOverhead: hub && bare ? 1 - hub.rps / bare.rps : NaN,
        p50HubOverBare: hub && bare ? hub.p50 / bare.p50 : NaN,
        p50HubOverFloor: hub && floor ? hub.p50 / floor.p50 : NaN,
        p50BareOverFloor: bare && floor ? bare.p50 / floor.p50 : NaN,
        cpuPerRequestHubOverBare: hub && bare ? hub.serverCpuMsPerRequest / bare.serverCpuMsPerRequest : NaN,
      });
    }
  }
  return out;
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  mkdirSync(path.join(RESULTS_DIR, 'logs'), { recursive: true });

  const dbInfo = await ensureDatabase(adminUrl, args);

  // The bench's own key set (production mode wants JWKS_FILE) in a temporary directory.
  const keyDir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const jwksFile = path.join(keyDir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...jwk, kid: 'bench-read', alg: 'ES256', use: 'sig' }] }), { mode: 0o600 });
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: dbInfo.url,
    DATA_DIR: keyDir,
    JWKS_FILE: jwksFile,
    ID_ENCRYPTION_KEY: BENCH_ID_ENCRYPTION_KEY,
    ID_HMAC_KEY: BENCH_ID_HMAC_KEY,
    COUNTY_CODE: COUNTY,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    DB_POOL_SIZE: '10',
  };
  const cal = calendarOf(NOW);
  const calendar = { schoolYear: cal.schoolYear, term: cal.term, termStart: cal.termStart.toISOString().slice(0, 10) };

  const client = new pg.Client({ connectionString: dbInfo.url, application_name: 'bench-read' });
  await client.connect();
  // 1,000 children spread over the county, the same ones on every run (md5 order of the id).
  const detailIds = (
    await client.query<{ id: string }>(`SELECT id FROM "Child" WHERE "countyCode" = $1 ORDER BY md5(id::text) LIMIT ${DETAIL_IDS}`, [COUNTY])
  ).rows.map((r) => r.id);
  const detailBodies = detailIds.map(childDetailBody);
  const accessLogCount = async () => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "AccessLog"')).rows[0]?.n ?? 0);
  const accessLogBefore = await accessLogCount();

  const servers: ServerKind[] = args.only ?? (args.breakdown ? [...SERVER_KINDS] : ['hub', 'bare', 'floor']);
  const cpuProfDir = args.cpuProf ? path.join(RESULTS_DIR, `prof-${stamp}`) : null;
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
  out(`starting servers: ${servers.join(', ')} (one process each; logs in bench-results/logs/)`);
  const hosts: Host[] = [];
  try {
    for (const kind of servers) {
      hosts.push(await startHost({ kind, env, now: NOW.toISOString(), calendar }, path.join(RESULTS_DIR, 'logs', `read-${stamp}-${kind}.log`), cpuProfDir));
    }

    out(`checking that the servers return the same data (ChildrenDeep first:${PAGE_SIZE}; ChildDetail of ${CHECK_DETAIL_IDS} children) …`);
    const checks = await checkSameData(hosts, detailIds);
    for (const c of checks) {
      if (c.server === 'hub' && c.errors.length === 0) continue;
      if (c.errors.length > 0) out(`  WARNING ${c.server} ${c.query}: ${c.errors.length} answer(s) with errors, e.g. ${c.errors[0]}`);
      if (c.equal !== c.compared) out(`  WARNING ${c.server} ${c.query}: ${c.compared - c.equal}/${c.compared} answer(s) differ from the hub's; first: ${c.firstDifference}`);
      else out(`  ${c.query.padEnd(13)} ${c.server.padEnd(12)} same data as the hub (${c.compared} answer${c.compared > 1 ? 's' : ''})`);
    }

    out('');
    const load1 = os.loadavg()[0] ?? 0;
    if (load1 > os.cpus().length) {
      out(`WARNING: the machine is busy (1-min load average ${load1.toFixed(1)} on ${os.cpus().length} CPUs): numbers will be noisy (see the busy column)`);
    }
    out(
      `measuring: ${args.duration} s per run after a ${WARMUP_S} s warm-up, ${args.rounds} round(s); ChildDetail rotates over ${detailIds.length} child ids`,
    );
    out(RUN_HEADER);
    const allRuns: RunResult[] = [];
    for (let round = 1; round <= args.rounds; round++) {
      if (args.rounds > 1) out(`round ${round}/${args.rounds}`);
      for (const query of args.queries) {
        for (const connections of args.connections) {
          for (const host of hosts) {
            const r = await measure(host, query, connections, args.duration, detailBodies, client, round);
            allRuns.push(r);
            out(runLine(r));
            if (r.sampleError) out(`    first error: ${r.sampleError}`);
          }
        }
      }
    }
    const runs = args.rounds > 1 ? medianRuns(allRuns) : allRuns;
    const accessLogAfter = await accessLogCount();

    // ── report ──
    const cpus = os.cpus();
    const pgVersion = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? '?';
    out('');
    out(
      `Read benchmark: ${dbInfo.children.toLocaleString('en')} children, ${args.duration} s per run (+${WARMUP_S} s warm-up), autocannon on loopback; ` +
        `${cpus.length} CPU(s) ${cpus[0]?.model ?? ''}, Node ${process.version}, PostgreSQL ${pgVersion}`,
    );
    out(`ChildDetail is trimmed of ${DECRYPTED_FIELDS.join(', ')} (decrypted in resolvers; the SQL floor cannot decrypt).`);
    out(
      'latency: per response, ms; app CPU: CPU time of the server process per request, ms; db CPU: CPU time of its PostgreSQL backends per request, ms;',
    );
    out('stmts: SQL statements the server sent per request (each a round trip; BEGIN and COMMIT included);');
    out(`errors: non-2xx + connection errors + GraphQL errors; busy: share of all ${cpus.length} CPUs in use during the run (anything on the machine)`);
    if (args.rounds > 1) out(`each line: the round with the median req/s of ${args.rounds}`);
    out('');
    out(RUN_HEADER);
    for (const r of runs) out(runLine(r));
    out('');
    const rs = ratios(runs, args);
    out(`${padR('query', 13)}${pad('conns', 5)}${pad('hub/floor', 11)}${pad('bare/floor', 12)}${pad('1-hub/bare', 12)}${pad('p50 hub/bare', 14)}${pad('p50 hub/floor', 15)}${pad('CPU/req hub/bare', 18)}`);
    for (const r of rs) {
      out(
        `${padR(r.query, 13)}${pad(r.connections, 5)}${pad(f2(r.hubOverFloorRps), 11)}${pad(f2(r.bareOverFloorRps), 12)}${pad(pct(r.accessAuditOverhead), 12)}` +
          `${pad(f2(r.p50HubOverBare), 14)}${pad(f2(r.p50HubOverFloor), 15)}${pad(f2(r.cpuPerRequestHubOverBare), 18)}`,
      );
    }
    out('(hub/floor, bare/floor: throughput ratios; 1-hub/bare: the throughput cost of access control + audit)');
    const variants = runs.filter((r) => !['hub', 'bare', 'floor'].includes(r.server));
    if (variants.length > 0) {
      out('');
      out('breakdown: each variant against its base (hub-noaudit vs hub, the others vs bare)');
      out(`${padR('query', 13)}${pad('conns', 5)}  ${padR('variant', 12)}${pad('base', 6)}${pad('rps ratio', 11)}${pad('Δ app CPU ms', 14)}${pad('Δ db CPU ms', 13)}${pad('Δ p50 ms', 10)}`);
      for (const v of variants) {
        const baseKind: ServerKind = v.server === 'hub-noaudit' ? 'hub' : 'bare';
        const b = runs.find((r) => r.query === v.query && r.connections === v.connections && r.server === baseKind);
        if (!b) continue;
        out(
          `${padR(v.query, 13)}${pad(v.connections, 5)}  ${padR(v.server, 12)}${pad(baseKind, 6)}${pad(f2(v.rps / b.rps), 11)}` +
            `${pad(f2(v.serverCpuMsPerRequest - b.serverCpuMsPerRequest), 14)}${pad(f2(v.dbCpuMsPerRequest - b.dbCpuMsPerRequest), 13)}${pad(f2(v.p50 - b.p50), 10)}`,
        );
      }
    }
    const sum = (f: (r: RunResult) => number) => allRuns.reduce((s, r) => s + f(r), 0);
    const totalErrors = sum((r) => r.non2xx + r.connectionErrors + r.graphqlErrors);
    out('');
    out(
      `errors during the measured runs (all rounds, ${sum((r) => r.requests).toLocaleString('en')} responses): ${totalErrors === 0 ? 'none' : totalErrors} ` +
        `(non-2xx ${sum((r) => r.non2xx)}, connection errors ${sum((r) => r.connectionErrors)}, timeouts ${sum((r) => r.timeouts)}, GraphQL errors ${sum((r) => r.graphqlErrors)})`,
    );
    out(`AccessLog: ${accessLogBefore.toLocaleString('en')} → ${accessLogAfter.toLocaleString('en')} records (+${(accessLogAfter - accessLogBefore).toLocaleString('en')}, warm-ups and checks included)`);
    if (dbInfo.generationMs !== null) out(`database generated in ${(dbInfo.generationMs / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((dbInfo.vacuumMs ?? 0) / 1000).toFixed(1)} s)`);

    const file = path.join(RESULTS_DIR, `read-${stamp}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          kind: 'bench-read',
          at: new Date().toISOString(),
          args,
          machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? null, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: pgVersion },
          database: { name: BENCH_DB, children: dbInfo.children, seed: SEED, county: COUNTY, reused: dbInfo.reused, generationMs: dbInfo.generationMs, vacuumMs: dbInfo.vacuumMs, summary: dbInfo.summary },
          clock: NOW.toISOString(),
          warmupS: WARMUP_S,
          childDetailTrimmedOf: DECRYPTED_FIELDS,
          detailIds: detailIds.length,
          checks,
          runs,
          allRuns: args.rounds > 1 ? allRuns : undefined,
          ratios: rs,
          accessLog: { before: accessLogBefore, after: accessLogAfter },
          cpuProfiles: cpuProfDir,
        },
        null,
        2,
      )}\n`,
    );
    out(`results: ${path.relative(ROOT, file)}${cpuProfDir ? `; CPU profiles: ${path.relative(ROOT, cpuProfDir)}/` : ''}`);
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
    await client.end();
    rmSync(keyDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:read failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
