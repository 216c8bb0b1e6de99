-- Issue 10 item 1: signed checkpoints of the access log's chain head, and item 5:
-- the guardian's access report finds the records naming one child by a GIN index.

-- CreateTable
CREATE TABLE "AccessLogCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "headId" BIGINT NOT NULL,
    "headHash" BYTEA NOT NULL,
    "count" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "jws" TEXT NOT NULL,

    CONSTRAINT "AccessLogCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessLogCheckpoint_headId_key" ON "AccessLogCheckpoint"("headId");

-- CreateIndex
CREATE INDEX "AccessLog_childIds_idx" ON "AccessLog" USING GIN ("childIds");


-- Checkpoints are evidence: append-only like the log they attest.
CREATE TRIGGER "AccessLogCheckpoint_append_only" BEFORE UPDATE OR DELETE ON "AccessLogCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
CREATE TRIGGER "AccessLogCheckpoint_no_truncate" BEFORE TRUNCATE ON "AccessLogCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION hub_refuse_change();
