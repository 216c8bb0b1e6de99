import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { redisReady } from '../lib/redis';
import type { QueryOptions, SqlSession } from './client';

/**
 * Read replicas (issue 11 item 2). Reads that write nothing may go to a
 * streaming standby; writes and access records always go to the primary (the
 * access log stays fail-closed: it is written by the primary's pool only).
 *
 * A request's reads go to a replica only when all of this holds, else to the
 * primary:
 *  - the replica answered its last health check as a standby of the same
 *    cluster (pg_is_in_recovery(), same system identifier where readable);
 *  - it is no staler than READ_REPLICA_MAX_LAG_MS. Staleness is measured
 *    against the primary only, on this process's clock: every
 *    READ_REPLICA_CHECK_MS the router samples the primary's WAL insert
 *    position, then asks each replica how far it has replayed; the replica
 *    holds everything the primary had written at the newest sample at or
 *    below its replay position ("current as of" that sample's time), and its
 *    staleness is now minus that time. It grows by itself when checks stop
 *    answering, so a stuck replica is dropped without a check saying so.
 *  - read-your-writes: after a caller's write commits, mutate() records the
 *    primary's WAL insert position for the caller's subject (the commit is
 *    before it); that caller's reads go to a replica only once it has
 *    replayed that far. A mark can be forgotten after the maximum lag: a
 *    replica that has not replayed a write made longer ago than that is
 *    staler than the limit, so it is skipped anyway. With REDIS_URL the marks
 *    are shared, so the caller's next request may land on any instance;
 *    while Redis is away, reads of callers with a mark-less answer go to the
 *    primary (a replica is used only where the router can tell it is safe).
 *
 * A query that fails on a replica because the replica went away, is
 * starting or shutting down, or cancelled it for a conflict with recovery,
 * is run again on the primary (reads are safe to repeat) and the replica is
 * skipped until a check finds it well again.
 */

export const MAX_LSN = (1n << 64n) - 1n;

/** '16/B374D848' → bigint. */
export function parseLsn(text: string): bigint {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text);
  if (!m) throw new Error(`not an LSN: ${text}`);
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** Where each caller's last-write mark is shared between hub instances. */
export interface WriteMarkStore {
  /** Raises the subject's mark to at least `lsn` and keeps it `ttlMs`. */
  raise(subject: string, lsn: bigint, ttlMs: number): Promise<void>;
  get(subject: string): Promise<bigint | null>;
}

const RAISE_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if (not cur) or cur < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) else redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/** Marks in Redis, under a hash of the subject (no staff identifier is stored), as 16 hex digits (ordered as text). */
export class RedisWriteMarks implements WriteMarkStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(subject: string): string {
    return `${this.prefix}lsn:${createHash('sha256').update(subject).digest('hex').slice(0, 32)}`;
  }

  async raise(subject: string, lsn: bigint, ttlMs: number): Promise<void> {
    if (!(await redisReady(this.redis))) throw new Error(`Redis is not connected (${this.redis.status})`);
    await this.redis.eval(RAISE_SCRIPT, 1, this.key(subject), lsn.toString(16).padStart(16, '0'), String(Math.ceil(ttlMs)));
  }

  async get(subject: string): Promise<bigint | null> {
    if (!(await redisReady(this.redis))) throw new Error(`Redis is not connected (${this.redis.status})`);
    const v = await this.redis.get(this.key(subject));
    return v === null ? null : BigInt(`0x${v}`);
  }
}

export interface ReplicaEndpoint {
  /** host:port/database, for status and logs (no credentials). */
  name: string;
  session: SqlSession;
}

export interface ReplicaStatus {
  name: string;
  /** The last check answered. */
  up: boolean;
  standby: boolean;
  replayLsn: string | null;
  /** How old the newest primary state the replica is known to hold is; null: unknown (behind everything remembered, or never checked). */
  stalenessMs: number | null;
  /** Would serve a caller without a recent write now. */
  eligible: boolean;
  lastError: string | null;
}

export interface ReadRouterOptions {
  maxLagMs: number;
  checkMs: number;
  marks?: WriteMarkStore | undefined;
  /** Monotonic-enough milliseconds; injectable for tests. */
  now?: () => number;
  /** Told when a replica goes from serving to skipped or back (the server logs it). */
  onChange?: (status: ReplicaStatus) => void;
}

interface Replica extends ReplicaEndpoint {
  up: boolean;
  standby: boolean;
  sameCluster: boolean;
  /** The system identifier was compared since the replica last failed a check. */
  clusterChecked: boolean;
  replay: bigint | null;
  /** Time (this process's clock) of the newest primary sample the replica has replayed; null: unknown. */
  currentAsOf: number | null;
  lastError: string | null;
  /** Taken out by a failed query until the next check answers. */
  failedAt: number | null;
  wasEligible: boolean;
}

interface Sample {
  t: number;
  lsn: bigint;
}

const CHECK_SQL = 'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay';
const INSERT_LSN_SQL = 'SELECT pg_current_wal_insert_lsn()::text AS lsn';
const SYSTEM_ID_SQL = 'SELECT system_identifier::text AS id FROM pg_control_system()';

/** Routes a request's reads to a replica or the primary; records writes' positions. One per Database. */
export class ReadRouter {
  private readonly replicas: Replica[];
  private readonly samples: Sample[] = [];
  private readonly localMarks = new Map<string, { lsn: bigint; at: number }>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private primarySystemId: string | null | undefined;
  private next = 0;
  /** How long a write mark is kept: past the maximum lag (see above) plus the check's resolution and a margin. */
  readonly markTtlMs: number;
  /** Counters for tests and metrics. */
  readonly counts = { replica: 0, primary: 0, fellBack: 0, markUnavailable: 0 };

  constructor(
    private readonly primary: SqlSession,
    replicas: ReplicaEndpoint[],
    private readonly o: ReadRouterOptions,
  ) {
    this.now = o.now ?? (() => performance.now());
    this.markTtlMs = o.maxLagMs + o.checkMs + 1000;
    this.replicas = replicas.map((r) => ({ ...r, up: false, standby: false, sameCluster: true, clusterChecked: false, replay: null, currentAsOf: null, lastError: null, failedAt: null, wasEligible: false }));
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /** Checks now and then every checkMs (the timer never keeps the process alive). */
  start(): void {
    if (this.replicas.length === 0 || this.timer) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.o.checkMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One health check of every replica (resolves when done; concurrent calls share one). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async runCheck(): Promise<void> {
    const t = this.now();
    try {
      const [row] = await this.primary.query<{ lsn: string }>(INSERT_LSN_SQL);
      if (row) this.addSample({ t, lsn: parseLsn(row.lsn) });
      if (this.primarySystemId === undefined) this.primarySystemId = await systemId(this.primary);
    } catch {
      // The primary did not answer: no new sample, so every replica's staleness keeps growing.
    }
    await Promise.all(
      this.replicas.map(async (r) => {
        try {
          const [row] = await r.session.query<{ standby: boolean; replay: string | null }>(CHECK_SQL);
          if (!row) throw new Error('no answer');
          r.up = true;
          r.standby = row.standby === true;
          r.replay = row.replay === null ? null : parseLsn(row.replay);
          r.currentAsOf = r.replay === null ? null : this.currentAsOf(r.replay);
          r.failedAt = null;
          r.lastError = r.standby ? null : 'not in recovery (promoted, or not a standby): skipped';
          if (this.primarySystemId && !r.clusterChecked) {
            const id = await systemId(r.session);
            r.sameCluster = id === null || id === this.primarySystemId;
            r.clusterChecked = true;
          }
          if (!r.sameCluster) r.lastError = 'a standby of another cluster (system identifier differs): skipped';
        } catch (e) {
          r.up = false;
          r.clusterChecked = false;
          r.lastError = e instanceof Error ? e.message : String(e);
        }
      }),
    );
    this.reportChanges();
  }

  private addSample(s: Sample): void {
    const last = this.samples[this.samples.length - 1];
    if (last && s.lsn < last.lsn) return;
    this.samples.push(s);
    // Samples older than the lag limit (and a margin) can only say "too stale"; keep the newest of those.
    const horizon = s.t - (this.o.maxLagMs + 4 * this.o.checkMs + 2000);
    while (this.samples.length > 2 && (this.samples[1] as Sample).t < horizon) this.samples.shift();
  }

  /** Time of the newest primary sample at or below `replay`; null when the replica is behind every sample remembered. */
  private currentAsOf(replay: bigint): number | null {
    for (let i = this.samples.length - 1; i >= 0; i--) {
      const s = this.samples[i] as Sample;
      if (s.lsn <= replay) return s.t;
    }
    return null;
  }

  private serves(r: Replica, now: number): boolean {
    return r.up && r.standby && r.sameCluster && r.failedAt === null && r.currentAsOf !== null && now - r.currentAsOf <= this.o.maxLagMs;
  }

  private reportChanges(): void {
    const now = this.now();
    for (const r of this.replicas) {
      const e = this.serves(r, now);
      if (e !== r.wasEligible) {
        r.wasEligible = e;
        this.o.onChange?.(this.statusOf(r, now));
      }
    }
  }

  private statusOf(r: Replica, now: number): ReplicaStatus {
    return {
      name: r.name,
      up: r.up,
      standby: r.standby,
      replayLsn: r.replay === null ? null : formatLsn(r.replay),
      stalenessMs: r.currentAsOf === null ? null : Math.max(0, Math.round(now - r.currentAsOf)),
      eligible: this.serves(r, now),
      lastError: r.lastError,
    };
  }

  status(): ReplicaStatus[] {
    const now = this.now();
    return this.replicas.map((r) => this.statusOf(r, now));
  }

  /** The subject's mark: the highest of this process's and the shared one; MAX_LSN when it cannot be known. */
  private async markOf(subject: string | null): Promise<bigint> {
    if (subject === null) return 0n;
    const now = this.now();
    const local = this.localMarks.get(subject);
    let mark = local && now - local.at <= this.markTtlMs ? local.lsn : 0n;
    if (local && mark === 0n) this.localMarks.delete(subject);
    if (this.o.marks) {
      try {
        const shared = await this.o.marks.get(subject);
        if (shared !== null && shared > mark) mark = shared;
      } catch {
        this.counts.markUnavailable++;
        return MAX_LSN;
      }
    }
    return mark;
  }

  private async choose(subject: string | null): Promise<Replica | null> {
    if (this.replicas.length === 0) return null;
    const mark = await this.markOf(subject);
    const now = this.now();
    const ok = this.replicas.filter((r) => this.serves(r, now) && r.replay !== null && r.replay >= mark);
    if (ok.length === 0) return null;
    this.next = (this.next + 1) % ok.length;
    return ok[this.next] as Replica;
  }

  /**
   * The handle a request's reads should use: a replica when one is well and
   * has the subject's last write, else the primary. The choice is made at the
   * first statement and kept for the handle's life (one request sees one
   * server's state).
   */
  reader(subject: string | null): SqlSession {
    if (this.replicas.length === 0) return this.primary;
    let chosen: Promise<Replica | null> | undefined;
    const run = async <T>(f: (s: SqlSession) => Promise<T>): Promise<T> => {
      chosen ??= this.choose(subject);
      const r = await chosen;
      if (r === null) {
        this.counts.primary++;
        return f(this.primary);
      }
      try {
        const out = await f(r.session);
        this.counts.replica++;
        return out;
      } catch (e) {
        if (!isReplicaFailure(e)) throw e;
        if (!/conflict with recovery/i.test(String((e as Error).message))) {
          r.failedAt = this.now();
          r.lastError = e instanceof Error ? e.message : String(e);
          this.reportChanges();
        }
        this.counts.fellBack++;
        chosen = Promise.resolve(null);
        return f(this.primary);
      }
    };
    return {
      query: <T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions) => run((s) => s.query<T>(sql, params, options)),
      exec: (script: string) => run((s) => s.exec(script)),
    };
  }

  /**
   * After a write committed for `subject`: the primary's WAL insert position
   * now is past the commit; the subject's reads wait for a replica to reach
   * it. If the position cannot be read, the subject reads from the primary
   * until the mark expires. Never throws (the write is committed).
   */
  async recordWrite(subject: string | null): Promise<void> {
    if (subject === null || this.replicas.length === 0) return;
    let lsn = MAX_LSN;
    try {
      const [row] = await this.primary.query<{ lsn: string }>(INSERT_LSN_SQL);
      if (row) lsn = parseLsn(row.lsn);
    } catch {
      // Unknown: MAX_LSN keeps the subject on the primary.
    }
    const now = this.now();
    const prev = this.localMarks.get(subject);
    this.localMarks.set(subject, { lsn: prev && now - prev.at <= this.markTtlMs && prev.lsn > lsn ? prev.lsn : lsn, at: now });
    if (this.localMarks.size > 10000) {
      for (const [k, v] of this.localMarks) if (now - v.at > this.markTtlMs) this.localMarks.delete(k);
    }
    await this.o.marks?.raise(subject, lsn, this.markTtlMs).catch(() => {
      this.counts.markUnavailable++;
    });
  }
}

async function systemId(s: SqlSession): Promise<string | null> {
  try {
    const [row] = await s.query<{ id: string }>(SYSTEM_ID_SQL);
    return row?.id ?? null;
  } catch {
    return null; // not readable by this role: the check is skipped
  }
}

/** The replica cannot answer (gone, starting, stopping, read-only refusal, recovery conflict): run the read on the primary instead. */
export function isReplicaFailure(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN)$/.test(code)) return true;
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '57P04', '53300', '25006'].includes(code)) return true;
  const msg = typeof err.message === 'string' ? err.message : '';
  return /conflict with recovery|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(msg);
}
