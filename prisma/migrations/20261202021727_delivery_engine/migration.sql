-- CreateTable
CREATE TABLE "SenderPace" (
    "senderKey" TEXT NOT NULL PRIMARY KEY,
    "rateLimit" INTEGER NOT NULL,
    "ratePeriodMs" INTEGER NOT NULL,
    "nextAt" REAL NOT NULL DEFAULT 0,
    "lastSlotAt" REAL NOT NULL DEFAULT 0,
    "slowdown" REAL NOT NULL DEFAULT 1,
    "pausedUntil" DATETIME,
    "pauseReason" TEXT
);

-- CreateTable
CREATE TABLE "DeliveryWorker" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "heartbeatAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Send" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "composeId" TEXT,
    "userId" TEXT,
    "senderNumberId" TEXT,
    "kind" TEXT NOT NULL,
    "templateName" TEXT,
    "summary" TEXT,
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL,
    "requestBody" TEXT NOT NULL,
    "requestHash" TEXT,
    "draft" TEXT,
    "responseBody" TEXT,
    "httpStatus" INTEGER,
    "responseCode" TEXT,
    "outcome" TEXT NOT NULL DEFAULT 'queued',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ticketCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    "senderKey" TEXT NOT NULL DEFAULT '',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "payload" TEXT,
    "notBefore" DATETIME,
    "waitReason" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "dispatchedAt" DATETIME,
    "resendOfId" TEXT,
    CONSTRAINT "Send_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Send_senderNumberId_fkey" FOREIGN KEY ("senderNumberId") REFERENCES "SenderNumber" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Send_resendOfId_fkey" FOREIGN KEY ("resendOfId") REFERENCES "Send" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Send" ("attempts", "completedAt", "composeId", "createdAt", "draft", "errorCode", "errorMessage", "httpStatus", "id", "idempotencyKey", "kind", "outcome", "path", "recipientCount", "requestBody", "requestHash", "responseBody", "responseCode", "senderNumberId", "summary", "templateName", "ticketCode", "userId") SELECT "attempts", "completedAt", "composeId", "createdAt", "draft", "errorCode", "errorMessage", "httpStatus", "id", "idempotencyKey", "kind", "outcome", "path", "recipientCount", "requestBody", "requestHash", "responseBody", "responseCode", "senderNumberId", "summary", "templateName", "ticketCode", "userId" FROM "Send";
DROP TABLE "Send";
ALTER TABLE "new_Send" RENAME TO "Send";
CREATE UNIQUE INDEX "Send_idempotencyKey_key" ON "Send"("idempotencyKey");
CREATE INDEX "Send_createdAt_id_idx" ON "Send"("createdAt", "id");
CREATE INDEX "Send_composeId_idx" ON "Send"("composeId");
CREATE INDEX "Send_outcome_createdAt_idx" ON "Send"("outcome", "createdAt");
CREATE INDEX "Send_kind_createdAt_idx" ON "Send"("kind", "createdAt");
CREATE INDEX "Send_templateName_createdAt_idx" ON "Send"("templateName", "createdAt");
CREATE INDEX "Send_senderNumberId_createdAt_idx" ON "Send"("senderNumberId", "createdAt");
CREATE INDEX "Send_userId_createdAt_idx" ON "Send"("userId", "createdAt");
CREATE INDEX "Send_errorCode_createdAt_idx" ON "Send"("errorCode", "createdAt");
CREATE INDEX "Send_outcome_priority_createdAt_idx" ON "Send"("outcome", "priority", "createdAt");
CREATE INDEX "Send_senderKey_dispatchedAt_idx" ON "Send"("senderKey", "dispatchedAt");
CREATE INDEX "Send_resendOfId_idx" ON "Send"("resendOfId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Sends left "pending" by the delivery that ran inside a request (before the engine): nothing
-- resumes them and whether their request left is not known, so they become unknown, with why.
UPDATE "Send" SET "outcome" = 'unknown', "errorCode" = 'abandoned',
  "completedAt" = COALESCE("completedAt", "createdAt"),
  "errorMessage" = 'Kabar stopped (a restart or a crash) after this request had left and before Damcorp answered, so nobody knows whether it was sent. Check the contact''s chat. To send it again, use Send again: Kabar warns first, because the customer may get it twice.'
WHERE "outcome" = 'pending';
UPDATE "SendRecipient" SET "status" = 'unknown'
WHERE "status" = 'pending' AND "sendId" IN (SELECT "id" FROM "Send" WHERE "outcome" = 'unknown');
