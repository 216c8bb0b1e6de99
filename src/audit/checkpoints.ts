import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/client';
import { GENESIS } from './chain';
import type { CheckpointKeys } from './checkpoint-keys';
import { walkChain } from './verify';

/**
 * Signed checkpoints of the access log (issue 10 item 1). The hash chain
 * shows a record altered or removed in the middle, but not the newest
 * records removed from the end, nor a chain rewritten and re-hashed from some
 * record on: the database is its only copy. So every AUDIT_CHECKPOINT_EVERY
 * records or AUDIT_CHECKPOINT_MINUTES minutes (when the log grew) the hub
 * signs the chain head, {id, hash, count, time}, with its own Ed25519 key,
 * and keeps the signed statement in the AccessLogCheckpoint table and in an
 * append-only JSON-lines file under DATA_DIR. Supervision fetches them (GET
 * /audit/checkpoints) and keeps copies outside the hub; handed back to
 * verifyAccessLog(checkpoints:) they show a missing tail, a rewritten record
 * or a forked chain (src/audit/verify.ts).
 *
 * Before signing, the records since the previous checkpoint are verified
 * (links and hashes, from that checkpoint's hash): the hub never signs a
 * chain that is already broken; it logs the break instead.
 */
export interface CheckpointPayload {
  /** Format version. */
  v: 1;
  /** The county (GB/T 2260) whose hub signed it. */
  county: string;
  /** Id of the newest record (the chain head), as a decimal string (bigint). */
  headId: string;
  /** Hash of that record, hex. */
  headHash: string;
  /** Records in the chain up to and including the head. */
  count: number;
  /** When the checkpoint was taken (ISO 8601). */
  at: string;
}

export interface Checkpoint extends CheckpointPayload {
  keyId: string;
  /** The signed statement: a compact JWS (EdDSA) whose payload is the JSON above. */
  jws: string;
}

export const CHECKPOINT_FILE = path.join('audit', 'checkpoints.jsonl');

/** The newest checkpoint in the table, or null. */
export async function latestCheckpoint(db: Database): Promise<Checkpoint | null> {
  const rows = await listCheckpoints(db, { newest: 1 });
  return rows[0] ?? null;
}

interface Row {
  headId: string;
  headHash: Uint8Array;
  count: string;
  at: Date | string;
  keyId: string;
  jws: string;
}

/** Checkpoints in chain order (after a head id, at most `limit`), or the newest n. */
export async function listCheckpoints(db: Database, o: { after?: string; limit?: number; newest?: number } = {}): Promise<Checkpoint[]> {
  const cols = `"headId"::text AS "headId", "headHash", "count"::text AS "count", "at", "keyId", "jws"`;
  const rows =
    o.newest !== undefined
      ? (await db.raw.query<Row>(`SELECT ${cols} FROM "AccessLogCheckpoint" ORDER BY "AccessLogCheckpoint"."headId" DESC LIMIT $1`, [o.newest])).reverse()
      : await db.raw.query<Row>(`SELECT ${cols} FROM "AccessLogCheckpoint" WHERE "headId" > $1::bigint ORDER BY "AccessLogCheckpoint"."headId" LIMIT $2`, [o.after ?? '0', o.limit ?? 1000]);
  return rows.map(
    (r): Checkpoint => ({
      v: 1,
      county: countyOf(r.jws),
      headId: r.headId,
      headHash: Buffer.from(r.headHash).toString('hex'),
      count: Number(r.count),
      at: new Date(r.at).toISOString(),
      keyId: r.keyId,
      jws: r.jws,
    }),
  );
}

function countyOf(jws: string): string {
  try {
    const payload = JSON.parse(Buffer.from(jws.split('.')[1] ?? '', 'base64url').toString('utf8')) as { county?: unknown };
    return typeof payload.county === 'string' ? payload.county : '';
  } catch {
    return '';
  }
}

export interface CheckpointerOptions {
  db: Database;
  keys: CheckpointKeys;
  countyCode: string;
  /** DATA_DIR: the JSON-lines copy goes to DATA_DIR/audit/checkpoints.jsonl. */
  dataDir: string;
  every: number;
  minutes: number;
  /** How often the head is looked at (default: every 10 s, or sooner when MINUTES is shorter). */
  pollMs?: number;
  now?: () => Date;
  log?: { info(o: object, msg: string): void; error(o: object, msg: string): void };
}

export type CheckpointOutcome =
  | { taken: Checkpoint }
  | { skipped: 'EMPTY' | 'UNCHANGED' | 'NOT_DUE' | 'TAKEN_ELSEWHERE' }
  | { refused: string; recordId: string | null };

/** Takes checkpoints on its cadence; several hub instances may run one each (the table's unique head id keeps one per head). */
export class Checkpointer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly o: CheckpointerOptions) {
    this.now = o.now ?? (() => new Date());
  }

  start(): void {
    const poll = this.o.pollMs ?? Math.max(50, Math.min(10_000, this.o.minutes * 60_000));
    this.timer = setInterval(() => void this.tick(), poll);
    this.timer.unref();
  }

  /** One look at the head: a checkpoint when due. Errors are logged, never thrown (the cadence goes on). */
  tick(force = false): Promise<CheckpointOutcome | null> {
    const next = this.running.then(() =>
      this.checkpoint(force).catch((e: unknown) => {
        this.o.log?.error({ err: e instanceof Error ? e.message : String(e) }, 'access-log checkpoint failed');
        return null;
      }),
    );
    this.running = next;
    return next;
  }

  /** Stops the cadence; takes a last checkpoint of what was written (at shutdown). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.tick(true);
  }

  /** Takes a checkpoint if one is due (force: whenever the log grew since the last one). */
  async checkpoint(force = false): Promise<CheckpointOutcome> {
    const { db } = this.o;
    const last = await latestCheckpoint(db);
    const head = (
      await db.raw.query<{ id: string; hash: Uint8Array; since: string }>(
        `SELECT h."id"::text AS id, h."hash", (SELECT count(*) FROM "AccessLog" a WHERE a."id" > $1::bigint AND a."id" <= h."id")::text AS since
           FROM (SELECT "id", "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1) h`,
        [last?.headId ?? '0'],
      )
    )[0];
    if (!head) return { skipped: 'EMPTY' };
    if (last && BigInt(head.id) <= BigInt(last.headId)) return { skipped: 'UNCHANGED' };
    const since = Number(head.since);
    const now = this.now();
    const dueByTime = !last || now.getTime() - new Date(last.at).getTime() >= this.o.minutes * 60_000;
    if (!force && since < this.o.every && !dueByTime) return { skipped: 'NOT_DUE' };

    // Never sign a broken chain: verify what was written since the last checkpoint, from its hash.
    const walk = await walkChain(db, {
      afterId: last?.headId ?? '0',
      upToId: head.id,
      prev: last ? Buffer.from(last.headHash, 'hex') : GENESIS,
      maxFindings: 1,
    });
    const broken = walk.findings[0];
    if (broken) {
      this.o.log?.error({ recordId: broken.recordId, kind: broken.kind }, 'access log chain is broken since the last checkpoint: not signing it');
      return { refused: broken.detail, recordId: broken.recordId };
    }
    const payload: CheckpointPayload = {
      v: 1,
      county: this.o.countyCode,
      headId: head.id,
      headHash: Buffer.from(head.hash).toString('hex'),
      count: (last?.count ?? 0) + since,
      at: now.toISOString(),
    };
    const jws = await this.o.keys.sign(new TextEncoder().encode(JSON.stringify(payload)));
    const cp: Checkpoint = { ...payload, keyId: this.o.keys.kid, jws };
    const inserted = await db.raw.query(
      `INSERT INTO "AccessLogCheckpoint" ("headId","headHash","count","at","keyId","jws") VALUES ($1::bigint, $2, $3::bigint, $4::timestamptz, $5, $6)
       ON CONFLICT ("headId") DO NOTHING RETURNING "id"`,
      [cp.headId, Buffer.from(head.hash), String(cp.count), cp.at, cp.keyId, cp.jws],
    );
    if (inserted.length === 0) return { skipped: 'TAKEN_ELSEWHERE' };
    appendLine(path.resolve(this.o.dataDir, CHECKPOINT_FILE), JSON.stringify(cp));
    this.o.log?.info({ headId: cp.headId, count: cp.count }, 'access-log checkpoint signed');
    return { taken: cp };
  }
}

/** Appends one line and flushes it to disk (the file is opened for appending only). */
function appendLine(file: string, line: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'a', 0o644);
  try {
    writeSync(fd, `${line}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
