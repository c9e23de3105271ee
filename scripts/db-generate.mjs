#!/usr/bin/env node
// `npm run db:generate`: generates both Prisma clients from the one schema, offline (engine-less
// generator, no download): lib/generated/prisma from prisma/schema.prisma (SQLite) and
// lib/generated/prisma-postgres from the PostgreSQL schema derived from it
// (scripts/lib/postgres-schema.mjs). lib/db/create-client.ts picks one by DATABASE_URL.
import { pathToFileURL } from "node:url";
import { npxBin, run } from "./lib/run.mjs";
import { postgresSchemaPath, writePostgresSchema } from "./lib/postgres-schema.mjs";

/** Runs `prisma generate` for both schemas; returns 0 when both worked. */
export function generateClients(options = {}) {
  writePostgresSchema();
  const generate = (schema, databaseUrl) =>
    run(npxBin("prisma"), ["generate", "--schema", schema], {
      stdio: ["ignore", "ignore", "inherit"],
      ...options,
      // Prisma reads the provider's URL from the schema's env("DATABASE_URL") and the adapter
      // from prisma.config.ts by it; generating connects to neither.
      env: { ...process.env, ...options.env, DATABASE_URL: databaseUrl },
    });
  const sqlite = generate("prisma/schema.prisma", "file:./data/generate.db");
  const postgres = generate(postgresSchemaPath, "postgresql://generate@127.0.0.1:1/generate");
  return sqlite || postgres;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(generateClients());
