import { createHash } from 'node:crypto';
import type { Database } from './db/client';
import { Prisma } from './generated/prisma/client';

/**
 * Idempotency-Key for writes (architecture.md "Data rules"): the first answer
 * to a (caller, key) is stored; a repeat with the same body gets that answer
 * again (header Idempotent-Replayed: true) without running the mutation; the
 * same key with another body is a CONFLICT, as is a repeat while the first
 * is still running. Records expire after a day. A replayed answer is
 * access-logged like the original.
 */
export const KEY_RE = /^[A-Za-z0-9._:-]{8,100}$/;
const TTL_MS = 24 * 3600 * 1000;

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string; childIds: string[] }
  | { kind: 'conflict'; reason: string };

export function requestHash(raw: Buffer, purpose: string | null): string {
  return createHash('sha256').update(purpose ?? '').update('\n').update(raw).digest('hex');
}

export async function claim(db: Database, subject: string, key: string, hash: string): Promise<Claim> {
  try {
    await db.prisma.idempotencyRecord.create({ data: { subject, key, requestHash: hash } });
    return { kind: 'new' };
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== 'P2002') throw e;
  }
  const existing = await db.prisma.idempotencyRecord.findUnique({ where: { subject_key: { subject, key } } });
  if (!existing) return claim(db, subject, key, hash);
  if (existing.createdAt.getTime() < Date.now() - TTL_MS) {
    await db.prisma.idempotencyRecord.deleteMany({ where: { subject, key, createdAt: existing.createdAt } });
    return claim(db, subject, key, hash);
  }
  if (existing.requestHash !== hash) return { kind: 'conflict', reason: 'this Idempotency-Key was used with a different request' };
  if (existing.status === null || existing.response === null) return { kind: 'conflict', reason: 'a request with this Idempotency-Key is still running' };
  const stored = JSON.parse(existing.response) as { body: string; childIds: string[] };
  return { kind: 'replay', status: existing.status, body: stored.body, childIds: stored.childIds };
}

export async function complete(db: Database, subject: string, key: string, status: number, body: string, childIds: string[]): Promise<void> {
  await db.prisma.idempotencyRecord.update({
    where: { subject_key: { subject, key } },
    data: { status, response: JSON.stringify({ body, childIds }) },
  });
}

/** Frees the key when the request failed before producing an answer (so the caller may retry). */
export async function release(db: Database, subject: string, key: string): Promise<void> {
  await db.prisma.idempotencyRecord.deleteMany({ where: { subject, key, status: null } });
}

export async function purgeExpired(db: Database): Promise<void> {
  await db.prisma.idempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - TTL_MS) } } });
}
