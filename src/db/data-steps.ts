import { boundTo, keyedRequestHash, recordSealer } from '../idempotency';
import type { IdentifierSealer } from '../lib/crypto';
import type { SqlSession } from './client';

/**
 * Data steps of migrations: what a migration needs done that SQL cannot do,
 * because it takes the hub's keys (which never reach the database). The
 * migration runner (migrate.ts) runs a migration's step inside that
 * migration's transaction, before its SQL.
 */
export interface DataStep {
  /** What the step does (said when it has work and no keys were given). */
  does: string;
  /** True when there is work for the step (asked before its migration starts). */
  pending(s: SqlSession): Promise<boolean>;
  run(s: SqlSession, sealer: IdentifierSealer): Promise<void>;
}

const BATCH = 2000;

/**
 * Before 20261208000100: seals the national student numbers stored plain
 * (Enrollment.nationalStudentNumber, "G" + the child's ID number) and the
 * idempotency answers stored plain (IdempotencyRecord.response) into the
 * columns 20261208000000 added, setting each plain value to NULL, and keys
 * the stored request hashes as src/idempotency.ts now stores them. The
 * migration then drops the plain columns and rewrites both tables.
 */
const sealPlainIdentifiers: DataStep = {
  does: 'seals the plain national student numbers and idempotency answers',
  async pending(s) {
    const [r] = await s.query<{ work: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "Enrollment" WHERE "nationalStudentNumber" IS NOT NULL)
           OR EXISTS (SELECT 1 FROM "IdempotencyRecord") AS work`,
    );
    return r?.work === true;
  },
  async run(s, sealer) {
    // No writer may add a plain value behind the step (an instance of the previous version still serving).
    await s.exec('LOCK TABLE "Enrollment", "IdempotencyRecord" IN SHARE ROW EXCLUSIVE MODE');
    for (;;) {
      const rows = await s.query<{ id: string; n: string }>(
        `SELECT id::text AS id, "nationalStudentNumber" AS n FROM "Enrollment" WHERE "nationalStudentNumber" IS NOT NULL ORDER BY id LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      await s.query(
        `UPDATE "Enrollment" AS e
            SET "nationalStudentNumberCipher" = decode(v.c, 'hex'), "nationalStudentNumberHash" = decode(v.h, 'hex'), "nationalStudentNumber" = NULL
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, c, h)
          WHERE e.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => sealer.seal(r.n).toString('hex')), rows.map((r) => sealer.index(r.n).toString('hex'))],
      );
    }
    const records = recordSealer(sealer);
    const legacy = await s.query<{ subject: string; key: string; requestHash: string; response: string | null }>(
      'SELECT subject, key, "requestHash", response FROM "IdempotencyRecord" ORDER BY subject, key',
    );
    for (let i = 0; i < legacy.length; i += BATCH) {
      const batch = legacy.slice(i, i + BATCH);
      await s.query(
        `UPDATE "IdempotencyRecord" AS r
            SET "requestHash" = v.h, "responseCipher" = decode(v.c, 'hex'), response = NULL
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(subject, key, h, c)
          WHERE r.subject = v.subject AND r.key = v.key`,
        [
          batch.map((r) => r.subject),
          batch.map((r) => r.key),
          batch.map((r) => keyedRequestHash(records, r.requestHash)),
          batch.map((r) => (r.response === null ? null : records.sealBound(r.response, boundTo(r.subject, r.key)).toString('hex'))),
        ],
      );
    }
  },
};

/** Migration name → the step run before its SQL. */
export const DATA_STEPS: Readonly<Record<string, DataStep>> = {
  '20261208000100_plain_student_numbers_and_idempotency_dropped': sealPlainIdentifiers,
};
