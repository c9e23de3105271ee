// Import FIRST in an integration test file: points the app's env (read once, at import) at a
// fresh migrated SQLite file and fixed throwaway secrets.
import { createMigratedDatabase } from "./temp-db";

const database = createMigratedDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "test-session-secret-0123456789abcdef";
process.env.KABAR_SECRET_KEY ??= Buffer.alloc(32, 42).toString("base64");
process.env.KABAR_DATA_DIR = `${database.file}-files`;

export const testDatabase = database;
