// The committed migrations of one database: prisma/migrations (SQLite) and
// prisma/migrations-postgres (PostgreSQL) hold one folder per migration, <timestamp>_<name>, with
// a migration.sql. Both lists have the same folder names (npm run db:migration writes both).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Dialect } from "../database-url";

export const migrationsDirOf: Record<Dialect, string> = {
  sqlite: path.join("prisma", "migrations"),
  postgresql: path.join("prisma", "migrations-postgres"),
};

export interface MigrationFolder {
  /** The folder name, e.g. 20261126000000_init: the order and the identity of a migration. */
  name: string;
  sql: string;
  /** SHA-256 of migration.sql: an applied migration must never change. */
  checksum: string;
}

export const checksumOf = (sql: string): string => createHash("sha256").update(sql).digest("hex");

/** The migration folders under `dir`, oldest first (folders without migration.sql are skipped). */
export function readMigrationFolders(dir: string): MigrationFolder[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}
