// Setup file of the integration projects (vitest.config.ts), run before each test file's first
// import: points the app's env (read once, at import) at a fresh migrated database and fixed
// throwaway secrets. KABAR_TEST_DATABASE (set by the project) picks the database.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPostgresTestDatabase } from "./postgres-db";
import { createMigratedDatabase } from "./temp-db";

type TestDatabase = { url: string };
const databases: Record<string, () => TestDatabase | Promise<TestDatabase>> = {
  sqlite: createMigratedDatabase,
  postgres: createPostgresTestDatabase,
};

const kind = process.env.KABAR_TEST_DATABASE ?? "sqlite";
const create = databases[kind];
if (!create) throw new Error(`KABAR_TEST_DATABASE=${kind}: no such test database`);
const database = await create();

process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "test-session-secret-0123456789abcdef";
process.env.KABAR_SECRET_KEY ??= Buffer.alloc(32, 42).toString("base64");
process.env.KABAR_DATA_DIR = path.join(mkdtempSync(path.join(os.tmpdir(), "kabar-test-")), "files");
