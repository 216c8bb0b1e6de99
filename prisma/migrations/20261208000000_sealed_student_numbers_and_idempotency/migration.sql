-- The national student number (全国学籍号, "G" + the child's ID number) is
-- sealed like the ID number: AES-256-GCM ciphertext and an HMAC-SHA256 blind
-- index for exact lookup and uniqueness. An idempotency record's stored answer
-- (which can hold ID numbers) is sealed too. The plain columns stay until the
-- next migration, 20261208000100_plain_student_numbers_and_idempotency_dropped,
-- before which the hub's migration runner seals their values (SQL cannot: the
-- keys never reach the database).

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "nationalStudentNumberCipher" BYTEA,
ADD COLUMN     "nationalStudentNumberHash" BYTEA;

-- AlterTable
ALTER TABLE "IdempotencyRecord" ADD COLUMN     "responseCipher" BYTEA;

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_nationalStudentNumberHash_key" ON "Enrollment"("nationalStudentNumberHash");
