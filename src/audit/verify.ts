import type { Database } from '../db/client';
import { GENESIS, recordHash, type AccessRecord } from './chain';
import { CheckpointSignatureError, type CheckpointKeys } from './checkpoint-keys';
import type { CheckpointPayload } from './checkpoints';

/**
 * Verification of the access log against checkpoints held elsewhere
 * (issue 10 item 1; access-policy "Audit": a removed or altered record is
 * detectable). The chain alone shows a record rewritten in place (its content
 * no longer matches its hash) and a record removed from the middle (the next
 * one's link no longer matches). Signed checkpoints show what the chain
 * alone cannot:
 *   MISSING_TAIL     the newest records were deleted: the log ends before a checkpoint's head;
 *   DELETED_RECORDS  records up to a checkpoint's head were deleted though the log goes on;
 *   FORKED_CHAIN     the log up to a checkpoint's head is not the one that was signed (rewritten
 *                    and re-hashed, or restored from an older backup and written on), or the
 *                    checkpoints themselves attest two histories;
 *   FORGED_CHECKPOINT a checkpoint whose signature is not the hub's: refused, and used for nothing.
 */
export type FindingKind = 'BROKEN_LINK' | 'REWRITTEN_RECORD' | 'MISSING_TAIL' | 'DELETED_RECORDS' | 'FORKED_CHAIN' | 'FORGED_CHECKPOINT';

export interface Finding {
  kind: FindingKind;
  /** The record where it shows (null when no record can be named). */
  recordId: string | null;
  /** The head id of the checkpoint that shows it, if any. */
  checkpointHeadId: string | null;
  detail: string;
}

export type CheckpointStatus = 'CONFIRMED' | 'FORGED' | 'MISSING_TAIL' | 'DELETED_RECORDS' | 'REWRITTEN' | 'FORKED';

export interface CheckpointVerdict {
  /** Position in the list handed in. */
  index: number;
  headId: string | null;
  count: number | null;
  at: string | null;
  status: CheckpointStatus;
  detail: string;
}

interface StoredRow {
  id: string;
  hash: Buffer;
  /** Records up to and including this one. */
  count: number;
  /** Its content matches its hash. */
  contentOk: boolean;
}

export interface Walk {
  /** Records checked before the first finding (all of them when there is none). */
  checked: number;
  /** Records walked. */
  total: number;
  lastId: string | null;
  findings: Finding[];
  /** The rows asked about (by id). */
  rows: Map<string, StoredRow>;
}

const BROKEN_LINK = 'link to the previous record does not match (a record before it was removed or altered)';
const REWRITTEN = 'record content does not match its hash (altered)';

/**
 * Walks the chain in id order from `afterId` (whose hash is `prev`) up to
 * `upToId`, checking each link and each record's hash. Unlike verifyChain it
 * goes on past a break (linking to what is stored), so that each tampered
 * record is named once, up to maxFindings.
 */
export async function walkChain(
  db: Database,
  o: { afterId?: string; upToId?: string; prev?: Uint8Array; maxFindings?: number; interest?: ReadonlySet<string>; batchSize?: number } = {},
): Promise<Walk> {
  const maxFindings = o.maxFindings ?? 100;
  const batch = o.batchSize ?? 2000;
  let prev = Buffer.from(o.prev ?? GENESIS);
  let lastId = o.afterId ?? '0';
  const out: Walk = { checked: 0, total: 0, lastId: null, findings: [], rows: new Map() };
  for (;;) {
    const rows = await db.raw.query<Record<string, unknown>>(
      `SELECT "id"::text AS id, "at", "requestId", "subject", "agencyKind"::text AS "agencyKind", "agencyId", "clientId", "purpose",
              "operationName", "childIds"::text[] AS "childIds", "fieldClasses", "outcome", "prevHash", "hash"
         FROM "AccessLog" WHERE "id" > $1::bigint AND ($2::bigint IS NULL OR "id" <= $2::bigint) ORDER BY "AccessLog"."id" LIMIT $3`,
      [lastId, o.upToId ?? null, batch],
    );
    if (rows.length === 0) return out;
    for (const row of rows) {
      const id = row['id'] as string;
      const stored = Buffer.from(row['hash'] as Uint8Array);
      const linkOk = Buffer.from(row['prevHash'] as Uint8Array).equals(prev);
      const contentOk = recordHash(row['prevHash'] as Uint8Array, recordOf(row)).equals(stored);
      out.total++;
      if (!linkOk) note(out, { kind: 'BROKEN_LINK', recordId: id, checkpointHeadId: null, detail: BROKEN_LINK }, maxFindings);
      if (!contentOk) note(out, { kind: 'REWRITTEN_RECORD', recordId: id, checkpointHeadId: null, detail: REWRITTEN }, maxFindings);
      if (out.findings.length === 0) out.checked++;
      if (o.interest?.has(id)) out.rows.set(id, { id, hash: stored, count: out.total, contentOk });
      prev = stored;
      lastId = id;
      out.lastId = id;
    }
  }
}

function note(w: Walk, f: Finding, max: number): void {
  if (w.findings.length < max) w.findings.push(f);
}

function recordOf(row: Record<string, unknown>): AccessRecord {
  return {
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
}

export interface LogVerdict {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  findings: Finding[];
  checkpoints: CheckpointVerdict[];
}

interface Claimed extends CheckpointPayload {
  index: number;
}

/** Checks each checkpoint's signature and shape; the good ones are claims about the log. */
async function claimsOf(keys: CheckpointKeys, jwsList: readonly string[], countyCode: string): Promise<{ claims: Claimed[]; forged: CheckpointVerdict[] }> {
  const claims: Claimed[] = [];
  const forged: CheckpointVerdict[] = [];
  for (const [index, jws] of jwsList.entries()) {
    try {
      const { payload } = await keys.verify(jws.trim());
      const p = JSON.parse(new TextDecoder().decode(payload)) as Partial<CheckpointPayload>;
      if (p.v !== 1 || typeof p.headId !== 'string' || !/^[0-9]{1,19}$/.test(p.headId) || typeof p.headHash !== 'string' || !/^[0-9a-f]{64}$/.test(p.headHash)
        || typeof p.count !== 'number' || typeof p.at !== 'string') {
        throw new CheckpointSignatureError('signed, but not a checkpoint of this format');
      }
      if (p.county !== countyCode) throw new CheckpointSignatureError(`a checkpoint of county ${String(p.county)}, not ${countyCode}`);
      claims.push({ ...(p as CheckpointPayload), index });
    } catch (e) {
      if (!(e instanceof CheckpointSignatureError)) throw e;
      forged.push({ index, headId: null, count: null, at: null, status: 'FORGED', detail: `refused: ${e.message}` });
    }
  }
  return { claims, forged };
}

/**
 * The whole chain checked, and each checkpoint handed in held against it.
 * The first four fields keep verifyChain's meaning (the first break of the
 * chain; checked = records before it), and a checkpoint finding makes the
 * verdict not ok too.
 */
export async function verifyWithCheckpoints(db: Database, keys: CheckpointKeys | null, jwsList: readonly string[], countyCode: string, maxFindings = 100): Promise<LogVerdict> {
  const { claims, forged } = keys ? await claimsOf(keys, jwsList, countyCode) : { claims: [], forged: [] };
  const walk = await walkChain(db, { interest: new Set(claims.map((c) => c.headId)), maxFindings });
  const findings: Finding[] = [...walk.findings];
  const verdicts: CheckpointVerdict[] = [...forged];
  for (const f of forged) findings.push({ kind: 'FORGED_CHECKPOINT', recordId: null, checkpointHeadId: null, detail: `checkpoint #${f.index + 1} ${f.detail}` });

  const sorted = [...claims].sort((a, b) => cmp(a.headId, b.headId));
  let lastConfirmed: Claimed | null = null;
  for (const c of sorted) {
    const row = walk.rows.get(c.headId);
    const base = { index: c.index, headId: c.headId, count: c.count, at: c.at };
    const signed = `the checkpoint of ${c.at} (${c.count} records up to id ${c.headId})`;
    let status: CheckpointStatus;
    let detail: string;
    let finding: Finding | null = null;
    if (!row) {
      if (walk.lastId === null || cmp(walk.lastId, c.headId) < 0) {
        status = 'MISSING_TAIL';
        detail = `${signed}: the log now ends ${walk.lastId === null ? 'empty' : `at id ${walk.lastId}`} with ${walk.total} records: the newest records were deleted`;
        finding = { kind: 'MISSING_TAIL', recordId: walk.lastId, checkpointHeadId: c.headId, detail };
      } else {
        status = 'DELETED_RECORDS';
        detail = `${signed}: record ${c.headId} is gone though the log goes on to id ${walk.lastId}: records were deleted`;
        finding = { kind: 'DELETED_RECORDS', recordId: c.headId, checkpointHeadId: c.headId, detail };
      }
    } else if (row.hash.toString('hex') !== c.headHash) {
      if (!row.contentOk) {
        status = 'REWRITTEN';
        detail = `${signed}: record ${c.headId} was rewritten`;
      } else {
        status = 'FORKED';
        const after = lastConfirmed ? `after id ${lastConfirmed.headId} (the last checkpoint it agrees with)` : 'from the start';
        detail = `${signed}: the log up to id ${c.headId} is not the one that was signed; it diverges ${after} and at or before id ${c.headId}: records were rewritten and re-hashed, or the database was restored from an older backup and written on`;
        finding = { kind: 'FORKED_CHAIN', recordId: c.headId, checkpointHeadId: c.headId, detail };
      }
    } else if (row.count !== c.count) {
      const fewer = row.count < c.count;
      status = fewer ? 'DELETED_RECORDS' : 'FORKED';
      detail = `${signed}: the log holds ${row.count} records up to id ${c.headId}${fewer ? ': records were deleted' : ''}`;
      finding = { kind: fewer ? 'DELETED_RECORDS' : 'FORKED_CHAIN', recordId: c.headId, checkpointHeadId: c.headId, detail };
    } else {
      status = 'CONFIRMED';
      detail = `${signed}: the log agrees`;
      lastConfirmed = c;
    }
    verdicts.push({ ...base, status, detail });
    if (finding && findings.length < maxFindings) findings.push(finding);
  }
  // The checkpoints among themselves: one id with two hashes, or fewer records at a later head, are two histories.
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as Claimed;
    const b = sorted[i] as Claimed;
    const twoHashes = a.headId === b.headId && a.headHash !== b.headHash;
    const shrinking = a.headId !== b.headId && b.count < a.count;
    if ((twoHashes || shrinking) && findings.length < maxFindings) {
      findings.push({
        kind: 'FORKED_CHAIN',
        recordId: b.headId,
        checkpointHeadId: b.headId,
        detail: twoHashes
          ? `two signed checkpoints attest different records at id ${b.headId} (${a.at}, ${b.at}): the log was forked, e.g. restored from a backup and written on`
          : `the checkpoint of ${b.at} counts fewer records (${b.count}) at a later head than the one of ${a.at} (${a.count}): the log was forked`,
      });
    }
  }
  verdicts.sort((x, y) => x.index - y.index);
  const first = findings[0];
  return {
    ok: findings.length === 0,
    checked: walk.checked,
    firstBrokenId: first?.recordId ?? null,
    reason: first?.detail ?? null,
    findings,
    checkpoints: verdicts,
  };
}

function cmp(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
