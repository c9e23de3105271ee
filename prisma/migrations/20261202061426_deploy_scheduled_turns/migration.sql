-- CreateTable
CREATE TABLE "ScheduledTurn" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "lastRunAt" DATETIME NOT NULL
);

