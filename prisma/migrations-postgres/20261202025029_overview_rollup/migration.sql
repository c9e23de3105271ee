-- CreateTable
CREATE TABLE "OverviewHourly" (
    "dimension" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "OverviewHourly_pkey" PRIMARY KEY ("dimension","hour","value")
);


-- The rollup is kept by triggers, so every code path that records a send keeps it current.
CREATE FUNCTION "kabar_send_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "OverviewHourly" SET "count" = "count" - 1
    WHERE "hour" = date_trunc('hour', OLD."createdAt") AND (
      ("dimension" = 'outcome' AND "value" = OLD."outcome")
      OR ("dimension" = 'sender' AND "value" = coalesce(OLD."senderNumberId", ''))
      OR ("dimension" = 'template' AND "value" = OLD."templateName")
      OR ("dimension" = 'code' AND "value" = OLD."errorCode"));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
    SELECT x.d, date_trunc('hour', NEW."createdAt"), x.v, 1
    FROM (VALUES ('outcome', NEW."outcome"), ('sender', coalesce(NEW."senderNumberId", '')),
      ('template', NEW."templateName"), ('code', NEW."errorCode")) AS x(d, v)
    WHERE x.v IS NOT NULL
    ON CONFLICT ("dimension", "hour", "value")
    DO UPDATE SET "count" = "OverviewHourly"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Send_rollup_insert_delete" AFTER INSERT OR DELETE ON "Send"
FOR EACH ROW EXECUTE FUNCTION "kabar_send_rollup"();

CREATE TRIGGER "Send_rollup_update" AFTER UPDATE OF "outcome", "senderNumberId", "templateName", "errorCode", "createdAt" ON "Send"
FOR EACH ROW WHEN (NEW."outcome" IS DISTINCT FROM OLD."outcome"
  OR NEW."senderNumberId" IS DISTINCT FROM OLD."senderNumberId"
  OR NEW."templateName" IS DISTINCT FROM OLD."templateName"
  OR NEW."errorCode" IS DISTINCT FROM OLD."errorCode"
  OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt")
EXECUTE FUNCTION "kabar_send_rollup"();

CREATE FUNCTION "kabar_recipient_rollup"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" IN ('invalid', 'failed') THEN
    UPDATE "OverviewHourly" SET "count" = "count" - 1
    WHERE "dimension" = 'recipient' AND "hour" = date_trunc('hour', OLD."createdAt")
      AND "value" = OLD."status";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" IN ('invalid', 'failed') THEN
    INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
    VALUES ('recipient', date_trunc('hour', NEW."createdAt"), NEW."status", 1)
    ON CONFLICT ("dimension", "hour", "value")
    DO UPDATE SET "count" = "OverviewHourly"."count" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "SendRecipient_rollup_insert_delete" AFTER INSERT OR DELETE ON "SendRecipient"
FOR EACH ROW EXECUTE FUNCTION "kabar_recipient_rollup"();

CREATE TRIGGER "SendRecipient_rollup_update" AFTER UPDATE OF "status", "createdAt" ON "SendRecipient"
FOR EACH ROW WHEN (NEW."status" IS DISTINCT FROM OLD."status" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt")
EXECUTE FUNCTION "kabar_recipient_rollup"();

-- What is already recorded.
INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
SELECT 'outcome', date_trunc('hour', "createdAt"), "outcome", count(*) FROM "Send" GROUP BY 2, 3
UNION ALL SELECT 'sender', date_trunc('hour', "createdAt"), coalesce("senderNumberId", ''), count(*) FROM "Send" GROUP BY 2, 3
UNION ALL SELECT 'template', date_trunc('hour', "createdAt"), "templateName", count(*) FROM "Send" WHERE "templateName" IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'code', date_trunc('hour', "createdAt"), "errorCode", count(*) FROM "Send" WHERE "errorCode" IS NOT NULL GROUP BY 2, 3
UNION ALL SELECT 'recipient', date_trunc('hour', "createdAt"), "status", count(*) FROM "SendRecipient" WHERE "status" IN ('invalid', 'failed') GROUP BY 2, 3;
