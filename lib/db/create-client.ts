// Builds a Prisma client on the right driver adapter. Shared by the app (lib/db/client.ts),
// scripts and integration tests, which pass their own database URL.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = InstanceType<typeof PrismaClient>;

export function createPrismaClient(databaseUrl: string): Db {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(
      "PostgreSQL needs the generated PostgreSQL client; see README 'PostgreSQL' (DATABASE_URL is not a file: URL)",
    );
  }
  const file = databaseUrl.slice("file:".length);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const adapter = new PrismaBetterSQLite3({ url: file }, { timestampFormat: "iso8601" });
  return new PrismaClient({ adapter });
}
