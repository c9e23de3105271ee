-- CreateTable
CREATE TABLE "CacheGeneration" (
    "key" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CacheGeneration_pkey" PRIMARY KEY ("key")
);

