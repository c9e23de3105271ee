// Prisma CLI configuration: the JavaScript schema engine with a driver adapter, so Prisma works
// offline (no native engine download; see ../shared/PLATFORM.md). DATABASE_URL picks the database:
// file:… → SQLite (prisma/schema.prisma, better-sqlite3); postgresql://… → PostgreSQL (the schema
// derived from prisma/schema.prisma, written afresh here, and the pg adapter). The CLI never
// migrates PostgreSQL (its JS engine cannot); scripts/db-setup.ts does that.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defaultDatabaseUrl } from "./lib/env-defaults";
import { isPostgresUrl } from "./lib/db/database-url";
import { writePostgresSchema } from "./scripts/lib/postgres-schema.mjs";

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
process.env.DATABASE_URL = url;

export default isPostgresUrl(url)
  ? defineConfig({
      experimental: { adapter: true },
      engine: "js",
      schema: writePostgresSchema(),
      migrations: { path: path.join("prisma", "migrations-postgres") },
      adapter: async () => new PrismaPg({ connectionString: url }),
    })
  : defineConfig({
      experimental: { adapter: true },
      engine: "js",
      schema: path.join("prisma", "schema.prisma"),
      migrations: { path: path.join("prisma", "migrations") },
      adapter: async () => new PrismaBetterSQLite3({ url }),
    });
