import { appendInTransaction } from '../audit/in-transaction';
import type { Context } from '../context';
import { HubError } from '../errors';
import { OUTBOX_CHANNEL } from '../events/outbox-bus';
import { Prisma } from '../generated/prisma/client';

/**
 * One write = one transaction holding the change, its outbox events and its
 * access record. NOTIFY is sent inside the same transaction, so listeners
 * hear of an event only once it is committed (PostgreSQL delivers
 * notifications at commit), and an event is never announced for a rolled
 * back change.
 */
export interface OutboxDraft {
  type: string;
  childId?: string | null;
  townshipCode?: string | null;
  schoolId?: string | null;
  payload: Record<string, unknown>;
}

export interface Work {
  tx: Prisma.TransactionClient;
  /** A child whose data this write changed or read. */
  touched(childId: string): void;
  outbox(event: OutboxDraft): void;
}


/**
 * `timeoutMs`: how long the transaction may stay open (default 10 s; imports of large files ask for more).
 * After the commit, the primary's WAL position is recorded for the viewer
 * (Database.recordWrite): with read replicas, the viewer's next reads wait
 * for a replica that has replayed this write, or go to the primary
 * (read-your-writes, issue 11). Nothing happens there without replicas.
 */
export async function mutate<T>(ctx: Context, fn: (w: Work) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
  // The answer of a write reads what it wrote: this request's reads go to the primary from here on.
  ctx.repo.readFromPrimary();
  const db = ctx.repo.database;
  const prisma = db.prisma;
  try {
    const committed = await prisma.$transaction(
      async (tx) => {
        const touched = new Set<string>();
        const events: OutboxDraft[] = [];
        const out = await fn({ tx, touched: (id) => touched.add(id), outbox: (e) => events.push(e) });
        for (const e of events) {
          const row = await tx.outboxEvent.create({
            data: {
              countyCode: ctx.repo.scope.countyCode,
              type: e.type,
              childId: e.childId ?? null,
              townshipCode: e.townshipCode ?? null,
              schoolId: e.schoolId ?? null,
              payload: e.payload as Prisma.InputJsonValue,
            },
          });
          await tx.$executeRawUnsafe('SELECT pg_notify($1, $2)', OUTBOX_CHANNEL, row.id.toString());
        }
        const v = ctx.viewer;
        for (const id of ctx.audit.childIds) touched.add(id);
        await appendInTransaction(tx, {
          at: new Date(),
          requestId: ctx.requestId,
          subject: v.subject,
          agencyKind: v.kind,
          agencyId: v.agencyId,
          clientId: v.clientId,
          purpose: ctx.purpose,
          operationName: ctx.audit.operationName,
          childIds: [...touched],
          fieldClasses: [...ctx.audit.fieldClasses],
          outcome: 'WRITE',
        });
        for (const id of touched) ctx.audit.recordedIds.add(id);
        return out;
      },
      { timeout: opts.timeoutMs ?? 10000, maxWait: 5000 },
    );
    await db.recordWrite(ctx.viewer.subject);
    return committed;
  } catch (e) {
    throw mapWriteError(e);
  }
}

/** The SQLSTATE or driver-adapter kind behind a Prisma error, wherever the adapter put it. */
function driverCode(e: unknown): string | undefined {
  const seen = new Set<unknown>();
  const walk = (x: unknown): string | undefined => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return undefined;
    seen.add(x);
    const o = x as Record<string, unknown>;
    for (const k of ['originalCode', 'code', 'kind']) {
      const v = o[k];
      if (typeof v === 'string' && /^(55P03|57014|40001|40P01|TransactionWriteConflict)$/.test(v)) return v;
    }
    for (const k of ['cause', 'meta', 'driverAdapterError']) {
      const r = walk(o[k]);
      if (r) return r;
    }
    const m = typeof o['message'] === 'string' ? /lock timeout|canceling statement due to (lock|statement) timeout/.exec(o['message']) : null;
    return m ? (m[0].includes('statement') ? '57014' : '55P03') : undefined;
  };
  return walk(e);
}

/** Database refusals that are the caller's business, as typed errors; anything else stays internal. */
export function mapWriteError(e: unknown): unknown {
  if (e instanceof HubError) return e;
  if (e instanceof Prisma.PrismaClientKnownRequestError) {
    if (e.code === 'P2002') return new HubError('CONFLICT', 'a record with the same key already exists');
    if (e.code === 'P2034') return new HubError('CONFLICT', 'a concurrent change won: read the record again and retry');
    if (e.code === 'P2003') return new HubError('BAD_USER_INPUT', 'a referenced record does not exist', { argument: 'input' });
  }
  const code = driverCode(e);
  // Contention on the same rows (lock_timeout 2 s, serialization, deadlock): the caller may retry.
  if (code === '55P03' || code === '40001' || code === '40P01' || code === 'TransactionWriteConflict') {
    return new HubError('CONFLICT', 'the same record is being changed by another request: retry');
  }
  if (code === '57014') return new HubError('TIMEOUT', 'the change took too long and was cancelled: retry');
  return e;
}
