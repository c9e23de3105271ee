-- CreateIndex
CREATE INDEX "CampaignRecipient_campaignId_status_row_idx" ON "CampaignRecipient"("campaignId", "status", "row");

