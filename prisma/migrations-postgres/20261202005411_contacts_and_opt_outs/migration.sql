-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "e164" TEXT NOT NULL,
    "name" TEXT,
    "searchName" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactAttribute" (
    "contactId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ContactAttribute_pkey" PRIMARY KEY ("contactId","key")
);

-- CreateTable
CREATE TABLE "ContactTag" (
    "contactId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ContactTag_pkey" PRIMARY KEY ("contactId","tag")
);

-- CreateTable
CREATE TABLE "OptOut" (
    "e164" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "optedOutAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "reason" TEXT,
    "ticketCode" TEXT,
    "importId" TEXT,
    "byUserId" TEXT,
    "optedInAt" TIMESTAMP(3),
    "optedInById" TEXT,
    "optInReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OptOut_pkey" PRIMARY KEY ("e164")
);

-- CreateTable
CREATE TABLE "ContactImport" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ContactImport_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "ContactImportRow_pkey" PRIMARY KEY ("importId","e164")
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

-- AddForeignKey
ALTER TABLE "ContactAttribute" ADD CONSTRAINT "ContactAttribute_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactTag" ADD CONSTRAINT "ContactTag_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

