import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkpointKeysFrom, newCheckpointKey, provideCheckpointKeys, type CheckpointKeys } from '../../src/audit/checkpoint-keys';
import { CHECKPOINT_FILE, Checkpointer, type CheckpointPayload } from '../../src/audit/checkpoints';
import { recordHash, type AccessRecord } from '../../src/audit/chain';
import { AuditWriter } from '../../src/audit/writer';
import type { Database } from '../../src/db/client';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, TEST_COUNTY, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/**
 * Signed checkpoints of the access log (issue 10 item 1; access-policy
 * "Audit": a removed or altered record is detectable). The hash chain alone
 * cannot show the newest records deleted, nor a chain rewritten and
 * re-hashed: checkpoints kept outside the hub can.
 */
const SETUP_TIMEOUT_MS = 120_000;

const VERIFY = `query Verify($checkpoints: [AccessLogCheckpointInput!]) {
  verifyAccessLog(checkpoints: $checkpoints) {
    ok checked firstBrokenId reason
    findings { kind recordId checkpointHeadId detail }
    checkpoints { index headId count at status detail }
  }
}`;
interface Verdict {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
  findings: Array<{ kind: string; recordId: string | null; checkpointHeadId: string | null; detail: string }>;
  checkpoints: Array<{ index: number; headId: string | null; count: number | null; at: string | null; status: string; detail: string }>;
}

/** The server's access-log writer, told to re-read the chain head after a test tampered with the table behind its back. */
class ResyncingWriter extends AuditWriter {
  resync(): void {
    (this as unknown as { head: Uint8Array | null }).head = null;
  }
}

const record = (i: number): AccessRecord => ({
  at: new Date(), requestId: `cp-${i}-${Math.random().toString(36).slice(2, 8)}`, subject: 'u-cp', agencyKind: 'EDUCATION_BUREAU', agencyId: null, clientId: null,
  purpose: 'DROPOUT_CASEWORK', operationName: 'CheckpointTest', childIds: [], fieldClasses: ['BASIC', 'EDUCATION'], outcome: 'OK',
});

async function maxId(db: Database): Promise<string> {
  return (await db.raw.query<{ id: string }>('SELECT coalesce(max("id"), 0)::text AS id FROM "AccessLog"'))[0]?.id ?? '0';
}
async function countRows(db: Database): Promise<number> {
  return (await db.raw.query<{ n: number }>('SELECT count(*)::int AS n FROM "AccessLog"'))[0]?.n ?? 0;
}

/**
 * SQL as the database superuser with the access log's triggers off (append-only, chain link), then on
 * again; the chain head (AccessLogHead) is moved to the newest record left, as such a tamperer would do
 * (the trigger that guards it is theirs to disable): only the checkpoints can tell.
 */
const withTriggersOff = (db: Database, sql: string) =>
  db.raw.exec(`ALTER TABLE "AccessLog" DISABLE TRIGGER USER; ${sql}; ${RESYNC_HEAD}; ALTER TABLE "AccessLog" ENABLE TRIGGER USER;`);
const RESYNC_HEAD = `UPDATE "AccessLogHead" SET "hash" = coalesce((SELECT "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1), decode(repeat('00', 32), 'hex')), "recordId" = coalesce((SELECT max("id") FROM "AccessLog"), 0)`;

describe('access-log checkpoints (issue 10 item 1: audit/checkpoints.ts, audit/verify.ts, GET /audit/checkpoints)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let supervision: Client;
  let keys: CheckpointKeys;
  let writer: AuditWriter;
  const serverWriter = { current: null as ResyncingWriter | null };
  let dataDir: string;
  let childId: string;
  const clock = { now: new Date() };
  let checkpointer: Checkpointer;

  const append = async (n: number) => {
    for (let i = 0; i < n; i++) await writer.append(record(i));
  };
  const verify = async (checkpoints: string[]): Promise<Verdict> => {
    const r = await supervision.gql(VERIFY, { checkpoints: checkpoints.map((jws) => ({ jws })) });
    expect(r.errors).toBeUndefined();
    return (r.data as unknown as { verifyAccessLog: Verdict }).verifyAccessLog;
  };
  /**
   * verify() on a tampered log, leaving no trace: the request's own access
   * record (linked to whatever head the server's writer remembered) is
   * removed again and the writer re-reads the head.
   */
  const verifyNoTrace = async (checkpoints: string[]): Promise<Verdict> => {
    const before = await maxId(db);
    try {
      return await verify(checkpoints);
    } finally {
      await withTriggersOff(db, `DELETE FROM "AccessLog" WHERE "id" > ${before}`);
      serverWriter.current?.resync();
    }
  };
  const origin = () => new URL(api.url).origin;
  const fetchCheckpoints = async (token: string | null, query = '') =>
    fetch(`${origin()}/audit/checkpoints${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const allJws = async () => {
    const r = await fetchCheckpoints(await mintToken({ agency: 'SUPERVISION' }));
    return ((await r.json()) as { checkpoints: Array<{ jws: string }> }).checkpoints.map((c) => c.jws);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    const school = await s.school(1);
    childId = (await s.child({ villageCode: v.code, schoolId: school.id, name: '赵小检' })).child.id;
    keys = await checkpointKeysFrom([await newCheckpointKey('test')]);
    provideCheckpointKeys(db, Promise.resolve(keys));
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-cp-'));
    serverWriter.current = new ResyncingWriter(db);
    api = await startTestServer(db, testSealer, { audit: serverWriter.current });
    supervision = await api.as('SUPERVISION', 'SUPERVISION');
    writer = new AuditWriter(db);
    checkpointer = new Checkpointer({ db, keys, countyCode: TEST_COUNTY, dataDir, every: 5, minutes: 60, now: () => clock.now });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('an empty log has nothing to sign', async () => {
    expect(await checkpointer.checkpoint()).toEqual({ skipped: 'EMPTY' });
  });

  it('signs the chain head every AUDIT_CHECKPOINT_EVERY records: id, hash, count, time, in the table and the JSON-lines file', async () => {
    // A real read through the hub, then records from a writer.
    const bureau = await api.as('EDUCATION_BUREAU', 'DROPOUT_CASEWORK');
    expect((await bureau.gql('query Read($id: ID!) { child(id: $id) { name } }', { id: childId })).errors).toBeUndefined();
    const first = await checkpointer.checkpoint();
    expect(first).toMatchObject({ taken: { count: 1, county: TEST_COUNTY } }); // the first checkpoint is due at once
    await append(3);
    expect(await checkpointer.checkpoint()).toEqual({ skipped: 'NOT_DUE' });
    await append(2);
    const out = await checkpointer.checkpoint();
    expect('taken' in out).toBe(true);
    const cp = (out as { taken: CheckpointPayload & { jws: string; keyId: string } }).taken;
    expect(cp).toMatchObject({ v: 1, headId: await maxId(db), count: 6, keyId: keys.kid });
    const head = (await db.raw.query<{ hash: Uint8Array }>('SELECT "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1'))[0]!;
    expect(cp.headHash).toBe(Buffer.from(head.hash).toString('hex'));
    // The signature is the hub's and says exactly this.
    const { payload } = await keys.verify(cp.jws);
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ v: 1, county: TEST_COUNTY, headId: cp.headId, headHash: cp.headHash, count: 6, at: cp.at });
    // Table and file hold the same statements.
    const inTable = await db.raw.query<{ jws: string }>('SELECT "jws" FROM "AccessLogCheckpoint" ORDER BY "headId"');
    const lines = readFileSync(path.join(dataDir, CHECKPOINT_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { jws: string; headId: string });
    expect(lines.map((l) => l.jws)).toEqual(inTable.map((r) => r.jws));
    expect(lines[1]?.headId).toBe(cp.headId);
    // Nothing new: nothing signed.
    expect(await checkpointer.checkpoint(true)).toEqual({ skipped: 'UNCHANGED' });
  });

  it('signs after AUDIT_CHECKPOINT_MINUTES when the log grew, even below the record count', async () => {
    await append(1);
    expect(await checkpointer.checkpoint()).toEqual({ skipped: 'NOT_DUE' });
    clock.now = new Date(clock.now.getTime() + 61 * 60_000);
    expect(await checkpointer.checkpoint()).toMatchObject({ taken: { count: 7 } });
  });

  it('the checkpoint table is append-only like the log', async () => {
    await expect(db.raw.query('UPDATE "AccessLogCheckpoint" SET "count" = 0')).rejects.toThrow(/append-only/);
    await expect(db.raw.query('DELETE FROM "AccessLogCheckpoint"')).rejects.toThrow(/append-only/);
    await expect(db.raw.query('TRUNCATE "AccessLogCheckpoint"')).rejects.toThrow(/append-only/);
  });

  describe('GET /audit/checkpoints', () => {
    it('gives supervision the checkpoints in chain order and the public key that checks them', async () => {
      const r = await fetchCheckpoints(await mintToken({ agency: 'SUPERVISION' }));
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const body = (await r.json()) as { county: string; keys: { keys: Array<Record<string, unknown>> }; checkpoints: Array<{ headId: string; count: number; jws: string }>; next: string | null };
      expect(body.county).toBe(TEST_COUNTY);
      expect(body.checkpoints.map((c) => c.count)).toEqual([1, 6, 7]);
      expect(body.next).toBeNull();
      // Public key only: no private part leaves the hub.
      expect(body.keys.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: keys.kid })]);
      expect(JSON.stringify(body.keys)).not.toMatch(/"d"/);
      // Paging from the last one kept.
      const after = await fetchCheckpoints(await mintToken({ agency: 'SUPERVISION' }), `?after=${body.checkpoints[0]!.headId}&limit=1`);
      const page = (await after.json()) as { checkpoints: Array<{ count: number }>; next: string | null };
      expect(page.checkpoints.map((c) => c.count)).toEqual([6]);
      expect(page.next).toBe(body.checkpoints[1]!.headId);
    });

    it('refuses every other agency (403, logged as a denial) and a missing token (401)', async () => {
      for (const agency of ['EDUCATION_BUREAU', 'TOWNSHIP', 'SCHOOL', 'CIVIL_AFFAIRS'] as const) {
        const before = await maxId(db);
        const r = await fetchCheckpoints(await mintToken({ agency, township: '431124101000', school: '2143000001', subject: `probe-${agency}` }));
        expect(r.status).toBe(403);
        expect(JSON.stringify(await r.json())).not.toContain('jws');
        const rec = await db.raw.query<{ subject: string; outcome: string; operationName: string }>('SELECT "subject", "outcome", "operationName" FROM "AccessLog" WHERE "id" > $1::bigint', [before]);
        expect(rec).toEqual([{ subject: `probe-${agency}`, outcome: 'DENIED:FORBIDDEN', operationName: 'audit:checkpoints' }]);
      }
      const partner = await mintToken({ agency: 'PARTNER_APP', onBehalfOf: 'SUPERVISION', grants: [{ class: 'AUDIT', access: 'R' }, { class: 'AGGREGATE', access: 'R' }] });
      expect((await fetchCheckpoints(partner)).status).toBe(403);
      expect((await fetchCheckpoints(null)).status).toBe(401);
    });
  });

  describe('verifyAccessLog(checkpoints:) (SUPERVISION)', () => {
    it('with the hub\'s own checkpoints: intact, each CONFIRMED', async () => {
      const jws = await allJws();
      const v = await verify(jws);
      expect(v.ok).toBe(true);
      expect(v.findings).toEqual([]);
      expect(v.checkpoints.map((c) => c.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
      expect(v.checked).toBe(await countRows(db) - 1); // the verify request's own record is written after it answered
    });

    it('the newest records deleted (superuser, triggers disabled): MISSING_TAIL, though the chain alone looks whole', async () => {
      await append(2);
      const cp = await checkpointer.checkpoint(true);
      const headId = (cp as { taken: { headId: string } }).taken.headId;
      const jws = await allJws();
      const ids = (await db.raw.query<{ id: string }>('SELECT "id"::text AS id FROM "AccessLog" ORDER BY "AccessLog"."id" DESC LIMIT 3')).map((r) => r.id);
      const keep = ids[2] as string;
      await withTriggersOff(db, `CREATE TABLE "zz_tail" AS SELECT * FROM "AccessLog" WHERE "id" > ${keep}; DELETE FROM "AccessLog" WHERE "id" > ${keep}`);
      try {
        serverWriter.current?.resync();
        // Without checkpoints the remaining chain verifies: that is the gap checkpoints close.
        expect((await verifyNoTrace([])).ok).toBe(true);
        const v = await verifyNoTrace(jws);
        expect(v.ok).toBe(false);
        const tail = v.findings.filter((f) => f.kind === 'MISSING_TAIL');
        expect(tail).toEqual([expect.objectContaining({ checkpointHeadId: headId, recordId: keep })]);
        expect(tail[0]?.detail).toMatch(/newest records were deleted/);
        expect(v.checkpoints.find((c) => c.headId === headId)?.status).toBe('MISSING_TAIL');
        // The older checkpoints still agree with what is left.
        expect(v.checkpoints.filter((c) => c.headId !== headId).map((c) => c.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
      } finally {
        await withTriggersOff(db, `DELETE FROM "AccessLog" WHERE "id" > ${keep}; INSERT INTO "AccessLog" SELECT * FROM "zz_tail"; DROP TABLE "zz_tail"`);
        serverWriter.current?.resync();
      }
      writer = new AuditWriter(db); // the writer's remembered head was among the deleted records
      expect((await verify(await allJws())).ok).toBe(true);
    });

    it('one record rewritten in place: REWRITTEN_RECORD at its id; the checkpoints after it still match the stored hashes', async () => {
      const target = (await db.raw.query<{ id: string; purpose: string }>('SELECT "id"::text AS id, "purpose" FROM "AccessLog" ORDER BY "AccessLog"."id" LIMIT 1 OFFSET 3'))[0]!;
      await withTriggersOff(db, `UPDATE "AccessLog" SET "purpose" = 'AID_ELIGIBILITY' WHERE "id" = ${target.id}`);
      try {
        const v = await verify(await allJws());
        expect(v.ok).toBe(false);
        expect(v.firstBrokenId).toBe(target.id);
        expect(v.findings).toEqual([expect.objectContaining({ kind: 'REWRITTEN_RECORD', recordId: target.id })]);
      } finally {
        await withTriggersOff(db, `UPDATE "AccessLog" SET "purpose" = '${target.purpose}' WHERE "id" = ${target.id}`);
      }
    });

    it('a record rewritten and every later hash recomputed: the chain alone is whole, the checkpoints show FORKED_CHAIN after the last one that agrees', async () => {
      const cps = await db.raw.query<{ headId: string }>('SELECT "headId"::text AS "headId" FROM "AccessLogCheckpoint" ORDER BY "AccessLogCheckpoint"."headId"');
      // Rewrite the record right after the second checkpoint's head.
      const second = cps[1]!.headId;
      const rows = await db.raw.query<Record<string, unknown>>(
        `SELECT "id"::text AS id, "at", "requestId", "subject", "agencyKind"::text AS "agencyKind", "agencyId", "clientId", "purpose", "operationName",
                "childIds"::text[] AS "childIds", "fieldClasses", "outcome", "prevHash", "hash" FROM "AccessLog" WHERE "id" > $1::bigint ORDER BY "AccessLog"."id"`, [second]);
      const target = rows[0]!['id'] as string;
      await db.raw.exec(`CREATE TABLE "zz_orig" AS SELECT * FROM "AccessLog" WHERE "id" >= ${target}`);
      let prev: Uint8Array = Buffer.from(rows[0]!['prevHash'] as Uint8Array);
      const updates: string[] = [];
      for (const [i, r] of rows.entries()) {
        const rec = { ...(r as unknown as AccessRecord), at: new Date(r['at'] as string), purpose: i === 0 ? 'AID_ELIGIBILITY' : (r['purpose'] as string | null) };
        const h = recordHash(prev, rec);
        updates.push(`UPDATE "AccessLog" SET "purpose" = ${rec.purpose === null ? 'NULL' : `'${rec.purpose}'`}, "prevHash" = '\\x${Buffer.from(prev).toString('hex')}', "hash" = '\\x${h.toString('hex')}' WHERE "id" = ${r['id'] as string}`);
        prev = h;
      }
      await withTriggersOff(db, updates.join('; '));
      serverWriter.current?.resync();
      try {
        expect((await verifyNoTrace([])).ok).toBe(true); // re-hashed: the chain alone cannot tell
        const v = await verifyNoTrace(await allJws());
        expect(v.ok).toBe(false);
        const forks = v.findings.filter((f) => f.kind === 'FORKED_CHAIN');
        expect(forks.length).toBeGreaterThan(0);
        expect(forks[0]?.detail).toContain(`after id ${second}`);
        expect(v.checkpoints.slice(0, 2).map((c) => c.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
        expect(v.checkpoints.slice(2).every((c) => c.status === 'FORKED')).toBe(true);
      } finally {
        await withTriggersOff(db, `DELETE FROM "AccessLog" WHERE "id" >= ${target}; INSERT INTO "AccessLog" SELECT * FROM "zz_orig"; DROP TABLE "zz_orig"`);
        serverWriter.current?.resync();
      }
      writer = new AuditWriter(db);
      expect((await verify(await allJws())).ok).toBe(true);
    });

    it('a forged checkpoint is refused (FORGED, FORGED_CHECKPOINT) and used for nothing', async () => {
      const [real] = await allJws();
      const [h, p, sig] = (real as string).split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as CheckpointPayload;
      // 1. The payload changed under the hub's signature (a head far beyond the log: it would read as a missing tail).
      const altered = `${h}.${Buffer.from(JSON.stringify({ ...claims, headId: '999999', count: 999999 })).toString('base64url')}.${sig}`;
      // 2. Signed by another key.
      const other = await checkpointKeysFrom([await newCheckpointKey('attacker')]);
      const foreign = await other.sign(new TextEncoder().encode(JSON.stringify({ ...claims, headId: '999999', count: 999999 })));
      // 3. Not a JWS at all.
      const v = await verify([altered, foreign, 'not-a-checkpoint', real as string]);
      expect(v.ok).toBe(false);
      expect(v.checkpoints.map((c) => c.status)).toEqual(['FORGED', 'FORGED', 'FORGED', 'CONFIRMED']);
      expect(v.findings.map((f) => f.kind)).toEqual(['FORGED_CHECKPOINT', 'FORGED_CHECKPOINT', 'FORGED_CHECKPOINT']);
      expect(v.findings.some((f) => f.kind === 'MISSING_TAIL')).toBe(false);
      expect(v.checkpoints[0]?.detail).toMatch(/refused/);
    });

    it('two signed checkpoints attesting different records at one id (restored and written on): FORKED_CHAIN', async () => {
      const [real] = await allJws();
      const claims = JSON.parse(Buffer.from((real as string).split('.')[1] as string, 'base64url').toString('utf8')) as CheckpointPayload;
      const twin = await keys.sign(new TextEncoder().encode(JSON.stringify({ ...claims, headHash: 'ab'.repeat(32), at: new Date().toISOString() })));
      const v = await verify([real as string, twin]);
      expect(v.ok).toBe(false);
      expect(v.findings.some((f) => f.kind === 'FORKED_CHAIN' && /two signed checkpoints/.test(f.detail))).toBe(true);
    });

    it('only supervision may verify with checkpoints (the field is in no other slice)', async () => {
      const township = await api.as({ agency: 'TOWNSHIP', township: '431124101000' }, 'GUARDIAN_REQUEST');
      const r = await township.gql(VERIFY, { checkpoints: [] });
      expect(r.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it('the hub never signs a chain broken since the last checkpoint', async () => {
    await append(1);
    const target = await maxId(db);
    await withTriggersOff(db, `UPDATE "AccessLog" SET "subject" = 'someone-else' WHERE "id" = ${target}`);
    try {
      await append(1);
      expect(await checkpointer.checkpoint(true)).toEqual({ refused: expect.stringMatching(/altered/), recordId: target });
      expect(existsSync(path.join(dataDir, CHECKPOINT_FILE))).toBe(true);
    } finally {
      await withTriggersOff(db, `UPDATE "AccessLog" SET "subject" = 'u-cp' WHERE "id" = ${target}`);
    }
    expect(await checkpointer.checkpoint(true)).toMatchObject({ taken: {} });
  });
});
