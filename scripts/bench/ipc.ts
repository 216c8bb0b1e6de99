import pg from 'pg';
import type { HostMessage } from './types';

/**
 * Child side of a server process (scripts/bench/host.ts, postgraphile-host.ts):
 * counts the SQL statements the process sends and answers the parent over IPC
 * ({type: 'cpu'} → CPU time, RSS and statements so far; {type: 'stop'} or a
 * lost parent → close and exit).
 *
 * Statements are counted at pg.Client#query, which every pg client of the
 * process goes through (Prisma's adapter, raw SQL, the floor's pool,
 * PostGraphile's @dataplan/pg adaptor), provided they load this same `pg`
 * module: postgraphile-host.ts checks that its introspection was counted.
 */
let queries = 0;
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return clientQuery.apply(this, args);
};

/** SQL statements sent by this process so far. */
export function statementCount(): number {
  return queries;
}

/** Reports ready and serves the parent's cpu/stop messages until stopped. */
export function serveParent(o: { url: string; token: string | null; close(): Promise<void> }): void {
  const send = (m: HostMessage) => process.send?.(m);
  send({ type: 'ready', url: o.url, token: o.token, pid: process.pid });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await o.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (m: { type?: string }) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      send({ type: 'cpu', userUs: u.user, systemUs: u.system, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20), queries });
    } else if (m.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
}

/** Reports a failed start to the parent and exits. */
export function failStart(e: unknown): never {
  const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`bench host failed: ${message}\n`);
  process.send?.({ type: 'failed', message } satisfies HostMessage);
  process.exit(1);
}
