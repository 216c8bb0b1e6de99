import type { Prisma } from '../generated/prisma/client';
import { GENESIS, recordHash, type AccessRecord } from './chain';
import { CHAIN_LOCK } from './writer';

/**
 * Appends one access record inside a caller's Prisma transaction, so that a
 * change and its audit record commit or fail together (architecture.md:
 * "A mutation writes its audit record in the same transaction as the change").
 */
export async function appendInTransaction(tx: Prisma.TransactionClient, r: AccessRecord): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1)', CHAIN_LOCK);
  const last = await tx.$queryRawUnsafe<Array<{ hash: Uint8Array }>>('SELECT "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1');
  const prev = last[0]?.hash ?? GENESIS;
  const at = new Date(Math.floor(r.at.getTime()));
  const rec = { ...r, at };
  const hash = recordHash(prev, rec);
  await tx.accessLog.create({
    data: {
      at,
      requestId: r.requestId,
      subject: r.subject,
      agencyKind: r.agencyKind as Prisma.AccessLogCreateInput['agencyKind'],
      agencyId: r.agencyId,
      clientId: r.clientId,
      purpose: r.purpose,
      operationName: r.operationName,
      childIds: r.childIds,
      fieldClasses: r.fieldClasses,
      outcome: r.outcome,
      prevHash: new Uint8Array(prev),
      hash: new Uint8Array(hash),
    },
  });
}
