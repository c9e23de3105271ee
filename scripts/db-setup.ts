// `npm run db:setup`: applies the committed migrations of the database DATABASE_URL names.
//   SQLite (file:…):        prisma migrate deploy (prisma/migrations), then WAL mode (readers
//                           never wait for the writer).
//   PostgreSQL (postgresql://…): prisma/migrations-postgres through pg, in one transaction under
//                           an advisory lock, recorded with checksums (lib/db/migrations).
// Safe to run again and from several instances at once: what is applied is skipped.
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { dialectOfUrl, sqliteFileOf } from "@/lib/db/database-url";
import { applyPostgresMigrations } from "@/lib/db/migrations/apply-postgres-migrations";
import { parseEnv } from "@/lib/env-schema";
import { withoutPrismaNoise } from "./lib/prisma-noise.mjs";

const env = parseEnv({
  ...process.env,
  KABAR_SECRET_KEY: process.env.KABAR_SECRET_KEY ?? "0".repeat(64),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "x".repeat(32),
});

if (dialectOfUrl(env.DATABASE_URL) === "postgresql") {
  try {
    const report = await applyPostgresMigrations(env.DATABASE_URL);
    const applied = report.applied.length;
    console.log(
      applied > 0
        ? `PostgreSQL: applied ${applied} migration${applied === 1 ? "" : "s"} (${report.applied.join(", ")}); ${report.alreadyApplied} already applied.`
        : `PostgreSQL: the database is up to date (${report.alreadyApplied} migrations applied).`,
    );
    if (report.unknown.length > 0) {
      console.warn(
        `Warning: the database has migrations this checkout does not know (${report.unknown.join(", ")}): a newer Kabar migrated it.`,
      );
    }
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
} else {
  // Prisma's output without its every-run notices (scripts/lib/prisma-noise.mjs); errors whole.
  const deploy = spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
  });
  process.stdout.write(withoutPrismaNoise(deploy.stdout ?? ""));
  process.stderr.write(withoutPrismaNoise(deploy.stderr ?? ""));
  if (deploy.status !== 0) {
    console.error(
      `✖ prisma migrate deploy failed (${deploy.error?.message ?? `exit ${deploy.status}`}).`,
    );
    process.exit(1);
  }
  const sqlite = new Database(sqliteFileOf(env.DATABASE_URL));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
