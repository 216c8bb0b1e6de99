import { CHAIN_LOCK } from '../audit/writer';
import type { Database } from '../db/client';
import { loggableError } from '../errors';
import * as idempotency from '../idempotency';
import type { Logger } from '../logger';

/**
 * An Idempotency-Key whose mutation did not end in an answer the hub could
 * store: the database went away during it (503 DATABASE_UNAVAILABLE), or the
 * request timed out, or the answer could not be stored. The key stays
 * claimed (a retry meanwhile gets 409 CONFLICT "still running", with
 * Retry-After) until the hub knows what happened, and is then settled:
 *
 * - the answer is known (it was sent, only storing it failed): it is stored,
 *   and a retry replays it;
 * - otherwise the mutation's own access record decides. mutate() appends it
 *   last, in the same transaction as the change, under the access log's
 *   advisory lock, which it holds until COMMIT; the check takes that lock
 *   first, so a commit still in flight is waited out. No WRITE record of the
 *   request: nothing was committed, the key is released and a retry runs the
 *   mutation. A WRITE record: the change is committed but its answer is lost
 *   (the connection dropped during or after COMMIT); the key is completed
 *   with ALREADY_APPLIED, and a retry gets that instead of applying the
 *   change twice.
 *
 * While the database is away each attempt fails, and the next is made a
 * little later, for up to SETTLE_FOR_MS. Settling lives in this process: if
 * it stops first, the key stays claimed until it expires (a day).
 */
export const ALREADY_APPLIED_BODY = JSON.stringify({
  data: null,
  errors: [
    {
      message: "This request's change was committed, but its answer was lost when the database connection dropped; read the record to see its state.",
      extensions: { code: 'ALREADY_APPLIED' },
    },
  ],
});

const SETTLE_FOR_MS = 10 * 60_000;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 5000;

export interface UnsettledKey {
  subject: string;
  key: string;
  /** The request's id, as its mutations wrote it into their access records. */
  requestId: string;
  /** When the request started (its access records are not older). */
  startedAt: Date;
}

export class KeySettler {
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Settlements in progress (tests wait for them). */
  readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly logger?: Logger,
  ) {}

  /** Stores an answer that was produced (and sent) but could not be stored. */
  storeAnswer(k: UnsettledKey, status: number, body: string, childIds: string[]): void {
    this.track(this.untilDone(k, () => idempotency.complete(this.db, k.subject, k.key, status, body, childIds).then(() => 'stored' as const)));
  }

  /** Settles a key whose mutation's outcome is unknown, once `finished` (the execution) has settled. */
  settleByRecord(k: UnsettledKey, finished: Promise<unknown> = Promise.resolve()): void {
    const run = async () => {
      await finished.catch(() => undefined);
      await this.untilDone(k, () => this.settleOnce(k));
    };
    this.track(run());
  }

  private async settleOnce(k: UnsettledKey): Promise<'released' | 'applied'> {
    const committed = await this.db.raw.transaction(async (s) => {
      await s.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const rows = await s.query(
        `SELECT 1 FROM "AccessLog" WHERE "at" >= $1 AND "requestId" = $2 AND "subject" = $3 AND "outcome" = 'WRITE' LIMIT 1`,
        [new Date(k.startedAt.getTime() - 1000), k.requestId, k.subject],
      );
      return rows.length > 0;
    });
    if (!committed) {
      await idempotency.release(this.db, k.subject, k.key);
      return 'released';
    }
    await idempotency.complete(this.db, k.subject, k.key, 200, ALREADY_APPLIED_BODY, []);
    return 'applied';
  }

  private async untilDone(k: UnsettledKey, attempt: () => Promise<string>): Promise<void> {
    const t0 = Date.now();
    for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, MAX_RETRY_MS)) {
      try {
        const how = await attempt();
        this.logger?.info({ requestId: k.requestId, how }, 'idempotency key settled');
        return;
      } catch (e) {
        if (Date.now() - t0 > SETTLE_FOR_MS) {
          this.logger?.error({ err: loggableError(e), requestId: k.requestId }, 'idempotency key left claimed: could not settle it');
          return;
        }
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.timers.delete(t);
          resolve();
        }, wait);
        t.unref();
        this.timers.add(t);
      });
    }
  }

  private track(p: Promise<void>): void {
    const q = p.finally(() => this.pending.delete(q));
    this.pending.add(q);
  }

  /** Waits for the settlements in progress (up to `ms`). */
  async drain(ms: number): Promise<void> {
    if (this.pending.size === 0) return;
    await Promise.race([Promise.allSettled([...this.pending]), new Promise((r) => setTimeout(r, ms).unref())]);
  }
}
