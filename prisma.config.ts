// Prisma CLI configuration: the JavaScript schema engine with the better-sqlite3 driver adapter,
// so migrations work offline (no native engine download). See ../shared/PLATFORM.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defaultDatabaseUrl } from "./lib/env-defaults";

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
