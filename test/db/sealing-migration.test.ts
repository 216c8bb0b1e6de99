import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type Database } from '../../src/db/client';
import { listMigrations, migrate, MigrationError } from '../../src/db/migrate';
import { boundTo, keyedRequestHash, recordSealer, requestHash } from '../../src/idempotency';
import { withDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { post, startTestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/**
 * Upgrading a database that holds plain national student numbers and plain
 * idempotency answers (issue 10 item 3): 20261208000000 adds the sealed
 * columns, and before 20261208000100 drops the plain ones the hub's migration
 * runner seals every plain value in the same transaction (src/db/data-steps.ts).
 * The database is brought to just before 20261208000100 and given data as the
 * previous version stored it; the hub then migrates it and nothing is lost:
 * the sealed values open to the old ones, the plain columns are gone, and a
 * retry of an idempotent request answered before the upgrade still replays.
 * PGlite by default, a scratch database on the server with DATABASE_URL.
 */
const serverUrl = process.env.DATABASE_URL;
const DROP = '20261208000100_plain_student_numbers_and_idempotency_dropped';
const PURPOSE = 'ENROLLMENT_MANAGEMENT';
const EVIDENCE = '入学登记-0201';
const ENROL = `mutation Enrol($input: EnrolInput!) {
  enrolChild(input: $input) { enrollment { id grade status } event { id type evidenceRef } }
}`;

async function scratchDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (!serverUrl) {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ url: serverUrl, poolSize: 1 });
  await admin.raw.exec(`CREATE DATABASE ${name}`);
  const db = openPostgres({ url: withDatabase(serverUrl, name), poolSize: 5 });
  return {
    db,
    async drop() {
      await db.close();
      await admin.raw.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

const columnsOf = async (db: Database, table: string) =>
  (await db.raw.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY 1`, [table])).map((r) => r.c);
const bytes = (v: unknown) => Buffer.from(v as Uint8Array);

describe(`migrating plain student numbers and idempotency answers to sealed ones (${DROP})`, () => {
  let scratch: { db: Database; drop(): Promise<void> };
  let db: Database;
  /** child id → the plain national student number the previous version stored (null: none). */
  const numbers = new Map<string, string | null>();
  let enrolBody: { query: string; variables: unknown };
  let firstAnswer = '';
  let enrolled = '';
  let headers: Record<string, string>;

  beforeAll(async () => {
    scratch = await scratchDatabase();
    db = scratch.db;
    const before = listMigrations().filter((m) => m.name < DROP);
    expect(listMigrations().map((m) => m.name)).toContain(DROP);
    await migrate(db, before);

    const s = new Scenario(db);
    const villageCode = (await s.village(1, 1)).code;
    const schoolId = (await s.school(1)).id;
    for (let i = 0; i < 3; i++) {
      const { child, idNumber } = await s.child({ villageCode, schoolId });
      numbers.set(child.id, `G${idNumber}`);
    }
    const noNumber = await s.child({ villageCode, schoolId });
    numbers.set(noNumber.child.id, null);
    // As the previous version stored them: plain, no ciphertext, no index.
    for (const [childId, n] of numbers) {
      await db.raw.query(`UPDATE "Enrollment" SET "nationalStudentNumber" = $2, "nationalStudentNumberCipher" = NULL, "nationalStudentNumberHash" = NULL WHERE "childId" = $1::uuid`, [childId, n]);
    }

    // An idempotent enrolment answered before the upgrade.
    const pupil = await s.child({ villageCode, schoolId: null });
    enrolled = pupil.child.id;
    headers = { authorization: `Bearer ${await mintToken({ agency: 'EDUCATION_BUREAU', subject: 'clerk-1' })}`, 'x-purpose': PURPOSE, 'idempotency-key': 'before-upgrade-0001' };
    enrolBody = { query: ENROL, variables: { input: { childId: enrolled, schoolId, grade: 2, date: '2026-11-10', evidenceRef: EVIDENCE } } };
    const api = await startTestServer(db, testSealer);
    try {
      const first = await post(api.url, enrolBody, headers);
      expect(first.errors).toBeUndefined();
      firstAnswer = first.text;
    } finally {
      await api.close();
    }
    expect(firstAnswer).toContain(EVIDENCE);
    // Turned back into the record the previous version kept: the answer and the request hash plain.
    const records = recordSealer(testSealer);
    const [row] = await db.raw.query<{ requestHash: string; responseCipher: Uint8Array; status: number }>(
      `SELECT "requestHash", "responseCipher", status FROM "IdempotencyRecord" WHERE subject = 'clerk-1' AND key = 'before-upgrade-0001'`,
    );
    const plainHash = requestHash(Buffer.from(JSON.stringify(enrolBody)), PURPOSE);
    expect(row?.requestHash).toBe(keyedRequestHash(records, plainHash)); // the hash is the one the hub computes
    const plainAnswer = records.openBound(bytes(row?.responseCipher), boundTo('clerk-1', 'before-upgrade-0001'));
    expect(JSON.parse(plainAnswer)).toEqual({ body: firstAnswer, childIds: [enrolled] });
    await db.raw.query(
      `UPDATE "IdempotencyRecord" SET "requestHash" = $1, response = $2, "responseCipher" = NULL WHERE subject = 'clerk-1' AND key = 'before-upgrade-0001'`,
      [plainHash, plainAnswer],
    );
    // And one still running when the previous version stopped: no answer yet.
    await db.raw.query(`INSERT INTO "IdempotencyRecord" (subject, key, "requestHash") VALUES ('clerk-2', 'in-flight-0001', $1)`, ['a'.repeat(64)]);
  }, 180_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('without the hub keys the migration is refused before it starts: nothing recorded, nothing changed', async () => {
    const attempt = migrate(db);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(`migration ${DROP} seals the plain national student numbers and idempotency answers: it needs the hub's keys`);
    expect(await db.raw.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [DROP])).toEqual([]);
    expect(await columnsOf(db, 'Enrollment')).toContain('nationalStudentNumber');
  });

  it('applied without its data step (as the Prisma CLI would), its SQL refuses to drop plain values', async () => {
    const attempt = migrate(db, undefined, { sealer: testSealer, steps: {} });
    await expect(attempt).rejects.toThrow(/holds plain values that are not sealed yet/);
    expect((await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Enrollment" WHERE "nationalStudentNumber" IS NOT NULL`))[0]?.n).toBe(3);
    expect((await db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "IdempotencyRecord" WHERE response IS NOT NULL`))[0]?.n).toBe(1);
    // `prisma migrate resolve --rolled-back`, so that the hub may apply it.
    await db.raw.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`, [DROP]);
  });

  it('the hub migrates it: every number sealed to its old value and findable by its blind index, the plain columns gone', async () => {
    // It, and the migrations written after it.
    expect(await migrate(db, undefined, { sealer: testSealer })).toEqual(listMigrations().map((m) => m.name).filter((n) => n >= DROP));
    expect(await columnsOf(db, 'Enrollment')).not.toContain('nationalStudentNumber');
    expect(await columnsOf(db, 'Enrollment')).toEqual(expect.arrayContaining(['nationalStudentNumberCipher', 'nationalStudentNumberHash']));
    expect(await columnsOf(db, 'IdempotencyRecord')).not.toContain('response');
    expect(await columnsOf(db, 'IdempotencyRecord')).toContain('responseCipher');

    const rows = await db.raw.query<{ childId: string; c: Uint8Array | null; h: Uint8Array | null }>(
      `SELECT "childId"::text AS "childId", "nationalStudentNumberCipher" AS c, "nationalStudentNumberHash" AS h FROM "Enrollment" WHERE "childId" = ANY($1::uuid[])`,
      [[...numbers.keys()]],
    );
    expect(rows).toHaveLength(numbers.size);
    for (const r of rows) {
      const old = numbers.get(r.childId);
      if (old === null) {
        expect([r.c, r.h]).toEqual([null, null]);
        continue;
      }
      expect(testSealer.open(bytes(r.c))).toBe(old);
      expect(bytes(r.h).equals(testSealer.index(old as string))).toBe(true);
    }
    // Nothing of the numbers or of the answer left readable in either table's rows.
    const text = (await db.raw.query<{ t: string }>(`SELECT e::text AS t FROM "Enrollment" e UNION ALL SELECT r::text FROM "IdempotencyRecord" r`)).map((r) => r.t).join('\n');
    for (const n of numbers.values()) if (n) expect(text).not.toContain(n.slice(1));
    expect(text).not.toContain(EVIDENCE);

    // The record still running stays so, its hash now keyed as the hub stores it.
    const [inFlight] = await db.raw.query<{ requestHash: string; responseCipher: Uint8Array | null; status: number | null }>(
      `SELECT "requestHash", "responseCipher", status FROM "IdempotencyRecord" WHERE subject = 'clerk-2'`,
    );
    expect(inFlight).toEqual({ requestHash: keyedRequestHash(recordSealer(testSealer), 'a'.repeat(64)), responseCipher: null, status: null });

    // Applied once: the next start finds nothing to do.
    expect(await migrate(db, undefined, { sealer: testSealer })).toEqual([]);
  });

  it('the hub serves the sealed numbers and replays the idempotent request answered before the upgrade', async () => {
    const api = await startTestServer(db, testSealer);
    try {
      const bureau = await api.as('EDUCATION_BUREAU', PURPOSE);
      for (const [childId, n] of numbers) {
        const r = await bureau.gql<{ child: { enrollment: { nationalStudentNumber: string | null } } }, { id: string }>(
          'query ($id: ID!) { child(id: $id) { enrollment { nationalStudentNumber } } }',
          { id: childId },
        );
        expect(r.errors).toBeUndefined();
        expect(r.data?.child.enrollment.nationalStudentNumber).toBe(n);
      }

      const events = await db.prisma.statusEvent.count({ where: { childId: enrolled } });
      const again = await post(api.url, enrolBody, headers);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.text).toBe(firstAnswer);
      expect(await db.prisma.statusEvent.count({ where: { childId: enrolled } })).toBe(events);
      expect((await db.prisma.accessLog.findMany({ where: { childIds: { has: enrolled } }, orderBy: { at: 'asc' } })).map((l) => l.outcome)).toEqual(['WRITE', 'REPLAY']);

      // Its request hash was keyed, not lost: the same key with another body is still a CONFLICT.
      const other = await post(api.url, { ...enrolBody, variables: { input: { ...(enrolBody.variables as { input: object }).input, grade: 3 } } }, headers);
      expect(other.status).toBe(409);
      expect(other.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    } finally {
      await api.close();
    }
  });
});
