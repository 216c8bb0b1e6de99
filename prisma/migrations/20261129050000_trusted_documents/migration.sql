-- Issue 6 "Partner contract": trusted documents per partner client and per-client rate-limit overrides.
-- Generated with /work/shared/tools/prisma-migrate-diff (HEAD schema → HEAD + these two models).
-- CreateTable
CREATE TABLE "TrustedDocument" (
    "clientId" TEXT NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "operationName" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedDocument_pkey" PRIMARY KEY ("clientId","hash")
);

-- CreateTable
CREATE TABLE "PartnerRateLimit" (
    "clientId" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "refillPerSecond" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerRateLimit_pkey" PRIMARY KEY ("clientId")
);

