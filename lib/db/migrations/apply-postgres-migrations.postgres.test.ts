// The PostgreSQL migration runner against a real server: fresh databases of this test run (the
// postgres project's global setup drops them), never a mock.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { databaseUrl, withAdmin } from "@/tests/support/postgres-db";
import { testDatabaseUrl } from "@/tests/support/temp-db";
import { postgresSchemaPath } from "@/scripts/lib/postgres-schema.mjs";
import { MIGRATIONS_TABLE, applyPostgresMigrations } from "./apply-postgres-migrations";
import { checksumOf, migrationsDirOf, readMigrationFolders } from "./migration-folders";

const run = inject("postgresTestRun");
const committed = readMigrationFolders(migrationsDirOf.postgresql);

async function emptyDatabase(): Promise<string> {
  const name = `${run.prefix}_m${randomBytes(3).toString("hex")}`;
  await withAdmin(run.adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(run.adminUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const tablesOf = async (url: string) =>
  (
    await query<{ name: string }>(
      url,
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
  ).map((r) => r.name);

/** Columns, indexes and constraints of Kabar's tables, one line each, sorted. */
const shapeOf = async (url: string) =>
  (
    await query<{ line: string }>(
      url,
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' ||
              is_nullable || ' ' || coalesce(column_default, '') AS line
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '${MIGRATIONS_TABLE}'
       UNION ALL
       SELECT 'index ' || indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '${MIGRATIONS_TABLE}'
       UNION ALL
       SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' ||
              pg_get_constraintdef(oid)
         FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace
          AND conrelid::regclass::text <> '${MIGRATIONS_TABLE}'
       ORDER BY 1`,
    )
  ).map((r) => r.line);

describe("PostgreSQL migrations (npm run db:setup)", () => {
  it("applies every committed migration once; a second run changes nothing", async () => {
    const url = await emptyDatabase();
    const first = await applyPostgresMigrations(url);
    expect(first.applied).toEqual(committed.map((m) => m.name));
    expect(await tablesOf(url)).toEqual(expect.arrayContaining(["Send", "User", MIGRATIONS_TABLE]));

    const second = await applyPostgresMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: committed.length, unknown: [] });
    const recorded = await query<{ name: string; checksum: string }>(
      url,
      `SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}" ORDER BY "name"`,
    );
    expect(recorded).toEqual(committed.map((m) => ({ name: m.name, checksum: m.checksum })));
  });

  it("finds the per-file test database already migrated", async () => {
    const report = await applyPostgresMigrations(testDatabaseUrl());
    expect(report.applied).toEqual([]);
  });

  it("applies each migration exactly once when several instances start at once", async () => {
    const url = await emptyDatabase();
    const reports = await Promise.all([1, 2, 3, 4].map(() => applyPostgresMigrations(url)));
    const applied = reports.flatMap((r) => r.applied);
    expect(applied.sort()).toEqual(committed.map((m) => m.name).sort());
    expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);
  });

  it("refuses an applied migration whose file changed, and applies nothing after it", async () => {
    const url = await emptyDatabase();
    await applyPostgresMigrations(url);
    const edited = committed.map((m, i) =>
      i === 0
        ? { ...m, sql: `${m.sql}\n-- edited`, checksum: checksumOf(`${m.sql}\n-- edited`) }
        : m,
    );
    const later = {
      name: "29991231000000_later",
      sql: `CREATE TABLE "Later" (x int);`,
      checksum: "x",
    };
    await expect(applyPostgresMigrations(url, [...edited, later])).rejects.toThrow(
      /changed after it was applied/,
    );
    expect(await tablesOf(url)).not.toContain("Later");
  });

  it("leaves the database as it was when a migration fails", async () => {
    const url = await emptyDatabase();
    const broken = {
      name: "29991231000000_broken",
      sql: `ALTER TABLE "Nope" ADD x int;`,
      checksum: "b",
    };
    await expect(applyPostgresMigrations(url, [...committed, broken])).rejects.toThrow(
      /29991231000000_broken failed \(nothing was applied\).*"Nope"/,
    );
    expect(await tablesOf(url)).toEqual([]);
  });

  it("brings an empty database to exactly the shape prisma/schema.prisma describes", async () => {
    const migrated = await emptyDatabase();
    await applyPostgresMigrations(migrated);
    // What Prisma itself would create for the (derived) PostgreSQL schema, from nothing.
    const printed = spawnSync(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", postgresSchemaPath, "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: run.adminUrl } },
    );
    expect(printed.status, printed.stderr).toBe(0);
    const expected = await emptyDatabase();
    await query(expected, printed.stdout);
    const shape = await shapeOf(migrated);
    expect(shape.length).toBeGreaterThan(50);
    expect(shape).toEqual(await shapeOf(expected));
  }, 120_000);
});
