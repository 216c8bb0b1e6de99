import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { rowScopeFor } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import type { AuditWriter } from '../audit/writer';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { loggableError } from '../errors';
import type { OutboxBus } from '../events/outbox-bus';
import type { OutboxEvent, WebhookSubscription } from '../generated/prisma/client';
import type { IdentifierSealer } from '../lib/crypto';
import type { Logger } from '../logger';
import { isWebhookEventType, thinPayload, WEBHOOK_EVENTS, type WebhookEventType } from './events';
import { HEADER_ATTEMPT, HEADER_EVENT_ID, HEADER_EVENT_TYPE, HEADER_SIGNATURE, HEADER_TIMESTAMP, signWebhook } from './signature';
import { mayReceive, partnerViewer } from './subscriptions';

/**
 * Delivers outbox events to partner webhooks (issue 6 item 4).
 *
 * - Each subscription has its own cursor over the outbox and is worked on by
 *   one worker at a time, so one endpoint receives its events in order; the
 *   workers of different subscriptions run independently, and every attempt
 *   has a timeout, so a dead or hanging endpoint delays only itself.
 * - At least once: the cursor moves past an event only when it was delivered
 *   (2xx), went DEAD, or is not for this subscription. A receiver
 *   de-duplicates on the event id.
 * - Retries: exponential backoff from WEBHOOK_BACKOFF_BASE_MS, capped, with
 *   "equal jitter" (half fixed, half random: delays never shrink); after
 *   WEBHOOK_MAX_ATTEMPTS the attempt is logged DEAD and, by default
 *   (WEBHOOK_ON_DEAD=suspend), the subscription is SUSPENDED without moving
 *   the cursor: nothing is lost, and `webhook enable` resumes with that event.
 *   With WEBHOOK_ON_DEAD=skip the subscription moves on to the next event.
 * - Several hub instances: a subscription is leased (leaseOwner, leaseUntil)
 *   in one short statement that picks rows FOR UPDATE SKIP LOCKED. A lease
 *   rather than a transaction held open: no pooled connection waits on a
 *   partner's HTTP server, and it works on single-connection PGlite alike.
 * - Access policy: a partner receives an event only if its grants include
 *   the event's class and the child is in its row scope today (the same
 *   check as the monitoringEvents subscription, with the partner's township
 *   narrowing); the payload is ids only; the first attempt of each event
 *   is written to the access log before anything is sent (fail closed).
 */
export type WebhookOutcome = 'DELIVERED' | 'FAILED' | 'DEAD';

export type WebhookConfig = Pick<
  Config,
  | 'counties'
  | 'WEBHOOK_TIMEOUT_MS'
  | 'WEBHOOK_BACKOFF_BASE_MS'
  | 'WEBHOOK_BACKOFF_CAP_MS'
  | 'WEBHOOK_MAX_ATTEMPTS'
  | 'WEBHOOK_ON_DEAD'
  | 'WEBHOOK_POLL_MS'
  | 'WEBHOOK_LEASE_MS'
>;

export interface DispatcherDeps {
  db: Database;
  bus: OutboxBus;
  audit: AuditWriter;
  /** Opens the sealed signing secrets (webhookSealer(config)). */
  sealer: IdentifierSealer;
  logger: Logger;
  config: WebhookConfig;
  /** The date row scopes are evaluated at (the server's clock). */
  today?: () => Date;
  /** Counts attempts by outcome (metrics). */
  onOutcome?: (outcome: WebhookOutcome) => void;
}

/** Wait at most this long for an outbox id that is missing between committed ones (a transaction still open, or rolled back). */
const GAP_MAX_WAIT_MS = 30_000;
const BATCH = 200;
const CLAIM_LIMIT = 100;

/** Delay before attempt `attempt + 1`: min(cap, base·2^(attempt−1)), of which the second half is random. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const d = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(d / 2 + random() * (d / 2));
}

export class WebhookDispatcher {
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Map<string, Promise<void>>();
  private readonly stop = new AbortController();
  private readonly gapSeen = new Map<bigint, number>();
  private readonly leaseMs: number;
  private closed = false;
  private ticking: Promise<void> | undefined;
  private again = false;
  private poll: NodeJS.Timeout | undefined;
  private wake: { at: number; timer: NodeJS.Timeout } | undefined;
  /** Counts wake-ups by the outbox bus: a worker that finishes after one looks again. */
  private generation = 0;

  constructor(private readonly deps: DispatcherDeps) {
    // A lease outlives any one attempt by a wide margin, so it is renewed before it can lapse mid-attempt.
    this.leaseMs = Math.max(deps.config.WEBHOOK_LEASE_MS, deps.config.WEBHOOK_TIMEOUT_MS * 3);
  }

  start(): void {
    this.poll = setInterval(() => this.kick(), this.deps.config.WEBHOOK_POLL_MS);
    this.poll.unref();
    void this.listen();
    this.kick();
  }

  /** Stops claiming, aborts attempts in flight (they are not logged: the event stays due) and waits for the workers. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.poll);
    if (this.wake) clearTimeout(this.wake.timer);
    this.stop.abort();
    await this.ticking;
    await Promise.allSettled([...this.running.values()]);
  }

  private async listen(): Promise<void> {
    // The outbox bus wakes at each NOTIFY (an event committed anywhere) and at its own poll.
    while (!this.closed && !this.deps.bus.isClosed) {
      await this.deps.bus.next();
      this.generation++;
      this.kick();
    }
  }

  private kick(): void {
    if (this.closed) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = (async () => {
      try {
        do {
          this.again = false;
          await this.claimAndStart();
        } while (this.again && !this.closed);
      } catch (e) {
        this.deps.logger.error({ err: loggableError(e) }, 'webhook dispatcher: claiming subscriptions failed');
      } finally {
        this.ticking = undefined;
      }
    })();
  }

  /** Wake at `at` (the earliest retry this instance knows of). */
  private wakeAt(at: Date): void {
    if (this.closed) return;
    const ms = at.getTime();
    if (this.wake && this.wake.at <= ms) return;
    if (this.wake) clearTimeout(this.wake.timer);
    const timer = setTimeout(() => {
      this.wake = undefined;
      this.kick();
    }, Math.max(0, ms - Date.now()) + 5);
    timer.unref();
    this.wake = { at: ms, timer };
  }

  /** Leases the subscriptions that have work (events after their cursor, no retry pending) and no live lease, and starts a worker on each. */
  private async claimAndStart(): Promise<void> {
    const now = new Date();
    const rows = await this.deps.db.raw.query<{ id: string }>(
      `UPDATE "WebhookSubscription" SET "leaseOwner" = $1, "leaseUntil" = $2::timestamptz
        WHERE "id" IN (
          SELECT "id" FROM "WebhookSubscription"
           WHERE "status" = 'ACTIVE' AND "countyCode" = ANY($3::text[])
             AND EXISTS (SELECT 1 FROM "PartnerClient" p WHERE p."id" = "WebhookSubscription"."clientId" AND p."active")
             AND ("leaseUntil" IS NULL OR "leaseUntil" < $4::timestamptz)
             AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= $4::timestamptz)
             AND "cursor" < (SELECT coalesce(max("id"), 0) FROM "OutboxEvent")
             AND NOT ("id" = ANY($5::uuid[]))
           ORDER BY coalesce("nextAttemptAt", "createdAt")
           LIMIT ${CLAIM_LIMIT}
           FOR UPDATE SKIP LOCKED)
        RETURNING "id"`,
      [this.owner, new Date(now.getTime() + this.leaseMs).toISOString(), `{${this.deps.config.counties.join(',')}}`, now.toISOString(), `{${[...this.running.keys()].join(',')}}`],
    );
    for (const { id } of rows) {
      if (this.closed || this.running.has(id)) continue;
      const generation = this.generation;
      const worker = this.work(id)
        .catch((e: unknown) => this.deps.logger.error({ err: loggableError(e), subscriptionId: id }, 'webhook worker failed'))
        .finally(async () => {
          this.running.delete(id);
          await this.release(id);
          // Events that arrived while this worker ran found it busy: look again.
          if (this.generation !== generation) this.kick();
        });
      this.running.set(id, worker);
    }
  }

  private async release(id: string): Promise<void> {
    await this.deps.db.prisma.webhookSubscription
      .updateMany({ where: { id, leaseOwner: this.owner }, data: { leaseOwner: null, leaseUntil: null } })
      .catch((e: unknown) => this.deps.logger.warn({ err: loggableError(e), subscriptionId: id }, 'webhook lease release failed'));
  }

  /** One subscription, serially: events after its cursor until it is caught up, waits for a retry, or is suspended. */
  private async work(id: string): Promise<void> {
    const prisma = this.deps.db.prisma;
    while (!this.closed) {
      const sub = await prisma.webhookSubscription.findUnique({ where: { id } });
      if (!sub || sub.status !== 'ACTIVE' || sub.leaseOwner !== this.owner) return;
      if (sub.nextAttemptAt && sub.nextAttemptAt.getTime() > Date.now()) return this.wakeAt(sub.nextAttemptAt);
      const client = await prisma.partnerClient.findUnique({ where: { id: sub.clientId } });
      // A disabled client (or one whose grants no longer hold) gets nothing; its cursor stays.
      const viewer = client ? partnerViewer(client) : null;
      if (!viewer) return;
      const events = await this.read(sub.cursor);
      if (events.length === 0) return;
      const secret = this.deps.sealer.open(sub.secretCipher);
      let cursor = sub.cursor;
      let attempts = sub.attempts;
      for (const ev of events) {
        if (this.closed) return;
        const type = await this.eligible(sub, viewer, ev);
        if (type === null) {
          cursor = ev.id;
          attempts = 0;
          continue;
        }
        const r = await this.attempt(sub, viewer, ev, type, secret, attempts + 1, cursor);
        if (r === 'DELIVERED' || r === 'SKIPPED') {
          cursor = ev.id;
          attempts = 0;
          continue;
        }
        return; // retry later, suspended, lease lost or closing
      }
      await prisma.webhookSubscription.updateMany({ where: { id, leaseOwner: this.owner }, data: { cursor, attempts: 0, leaseUntil: new Date(Date.now() + this.leaseMs) } });
    }
  }

  /**
   * Outbox rows after the cursor, stopping before an id that is missing while
   * a transaction that inserts into the outbox is still open: ids are taken at
   * insert and become visible at commit, so a later id can commit first, and
   * moving the cursor past the gap would lose the earlier event.
   */
  private async read(cursor: bigint): Promise<OutboxEvent[]> {
    const rows = await this.deps.db.prisma.outboxEvent.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take: BATCH });
    let expected = cursor + 1n;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as OutboxEvent;
      if (row.id !== expected && (await this.gapMayFill(expected))) return rows.slice(0, i);
      expected = row.id + 1n;
    }
    return rows;
  }

  private async gapMayFill(id: bigint): Promise<boolean> {
    const first = this.gapSeen.get(id);
    if (first === undefined) {
      if (this.gapSeen.size > 10_000) this.gapSeen.clear();
      this.gapSeen.set(id, Date.now());
    } else if (Date.now() - first > GAP_MAX_WAIT_MS) return false;
    const open = await this.deps.db.raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'relation' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND relation = '"OutboxEvent"'::regclass AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()`,
    );
    const waiting = (open[0]?.n ?? 0) > 0;
    if (waiting) this.wakeAt(new Date(Date.now() + 250));
    return waiting;
  }

  /** The event's type if this subscription's partner may receive it now, else null. */
  private async eligible(sub: WebhookSubscription, viewer: Viewer, ev: OutboxEvent): Promise<WebhookEventType | null> {
    if (ev.countyCode !== sub.countyCode || ev.childId === null) return null;
    if (!isWebhookEventType(ev.type) || !sub.eventTypes.includes(ev.type)) return null;
    if (!mayReceive(viewer, ev.type)) return null;
    const scope = rowScopeFor(viewer, this.deps.today?.() ?? new Date());
    const prisma = this.deps.db.prisma;
    const child = await prisma.child.findFirst({ where: { AND: [scope.child, { id: ev.childId }] }, select: { id: true } });
    if (!child) return null;
    // A cell limited to some cases (JUDICIARY: escalated ones) must cover the case the event names.
    const caseId = (ev.payload as Record<string, unknown> | null)?.['caseId'];
    if (WEBHOOK_EVENTS[ev.type].about === 'DropoutCase' && Object.keys(scope.dropoutCase).length > 0) {
      if (typeof caseId !== 'string') return null;
      const found = await prisma.dropoutCase.findFirst({ where: { AND: [scope.dropoutCase, { id: caseId, childId: ev.childId }] }, select: { id: true } });
      if (!found) return null;
    }
    return ev.type;
  }

  /** One attempt at one event; records it in the delivery log and moves the subscription on (or schedules the retry). */
  private async attempt(
    sub: WebhookSubscription,
    viewer: Viewer,
    ev: OutboxEvent,
    type: WebhookEventType,
    secret: string,
    attempt: number,
    cursorBefore: bigint,
  ): Promise<'DELIVERED' | 'SKIPPED' | 'STOP'> {
    const { config, db, logger } = this.deps;
    const prisma = db.prisma;
    // Renew the lease first: it must cover this attempt; if another instance took over, leave the event to it.
    const renewed = await prisma.webhookSubscription.updateMany({
      where: { id: sub.id, leaseOwner: this.owner },
      data: { cursor: cursorBefore, attempts: attempt - 1, leaseUntil: new Date(Date.now() + this.leaseMs) },
    });
    if (renewed.count === 0) return 'STOP';
    if (attempt === 1) {
      // Fail closed: no access record, nothing leaves. Retries resend the same ids to the same client and are not recorded again.
      await this.deps.audit.append({
        at: new Date(),
        // Ties the record to the delivery log: subscription and event.
        requestId: `webhook:${sub.id}:${ev.id}`,
        subject: viewer.subject,
        agencyKind: viewer.kind,
        agencyId: viewer.agencyId,
        clientId: viewer.clientId,
        purpose: sub.purpose,
        operationName: `webhook:${type}`,
        childIds: [ev.childId as string],
        fieldClasses: [WEBHOOK_EVENTS[type].class],
        outcome: 'OK',
      });
    }
    const body = JSON.stringify(thinPayload({ ...ev, type }));
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let httpStatus: number | null = null;
    let errorClass: string | null = null;
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'kongchuo-hub-webhooks/1',
          [HEADER_EVENT_ID]: ev.id.toString(),
          [HEADER_EVENT_TYPE]: type,
          [HEADER_TIMESTAMP]: String(timestamp),
          [HEADER_SIGNATURE]: signWebhook(secret, timestamp, body),
          [HEADER_ATTEMPT]: String(attempt),
        },
        body,
        // A redirect is a failure: following it could send the event somewhere nobody registered.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(config.WEBHOOK_TIMEOUT_MS), this.stop.signal]),
      });
      httpStatus = res.status;
      // The response body is never read, logged or stored.
      await res.body?.cancel().catch(() => undefined);
      if (res.status < 200 || res.status > 299) errorClass = res.status < 400 ? 'REDIRECT' : res.status < 500 ? 'HTTP_4XX' : 'HTTP_5XX';
    } catch (e) {
      if (this.closed) return 'STOP'; // shutting down: not an attempt; the event stays due
      errorClass = classify(e);
    }
    const durationMs = Math.round(performance.now() - started);
    const at = new Date();
    const base = { subscriptionId: sub.id, eventId: ev.id, eventType: type, attempt, httpStatus, errorClass, durationMs, at };
    const mine = { id: sub.id, leaseOwner: this.owner };
    if (errorClass === null) {
      await prisma.$transaction([
        prisma.webhookDelivery.create({ data: { ...base, status: 'DELIVERED', nextAttemptAt: null } }),
        prisma.webhookSubscription.updateMany({ where: mine, data: { cursor: ev.id, attempts: 0, nextAttemptAt: null } }),
      ]);
      this.deps.onOutcome?.('DELIVERED');
      return 'DELIVERED';
    }
    const log = { subscriptionId: sub.id, clientId: sub.clientId, eventId: ev.id.toString(), attempt, httpStatus, errorClass };
    if (attempt < config.WEBHOOK_MAX_ATTEMPTS) {
      const nextAttemptAt = new Date(at.getTime() + backoffMs(attempt, config.WEBHOOK_BACKOFF_BASE_MS, config.WEBHOOK_BACKOFF_CAP_MS));
      await prisma.$transaction([
        prisma.webhookDelivery.create({ data: { ...base, status: 'FAILED', nextAttemptAt } }),
        prisma.webhookSubscription.updateMany({ where: mine, data: { attempts: attempt, nextAttemptAt } }),
      ]);
      this.deps.onOutcome?.('FAILED');
      logger.info({ ...log, nextAttemptAt }, 'webhook delivery failed; will retry');
      this.wakeAt(nextAttemptAt);
      return 'STOP';
    }
    const skip = config.WEBHOOK_ON_DEAD === 'skip';
    await prisma.$transaction([
      prisma.webhookDelivery.create({ data: { ...base, status: 'DEAD', nextAttemptAt: null } }),
      prisma.webhookSubscription.updateMany({
        where: mine,
        data: skip ? { cursor: ev.id, attempts: 0, nextAttemptAt: null } : { status: 'SUSPENDED', attempts: 0, nextAttemptAt: null },
      }),
    ]);
    this.deps.onOutcome?.('DEAD');
    logger.warn(log, skip ? 'webhook event DEAD after the last attempt; moving on' : 'webhook event DEAD after the last attempt; subscription suspended');
    return skip ? 'SKIPPED' : 'STOP';
  }
}

/** A network failure as a class: never the message (it may quote the receiver). */
function classify(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  const cause = e instanceof Error ? (e as { cause?: { code?: unknown } }).cause : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (code === 'ECONNREFUSED') return 'CONNECTION_REFUSED';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'CONNECTION_RESET';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'DNS';
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return 'TLS';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'TIMEOUT';
  return 'NETWORK';
}
