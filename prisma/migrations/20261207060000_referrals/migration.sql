-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyCode" CHAR(6) NOT NULL,
    "childId" UUID NOT NULL,
    "caseId" UUID,
    "fromAgencyKind" "AgencyKind" NOT NULL,
    "fromAgencyId" TEXT,
    "fromTownshipCode" CHAR(12),
    "fromSchoolCode" CHAR(10),
    "referredBy" TEXT NOT NULL,
    "toAgencyKind" "AgencyKind" NOT NULL,
    "purpose" TEXT NOT NULL,
    "classes" TEXT[],
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresOn" DATE NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Referral_childId_idx" ON "Referral"("childId");

-- CreateIndex
CREATE INDEX "Referral_countyCode_toAgencyKind_expiresOn_idx" ON "Referral"("countyCode", "toAgencyKind", "expiresOn");

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "DropoutCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A referral names at least one class and lasts at most 90 days (the service checks it too; plan: case-bound grants).
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_classes" CHECK (cardinality("classes") > 0);
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_expiry" CHECK ("expiresOn" >= ("createdAt" AT TIME ZONE 'UTC')::date AND "expiresOn" <= ("createdAt" AT TIME ZONE 'UTC')::date + 90);
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_revoked" CHECK (("revokedAt" IS NULL) = ("revokedBy" IS NULL));
