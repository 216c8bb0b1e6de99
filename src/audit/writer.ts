import type { Database } from '../db/client';
import { GENESIS, recordHash, type AccessRecord } from './chain';

/**
 * Appends access records to the hash-chained, append-only AccessLog.
 * Records from concurrent requests are grouped into one INSERT ("group
 * commit"). append() resolves only once the record is committed: callers send
 * person data only after that (fail closed).
 *
 * One statement per group: the writer keeps the chain head it last wrote (or
 * read) and links the group to it. The database makes a fork impossible: the
 * table's insert trigger checks that a group extends the chain head
 * (AccessLogHead; before the table was partitioned, a unique index on
 * "prevHash" did). If anything else extended the chain meanwhile (another
 * hub instance, a mutation's in-transaction record), the INSERT fails with a
 * unique violation, nothing of it is written, and the writer re-reads the
 * head and links again. The statement also takes the chain's advisory lock,
 * so a mutation's in-transaction append (lock, read head, insert) never
 * collides with a group being written.
 */
export const CHAIN_LOCK = 0x6b637a62; // 'kczb'

/** Attempts per group when other writers keep extending the chain. */
const MAX_LINK_ATTEMPTS = 8;

interface Pending {
  record: AccessRecord;
  resolve: () => void;
  reject: (e: unknown) => void;
}

const INSERT_GROUP = `WITH "lock" AS (SELECT pg_advisory_xact_lock(${CHAIN_LOCK}) AS "locked")
INSERT INTO "AccessLog" ("at","requestId","subject","agencyKind","agencyId","clientId","purpose","operationName","childIds","fieldClasses","outcome","prevHash","hash")
SELECT a::timestamptz, b, c, d::"AgencyKind", e, f, g, h, i::uuid[], j::text[], k, l, m
  FROM "lock", unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bytea[], $13::bytea[])
    WITH ORDINALITY AS t(a, b, c, d, e, f, g, h, i, j, k, l, m, n) ORDER BY n`;

export class AuditWriter {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  /** Hash of the newest record as this writer last knew it; null = read it from the table. */
  private head: Uint8Array | null = null;

  constructor(private readonly db: Database) {}

  append(record: AccessRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ record: { ...record, at: truncateToMs(record.at) }, resolve, reject });
      if (!this.flushing) this.flushing = this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, 500);
      try {
        await this.writeBatch(batch.map((p) => p.record));
        for (const p of batch) p.resolve();
      } catch (e) {
        for (const p of batch) p.reject(e);
      }
    }
    this.flushing = null;
  }

  private async readHead(): Promise<Uint8Array> {
    const last = await this.db.raw.query<{ hash: Uint8Array }>('SELECT "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1');
    return last[0]?.hash ?? GENESIS;
  }

  private async writeBatch(records: AccessRecord[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const prevOfGroup = this.head ?? (await this.readHead());
      const cols: unknown[][] = Array.from({ length: 13 }, () => []);
      let prev: Uint8Array = prevOfGroup;
      for (const r of records) {
        const hash = recordHash(prev, r);
        const row = [r.at.toISOString(), r.requestId, r.subject, r.agencyKind, r.agencyId, r.clientId, r.purpose, r.operationName,
          `{${r.childIds.join(',')}}`, `{${r.fieldClasses.join(',')}}`, r.outcome, Buffer.from(prev), hash];
        row.forEach((v, i) => (cols[i] as unknown[]).push(v));
        prev = hash;
      }
      try {
        await this.db.raw.query(INSERT_GROUP, cols, { prepare: true });
        this.head = prev;
        return;
      } catch (e) {
        // Whatever happened, the head this writer knew is no longer to be trusted.
        this.head = null;
        if (!isForkRefused(e) || attempt >= MAX_LINK_ATTEMPTS) throw e;
      }
    }
  }
}

/** The chain link check refused the group: someone else extended the chain first (migration 20261212000000; before it, the unique index on "prevHash"). */
const LINK_CONSTRAINTS = ['AccessLog_chain_link', 'AccessLog_prevHash_key'];
function isForkRefused(e: unknown): boolean {
  const err = e as { code?: unknown; constraint?: unknown; message?: unknown };
  return err.code === '23505' && LINK_CONSTRAINTS.some((c) => err.constraint === c || String(err.message).includes(c) || String(err.message).includes('extend the chain head'));
}

function truncateToMs(d: Date): Date {
  return new Date(Math.floor(d.getTime()));
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** Id of the first record whose hash or link does not match, if any. */
  firstBrokenId: string | null;
  reason: string | null;
}

/** Walks the whole chain in id order; names the first broken link. */
export async function verifyChain(db: Database, batchSize = 2000): Promise<ChainVerdict> {
  let prev: Uint8Array = GENESIS;
  let lastId = '0';
  let checked = 0;
  for (;;) {
    const rows = await db.raw.query<Record<string, unknown>>(
      `SELECT "id"::text AS id, "at", "requestId", "subject", "agencyKind"::text AS "agencyKind", "agencyId", "clientId", "purpose",
              "operationName", "childIds"::text[] AS "childIds", "fieldClasses", "outcome", "prevHash", "hash"
         FROM "AccessLog" WHERE "id" > $1::bigint ORDER BY "AccessLog"."id" LIMIT $2`,
      [lastId, batchSize],
    );
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, reason: null };
    for (const row of rows) {
      const id = row['id'] as string;
      const rec: AccessRecord = {
        at: new Date(row['at'] as string | Date),
        requestId: row['requestId'] as string,
        subject: row['subject'] as string,
        agencyKind: row['agencyKind'] as string,
        agencyId: (row['agencyId'] as string | null) ?? null,
        clientId: (row['clientId'] as string | null) ?? null,
        purpose: (row['purpose'] as string | null) ?? null,
        operationName: (row['operationName'] as string | null) ?? null,
        childIds: (row['childIds'] as string[]) ?? [],
        fieldClasses: (row['fieldClasses'] as string[]) ?? [],
        outcome: row['outcome'] as string,
      };
      if (!Buffer.from(row['prevHash'] as Uint8Array).equals(Buffer.from(prev))) {
        return { ok: false, checked, firstBrokenId: id, reason: 'link to the previous record does not match (a record before it was removed or altered)' };
      }
      const expected = recordHash(prev, rec);
      if (!expected.equals(Buffer.from(row['hash'] as Uint8Array))) {
        return { ok: false, checked, firstBrokenId: id, reason: 'record content does not match its hash (altered)' };
      }
      prev = expected;
      lastId = id;
      checked++;
    }
  }
}
