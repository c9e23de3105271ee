-- AlterTable
ALTER TABLE "Send" ADD COLUMN "campaignId" TEXT;

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "senderId" TEXT NOT NULL DEFAULT '',
    "message" TEXT,
    "template" TEXT,
    "templateName" TEXT,
    "summary" TEXT,
    "wizardState" TEXT,
    "mapping" TEXT,
    "scheduledAt" DATETIME,
    "optOutOverrideReason" TEXT,
    "createdById" TEXT,
    "launchedById" TEXT,
    "launchedAt" DATETIME,
    "startedAt" DATETIME,
    "pausedAt" DATETIME,
    "completedAt" DATETIME,
    "cancelledAt" DATETIME,
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "feederOwner" TEXT,
    "feederUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Campaign_launchedById_fkey" FOREIGN KEY ("launchedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignRecipient" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CampaignRecipient_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CampaignRecipient_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CampaignRecipient_sendId_fkey" FOREIGN KEY ("sendId") REFERENCES "Send" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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

