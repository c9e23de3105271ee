-- CreateTable
CREATE TABLE "CacheGeneration" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

