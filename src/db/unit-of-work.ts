import { appendInTransaction } from '../audit/in-transaction';
import type { Context } from '../context';
import { HubError } from '../errors';
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

export const OUTBOX_CHANNEL = 'hub_outbox';

export async function mutate<T>(ctx: Context, fn: (w: Work) => Promise<T>): Promise<T> {
  const prisma = ctx.repo.database.prisma;
  try {
    return await prisma.$transaction(
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
      { timeout: 10000, maxWait: 5000 },
    );
  } catch (e) {
    throw mapWriteError(e);
  }
}

/** Database refusals that are the caller's business, as typed errors; anything else stays internal. */
export function mapWriteError(e: unknown): unknown {
  if (e instanceof HubError) return e;
  if (e instanceof Prisma.PrismaClientKnownRequestError) {
    if (e.code === 'P2002') return new HubError('CONFLICT', 'a record with the same key already exists');
    if (e.code === 'P2034') return new HubError('CONFLICT', 'a concurrent change won: read the record again and retry');
    if (e.code === 'P2003') return new HubError('BAD_USER_INPUT', 'a referenced record does not exist', { argument: 'input' });
  }
  return e;
}
