import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { parseLsn } from '../../src/db/replicas';
import { out, ROOT } from './setup';

/**
 * A PostgreSQL primary with a streaming replica for bench:scale's replica
 * measurement: the cluster of scripts/ci-services.sh (initdb, pg_basebackup -R,
 * fsync off; pgbouncer and Redis too, unused here) in a folder of its own.
 * A folder whose servers answer is reused (its databases with it); otherwise
 * the services are started there, and stopped and removed again by down()
 * unless the caller keeps them.
 */

export interface ReplicaServices {
  dir: string;
  /** The primary's `postgres` database. */
  primaryUrl: string;
  /** The replica's `postgres` database. */
  replicaUrl: string;
  /** Whether this run started them. */
  startedHere: boolean;
  /** CPU time so far of each process of the primary's / replica's cluster (postmaster and its children), ms by pid; empty when unreadable. */
  clusterCpu(which: 'primary' | 'replica'): Map<number, number>;
  down(): Promise<void>;
}

const run = promisify(execFile);
const SCRIPT = path.join(ROOT, 'scripts', 'ci-services.sh');
const TICK_MS = 10; // USER_HZ = 100 on Linux

function readEnv(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^export ([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1] as string] = m[2] as string;
  }
  return env;
}

async function answers(url: string, recovery: boolean): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    const r = await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r');
    return r.rows[0]?.r === recovery;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** utime + stime of every process whose parent is `ppid`, and of `ppid` itself, ms by pid. */
function treeCpu(ppid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const e of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // f[0] is field 3 (state): the parent is field 4, utime and stime fields 14 and 15.
      if (Number(e) === ppid || Number(f[1]) === ppid) cpu.set(Number(e), (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      /* gone meanwhile */
    }
  }
  return cpu;
}

/**
 * CPU ms spent between two snapshots of a cluster: by the processes of the
 * second (a process started meanwhile with all of its time); a process that
 * ended meanwhile is missed (PostgreSQL backends of a pool live on).
 */
export function cpuDeltaMs(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - Math.min(ms, before.get(pid) ?? 0);
  return sum;
}

export async function ensureReplicaServices(dir: string, keep: boolean): Promise<ReplicaServices> {
  const envFile = path.join(dir, 'env');
  let startedHere = false;
  let env = existsSync(envFile) ? readEnv(envFile) : null;
  const up = env?.['CI_REPLICA_PRIMARY_URL'] && env['CI_READ_REPLICA_URL'] && (await answers(env['CI_REPLICA_PRIMARY_URL'], false)) && (await answers(env['CI_READ_REPLICA_URL'], true));
  if (up) {
    out(`replica services in ${dir}: reusing (primary ${env?.['CI_REPLICA_PRIMARY_URL']}, replica ${env?.['CI_READ_REPLICA_URL']})`);
  } else {
    if (existsSync(dir)) {
      out(`replica services in ${dir} do not answer: removing them`);
      await run('bash', [SCRIPT, 'down', dir]);
    }
    out(`starting a primary and a streaming replica (scripts/ci-services.sh up ${dir}) …`);
    const r = await run('bash', [SCRIPT, 'up', dir], { maxBuffer: 16 * 2 ** 20 });
    out(`  ${r.stdout.trim().split('\n').pop() ?? ''}`);
    startedHere = true;
    env = readEnv(envFile);
  }
  const primaryUrl = env?.['CI_REPLICA_PRIMARY_URL'];
  const replicaUrl = env?.['CI_READ_REPLICA_URL'];
  if (!primaryUrl || !replicaUrl) throw new Error(`${envFile} names no primary and replica`);
  const postmaster = (which: 'primary' | 'replica'): number => Number(readFileSync(path.join(dir, which, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    dir,
    primaryUrl,
    replicaUrl,
    startedHere,
    clusterCpu(which) {
      try {
        return treeCpu(postmaster(which));
      } catch {
        return new Map();
      }
    },
    async down() {
      if (keep || !startedHere) {
        out(`replica services left running in ${dir} (bash scripts/ci-services.sh down ${dir} stops them)`);
        return;
      }
      await run('bash', [SCRIPT, 'down', dir]);
      out(`replica services in ${dir} stopped and removed`);
    },
  };
}

/** Waits until the replica has replayed everything the primary had written when called; returns the wait in ms. */
export async function waitReplayed(primaryUrl: string, replicaUrl: string, timeoutMs = 30 * 60_000): Promise<number> {
  const p = new pg.Client({ connectionString: primaryUrl });
  const r = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const target = parseLsn((await p.query<{ l: string }>('SELECT pg_current_wal_lsn()::text AS l')).rows[0]?.l ?? '0/0');
    const t0 = Date.now();
    for (;;) {
      const at = (await r.query<{ l: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS l')).rows[0]?.l;
      if (at && parseLsn(at) >= target) return Date.now() - t0;
      if (Date.now() - t0 > timeoutMs) throw new Error('the replica did not catch up with the primary');
      await new Promise((res) => setTimeout(res, 200));
    }
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}
