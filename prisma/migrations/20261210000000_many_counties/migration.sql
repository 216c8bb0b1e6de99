-- Issue 11 item 1: many counties in one database.
-- AlterEnum (PostgreSQL 12+ adds enum values inside a transaction; nothing here uses them)


ALTER TYPE "AgencyKind" ADD VALUE 'CITY_EDUCATION_BUREAU';
ALTER TYPE "AgencyKind" ADD VALUE 'PROVINCE_EDUCATION_DEPARTMENT';

-- DropIndex
DROP INDEX "Household_registrationNumber_key";

-- DropIndex
DROP INDEX "SubsidyProgramme_code_key";

-- DropIndex
DROP INDEX "PovertyRollBatch_contentHash_key";

-- DropIndex
DROP INDEX "Discrepancy_kind_key_key";

-- DropIndex
DROP INDEX "PlantedFact_kind_idx";

-- AlterTable
-- Existing facts: the county of their child, else the database's only county (a database holds one county until now).
ALTER TABLE "PlantedFact" ADD COLUMN     "countyCode" CHAR(6);
UPDATE "PlantedFact" f SET "countyCode" = c."countyCode" FROM "Child" c WHERE c."id" = f."childId";
UPDATE "PlantedFact" SET "countyCode" = (SELECT min("countyCode") FROM "Region") WHERE "countyCode" IS NULL;
ALTER TABLE "PlantedFact" ALTER COLUMN "countyCode" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Household_countyCode_registrationNumber_key" ON "Household"("countyCode", "registrationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyProgramme_countyCode_code_key" ON "SubsidyProgramme"("countyCode", "code");

-- CreateIndex
CREATE UNIQUE INDEX "PovertyRollBatch_countyCode_contentHash_key" ON "PovertyRollBatch"("countyCode", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Discrepancy_countyCode_kind_key_key" ON "Discrepancy"("countyCode", "kind", "key");

-- CreateIndex
CREATE INDEX "PlantedFact_countyCode_kind_idx" ON "PlantedFact"("countyCode", "kind");

