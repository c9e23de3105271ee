-- AlterTable
ALTER TABLE "Send" ADD COLUMN     "dispatchedAt" TIMESTAMP(3),
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "notBefore" TIMESTAMP(3),
ADD COLUMN     "payload" TEXT,
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resendOfId" TEXT,
ADD COLUMN     "senderKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "waitReason" TEXT,
ALTER COLUMN "outcome" SET DEFAULT 'queued';

-- CreateTable
CREATE TABLE "SenderPace" (
    "senderKey" TEXT NOT NULL,
    "rateLimit" INTEGER NOT NULL,
    "ratePeriodMs" INTEGER NOT NULL,
    "nextAt" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "lastSlotAt" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "slowdown" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "pausedUntil" TIMESTAMP(3),
    "pauseReason" TEXT,

    CONSTRAINT "SenderPace_pkey" PRIMARY KEY ("senderKey")
);

-- CreateTable
CREATE TABLE "DeliveryWorker" (
    "id" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliveryWorker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Send_outcome_priority_createdAt_idx" ON "Send"("outcome", "priority", "createdAt");

-- CreateIndex
CREATE INDEX "Send_senderKey_dispatchedAt_idx" ON "Send"("senderKey", "dispatchedAt");

-- CreateIndex
CREATE INDEX "Send_resendOfId_idx" ON "Send"("resendOfId");

-- AddForeignKey
ALTER TABLE "Send" ADD CONSTRAINT "Send_resendOfId_fkey" FOREIGN KEY ("resendOfId") REFERENCES "Send"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Sends left "pending" by the delivery that ran inside a request (before the engine): nothing
-- resumes them and whether their request left is not known, so they become unknown, with why.
UPDATE "Send" SET "outcome" = 'unknown', "errorCode" = 'abandoned',
  "completedAt" = COALESCE("completedAt", "createdAt"),
  "errorMessage" = 'Kabar stopped (a restart or a crash) after this request had left and before Damcorp answered, so nobody knows whether it was sent. Check the contact''s chat. To send it again, use Send again: Kabar warns first, because the customer may get it twice.'
WHERE "outcome" = 'pending';
UPDATE "SendRecipient" SET "status" = 'unknown'
WHERE "status" = 'pending' AND "sendId" IN (SELECT "id" FROM "Send" WHERE "outcome" = 'unknown');
