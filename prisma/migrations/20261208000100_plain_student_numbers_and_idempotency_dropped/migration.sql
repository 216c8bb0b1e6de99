-- Drops the plain national student numbers and idempotency answers.
--
-- The hub's migration runner (src/db/migrate.ts) runs a data step before this
-- SQL, in the same transaction (src/db/data-steps.ts): it seals every plain
-- value into the columns added by 20261208000000_sealed_student_numbers_and_idempotency
-- with the hub's keys, sets the plain value to NULL, and keys the stored
-- request hashes. Applied any other way (the Prisma CLI), this migration
-- refuses to drop values that were never sealed.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Enrollment" WHERE "nationalStudentNumber" IS NOT NULL) THEN
    RAISE EXCEPTION 'Enrollment."nationalStudentNumber" holds plain values that are not sealed yet: apply the migrations with the hub (npm start, or npm run db:roles -- --apply), which seals them first';
  END IF;
  IF EXISTS (SELECT 1 FROM "IdempotencyRecord" WHERE "response" IS NOT NULL) THEN
    RAISE EXCEPTION 'IdempotencyRecord."response" holds answers that are not sealed yet: apply the migrations with the hub (npm start, or npm run db:roles -- --apply), which seals them first';
  END IF;
END $$;

-- DropIndex
DROP INDEX "Enrollment_nationalStudentNumber_key";

-- AlterTable
ALTER TABLE "Enrollment" DROP COLUMN "nationalStudentNumber";

-- AlterTable
ALTER TABLE "IdempotencyRecord" DROP COLUMN "response";

-- DROP COLUMN only hides a column: the row versions written before the data
-- step still hold the plain values in the table's files (and so in a copy of
-- the data directory). Rewriting the tables writes live rows only, with the
-- dropped column nulled, and the old files are removed at commit.
CLUSTER "Enrollment" USING "Enrollment_pkey";
ALTER TABLE "Enrollment" SET WITHOUT CLUSTER;
CLUSTER "IdempotencyRecord" USING "IdempotencyRecord_pkey";
ALTER TABLE "IdempotencyRecord" SET WITHOUT CLUSTER;
