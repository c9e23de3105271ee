// Builds a Prisma client for a DATABASE_URL on the right driver adapter: SQLite (better-sqlite3)
// for file: URLs, PostgreSQL (pg) for postgresql:// URLs. Shared by the app (lib/db/client.ts),
// scripts and integration tests, which pass their own database URL.
//
// The two generated clients come from one schema (the PostgreSQL one is derived from
// prisma/schema.prisma) and have the same models and methods; app code sees one `Db` type, the
// SQLite client's. Where the databases differ, code asks lib/db/dialect.ts (Prisma queries) or
// lib/db/sql-dialect.ts (raw SQL).
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { dialectOfUrl, sqliteFileOf } from "./database-url";

export type Db = InstanceType<typeof PrismaClient>;

export function createPrismaClient(databaseUrl: string): Db {
  return dialectOfUrl(databaseUrl) === "sqlite"
    ? createSqliteClient(databaseUrl)
    : createPostgresClient(databaseUrl);
}

function createSqliteClient(databaseUrl: string): Db {
  const file = sqliteFileOf(databaseUrl);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: file }, { timestampFormat: "iso8601" });
  return new PrismaClient({ adapter });
}

function createPostgresClient(databaseUrl: string): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl });
  // Same models, same methods: the generated types differ only in PostgreSQL-only extras (such
  // as `mode: "insensitive"`), which app code reaches through lib/db/dialect.ts.
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}
