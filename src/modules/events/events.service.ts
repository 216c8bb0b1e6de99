import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { OutboxEvent } from '../../generated/prisma/client';
import type { MonitoringEventType } from './events.types';

/**
 * Delivers outbox events to one subscriber (plan R2.4: "reported at once to
 * the township and the education bureau"): only events about children in
 * the subscriber's row scope; from where the subscriber left off (its stored
 * cursor, or `after`), so events written while nobody listened arrive on
 * connection; each delivery of a child's event is written to the access log.
 */
const REPLAY_WINDOW_MS = 7 * 86400000;

import type { EventDeps } from '../../context';
export type { EventDeps } from '../../context';

export async function* monitoringEvents(
  ctx: Context,
  deps: EventDeps,
  args: { after: string | null; types: string[] | null },
): AsyncGenerator<MonitoringEventType> {
  const prisma = ctx.repo.database.prisma;
  const cursorKey = `${ctx.viewer.subject}:monitoringEvents`;
  let cursor: bigint;
  if (args.after !== null) {
    if (!/^[0-9]{1,19}$/.test(args.after)) throw badInput('after', 'must be an event id');
    cursor = BigInt(args.after);
  } else {
    const stored = await prisma.subscriptionCursor.findUnique({ where: { key: cursorKey } });
    if (stored) cursor = stored.lastEventId;
    else {
      const since = await prisma.outboxEvent.findFirst({ where: { createdAt: { gte: new Date(Date.now() - REPLAY_WINDOW_MS) } }, orderBy: { id: 'asc' } });
      cursor = since ? since.id - 1n : ((await prisma.outboxEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n);
    }
  }
  const types = args.types && args.types.length > 0 ? new Set(args.types) : null;
  while (!deps.bus.isClosed) {
    const woken = deps.bus.next();
    for (;;) {
      const rows = await deps.bus.read(cursor);
      if (rows.length === 0) break;
      for (const row of rows) {
        cursor = row.id;
        if (row.countyCode !== ctx.repo.scope.countyCode) continue;
        if (types && !types.has(row.type)) continue;
        if (!(await visible(ctx, row))) continue;
        if (row.childId) {
          await deps.audit.append({
            at: new Date(),
            requestId: ctx.requestId,
            subject: ctx.viewer.subject,
            agencyKind: ctx.viewer.kind,
            agencyId: ctx.viewer.agencyId,
            clientId: ctx.viewer.clientId,
            purpose: ctx.purpose,
            operationName: 'monitoringEvents',
            childIds: [row.childId],
            fieldClasses: ['EDUCATION'],
            outcome: 'OK',
          });
        }
        yield toEvent(row);
        await prisma.subscriptionCursor.upsert({
          where: { key: cursorKey },
          create: { key: cursorKey, lastEventId: row.id },
          update: { lastEventId: row.id },
        });
      }
    }
    await woken;
  }
}

async function visible(ctx: Context, row: OutboxEvent): Promise<boolean> {
  if (row.childId === null) return ctx.viewer.agency === 'EDUCATION_BUREAU';
  const found = await ctx.repo.database.prisma.child.findFirst({ where: { AND: [ctx.repo.scope.child, { id: row.childId }] }, select: { id: true } });
  return found !== null;
}

function toEvent(row: OutboxEvent): MonitoringEventType {
  return {
    id: row.id.toString(),
    type: row.type,
    createdAt: row.createdAt,
    townshipCode: row.townshipCode,
    schoolId: row.schoolId,
    payload: JSON.stringify(row.payload),
    childId: row.childId,
  };
}
