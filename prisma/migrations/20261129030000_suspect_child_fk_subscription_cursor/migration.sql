-- CreateTable
CREATE TABLE "SubscriptionCursor" (
    "key" TEXT NOT NULL,
    "lastEventId" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionCursor_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "SuspectedDropout" ADD CONSTRAINT "SuspectedDropout_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

