// `npm run db:setup`: applies the committed migrations of the database DATABASE_URL names.
//   SQLite (file:…):        prisma migrate deploy (prisma/migrations), then WAL mode (readers
//                           never wait for the writer).
//   PostgreSQL (postgresql://…): prisma/migrations-postgres through pg, in one transaction under
//                           an advisory lock, recorded with checksums (lib/db/migrations).
// Safe to run again and from several instances at once: what is applied is skipped.
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { dialectOfUrl, sqliteFileOf } from "@/lib/db/database-url";
import { applyPostgresMigrations } from "@/lib/db/migrations/apply-postgres-migrations";
import { parseEnv } from "@/lib/env-schema";

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
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
  });
  const sqlite = new Database(sqliteFileOf(env.DATABASE_URL));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
