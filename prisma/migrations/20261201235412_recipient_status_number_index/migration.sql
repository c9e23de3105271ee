-- CreateIndex
CREATE INDEX "SendRecipient_status_to_createdAt_idx" ON "SendRecipient"("status", "to", "createdAt");

