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
CREATE INDEX "Send_resendOfId_idx" ON "Send"("resendOfId");

