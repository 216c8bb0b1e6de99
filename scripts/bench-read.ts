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
 * and ChildDetail(id) rotating over 1,000 child ids, TRIMMED of the four fields
 * that decrypt an identifier in a resolver (idNumber, nationalStudentNumber,
 * certificateNumber, residencePermitNumber), which the SQL floor cannot do
 * (scripts/bench/queries.ts).
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
 * Database: a dedicated database `hub_bench_<N>` per county size on the
 * server of DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
 * shared with bench:peer (scripts/bench/database.ts). Created, migrated and
 * filled with the deterministic demo county (--children N, fixed seed) when
 * missing, or when its marker comment shows another generator (a hash of
 * src/seed/**) or an unfinished generation; then reused: re-running is fast.
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
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseBenchArgs, type BenchArgs } from './bench/args';
import { firstDifference, graphqlErrorsOf } from './bench/compare';
import { ensureDatabase } from './bench/database';
import { post, startHost, type Host } from './bench/hosts';
import { measure, medianRuns, type RunResult } from './bench/measure';
import { childDetailBody, childrenDeepBody, DECRYPTED_FIELDS, PAGE_SIZE } from './bench/queries';
import { errorsLine, f2, pad, padR, pct, RUN_HEADER, runLegend, runLine } from './bench/report';
import { accessLogCount, benchCalendar, COUNTY, makeBenchEnv, NOW, out, RESULTS_DIR, ROOT, SEED, spreadChildIds, timestamp, WARMUP_S } from './bench/setup';
import { SERVER_KINDS, type ServerKind } from './bench/types';

const CHECK_DETAIL_IDS = 25;

type Query = 'ChildrenDeep' | 'ChildDetail';
const QUERIES: Query[] = ['ChildrenDeep', 'ChildDetail'];

type Args = BenchArgs<ServerKind, Query>;

const USAGE =
  'usage: npm run bench:read -- [--children 100000] [--duration 10] [--quick] [--regenerate] [--breakdown] [--cpu-prof] [--rounds 1] [--only hub,bare,floor] [--connections 1,10] [--queries ChildrenDeep,ChildDetail]';

// ───────────────────────────── equality check ─────────────────────────────

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
  const answers = new Map<string, Array<{ status: number; json: unknown; text: string }>>();
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
      const r: CheckResult = { query, server: h.kind as ServerKind, compared: 0, equal: 0, firstDifference: null, errors: [] };
      (answers.get(h.kind) ?? []).forEach((ans, i) => {
        if (cases[i]?.query !== query) return;
        r.compared++;
        const errs = graphqlErrorsOf(ans.json);
        if (ans.status !== 200 || !ans.json || errs.length > 0) {
          r.errors.push(`HTTP ${ans.status}: ${errs.length > 0 ? errs.join('; ') : ans.text.slice(0, 200)}`);
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

// ───────────────────────────── report ─────────────────────────────

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
  const args = parseBenchArgs(process.argv.slice(2), { usage: USAGE, servers: SERVER_KINDS, queries: QUERIES, rounds: 1, booleans: ['breakdown'] });
  const breakdown = args.flags.includes('breakdown');
  const stamp = timestamp();
  const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  mkdirSync(path.join(RESULTS_DIR, 'logs'), { recursive: true });

  const dbInfo = await ensureDatabase(adminUrl, { children: args.children, regenerate: args.regenerate, appName: 'bench-read' });
  const { env, cleanup } = await makeBenchEnv(dbInfo.url, 'bench-read');
  const calendar = benchCalendar();

  const client = new pg.Client({ connectionString: dbInfo.url, application_name: 'bench-read' });
  await client.connect();
  const detailIds = await spreadChildIds(client);
  const detailBodies = detailIds.map(childDetailBody);
  const bodiesOf = (query: Query) => (query === 'ChildrenDeep' ? [childrenDeepBody(PAGE_SIZE)] : detailBodies);
  const accessLogBefore = await accessLogCount(client);

  const servers: ServerKind[] = args.only ?? (breakdown ? [...SERVER_KINDS] : ['hub', 'bare', 'floor']);
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
            const r = await measure(host, query, bodiesOf(query), connections, args.duration, client, round);
            allRuns.push(r);
            out(runLine(r));
            if (r.sampleError) out(`    first error: ${r.sampleError}`);
          }
        }
      }
    }
    const runs = args.rounds > 1 ? medianRuns(allRuns) : allRuns;
    const accessLogAfter = await accessLogCount(client);

    // ── report ──
    const cpus = os.cpus();
    const pgVersion = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? '?';
    out('');
    out(
      `Read benchmark: ${dbInfo.children.toLocaleString('en')} children, ${args.duration} s per run (+${WARMUP_S} s warm-up), autocannon on loopback; ` +
        `${cpus.length} CPU(s) ${cpus[0]?.model ?? ''}, Node ${process.version}, PostgreSQL ${pgVersion}`,
    );
    out(`ChildDetail is trimmed of ${DECRYPTED_FIELDS.join(', ')} (decrypted in resolvers; the SQL floor cannot decrypt).`);
    for (const line of runLegend(cpus.length)) out(line);
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
    out('');
    out(errorsLine(allRuns));
    out(`AccessLog: ${accessLogBefore.toLocaleString('en')} → ${accessLogAfter.toLocaleString('en')} records (+${(accessLogAfter - accessLogBefore).toLocaleString('en')}, warm-ups and checks included)`);
    if (dbInfo.generationMs !== null) out(`database generated in ${(dbInfo.generationMs / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((dbInfo.vacuumMs ?? 0) / 1000).toFixed(1)} s)`);

    const file = path.join(RESULTS_DIR, `read-${stamp}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          kind: 'bench-read',
          at: new Date().toISOString(),
          args: { ...args, breakdown },
          machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? null, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: pgVersion },
          database: {
            name: dbInfo.name,
            children: dbInfo.children,
            seed: SEED,
            county: COUNTY,
            generator: dbInfo.generator,
            reused: dbInfo.reused,
            generationMs: dbInfo.generationMs,
            vacuumMs: dbInfo.vacuumMs,
            summary: dbInfo.summary,
          },
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
    cleanup();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:read failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
