// Applies prisma/migrations-postgres to a PostgreSQL database through `pg` (Prisma's JavaScript
// schema engine cannot migrate PostgreSQL; see ../shared/PLATFORM.md). What was applied is
// recorded with its checksum in "_kabar_migrations", so a second run is a no-op and an applied
// migration that was edited afterwards is refused. Everything happens in one transaction under
// an advisory lock: two instances starting at once apply each migration exactly once (the second
// waits, then finds nothing to do), and a failing migration leaves the database as it was.
import pg from "pg";
import { migrationsDirOf, readMigrationFolders, type MigrationFolder } from "./migration-folders";

/** pg_advisory_xact_lock key: any fixed number that no other code uses ("kabar" on a keypad). */
export const MIGRATION_LOCK_KEY = 52_227;

export const MIGRATIONS_TABLE = "_kabar_migrations";

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
  /** Recorded in the database but not on disk: it was migrated by a newer Kabar. */
  unknown: string[];
}

export class MigrationChecksumError extends Error {}

export async function applyPostgresMigrations(
  connectionString: string,
  migrations: MigrationFolder[] = readMigrationFolders(migrationsDirOf.postgresql),
): Promise<MigrationReport> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
      "name" text PRIMARY KEY,
      "checksum" text NOT NULL,
      "appliedAt" timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`,
    );
    const recorded = new Map(rows.map((r) => [r.name, r.checksum]));
    const report: MigrationReport = {
      applied: [],
      alreadyApplied: 0,
      unknown: [...recorded.keys()].filter((name) => !migrations.some((m) => m.name === name)),
    };
    for (const migration of migrations) {
      const checksum = recorded.get(migration.name);
      if (checksum === migration.checksum) {
        report.alreadyApplied++;
        continue;
      }
      if (checksum !== undefined) {
        throw new MigrationChecksumError(
          `${migrationsDirOf.postgresql}/${migration.name}/migration.sql was changed after it was applied to this database. Applied migrations must not change: restore it and write a new migration (npm run db:migration -- <name>).`,
        );
      }
      try {
        await client.query(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `PostgreSQL migration ${migration.name} failed (nothing was applied): ${reason}`,
          {
            cause: error,
          },
        );
      }
      await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [
        migration.name,
        migration.checksum,
      ]);
      report.applied.push(migration.name);
    }
    await client.query("COMMIT");
    return report;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
