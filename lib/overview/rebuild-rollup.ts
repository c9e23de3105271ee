// Rebuilds the overview's hourly rollup from the sends (`npm run overview:rebuild`): after a
// restore, a bulk import that bypassed the triggers (scripts/seed-history.ts), or to check that
// the triggers kept it exact. One transaction; on PostgreSQL, sends wait while it runs so that
// none lands in between uncounted. Plain module (no "server-only"): scripts and tests call it.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/create-client";
import { sqlDialect } from "@/lib/db/sql-dialect";

export async function rebuildOverviewRollup(db: Db): Promise<{ rows: number }> {
  const dialect = sqlDialect(db);
  const h = dialect.hourOf(Prisma.raw(`"createdAt"`));
  return db.$transaction(
    async (tx) => {
      if (dialect.name === "postgresql") {
        await tx.$executeRaw`LOCK TABLE "Send", "SendRecipient" IN SHARE MODE`;
      }
      await tx.$executeRaw`DELETE FROM "OverviewHourly"`;
      const rows = await tx.$executeRaw`
        INSERT INTO "OverviewHourly" ("dimension", "hour", "value", "count")
        SELECT 'outcome', ${h}, "outcome", count(*) FROM "Send" GROUP BY 2, 3
        UNION ALL SELECT 'sender', ${h}, coalesce("senderNumberId", ''), count(*)
          FROM "Send" GROUP BY 2, 3
        UNION ALL SELECT 'template', ${h}, "templateName", count(*)
          FROM "Send" WHERE "templateName" IS NOT NULL GROUP BY 2, 3
        UNION ALL SELECT 'code', ${h}, "errorCode", count(*)
          FROM "Send" WHERE "errorCode" IS NOT NULL GROUP BY 2, 3
        UNION ALL SELECT 'recipient', ${h}, "status", count(*)
          FROM "SendRecipient" WHERE "status" IN ('invalid', 'failed') GROUP BY 2, 3`;
      return { rows };
    },
    { timeout: 600_000 },
  );
}
