// A real, migrated SQLite file for integration tests: the committed migrations are applied in
// order, exactly as `prisma migrate deploy` would, without spawning the CLI.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

export function createMigratedDatabase(): { url: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kabar-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const migrations = path.resolve("prisma/migrations");
  const folders = readdirSync(migrations, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const name of folders.map((d) => d.name).sort()) {
    sqlite.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  return { url: `file:${file}`, file };
}

/** The database the integration setup (tests/support/test-env.ts) made for this test file. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: is this an integration test file?");
  return url;
}

/** The SQLite file the integration setup (tests/support/test-env.ts) made for this test file. */
export function testDatabaseFile(): string {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite test database: ${url}`);
  return url.slice("file:".length);
}
