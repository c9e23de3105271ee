// Applies committed migrations and switches SQLite to WAL (readers never wait for the writer).
// Usage: tsx scripts/db-setup.ts   (DATABASE_URL as for the app)
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { parseEnv } from "@/lib/env-schema";

const env = parseEnv({
  ...process.env,
  KABAR_SECRET_KEY: process.env.KABAR_SECRET_KEY ?? "0".repeat(64),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "x".repeat(32),
});

execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
});

if (env.DATABASE_URL.startsWith("file:")) {
  const sqlite = new Database(env.DATABASE_URL.slice("file:".length));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}
