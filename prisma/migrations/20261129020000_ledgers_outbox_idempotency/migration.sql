-- CreateEnum
CREATE TYPE "SuspectSource" AS ENUM ('ABSENCE_STREAK', 'ABSENCE_RATE', 'SUSPENSION_OVERDUE', 'CENSUS_NOT_ENROLLED', 'CROSS_CHECK', 'LABOR_FINDING');

-- CreateEnum
CREATE TYPE "SuspectStatus" AS ENUM ('OPEN', 'CONFIRMED', 'CLEARED');

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "classTeacherName" TEXT;

-- CreateTable
CREATE TABLE "SuspectedDropout" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "source" "SuspectSource" NOT NULL,
    "sourceRef" TEXT NOT NULL,
    "detectedOn" DATE NOT NULL,
    "detail" TEXT NOT NULL,
    "status" "SuspectStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedOn" DATE,
    "resolution" TEXT,
    "caseId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuspectedDropout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "countyCode" CHAR(6) NOT NULL,
    "type" TEXT NOT NULL,
    "childId" UUID,
    "townshipCode" CHAR(12),
    "schoolId" UUID,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "subject" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "status" INTEGER,
    "response" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("subject","key")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "townshipCode" CHAR(12) NOT NULL,
    "month" CHAR(7) NOT NULL,
    "asOf" DATE NOT NULL,
    "totals" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuspectedDropout_childId_idx" ON "SuspectedDropout"("childId");

-- CreateIndex
CREATE INDEX "SuspectedDropout_countyCode_status_idx" ON "SuspectedDropout"("countyCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SuspectedDropout_source_sourceRef_key" ON "SuspectedDropout"("source", "sourceRef");

-- CreateIndex
CREATE INDEX "OutboxEvent_createdAt_idx" ON "OutboxEvent"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_type_id_idx" ON "OutboxEvent"("type", "id");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_townshipCode_month_key" ON "MonthlyReport"("townshipCode", "month");


-- A submitted monthly report is frozen (plan S2: no silent rewriting of a reported figure).
CREATE FUNCTION hub_frozen_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."submittedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'MonthlyReport % was submitted and is frozen', OLD."id" USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER "MonthlyReport_frozen" BEFORE UPDATE OR DELETE ON "MonthlyReport"
  FOR EACH ROW EXECUTE FUNCTION hub_frozen_report();
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_month" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
-- The outbox is append-only too: consumers keep their own positions.
CREATE TRIGGER "OutboxEvent_append_only" BEFORE UPDATE OR DELETE ON "OutboxEvent"
  FOR EACH ROW EXECUTE FUNCTION hub_refuse_change();
