import type { RunResult } from './measure';
import { errorTotals } from './measure';

/** Table formatting shared by the read benchmarks. */

export const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
export const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '—');
export const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—');
export const pad = (s: string | number, n: number): string => String(s).padStart(n);
export const padR = (s: string | number, n: number): string => String(s).padEnd(n);

export function runLine(r: RunResult): string {
  const errs = r.non2xx + r.connectionErrors + r.graphqlErrors;
  return (
    `${padR(r.query, 13)}${pad(r.connections, 5)}  ${padR(r.server, 13)}${pad(f1(r.rps), 9)}${pad(f2(r.p50), 10)}${pad(f2(r.p99), 10)}` +
    `${pad(f2(r.serverCpuMsPerRequest), 9)}${pad(f2(r.dbCpuMsPerRequest), 8)}${pad(f1(r.statementsPerRequest), 7)}${pad(f1(r.bytesPerResponse / 1024), 9)}${pad(errs, 8)}` +
    `${pad(Number.isFinite(r.machineBusy) ? `${Math.round(r.machineBusy * 100)}%` : '—', 7)}`
  );
}

export const RUN_HEADER =
  `${padR('query', 13)}${pad('conns', 5)}  ${padR('server', 13)}${pad('req/s', 9)}${pad('p50 ms', 10)}${pad('p99 ms', 10)}` +
  `${pad('app CPU', 9)}${pad('db CPU', 8)}${pad('stmts', 7)}${pad('KB/resp', 9)}${pad('errors', 8)}${pad('busy', 7)}`;

/** The legend of the run table's columns. */
export function runLegend(cpus: number): string[] {
  return [
    'latency: per response, ms; app CPU: CPU time of the server process per request, ms; db CPU: CPU time of its PostgreSQL backends per request, ms;',
    'stmts: SQL statements the server sent per request (each a round trip; BEGIN and COMMIT included);',
    `errors: non-2xx + connection errors + GraphQL errors; busy: share of all ${cpus} CPUs in use during the run (anything on the machine)`,
  ];
}

/** One line on the errors of all measured runs. */
export function errorsLine(allRuns: RunResult[]): string {
  const e = errorTotals(allRuns);
  return (
    `errors during the measured runs (all rounds, ${e.responses.toLocaleString('en')} responses): ${e.total === 0 ? 'none' : e.total} ` +
    `(non-2xx ${e.non2xx}, connection errors ${e.connectionErrors}, timeouts ${e.timeouts}, GraphQL errors ${e.graphqlErrors})`
  );
}
