-- Issue 11 item 5, second table: "OutboxEvent" becomes a native declarative
-- table partitioned by month of "createdAt" (UTC months; docs/scale.md
-- "Partitions"). A partitioned table's primary key must hold the partition
-- key: the primary key is now ("id", "createdAt") (schema.prisma
-- @@id([id, createdAt])); "id" keeps its sequence, so it still grows with
-- every event and consumers keep reading "id > cursor" across partitions.
-- The append-only trigger moves with it (a BEFORE ROW trigger on the parent
-- is cloned onto every partition, those created later included).
--
-- Partitions: "OutboxEvent_YYYY_MM" for [first of the month, first of the
-- next) 00:00 UTC, one for every month that has events at the time of this
-- migration, and "OutboxEvent_default" for a time no partition covers. The
-- hub creates the current month and the next three at start-up and daily
-- (src/db/partitions.ts). Old months can then be detached and archived whole
-- once every consumer's cursor has passed them, without a DELETE (which the
-- trigger refuses).

ALTER TABLE "OutboxEvent" RENAME TO "OutboxEvent_unpartitioned";
ALTER TABLE "OutboxEvent_unpartitioned" RENAME CONSTRAINT "OutboxEvent_pkey" TO "OutboxEvent_unpartitioned_pkey";
ALTER INDEX "OutboxEvent_createdAt_idx" RENAME TO "OutboxEvent_unpartitioned_createdAt_idx";
ALTER INDEX "OutboxEvent_type_id_idx" RENAME TO "OutboxEvent_unpartitioned_type_id_idx";
DROP TRIGGER "OutboxEvent_append_only" ON "OutboxEvent_unpartitioned";

-- CreateTable (partitioned); the id sequence is the old table's, handed over below.
CREATE TABLE "OutboxEvent" (
    "id" BIGINT NOT NULL DEFAULT nextval('"OutboxEvent_id_seq"'),
    "countyCode" CHAR(6) NOT NULL,
    "type" TEXT NOT NULL,
    "childId" UUID,
    "townshipCode" CHAR(12),
    "schoolId" UUID,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id", "createdAt")
) PARTITION BY RANGE ("createdAt");
ALTER SEQUENCE "OutboxEvent_id_seq" OWNED BY "OutboxEvent"."id";

-- CreateIndex
CREATE INDEX "OutboxEvent_createdAt_idx" ON "OutboxEvent"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_type_id_idx" ON "OutboxEvent"("type", "id");

-- The outbox is append-only: consumers keep their own positions.
CREATE TRIGGER "OutboxEvent_append_only" BEFORE UPDATE OR DELETE ON "OutboxEvent"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();

-- The DEFAULT partition, and one partition per month that has events (UTC months).
CREATE TABLE "OutboxEvent_default" PARTITION OF "OutboxEvent" DEFAULT;

DO $$
DECLARE
  m timestamp;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', "createdAt" AT TIME ZONE 'UTC') FROM "OutboxEvent_unpartitioned" ORDER BY 1 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "OutboxEvent" FOR VALUES FROM (%L) TO (%L)',
                   'OutboxEvent_' || to_char(m, 'YYYY_MM'), to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00', to_char(m + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
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
  FOR p IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = '"OutboxEvent"'::regclass LOOP
    FOR g IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
               FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
              WHERE c.oid = p AND a.grantee <> c.relowner LOOP
      EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', p, g);
    END LOOP;
  END LOOP;
END
$$;

-- Move the events (ids kept), and drop the old table.
INSERT INTO "OutboxEvent" ("id", "countyCode", "type", "childId", "townshipCode", "schoolId", "payload", "createdAt")
  SELECT "id", "countyCode", "type", "childId", "townshipCode", "schoolId", "payload", "createdAt" FROM "OutboxEvent_unpartitioned";
DROP TABLE "OutboxEvent_unpartitioned";
