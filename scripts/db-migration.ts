// `npm run db:migration -- <name>`: writes the next migration for both databases from the change
// in prisma/schema.prisma, as prisma/migrations/<timestamp>_<name>/migration.sql (SQLite) and
// prisma/migrations-postgres/<timestamp>_<name>/migration.sql (PostgreSQL).
//
//   npm run db:migration -- <name>        the next migration, both halves
//   npm run db:migration -- --postgres    only the PostgreSQL half of every SQLite migration
//                                         folder that has none yet (e.g. after merging a branch
//                                         that added SQLite migrations only)
//   npm run db:migration -- --check       that both folders match and reach prisma/schema.prisma
//
// How: the committed SQLite migrations are the truth of what a database looks like at each step.
// They are applied to a scratch SQLite file, which Prisma reads back as a datamodel (db pull);
// `prisma migrate diff` between two datamodels then prints each half's SQL, for PostgreSQL from
// the same datamodels with the provider swapped (scripts/lib/postgres-schema.mjs). Prisma needs a
// PostgreSQL server to print PostgreSQL SQL (it writes nothing there): KABAR_TEST_POSTGRES_URL or
// the local one, started where possible (scripts/lib/local-postgres.mjs).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import {
  migrationsDirOf,
  readMigrationFolders,
  type MigrationFolder,
} from "@/lib/db/migrations/migration-folders";
import { derivePostgresSchema, sourceSchemaPath } from "./lib/postgres-schema.mjs";
import { describePostgresUrl, ensureLocalPostgres } from "./lib/local-postgres.mjs";

const EMPTY = "-- This is an empty migration.";
const scratch = mkdtempSync(path.join(os.tmpdir(), "kabar-migration-"));
let postgresUrl: string | undefined;

class MigrationCommandError extends Error {}

function prisma(args: string[], databaseUrl: string): string {
  const result = spawnSync("node_modules/.bin/prisma", args, {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) {
    throw new MigrationCommandError(
      `prisma ${args.join(" ")} failed:\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}

let scratchCount = 0;
function scratchFile(name: string, text: string): string {
  const file = path.join(scratch, `${scratchCount++}-${name}`);
  writeFileSync(file, text);
  return file;
}

/** The datamodel a database has after `migrations` (SQLite), read back by Prisma. */
const datamodels = new Map<string, string>();
function datamodelAfter(migrations: MigrationFolder[]): string {
  const key = migrations.map((m) => m.name).join("|");
  const known = datamodels.get(key);
  if (known !== undefined) return known;
  const file = path.join(scratch, `state-${datamodels.size}.db`);
  const sqlite = new Database(file);
  for (const m of migrations) sqlite.exec(m.sql);
  sqlite.close();
  const printed = prisma(["db", "pull", "--print"], `file:${file}`);
  const start = printed.indexOf("generator ");
  if (start < 0) throw new MigrationCommandError(`prisma db pull printed no schema:\n${printed}`);
  const datamodel = printed.slice(start);
  datamodels.set(key, datamodel);
  return datamodel;
}

async function postgresForDiff(): Promise<string> {
  if (postgresUrl) return postgresUrl;
  const server = await ensureLocalPostgres();
  if (!server.ok) {
    throw new MigrationCommandError(
      `Printing PostgreSQL SQL needs a PostgreSQL server (Prisma only connects, nothing is written): none at ${describePostgresUrl(server.url)} (${server.reason}). Start one or set KABAR_TEST_POSTGRES_URL.`,
    );
  }
  postgresUrl = server.url;
  return postgresUrl;
}

/** The SQL that brings datamodel `from` to `to` ("" when nothing changes). */
async function diff(from: string, to: string, dialect: "sqlite" | "postgresql"): Promise<string> {
  const pgSide = dialect === "postgresql";
  const fromFile = scratchFile("from.prisma", pgSide ? derivePostgresSchema(from) : from);
  const toFile = scratchFile("to.prisma", pgSide ? derivePostgresSchema(to) : to);
  const url = pgSide ? await postgresForDiff() : `file:${path.join(scratch, "diff.db")}`;
  const sql = prisma(
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      fromFile,
      "--to-schema-datamodel",
      toFile,
      "--script",
    ],
    url,
  );
  return sql.includes(EMPTY) ? "" : withoutPublicSchema(sql);
}

/**
 * Kabar's tables live in the database's own "public" schema, which every database has; creating
 * it would need the CREATE privilege on the database, which the application role may lack.
 */
const withoutPublicSchema = (sql: string) =>
  sql.replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n?/, "");

function write(dialect: "sqlite" | "postgresql", name: string, sql: string) {
  const dir = path.join(migrationsDirOf[dialect], name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`  wrote ${path.join(dir, "migration.sql")}`);
}

/** Writes the PostgreSQL half of every SQLite migration that has none; returns their names. */
async function fillPostgresHalves(): Promise<string[]> {
  const sqlite = readMigrationFolders(migrationsDirOf.sqlite);
  const postgres = new Set(readMigrationFolders(migrationsDirOf.postgresql).map((m) => m.name));
  const written: string[] = [];
  for (const [i, migration] of sqlite.entries()) {
    if (postgres.has(migration.name)) continue;
    console.log(`PostgreSQL half of ${migration.name}…`);
    const before = i === 0 ? null : datamodelAfter(sqlite.slice(0, i));
    const after = datamodelAfter(sqlite.slice(0, i + 1));
    const sql = before === null ? await fromEmpty(after) : await diff(before, after, "postgresql");
    write("postgresql", migration.name, sql || `${EMPTY}\n`);
    written.push(migration.name);
  }
  return written;
}

async function fromEmpty(to: string): Promise<string> {
  const toFile = scratchFile("to.prisma", derivePostgresSchema(to));
  const sql = prisma(
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", toFile, "--script"],
    await postgresForDiff(),
  );
  return withoutPublicSchema(sql);
}

function checkPairs(): string[] {
  const sqlite = readMigrationFolders(migrationsDirOf.sqlite).map((m) => m.name);
  const postgres = readMigrationFolders(migrationsDirOf.postgresql).map((m) => m.name);
  return [
    ...sqlite
      .filter((n) => !postgres.includes(n))
      .map((n) => `${n} has no PostgreSQL half (npm run db:migration -- --postgres)`),
    ...postgres
      .filter((n) => !sqlite.includes(n))
      .map((n) => `${migrationsDirOf.postgresql}/${n} has no SQLite migration of the same name`),
  ];
}

async function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new MigrationCommandError(
      "Name the migration with lower-case letters, digits and _ (e.g. add_contacts).",
    );
  }
  await fillPostgresHalves();
  const problems = checkPairs();
  if (problems.length > 0) throw new MigrationCommandError(problems.join("\n"));
  const current = datamodelAfter(readMigrationFolders(migrationsDirOf.sqlite));
  const schema = readFileSync(sourceSchemaPath, "utf8");
  const sqliteSql = await diff(current, schema, "sqlite");
  if (!sqliteSql) {
    throw new MigrationCommandError(
      `${sourceSchemaPath} matches the committed migrations: change the schema first, then run this.`,
    );
  }
  const postgresSql = await diff(current, schema, "postgresql");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  console.log(`Migration ${folder}:`);
  write("sqlite", folder, sqliteSql);
  write("postgresql", folder, postgresSql || `${EMPTY}\n`);
  console.log("Apply it with npm run db:setup; commit both folders with the schema change.");
}

async function check() {
  const problems = checkPairs();
  const schema = readFileSync(sourceSchemaPath, "utf8");
  const current = datamodelAfter(readMigrationFolders(migrationsDirOf.sqlite));
  const sqliteRest = await diff(current, schema, "sqlite");
  if (sqliteRest) {
    problems.push(
      `The SQLite migrations do not reach ${sourceSchemaPath}; missing:\n${sqliteRest}\n(npm run db:migration -- <name>)`,
    );
  } else {
    // What SQLite cannot carry (a type it stores differently) would be lost on the way to PostgreSQL.
    const postgresRest = await diff(current, schema, "postgresql");
    if (postgresRest) {
      problems.push(
        `Read back from the SQLite migrations, the schema differs for PostgreSQL; write this by hand into a PostgreSQL migration:\n${postgresRest}`,
      );
    }
  }
  if (problems.length > 0) throw new MigrationCommandError(problems.join("\n"));
  console.log("Migrations: both databases have every migration, and they reach the schema.");
}

async function main() {
  const [first] = process.argv.slice(2);
  if (!first || first === "--help") {
    console.log(
      "Usage: npm run db:migration -- <name> | --postgres | --check   (see scripts/db-migration.ts)",
    );
    process.exit(first ? 0 : 2);
  }
  if (first === "--check") await check();
  else if (first === "--postgres") {
    const written = await fillPostgresHalves();
    console.log(
      written.length > 0
        ? `Wrote the PostgreSQL half of ${written.join(", ")}.`
        : "Every SQLite migration has its PostgreSQL half.",
    );
  } else await newMigration(first);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof MigrationCommandError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
