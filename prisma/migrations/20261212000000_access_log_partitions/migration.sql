-- Issue 11 item 5, third table: "AccessLog" becomes a native declarative table
-- partitioned by month of "at" (UTC months; docs/scale.md "Partitions"). Its
-- primary key must hold the partition key: ("id", "at") (schema.prisma
-- @@id([id, at])); "id" keeps its sequence, and the chain is still the
-- records in "id" order.
--
-- The chain's link check. The unique index on "prevHash" (every record has at
-- most one successor: no fork) cannot exist on a partitioned table (a unique
-- index must contain the partition key). It is replaced by the chain head:
-- "AccessLogHead" holds the hash and id of the newest record, and a
-- statement-level trigger checks that the rows an INSERT adds, in id order,
-- link to each other and the first of them to the head, then moves the head
-- to the last of them, in the same transaction. Two writers linking to the
-- same head: the second waits on the head row, finds it moved and is refused
-- (SQLSTATE 23505, constraint "AccessLog_chain_link") with nothing written,
-- as the unique index refused it before (src/audit/writer.ts re-reads the
-- head and links again). This is stricter than the index: a record linking
-- to any older record (a fork further back) is refused too. The head is
-- reached only through the trigger (SECURITY DEFINER, owned by the owner):
-- the runtime role holds no privilege on it.
--
-- Partitions: "AccessLog_YYYY_MM" for [first of the month, first of the next)
-- 00:00 UTC, one for every month that has records at the time of this
-- migration, and "AccessLog_default" for a time no partition covers. The hub
-- creates the current month and the next three at start-up and daily.

ALTER TABLE "AccessLog" RENAME TO "AccessLog_unpartitioned";
ALTER TABLE "AccessLog_unpartitioned" RENAME CONSTRAINT "AccessLog_pkey" TO "AccessLog_unpartitioned_pkey";
ALTER TABLE "AccessLog_unpartitioned" RENAME CONSTRAINT "AccessLog_hash_len" TO "AccessLog_unpartitioned_hash_len";
ALTER INDEX "AccessLog_at_idx" RENAME TO "AccessLog_unpartitioned_at_idx";
ALTER INDEX "AccessLog_childIds_idx" RENAME TO "AccessLog_unpartitioned_childIds_idx";
ALTER INDEX "AccessLog_prevHash_key" RENAME TO "AccessLog_unpartitioned_prevHash_key";
DROP TRIGGER "AccessLog_append_only" ON "AccessLog_unpartitioned";
DROP TRIGGER "AccessLog_no_truncate" ON "AccessLog_unpartitioned";

-- CreateTable (partitioned); the id sequence is the old table's, handed over below.
CREATE TABLE "AccessLog" (
    "id" BIGINT NOT NULL DEFAULT nextval('"AccessLog_id_seq"'),
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "agencyKind" "AgencyKind" NOT NULL,
    "agencyId" TEXT,
    "clientId" TEXT,
    "purpose" TEXT,
    "operationName" TEXT,
    "childIds" UUID[],
    "fieldClasses" TEXT[],
    "outcome" TEXT NOT NULL,
    "prevHash" BYTEA NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");
ALTER SEQUENCE "AccessLog_id_seq" OWNED BY "AccessLog"."id";
ALTER TABLE "AccessLog" ADD CONSTRAINT "AccessLog_hash_len" CHECK (octet_length("hash") = 32 AND octet_length("prevHash") = 32);

-- CreateIndex
CREATE INDEX "AccessLog_at_idx" ON "AccessLog"("at");

-- The guardian's access report (issue 10): the records that name one child.
CREATE INDEX "AccessLog_childIds_idx" ON "AccessLog" USING GIN ("childIds");

-- Append-only (plan S2; access-policy "Audit"): the row trigger is cloned onto every partition.
CREATE TRIGGER "AccessLog_append_only" BEFORE UPDATE OR DELETE ON "AccessLog"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
CREATE TRIGGER "AccessLog_no_truncate" BEFORE TRUNCATE ON "AccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();

-- The DEFAULT partition, and one partition per month that has records (UTC months).
CREATE TABLE "AccessLog_default" PARTITION OF "AccessLog" DEFAULT;

DO $$
DECLARE
  m timestamp;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', "at" AT TIME ZONE 'UTC') FROM "AccessLog_unpartitioned" ORDER BY 1 LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "AccessLog" FOR VALUES FROM (%L) TO (%L)',
                   'AccessLog_' || to_char(m, 'YYYY_MM'), to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00', to_char(m + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
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
  FOR p IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = '"AccessLog"'::regclass LOOP
    FOR g IN SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END
               FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
              WHERE c.oid = p AND a.grantee <> c.relowner LOOP
      EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', p, g);
    END LOOP;
  END LOOP;
END
$$;

-- Move the records (ids kept, before the link check exists: the chain is
-- verified by verifyAccessLog, not re-judged by a migration), and drop the old table.
INSERT INTO "AccessLog" ("id", "at", "requestId", "subject", "agencyKind", "agencyId", "clientId", "purpose", "operationName", "childIds", "fieldClasses", "outcome", "prevHash", "hash")
  SELECT "id", "at", "requestId", "subject", "agencyKind", "agencyId", "clientId", "purpose", "operationName", "childIds", "fieldClasses", "outcome", "prevHash", "hash"
    FROM "AccessLog_unpartitioned";
DROP TABLE "AccessLog_unpartitioned";

-- The chain head: one row, the newest record's hash and id (the genesis, 32 zero bytes, and 0 for an empty log).
CREATE TABLE "AccessLogHead" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "hash" BYTEA NOT NULL,
    "recordId" BIGINT NOT NULL,

    CONSTRAINT "AccessLogHead_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "AccessLogHead" ADD CONSTRAINT "AccessLogHead_one" CHECK ("id" = 1 AND octet_length("hash") = 32);
INSERT INTO "AccessLogHead" ("id", "hash", "recordId")
  SELECT 1, coalesce((SELECT "hash" FROM "AccessLog" ORDER BY "id" DESC LIMIT 1), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea),
            coalesce((SELECT max("id") FROM "AccessLog"), 0);
REVOKE ALL ON TABLE "AccessLogHead" FROM PUBLIC;

CREATE FUNCTION hub_access_log_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  first_prev bytea;
  last_hash bytea;
  last_id bigint;
  breaks integer;
BEGIN
  SELECT "prevHash" INTO first_prev FROM new_rows ORDER BY "id" LIMIT 1;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT "hash", "id" INTO last_hash, last_id FROM new_rows ORDER BY "id" DESC LIMIT 1;
  SELECT count(*) INTO breaks
    FROM (SELECT "prevHash", lag("hash") OVER (ORDER BY "id") AS before FROM new_rows) t
   WHERE t.before IS NOT NULL AND t."prevHash" IS DISTINCT FROM t.before;
  IF breaks > 0 THEN
    RAISE EXCEPTION 'access log: the records of one insert do not link to each other in id order'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'AccessLog_chain_link';
  END IF;
  UPDATE "AccessLogHead" SET "hash" = last_hash, "recordId" = last_id WHERE "id" = 1 AND "hash" = first_prev;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'access log: the records do not extend the chain head (a fork is refused)'
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'AccessLog_chain_link';
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION hub_access_log_link() FROM PUBLIC;

CREATE TRIGGER "AccessLog_chain_link" AFTER INSERT ON "AccessLog"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION hub_access_log_link();
