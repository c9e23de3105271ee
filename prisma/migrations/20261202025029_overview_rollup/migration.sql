-- CreateTable
CREATE TABLE "OverviewHourly" (
    "dimension" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("dimension", "hour", "value")
) WITHOUT ROWID; -- the rows live in the key's order: a chart reads its range from the key alone


-- The rollup is kept by triggers, so every code path that records a send keeps it current.
-- Timestamps are stored as ISO text ("2026-12-02T01:21:45.357+00:00"); the hour keeps that form.
CREATE TRIGGER "Send_rollup_insert" AFTER INSERT ON "Send" BEGIN
  INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
  SELECT x.d, substr(NEW."createdAt", 1, 13) || ':00:00.000+00:00', x.v, 1
  FROM (SELECT 'outcome' AS d, NEW."outcome" AS v UNION ALL SELECT 'sender', coalesce(NEW."senderNumberId", '')
    UNION ALL SELECT 'template', NEW."templateName" UNION ALL SELECT 'code', NEW."errorCode") x
  WHERE x.v IS NOT NULL
  ON CONFLICT ("dimension", "hour", "value") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Send_rollup_update" AFTER UPDATE OF "outcome", "senderNumberId", "templateName", "errorCode", "createdAt" ON "Send"
WHEN NEW."outcome" IS NOT OLD."outcome" OR NEW."senderNumberId" IS NOT OLD."senderNumberId" OR NEW."templateName" IS NOT OLD."templateName" OR NEW."errorCode" IS NOT OLD."errorCode" OR NEW."createdAt" IS NOT OLD."createdAt"
BEGIN
  UPDATE "OverviewHourly" SET "count" = "count" - 1
  WHERE "hour" = substr(OLD."createdAt", 1, 13) || ':00:00.000+00:00' AND (
    ("dimension" = 'outcome' AND "value" = OLD."outcome")
    OR ("dimension" = 'sender' AND "value" = coalesce(OLD."senderNumberId", ''))
    OR ("dimension" = 'template' AND "value" = OLD."templateName")
    OR ("dimension" = 'code' AND "value" = OLD."errorCode"));
  INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
  SELECT x.d, substr(NEW."createdAt", 1, 13) || ':00:00.000+00:00', x.v, 1
  FROM (SELECT 'outcome' AS d, NEW."outcome" AS v UNION ALL SELECT 'sender', coalesce(NEW."senderNumberId", '')
    UNION ALL SELECT 'template', NEW."templateName" UNION ALL SELECT 'code', NEW."errorCode") x
  WHERE x.v IS NOT NULL
  ON CONFLICT ("dimension", "hour", "value") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Send_rollup_delete" AFTER DELETE ON "Send" BEGIN
  UPDATE "OverviewHourly" SET "count" = "count" - 1
  WHERE "hour" = substr(OLD."createdAt", 1, 13) || ':00:00.000+00:00' AND (
    ("dimension" = 'outcome' AND "value" = OLD."outcome")
    OR ("dimension" = 'sender' AND "value" = coalesce(OLD."senderNumberId", ''))
    OR ("dimension" = 'template' AND "value" = OLD."templateName")
    OR ("dimension" = 'code' AND "value" = OLD."errorCode"));
END;

CREATE TRIGGER "SendRecipient_rollup_insert" AFTER INSERT ON "SendRecipient" BEGIN
  INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
  SELECT 'recipient', substr(NEW."createdAt", 1, 13) || ':00:00.000+00:00', NEW."status", 1
  WHERE NEW."status" IN ('invalid', 'failed')
  ON CONFLICT ("dimension", "hour", "value") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "SendRecipient_rollup_update" AFTER UPDATE OF "status", "createdAt" ON "SendRecipient"
WHEN NEW."status" IS NOT OLD."status" OR NEW."createdAt" IS NOT OLD."createdAt" BEGIN
  UPDATE "OverviewHourly" SET "count" = "count" - 1
  WHERE OLD."status" IN ('invalid', 'failed') AND "dimension" = 'recipient'
    AND "hour" = substr(OLD."createdAt", 1, 13) || ':00:00.000+00:00' AND "value" = OLD."status";
  INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
  SELECT 'recipient', substr(NEW."createdAt", 1, 13) || ':00:00.000+00:00', NEW."status", 1
  WHERE NEW."status" IN ('invalid', 'failed')
  ON CONFLICT ("dimension", "hour", "value") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "SendRecipient_rollup_delete" AFTER DELETE ON "SendRecipient" BEGIN
  UPDATE "OverviewHourly" SET "count" = "count" - 1
  WHERE OLD."status" IN ('invalid', 'failed') AND "dimension" = 'recipient'
    AND "hour" = substr(OLD."createdAt", 1, 13) || ':00:00.000+00:00' AND "value" = OLD."status";
END;

-- What is already recorded.
INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
SELECT 'outcome', substr("createdAt", 1, 13) || ':00:00.000+00:00', "outcome", count(*) FROM "Send" GROUP BY 2, 3
UNION ALL SELECT 'sender', substr("createdAt", 1, 13) || ':00:00.000+00:00', coalesce("senderNumberId", ''), count(*) FROM "Send" GROUP BY 2, 3
UNION ALL SELECT 'template', substr("createdAt", 1, 13) || ':00:00.000+00:00', "templateName", count(*) FROM "Send" WHERE "templateName" IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'code', substr("createdAt", 1, 13) || ':00:00.000+00:00', "errorCode", count(*) FROM "Send" WHERE "errorCode" IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'recipient', substr("createdAt", 1, 13) || ':00:00.000+00:00', "status", count(*) FROM "SendRecipient" WHERE "status" IN ('invalid', 'failed') GROUP BY 2, 3;
