import autocannon from 'autocannon';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { headersFor, type Host } from './hosts';
import { backendPids, busyBetween, cpuBetween, cpuOf, machineTimes } from './probes';
import { WARMUP_S } from './setup';
import type { HostKind } from './types';

/**
 * One measured run: autocannon (keep-alive, loopback, pipelining 1) against
 * one server with one request body, or rotating over several (one per
 * request, e.g. a child id each), after a warm-up, with the server's own CPU
 * time and SQL statement count (over IPC) and its PostgreSQL backends' CPU
 * time (/proc, backends found by application_name `bench-<kind>`) read
 * before and after.
 */

export interface RunResult {
  query: string;
  connections: number;
  server: HostKind;
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

/** Sends `bodies` (rotating when more than one) for durationS seconds. */
async function load(host: Host, bodies: string[], connections: number, durationS: number, record: boolean) {
  if (bodies.length === 0) throw new Error('no request body to send');
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
    body: bodies[0] as string,
    onResponse: (status: number, body: string) => {
      if (status < 200 || status >= 300 || body.includes('"errors"')) {
        if (status >= 200 && status < 300) graphqlErrors++;
        sampleError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
      }
    },
  };
  if (bodies.length > 1) {
    request.setupRequest = (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] as string });
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

export async function measure(
  host: Host,
  query: string,
  bodies: string[],
  connections: number,
  durationS: number,
  client: pg.Client,
  round: number,
): Promise<RunResult> {
  await waitIdle(host);
  await load(host, bodies, connections, WARMUP_S, false);
  await waitIdle(host);
  const pids = await backendPids(client, `bench-${host.kind}`);
  const db0 = cpuOf(pids);
  const m0 = machineTimes();
  const load0 = os.loadavg()[0] ?? NaN;
  const cpu0 = await host.cpu();
  const me0 = process.cpuUsage();
  const t0 = performance.now();
  const { result, latencies, graphqlErrors, sampleError, bytes } = await load(host, bodies, connections, durationS, true);
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

/** Of several rounds of one scenario, the run with the median throughput (lower middle for an even count). */
export function medianRuns(runs: RunResult[]): RunResult[] {
  const groups = new Map<string, RunResult[]>();
  for (const r of runs) {
    const k = `${r.query}|${r.connections}|${r.server}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.rps - b.rps)[Math.floor((g.length - 1) / 2)] as RunResult);
}

/** Errors of all runs, summed by kind. */
export function errorTotals(runs: RunResult[]) {
  const sum = (f: (r: RunResult) => number) => runs.reduce((s, r) => s + f(r), 0);
  return {
    responses: sum((r) => r.requests),
    total: sum((r) => r.non2xx + r.connectionErrors + r.graphqlErrors),
    non2xx: sum((r) => r.non2xx),
    connectionErrors: sum((r) => r.connectionErrors),
    timeouts: sum((r) => r.timeouts),
    graphqlErrors: sum((r) => r.graphqlErrors),
  };
}
