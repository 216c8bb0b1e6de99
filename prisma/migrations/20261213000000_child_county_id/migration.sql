-- Issue 11 (bench:scale): a page of one county's children in id order (countyCode = $1 ORDER BY id LIMIT n)
-- walked Child_pkey past every other county's rows (900,000 of them, 535 ms, for the last of ten counties).
-- This index reads the county's rows in id order directly.
-- CreateIndex
CREATE INDEX "Child_countyCode_id_idx" ON "Child"("countyCode", "id");

