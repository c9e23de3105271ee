-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "e164" TEXT NOT NULL,
    "name" TEXT,
    "searchName" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContactAttribute" (
    "contactId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("contactId", "key"),
    CONSTRAINT "ContactAttribute_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactTag" (
    "contactId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("contactId", "tag"),
    CONSTRAINT "ContactTag_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OptOut" (
    "e164" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "optedOutAt" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "reason" TEXT,
    "ticketCode" TEXT,
    "importId" TEXT,
    "byUserId" TEXT,
    "optedInAt" DATETIME,
    "optedInById" TEXT,
    "optInReason" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContactImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "filePath" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'uploaded',
    "header" TEXT NOT NULL DEFAULT 'auto',
    "mapping" TEXT,
    "bytesRead" INTEGER NOT NULL DEFAULT 0,
    "rowsRead" INTEGER NOT NULL DEFAULT 0,
    "staged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "noted" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "errorMessage" TEXT,
    "reportPath" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ContactImportRow" (
    "importId" TEXT NOT NULL,
    "e164" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "name" TEXT,
    "searchName" TEXT,
    "reason" TEXT,
    "attributes" TEXT NOT NULL DEFAULT '{}',
    "tags" TEXT NOT NULL DEFAULT '[]',

    PRIMARY KEY ("importId", "e164")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_e164_key" ON "Contact"("e164");

-- CreateIndex
CREATE INDEX "ContactAttribute_key_value_contactId_idx" ON "ContactAttribute"("key", "value", "contactId");

-- CreateIndex
CREATE INDEX "ContactTag_tag_contactId_idx" ON "ContactTag"("tag", "contactId");

-- CreateIndex
CREATE INDEX "OptOut_state_e164_idx" ON "OptOut"("state", "e164");

-- CreateIndex
CREATE INDEX "ContactImport_createdAt_idx" ON "ContactImport"("createdAt");

-- CreateIndex
CREATE INDEX "ContactImport_status_idx" ON "ContactImport"("status");

