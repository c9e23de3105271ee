-- CreateTable
CREATE TABLE "ScheduledTurn" (
    "key" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScheduledTurn_pkey" PRIMARY KEY ("key")
);

