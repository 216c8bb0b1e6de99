-- CreateTable
CREATE TABLE "PartnerClient" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countyCode" CHAR(6) NOT NULL,
    "secretHash" TEXT NOT NULL,
    "onBehalfOf" "AgencyKind" NOT NULL,
    "grants" JSONB NOT NULL,
    "townshipCode" CHAR(12),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerClient_pkey" PRIMARY KEY ("id")
);


-- A partner acts on behalf of a department, never of another partner; ids are URL-safe.
ALTER TABLE "PartnerClient" ADD CONSTRAINT "PartnerClient_on_behalf" CHECK ("onBehalfOf" <> 'PARTNER_APP');
ALTER TABLE "PartnerClient" ADD CONSTRAINT "PartnerClient_id_format" CHECK ("id" ~ '^[a-z0-9][a-z0-9._-]{2,63}$');
