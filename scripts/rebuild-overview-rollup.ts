// `npm run overview:rebuild`: rebuilds the overview's hourly rollup from the sends (see
// lib/overview/rebuild-rollup.ts). Triggers keep it current on their own; run this after a
// restore or a bulk import that bypassed them. DATABASE_URL as for the app.
import { createPrismaClient } from "@/lib/db/create-client";
import { envSchema } from "@/lib/env-schema";
import { rebuildOverviewRollup } from "@/lib/overview/rebuild-rollup";

const databaseUrl = envSchema.shape.DATABASE_URL.parse(process.env.DATABASE_URL);
const db = createPrismaClient(databaseUrl);
try {
  const started = performance.now();
  const result = await rebuildOverviewRollup(db);
  console.log(
    `Overview rollup rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${result.rows} hourly rows.`,
  );
} finally {
  await db.$disconnect();
}
