-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('POVERTY_ROLL', 'MINIMUM_LIVING', 'DISABILITY_REGISTER', 'CENSUS', 'SCHOOL_ROSTER', 'RESIDENCE_PERMIT');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "encoding" TEXT,
    "contentHash" TEXT NOT NULL,
    "validRowsOnly" BOOLEAN NOT NULL DEFAULT false,
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "insertedRows" INTEGER NOT NULL DEFAULT 0,
    "updatedRows" INTEGER NOT NULL DEFAULT 0,
    "unchangedRows" INTEGER NOT NULL DEFAULT 0,
    "rejectedRows" INTEGER NOT NULL DEFAULT 0,
    "rejects" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "duplicateOfId" UUID,
    "subject" TEXT NOT NULL,
    "agencyKind" "AgencyKind" NOT NULL,
    "agencyId" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_countyCode_kind_contentHash_idx" ON "ImportJob"("countyCode", "kind", "contentHash");

-- CreateIndex
CREATE INDEX "ImportJob_countyCode_startedAt_idx" ON "ImportJob"("countyCode", "startedAt");

