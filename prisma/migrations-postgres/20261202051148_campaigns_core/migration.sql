-- AlterTable
ALTER TABLE "Send" ADD COLUMN     "campaignId" TEXT;

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "senderId" TEXT NOT NULL DEFAULT '',
    "message" TEXT,
    "template" TEXT,
    "templateName" TEXT,
    "summary" TEXT,
    "wizardState" TEXT,
    "mapping" TEXT,
    "scheduledAt" TIMESTAMP(3),
    "optOutOverrideReason" TEXT,
    "createdById" TEXT,
    "launchedById" TEXT,
    "launchedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "feederOwner" TEXT,
    "feederUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignRecipient" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "to" TEXT NOT NULL,
    "name" TEXT,
    "values" TEXT NOT NULL,
    "contactId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "errorCode" TEXT,
    "reason" TEXT,
    "feeds" INTEGER NOT NULL DEFAULT 0,
    "sendId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_status_scheduledAt_idx" ON "Campaign"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "CampaignRecipient_campaignId_status_id_idx" ON "CampaignRecipient"("campaignId", "status", "id");

-- CreateIndex
CREATE INDEX "CampaignRecipient_campaignId_errorCode_id_idx" ON "CampaignRecipient"("campaignId", "errorCode", "id");

-- CreateIndex
CREATE INDEX "CampaignRecipient_campaignId_row_idx" ON "CampaignRecipient"("campaignId", "row");

-- CreateIndex
CREATE INDEX "CampaignRecipient_sendId_idx" ON "CampaignRecipient"("sendId");

-- CreateIndex
CREATE INDEX "CampaignRecipient_contactId_idx" ON "CampaignRecipient"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignRecipient_campaignId_to_key" ON "CampaignRecipient"("campaignId", "to");

-- CreateIndex
CREATE INDEX "Send_campaignId_outcome_idx" ON "Send"("campaignId", "outcome");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_launchedById_fkey" FOREIGN KEY ("launchedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_sendId_fkey" FOREIGN KEY ("sendId") REFERENCES "Send"("id") ON DELETE SET NULL ON UPDATE CASCADE;

