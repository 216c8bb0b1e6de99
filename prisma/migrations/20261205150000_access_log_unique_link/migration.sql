-- Issue 9: the access-log writer links each group of records to the chain head
-- it knows in ONE statement; this index makes a fork impossible (two records
-- linked to the same predecessor), so a stale head is refused, never written.
-- CreateIndex
CREATE UNIQUE INDEX "AccessLog_prevHash_key" ON "AccessLog"("prevHash");
