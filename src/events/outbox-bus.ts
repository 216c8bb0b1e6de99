import { loggableError } from '../errors';
import type { Database } from '../db/client';
import type { OutboxEvent } from '../generated/prisma/client';
import type { Logger } from '../logger';

export const OUTBOX_CHANNEL = 'hub_outbox';

/**
 * One per hub instance: hears NOTIFY from every instance's commits (and polls
 * as a safety net), reads the new outbox rows once, and hands them to the
 * subscribers connected to this instance. Rows are read by id, so whichever
 * instance wrote an event, every subscriber receives it exactly once, in
 * commit-id order; a subscriber that was away catches up from its cursor.
 */
export class OutboxBus {
  private readonly waiters = new Set<() => void>();
  private unlisten: (() => Promise<void>) | undefined;
  private poll: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly pollMs = 2000,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(OUTBOX_CHANNEL, () => this.wake());
    this.poll = setInterval(() => this.wake(), this.pollMs);
    this.poll.unref();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Events after `afterId`, oldest first (at most `limit`). */
  read(afterId: bigint, limit = 200): Promise<OutboxEvent[]> {
    return this.db.prisma.outboxEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: 'asc' }, take: limit });
  }

  /** Resolves at the next NOTIFY or poll tick (or when the bus closes). */
  next(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        resolve();
      };
      this.waiters.add(done);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    this.wake();
    await this.unlisten?.().catch((e: unknown) => this.logger.warn({ err: loggableError(e) }, 'unlisten failed'));
  }
}
