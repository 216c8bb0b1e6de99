import { readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * Linux /proc probes for the read benchmark: CPU time of PostgreSQL backends
 * (the database's share of a request) and how busy the whole machine was
 * (other work on the box makes numbers noisy). Both degrade to NaN elsewhere.
 */

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** utime + stime of one process, ms; NaN when unreadable (gone, or not Linux). */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

/** Pids of the backends serving connections with this application_name. */
export async function backendPids(client: pg.Client, applicationName: string): Promise<number[]> {
  const r = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
  return r.rows.map((x) => x.pid);
}

/** CPU ms of each pid now. */
export function cpuOf(pids: number[]): Map<number, number> {
  return new Map(pids.map((p) => [p, processCpuMs(p)]));
}

/** CPU ms spent between two snapshots by the pids present in both. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  let any = false;
  for (const [pid, a] of before) {
    const b = after.get(pid);
    if (b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    sum += b - a;
    any = true;
  }
  return any ? sum : NaN;
}

/** Busy and total jiffies of all CPUs (/proc/stat); null when unreadable. */
export function machineTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((s, x) => s + x, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Fraction of all CPUs busy between two machineTimes() snapshots. */
export function busyBetween(a: { busy: number; total: number } | null, b: { busy: number; total: number } | null): number {
  if (!a || !b || b.total === a.total) return NaN;
  return (b.busy - a.busy) / (b.total - a.total);
}
