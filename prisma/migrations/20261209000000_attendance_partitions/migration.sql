-- Issue 11 item 5, first table: "AttendanceRecord" becomes a native
-- declarative table partitioned by month of "date" (docs/scale.md "Partitions").
-- A partitioned table's primary key must hold the partition key: the primary
-- key is now ("id", "date") (schema.prisma @@id([id, date])); the unique
-- ("childId", "date") already holds it.
--
-- Partitions: "AttendanceRecord_YYYY_MM" for [first of month, first of next
-- month), one for every month that has rows at the time of this migration,
-- and "AttendanceRecord_default" for a date no partition covers (a write
-- never fails for a missing month). The hub creates the current month and
-- the next three at start-up and daily (src/db/partitions.ts), and the
-- generator creates the months it writes before loading.

-- The old table steps aside; its constraints and indexes are renamed so the
-- new table can take the names Prisma expects.
ALTER TABLE "AttendanceRecord" RENAME TO "AttendanceRecord_unpartitioned";
ALTER TABLE "AttendanceRecord_unpartitioned" RENAME CONSTRAINT "AttendanceRecord_pkey" TO "AttendanceRecord_unpartitioned_pkey";
ALTER TABLE "AttendanceRecord_unpartitioned" RENAME CONSTRAINT "AttendanceRecord_childId_fkey" TO "AttendanceRecord_unpartitioned_childId_fkey";
ALTER TABLE "AttendanceRecord_unpartitioned" RENAME CONSTRAINT "AttendanceRecord_schoolId_fkey" TO "AttendanceRecord_unpartitioned_schoolId_fkey";
ALTER TABLE "AttendanceRecord_unpartitioned" RENAME CONSTRAINT "AttendanceRecord_leaveRequestId_fkey" TO "AttendanceRecord_unpartitioned_leaveRequestId_fkey";
ALTER INDEX "AttendanceRecord_schoolId_date_idx" RENAME TO "AttendanceRecord_unpartitioned_schoolId_date_idx";
ALTER INDEX "AttendanceRecord_childId_date_key" RENAME TO "AttendanceRecord_unpartitioned_childId_date_key";

-- CreateTable (partitioned)
CREATE TABLE "AttendanceRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "schoolId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "AttendanceKind" NOT NULL,
    "leaveRequestId" UUID,
    "note" TEXT,
    "followUpOutcome" "FollowUpOutcome",
    "followedUpAt" TIMESTAMPTZ(3),
    "followedUpBy" TEXT,
    "followUpNote" TEXT,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AttendanceRecord_pkey" PRIMARY KEY ("id", "date")
) PARTITION BY RANGE ("date");

-- CreateIndex
CREATE INDEX "AttendanceRecord_schoolId_date_idx" ON "AttendanceRecord"("schoolId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceRecord_childId_date_key" ON "AttendanceRecord"("childId", "date");

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceRecord" ADD CONSTRAINT "AttendanceRecord_leaveRequestId_fkey" FOREIGN KEY ("leaveRequestId") REFERENCES "LeaveRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The DEFAULT partition, and one partition per month that has rows.
CREATE TABLE "AttendanceRecord_default" PARTITION OF "AttendanceRecord" DEFAULT;

DO $$
DECLARE
  m date;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', "date")::date FROM "AttendanceRecord_unpartitioned" ORDER BY 1 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "AttendanceRecord" FOR VALUES FROM (%L) TO (%L)',
                   'AttendanceRecord_' || to_char(m, 'YYYY_MM'), m, (m + interval '1 month')::date);
  END LOOP;
END
$$;

-- A partition is reached through its parent only (the parent's grants are the
-- ones checked): what the owner's default privileges gave the new partitions
-- is taken back (src/db/partitions.ts does the same for the ones it creates).
DO $$
DECLARE
  p regclass;
  g text;
BEGIN
  FOR p IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = '"AttendanceRecord"'::regclass LOOP
    FOR g IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
               FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
              WHERE c.oid = p AND a.grantee <> c.relowner LOOP
      EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', p, g);
    END LOOP;
  END LOOP;
END
$$;

-- Move the rows, and drop the old table.
INSERT INTO "AttendanceRecord" SELECT * FROM "AttendanceRecord_unpartitioned";
DROP TABLE "AttendanceRecord_unpartitioned";
