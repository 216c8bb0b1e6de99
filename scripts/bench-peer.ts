/**
 * Peer benchmark of the hub: `npm run bench:peer -- [--children 100000] [--duration 10] [--rounds 2] [--quick]`
 *
 * What it measures. The hub against PostGraphile 5 (an off-the-shelf GraphQL
 * server over PostgreSQL) and against a one-statement SQL floor, side by side
 * in one interleaved run, all three over the SAME PostgreSQL database (the
 * hub's own tables holding the generated county):
 *   hub           the real hub as in production (src/server.ts startServer,
 *                 NODE_ENV=production): an ES256 bearer token of the
 *                 EDUCATION_BUREAU verified per request, `X-Purpose:
 *                 ENROLLMENT_MANAGEMENT`, its schema slice with graphql-shield,
 *                 request limits, and the audit plugin appending one
 *                 hash-chained AccessLog record per request before the
 *                 response leaves (scripts/bench/host.ts);
 *   postgraphile  PostGraphile 5.1.5 with its default preset
 *                 (postgraphile/presets/amber), makePgService over schema
 *                 `public`, grafserv's node:http adaptor, GRAPHILE_ENV=production,
 *                 with NO access control at all: no token, role, row scope,
 *                 masking or audit (scripts/bench/postgraphile-host.ts);
 *   floor         one node:http endpoint answering each request with ONE
 *                 hand-written SQL statement that builds the whole JSON
 *                 response (scripts/bench/floor.ts): the cost of the data alone.
 * Each pool has 10 connections.
 *
 * Operations (scripts/bench/queries.ts):
 *   ListGrants   the first 100 children by id, each with id, name, gender,
 *                birthDate, its household and its subsidy grants (ordered
 *                schoolYear desc, term desc, id: the hub's order, given to
 *                PostGraphile as orderBy) — schema/operations/bench/ListGrants.graphql;
 *   ChildById    one child with the same fields, rotating over 1,000 ids
 *                spread over the county — schema/operations/bench/ChildById.graphql;
 *   ChildrenDeep(first: 100) and ChildDetail (trimmed of the fields decrypted
 *                in resolvers), as in bench:read: hub and floor only.
 * PostGraphile is asked the same questions in its own names (allChildren,
 * childByRowId, rowId, householdByHouseholdId, subsidyGrantsByChildId).
 *
 * Same answers first. Before anything is timed, every server answers one page
 * of ListGrants and ChildrenDeep and 50 ChildById / 25 ChildDetail children
 * (the 10 with the most subsidy grants first, then children of the rotation);
 * the answers are compared value by value with the hub's after mapping
 * PostGraphile's field names onto the hub's (rowId → id, the relation fields,
 * connection `nodes` → list); its Date scalar and enums already give the
 * hub's values ("YYYY-MM-DD", MALE/FEMALE, PAID …). Any difference or error is
 * printed and the benchmark fails (exit 1) without measuring.
 *
 * How. Each server runs in its own Node process (forked, so autocannon does
 * not share its event loop; PostGraphile's with `node --import
 * scripts/bench/promise-with-resolvers.mjs`, since it needs Node 22's
 * Promise.withResolvers). For each scenario (operation x 1 and 10
 * connections) the servers are measured one after the other (hub,
 * PostGraphile, floor), each for --duration seconds after a 2 s warm-up;
 * the whole matrix is repeated --rounds times (default 2) and, per scenario
 * and server, the round with the median req/s is reported. Per run: req/s,
 * p50/p99 latency (ms, from each response's own time), app CPU per request
 * (CPU time of the server process), db CPU per request (CPU time of its
 * PostgreSQL backends, found by application_name, from /proc), SQL statements
 * per request (counted at pg.Client#query in the server process), response
 * size, errors and how busy the machine was. Then hub/PostGraphile and
 * hub/floor ratios. On a 2-core machine the servers share CPUs with
 * PostgreSQL and the load generator: read the numbers as relative.
 *
 * Database: hub_bench_<children> (scripts/bench/database.ts, shared with
 * bench:read): generated once per size and generator version, then reused.
 *
 * Output: the table, and bench-results/peer-<timestamp>.json (git-ignored);
 * server logs in bench-results/logs/. The LAST line printed is
 *   bench:peer ListGrants <hub/PostGraphile req/s at 10 connections> ChildById <same>
 *
 * Flags: --children N (default 100000), --rounds N (default 2), --duration S
 * (default 10; --quick: 3), --regenerate, --cpu-prof (V8 CPU profiles of the
 * server processes into bench-results/prof-<timestamp>/<server>/), --only
 * hub,postgraphile,floor, --connections 1,10, --queries ListGrants,ChildById,ChildrenDeep,ChildDetail.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parseBenchArgs, type BenchArgs } from './bench/args';
import { firstDifference, graphqlErrorsOf } from './bench/compare';
import { ensureDatabase } from './bench/database';
import { post, startHost, type Host } from './bench/hosts';
import { measure, medianRuns, type RunResult } from './bench/measure';
import { childByIdBody, childDetailBody, childrenDeepBody, DECRYPTED_FIELDS, listGrantsBody, PAGE_SIZE } from './bench/queries';
import { errorsLine, f1, f2, pad, padR, RUN_HEADER, runLegend, runLine } from './bench/report';
import { accessLogCount, benchCalendar, COUNTY, makeBenchEnv, NOW, out, RESULTS_DIR, ROOT, SEED, spreadChildIds, timestamp, WARMUP_S } from './bench/setup';
import { PEER_KINDS, type PeerKind } from './bench/types';

type Query = 'ListGrants' | 'ChildById' | 'ChildrenDeep' | 'ChildDetail';
const QUERIES: Query[] = ['ListGrants', 'ChildById', 'ChildrenDeep', 'ChildDetail'];
/** Which servers answer which operation (PostGraphile only the two peer operations). */
const SERVERS_OF: Record<Query, readonly PeerKind[]> = {
  ListGrants: ['hub', 'postgraphile', 'floor'],
  ChildById: ['hub', 'postgraphile', 'floor'],
  ChildrenDeep: ['hub', 'floor'],
  ChildDetail: ['hub', 'floor'],
};
const CHECK_IDS: Record<Query, number> = { ListGrants: 1, ChildById: 50, ChildrenDeep: 1, ChildDetail: 25 };
/** Of the children checked by id, this many are those with the most subsidy grants. */
const CHECK_RICH_IDS = 10;
/** The connection count of the summary line. */
const SUMMARY_CONNECTIONS = 10;

type Args = BenchArgs<PeerKind, Query>;

const USAGE =
  'usage: npm run bench:peer -- [--children 100000] [--duration 10] [--quick] [--rounds 2] [--regenerate] [--cpu-prof] [--only hub,postgraphile,floor] [--connections 1,10] [--queries ListGrants,ChildById,ChildrenDeep,ChildDetail]';

const NO_ACCESS_CONTROL =
  'PostGraphile runs with NO access control (no token, role, row scope, masking or audit; every table exposed); ' +
  'the hub verifies an ES256 token, X-Purpose, its EDUCATION_BUREAU slice with graphql-shield, and writes a hash-chained access-log record per request.';

function postgraphileVersion(): string {
  try {
    const pkg = path.resolve(path.dirname(require.resolve('postgraphile')), '..', 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** The request bodies a server is sent for an operation (rotating over the ids for the by-id ones). */
function bodiesFor(query: Query, kind: PeerKind, ids: string[]): string[] {
  const pgl = kind === 'postgraphile';
  switch (query) {
    case 'ListGrants':
      return [listGrantsBody(pgl, PAGE_SIZE)];
    case 'ChildById':
      return ids.map((id) => childByIdBody(pgl, id));
    case 'ChildrenDeep':
      return [childrenDeepBody(PAGE_SIZE)];
    case 'ChildDetail':
      return ids.map(childDetailBody);
  }
}

// ───────────────────────────── equality check ─────────────────────────────

/** PostGraphile's field names → the hub's. */
const POSTGRAPHILE_NAMES: Record<string, string> = {
  rowId: 'id',
  householdByHouseholdId: 'household',
  subsidyGrantsByChildId: 'subsidyGrants',
};

/**
 * A PostGraphile value in the hub's names: rowId → id, relation fields renamed,
 * a connection ({nodes}) → its list. Values are kept: PostGraphile's Date
 * codec outputs the column's text "YYYY-MM-DD" as the hub's LocalDate does,
 * its enums are the PostgreSQL enum labels as the hub's are, uuids are
 * lowercase on both.
 */
function fromPostgraphile(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromPostgraphile);
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === 'nodes' && Array.isArray(o.nodes)) return fromPostgraphile(o.nodes);
  return Object.fromEntries(keys.map((k) => [POSTGRAPHILE_NAMES[k] ?? k, fromPostgraphile(o[k])]));
}

/** The answer of an operation as one comparable value: the child list / the child / the whole data. */
function canonical(query: Query, kind: PeerKind, json: unknown): unknown {
  const data = (json as { data?: Record<string, unknown> | null } | null)?.data;
  if (data === undefined || data === null) return data;
  if (kind === 'postgraphile') {
    if (query === 'ListGrants') return fromPostgraphile(data.allChildren);
    if (query === 'ChildById') return fromPostgraphile(data.childByRowId);
  }
  if (query === 'ListGrants') return ((data.children as { edges?: Array<{ node: unknown }> } | null)?.edges ?? null)?.map((e) => e.node) ?? null;
  if (query === 'ChildById') return data.child;
  return data;
}

interface CheckResult {
  query: Query;
  server: PeerKind;
  compared: number;
  equal: number;
  /** Each differing answer: the case and its first difference. */
  differences: string[];
  errors: string[];
}

/**
 * Asks every server the same questions and compares the answers with the reference server's (the hub's);
 * the by-id operations ask for the first CHECK_IDS of `checkIds`.
 */
async function checkSameData(hosts: Host[], queries: Query[], checkIds: string[]): Promise<{ results: CheckResult[]; summary: string[] }> {
  const ref = hosts.find((h) => h.kind === 'hub') ?? hosts[0];
  const results: CheckResult[] = [];
  const summary: string[] = [];
  if (!ref) return { results, summary };
  for (const query of queries) {
    const servers = hosts.filter((h) => SERVERS_OF[query].includes(h.kind as PeerKind));
    const reference = servers.find((h) => h === ref) ?? servers[0];
    if (!reference) continue;
    const n = CHECK_IDS[query];
    const answers = new Map<Host, Array<{ status: number; json: unknown; text: string }>>();
    for (const h of servers) {
      const list: Array<{ status: number; json: unknown; text: string }> = [];
      for (const body of bodiesFor(query, h.kind as PeerKind, checkIds).slice(0, n)) {
        const r = await post(h, body);
        let json: unknown = null;
        try {
          json = JSON.parse(r.text);
        } catch {
          /* reported below */
        }
        list.push({ status: r.status, json, text: r.text });
      }
      answers.set(h, list);
    }
    const refAnswers = answers.get(reference) ?? [];
    const refValues = refAnswers.map((a) => canonical(query, reference.kind as PeerKind, a.json));
    // The comparison must not be vacuous: the reference answered with data.
    if (query === 'ListGrants') {
      const list = (Array.isArray(refValues[0]) ? refValues[0] : []) as Array<{ household?: unknown; subsidyGrants?: unknown[] }>;
      const grants = list.reduce((s, c) => s + (c.subsidyGrants?.length ?? 0), 0);
      summary.push(`ListGrants: ${list.length} children, ${list.filter((c) => c.household).length} with a household, ${grants} subsidy grants`);
    } else if (query === 'ChildById') {
      const found = refValues.filter((v) => v) as Array<{ subsidyGrants?: unknown[] }>;
      const grants = found.reduce((s, c) => s + (c.subsidyGrants?.length ?? 0), 0);
      summary.push(`ChildById: ${found.length}/${refValues.length} children found, ${grants} subsidy grants`);
    }
    for (const h of servers) {
      const r: CheckResult = { query, server: h.kind as PeerKind, compared: 0, equal: 0, differences: [], errors: [] };
      (answers.get(h) ?? []).forEach((ans, i) => {
        r.compared++;
        const errs = graphqlErrorsOf(ans.json);
        const value = canonical(query, h.kind as PeerKind, ans.json);
        if (ans.status !== 200 || !ans.json || errs.length > 0 || value === null || value === undefined) {
          r.errors.push(`answer ${i + 1}: HTTP ${ans.status}: ${errs.length > 0 ? errs.join('; ') : ans.text.slice(0, 300)}`);
        }
        const d = firstDifference(refValues[i], value);
        if (d === null) r.equal++;
        else r.differences.push(`answer ${i + 1}: ${d}`);
      });
      results.push(r);
    }
  }
  return { results, summary };
}

// ───────────────────────────── report ─────────────────────────────

interface Ratio {
  query: Query;
  connections: number;
  hubOverPostgraphileRps: number;
  hubOverFloorRps: number;
  postgraphileOverFloorRps: number;
  p50HubOverPostgraphile: number;
  p50HubOverFloor: number;
  appCpuPerRequestHubOverPostgraphile: number;
  dbCpuPerRequestHubOverPostgraphile: number;
  statementsPerRequest: { hub: number; postgraphile: number; floor: number };
}

function ratios(runs: RunResult[], args: Args): Ratio[] {
  const list: Ratio[] = [];
  for (const query of args.queries) {
    for (const connections of args.connections) {
      const get = (s: PeerKind) => runs.find((r) => r.query === query && r.connections === connections && r.server === s);
      const hub = get('hub');
      const pgl = get('postgraphile');
      const floor = get('floor');
      list.push({
        query,
        connections,
        hubOverPostgraphileRps: hub && pgl ? hub.rps / pgl.rps : NaN,
        hubOverFloorRps: hub && floor ? hub.rps / floor.rps : NaN,
        postgraphileOverFloorRps: pgl && floor ? pgl.rps / floor.rps : NaN,
        p50HubOverPostgraphile: hub && pgl ? hub.p50 / pgl.p50 : NaN,
        p50HubOverFloor: hub && floor ? hub.p50 / floor.p50 : NaN,
        appCpuPerRequestHubOverPostgraphile: hub && pgl ? hub.serverCpuMsPerRequest / pgl.serverCpuMsPerRequest : NaN,
        dbCpuPerRequestHubOverPostgraphile: hub && pgl ? hub.dbCpuMsPerRequest / pgl.dbCpuMsPerRequest : NaN,
        statementsPerRequest: { hub: hub?.statementsPerRequest ?? NaN, postgraphile: pgl?.statementsPerRequest ?? NaN, floor: floor?.statementsPerRequest ?? NaN },
      });
    }
  }
  return list;
}

const RATIO_HEADER =
  `${padR('query', 13)}${pad('conns', 5)}${pad('hub/PGL', 9)}${pad('hub/floor', 11)}${pad('PGL/floor', 11)}${pad('p50 hub/PGL', 13)}` +
  `${pad('app CPU hub/PGL', 17)}${pad('db CPU hub/PGL', 16)}${pad('stmts hub|PGL|floor', 21)}`;

function ratioLine(r: Ratio): string {
  const s = r.statementsPerRequest;
  return (
    `${padR(r.query, 13)}${pad(r.connections, 5)}${pad(f2(r.hubOverPostgraphileRps), 9)}${pad(f2(r.hubOverFloorRps), 11)}${pad(f2(r.postgraphileOverFloorRps), 11)}` +
    `${pad(f2(r.p50HubOverPostgraphile), 13)}${pad(f2(r.appCpuPerRequestHubOverPostgraphile), 17)}${pad(f2(r.dbCpuPerRequestHubOverPostgraphile), 16)}` +
    `${pad(`${f1(s.hub)} | ${f1(s.postgraphile)} | ${f1(s.floor)}`, 21)}`
  );
}

/** The last line: hub/PostGraphile throughput of the two peer operations at 10 connections. */
function summaryLine(rs: Ratio[]): string {
  const at = (q: Query) => rs.find((r) => r.query === q && r.connections === SUMMARY_CONNECTIONS)?.hubOverPostgraphileRps ?? NaN;
  const v = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
  return `bench:peer ListGrants ${v(at('ListGrants'))} ChildById ${v(at('ChildById'))}`;
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), { usage: USAGE, servers: PEER_KINDS, queries: QUERIES, rounds: 2 });
  const stamp = timestamp();
  const adminUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  mkdirSync(path.join(RESULTS_DIR, 'logs'), { recursive: true });

  const dbInfo = await ensureDatabase(adminUrl, { children: args.children, regenerate: args.regenerate, appName: 'bench-peer' });
  const { env, cleanup } = await makeBenchEnv(dbInfo.url, 'bench-peer');
  const calendar = benchCalendar();

  const client = new pg.Client({ connectionString: dbInfo.url, application_name: 'bench-peer' });
  await client.connect();
  const ids = await spreadChildIds(client);
  // The check asks first for the children with the most subsidy grants (their order is compared too), then for the rotation's.
  const richIds = (
    await client.query<{ id: string }>(
      `SELECT "childId" AS id FROM "SubsidyGrant" WHERE "countyCode" = $1 GROUP BY "childId" ORDER BY count(*) DESC, "childId" LIMIT ${CHECK_RICH_IDS}`,
      [COUNTY],
    )
  ).rows.map((r) => r.id);
  const checkIds = [...new Set([...richIds, ...ids])];
  const accessLogBefore = await accessLogCount(client);

  const servers: PeerKind[] = PEER_KINDS.filter((k) => !args.only || args.only.includes(k));
  const cpuProfDir = args.cpuProf ? path.join(RESULTS_DIR, `prof-${stamp}`) : null;
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });
  const pglVersion = postgraphileVersion();
  out(`starting servers: ${servers.join(', ')} (one process each; logs in bench-results/logs/)`);
  if (servers.includes('postgraphile')) out(`NOTE: ${NO_ACCESS_CONTROL}`);
  const hosts: Host[] = [];
  let lastLine = '';
  try {
    for (const kind of servers) {
      hosts.push(await startHost({ kind, env, now: NOW.toISOString(), calendar }, path.join(RESULTS_DIR, 'logs', `peer-${stamp}-${kind}.log`), cpuProfDir));
    }
    const hostsOf = (query: Query) => hosts.filter((h) => SERVERS_OF[query].includes(h.kind as PeerKind));

    out(
      `checking that the servers return the same data (${args.queries.map((q) => (CHECK_IDS[q] > 1 ? `${q} of ${CHECK_IDS[q]} children` : `${q} first:${PAGE_SIZE}`)).join('; ')}) …`,
    );
    const { results: checks, summary } = await checkSameData(hosts, args.queries, checkIds);
    for (const line of summary) out(`  reference answers: ${line}`);
    let failed = false;
    for (const c of checks) {
      if (c.errors.length > 0 || c.differences.length > 0) failed = true;
      for (const e of c.errors.slice(0, 3)) out(`  ERROR ${c.server} ${c.query}: ${e}`);
      for (const d of c.differences.slice(0, 5)) out(`  DIFFERENT ${c.server} ${c.query} (vs the hub's): ${d}`);
      if (c.errors.length === 0 && c.differences.length === 0 && c.server !== 'hub') {
        out(`  ${c.query.padEnd(13)} ${c.server.padEnd(13)} same data as the hub (${c.compared} answer${c.compared > 1 ? 's' : ''}, compared value by value)`);
      }
    }
    if (failed) {
      const bad = checks.filter((c) => c.errors.length > 0 || c.differences.length > 0);
      throw new Error(
        `the servers do not return the same data: ${bad.map((c) => `${c.server} ${c.query} (${c.differences.length} different, ${c.errors.length} with errors, of ${c.compared})`).join('; ')}; nothing was measured`,
      );
    }

    out('');
    const load1 = os.loadavg()[0] ?? 0;
    if (load1 > os.cpus().length) {
      out(`WARNING: the machine is busy (1-min load average ${load1.toFixed(1)} on ${os.cpus().length} CPUs): numbers will be noisy (see the busy column)`);
    }
    out(`measuring: ${args.duration} s per run after a ${WARMUP_S} s warm-up, ${args.rounds} round(s); the by-id operations rotate over ${ids.length} child ids`);
    out(RUN_HEADER);
    const allRuns: RunResult[] = [];
    for (let round = 1; round <= args.rounds; round++) {
      if (args.rounds > 1) out(`round ${round}/${args.rounds}`);
      for (const query of args.queries) {
        for (const connections of args.connections) {
          for (const host of hostsOf(query)) {
            const r = await measure(host, query, bodiesFor(query, host.kind as PeerKind, ids), connections, args.duration, client, round);
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
      `Peer benchmark: ${dbInfo.children.toLocaleString('en')} children (${dbInfo.name}), ${args.duration} s per run (+${WARMUP_S} s warm-up), ` +
        `${args.rounds} round(s), autocannon on loopback; ${cpus.length} CPU(s) ${cpus[0]?.model ?? ''}, Node ${process.version}, PostgreSQL ${pgVersion}, PostGraphile ${pglVersion} (amber preset)`,
    );
    if (servers.includes('postgraphile')) out(NO_ACCESS_CONTROL);
    out(`ChildrenDeep and ChildDetail: hub and floor only; ChildDetail is trimmed of ${DECRYPTED_FIELDS.join(', ')} (decrypted in resolvers).`);
    for (const line of runLegend(cpus.length)) out(line);
    if (args.rounds > 1) out(`each line: the round with the median req/s of ${args.rounds}`);
    out('');
    out(RUN_HEADER);
    for (const r of runs) out(runLine(r));
    out('');
    const rs = ratios(runs, args);
    out(RATIO_HEADER);
    for (const r of rs) out(ratioLine(r));
    out('(PGL = PostGraphile; hub/PGL, hub/floor, PGL/floor: throughput ratios, above 1 = the first is faster; p50, CPU: per-request ratios, below 1 = the hub needs less)');
    out('');
    out(errorsLine(allRuns));
    out(`AccessLog: ${accessLogBefore.toLocaleString('en')} → ${accessLogAfter.toLocaleString('en')} records (+${(accessLogAfter - accessLogBefore).toLocaleString('en')}, warm-ups and checks included)`);
    if (dbInfo.generationMs !== null) out(`database generated in ${(dbInfo.generationMs / 1000).toFixed(1)} s (+ VACUUM ANALYZE ${((dbInfo.vacuumMs ?? 0) / 1000).toFixed(1)} s)`);

    lastLine = summaryLine(rs);
    const file = path.join(RESULTS_DIR, `peer-${stamp}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          kind: 'bench-peer',
          at: new Date().toISOString(),
          args,
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
          servers: {
            hub: 'src/server.ts startServer, NODE_ENV=production, ES256 token (EDUCATION_BUREAU), X-Purpose ENROLLMENT_MANAGEMENT, slice + graphql-shield, audit plugin',
            postgraphile: `postgraphile ${pglVersion}, postgraphile/presets/amber, makePgService schema public, grafserv node; NO access control`,
            floor: 'one SQL statement per request (scripts/bench/floor.ts)',
          },
          clock: NOW.toISOString(),
          warmupS: WARMUP_S,
          childDetailTrimmedOf: DECRYPTED_FIELDS,
          ids: ids.length,
          checks,
          runs,
          allRuns: args.rounds > 1 ? allRuns : undefined,
          ratios: rs,
          accessLog: { before: accessLogBefore, after: accessLogAfter },
          cpuProfiles: cpuProfDir,
          summary: lastLine,
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
  out(lastLine);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:peer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
