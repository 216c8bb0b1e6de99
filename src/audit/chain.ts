import { createHash } from 'node:crypto';

/**
 * The access log's hash chain. Each record's hash covers the previous
 * record's hash and every field of the record, so a removed, reordered or
 * altered record breaks the chain at that point.
 */
export interface AccessRecord {
  at: Date;
  requestId: string;
  subject: string;
  agencyKind: string;
  agencyId: string | null;
  clientId: string | null;
  purpose: string | null;
  operationName: string | null;
  childIds: string[];
  fieldClasses: string[];
  outcome: string;
}

export const GENESIS = Buffer.alloc(32);

export function recordHash(prev: Uint8Array, r: AccessRecord): Buffer {
  const body = JSON.stringify([
    r.at.toISOString(),
    r.requestId,
    r.subject,
    r.agencyKind,
    r.agencyId,
    r.clientId,
    r.purpose,
    r.operationName,
    [...r.childIds].sort(),
    [...r.fieldClasses].sort(),
    r.outcome,
  ]);
  return createHash('sha256').update(prev).update(body, 'utf8').digest();
}
