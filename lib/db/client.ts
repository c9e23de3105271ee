import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { env } from "@/lib/env";

// One client per process: kept on globalThis so hot reload in development does not open more.
const globalForDb = globalThis as unknown as { kabarDb?: Db };

export const db: Db = globalForDb.kabarDb ?? createPrismaClient(env.DATABASE_URL);
globalForDb.kabarDb = db;
