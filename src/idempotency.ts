import { createHash } from 'node:crypto';
import type { Database } from './db/client';
import { Prisma } from './generated/prisma/client';
import type { IdentifierSealer } from './lib/crypto';

/**
 * Idempotency-Key for writes (architecture.md "Data rules"): the first answer
 * to a (caller, key) is stored; a repeat with the same body gets that answer
 * again (header Idempotent-Replayed: true) without running the mutation; the
 * same key with another body is a CONFLICT, as is a repeat while the first
 * is still running. Records expire after a day. A replayed answer is
 * access-logged like the original.
 *
 * An answer can hold ID numbers (a mutation may select `child { idNumber }`),
 * and a request body can hold one in its variables, so neither is kept
 * readable: the answer is stored sealed (AES-256-GCM, bound to its caller and
 * key) and the request's hash keyed (HMAC), under keys derived (HKDF) from
 * ID_ENCRYPTION_KEY and ID_HMAC_KEY for this purpose only (recordSealer). The
 * hub provides its sealer for its database at start (provideSealer); without
 * one, an Idempotency-Key request fails rather than store an answer in clear.
 */
export const KEY_RE = /^[A-Za-z0-9._:-]{8,100}$/;
const TTL_MS = 24 * 3600 * 1000;

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string; childIds: string[] }
  | { kind: 'conflict'; reason: string };

/** The purpose the record keys are derived for (changing it makes every stored answer unreadable). */
const KEY_PURPOSE = 'kongchuo-hub idempotency record v1';

/** The sealer of idempotency records: keys derived from the hub's identifier keys, used for nothing else. */
export function recordSealer(sealer: IdentifierSealer): IdentifierSealer {
  return sealer.derive(KEY_PURPOSE);
}

/** What a stored answer is bound to: it opens only in its own (caller, key) record. */
export function boundTo(subject: string, key: string): string {
  return JSON.stringify([subject, key]);
}

/** The stored form of a request hash: keyed, so a guessable body (an ID number in its variables) cannot be found from it. */
export function keyedRequestHash(records: IdentifierSealer, hash: string): string {
  return records.index(hash).toString('hex');
}

/** The stored form of an answer. */
export function sealAnswer(records: IdentifierSealer, subject: string, key: string, answer: { body: string; childIds: string[] }): Buffer<ArrayBuffer> {
  return records.sealBound(JSON.stringify(answer), boundTo(subject, key));
}

const sealers = new WeakMap<object, IdentifierSealer>();

/** Makes the hub's identifier sealer known for a database (the hub does this at start: src/server.ts). */
export function provideSealer(db: object, sealer: IdentifierSealer): void {
  sealers.set(db, recordSealer(sealer));
}

function recordsOf(db: object): IdentifierSealer {
  const s = sealers.get(db);
  if (!s) throw new Error('idempotency: no sealer provided for this database (provideSealer), refusing to store an answer unsealed');
  return s;
}

export function requestHash(raw: Buffer, purpose: string | null): string {
  return createHash('sha256').update(purpose ?? '').update('\n').update(raw).digest('hex');
}

export async function claim(db: Database, subject: string, key: string, hash: string): Promise<Claim> {
  const records = recordsOf(db);
  const stored = keyedRequestHash(records, hash);
  try {
    await db.prisma.idempotencyRecord.create({ data: { subject, key, requestHash: stored } });
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
  if (existing.requestHash !== stored) return { kind: 'conflict', reason: 'this Idempotency-Key was used with a different request' };
  if (existing.status === null || existing.responseCipher === null) return { kind: 'conflict', reason: 'a request with this Idempotency-Key is still running' };
  let answer: { body: string; childIds: string[] };
  try {
    answer = JSON.parse(records.openBound(existing.responseCipher, boundTo(subject, key))) as { body: string; childIds: string[] };
  } catch {
    // Sealed under other keys (ID keys rotated) or not this record's: never run the write again, never answer with it.
    return { kind: 'conflict', reason: 'the first answer to this Idempotency-Key cannot be read back' };
  }
  return { kind: 'replay', status: existing.status, body: answer.body, childIds: answer.childIds };
}

export async function complete(db: Database, subject: string, key: string, status: number, body: string, childIds: string[]): Promise<void> {
  await db.prisma.idempotencyRecord.update({
    where: { subject_key: { subject, key } },
    data: { status, responseCipher: sealAnswer(recordsOf(db), subject, key, { body, childIds }) },
  });
}

/** Frees the key when the request failed before producing an answer (so the caller may retry). */
export async function release(db: Database, subject: string, key: string): Promise<void> {
  await db.prisma.idempotencyRecord.deleteMany({ where: { subject, key, status: null } });
}

export async function purgeExpired(db: Database): Promise<void> {
  await db.prisma.idempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - TTL_MS) } } });
}
