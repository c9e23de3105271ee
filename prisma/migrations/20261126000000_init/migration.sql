-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSignInAt" DATETIME,
    "timeZone" TEXT
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "ip" TEXT,
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SenderNumber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "tokenCipher" TEXT NOT NULL,
    "tokenLast4" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT,
    "valueCipher" TEXT,
    "last4" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'id',
    "category" TEXT NOT NULL DEFAULT 'UTILITY',
    "headerKind" TEXT NOT NULL DEFAULT 'none',
    "headerText" TEXT,
    "body" TEXT NOT NULL,
    "footer" TEXT,
    "buttons" TEXT NOT NULL DEFAULT '[]',
    "buttonsFormat" TEXT NOT NULL DEFAULT 'array',
    "cards" TEXT NOT NULL DEFAULT '[]',
    "offerExpiry" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Template_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MediaAsset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storagePath" TEXT NOT NULL,
    "damcorpId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'upload',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    CONSTRAINT "MediaAsset_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Send" (
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
    "outcome" TEXT NOT NULL DEFAULT 'pending',
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "ticketCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "Send_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Send_senderNumberId_fkey" FOREIGN KEY ("senderNumberId") REFERENCES "SenderNumber" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SendRecipient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sendId" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "msgId" TEXT,
    "errorCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SendRecipient_sendId_fkey" FOREIGN KEY ("sendId") REFERENCES "Send" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "ip" TEXT,
    "detail" TEXT
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailure" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedUntil" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SenderNumber_number_key" ON "SenderNumber"("number");

-- CreateIndex
CREATE INDEX "Template_name_idx" ON "Template"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_sha256_key" ON "MediaAsset"("sha256");

-- CreateIndex
CREATE INDEX "MediaAsset_kind_createdAt_idx" ON "MediaAsset"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Send_idempotencyKey_key" ON "Send"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Send_createdAt_id_idx" ON "Send"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Send_composeId_idx" ON "Send"("composeId");

-- CreateIndex
CREATE INDEX "Send_outcome_createdAt_idx" ON "Send"("outcome", "createdAt");

-- CreateIndex
CREATE INDEX "Send_kind_createdAt_idx" ON "Send"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "Send_templateName_createdAt_idx" ON "Send"("templateName", "createdAt");

-- CreateIndex
CREATE INDEX "Send_senderNumberId_createdAt_idx" ON "Send"("senderNumberId", "createdAt");

-- CreateIndex
CREATE INDEX "Send_userId_createdAt_idx" ON "Send"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Send_errorCode_createdAt_idx" ON "Send"("errorCode", "createdAt");

-- CreateIndex
CREATE INDEX "SendRecipient_sendId_status_to_idx" ON "SendRecipient"("sendId", "status", "to");

-- CreateIndex
CREATE INDEX "SendRecipient_to_createdAt_idx" ON "SendRecipient"("to", "createdAt");

-- CreateIndex
CREATE INDEX "SendRecipient_status_createdAt_idx" ON "SendRecipient"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

