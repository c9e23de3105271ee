// Global setup of the postgres integration project (vitest.config.ts): one migrated template
// database per run, copied for every test file (./postgres-db.ts); every database of the run is
// dropped at the end, even ones a crashed test file left connected.
//   KABAR_TEST_POSTGRES_URL        the server and a role with CREATEDB (scripts/lib/local-postgres.mjs)
//   KABAR_TEST_DATABASE_PREFIX     how this run's database names start (default kabar_test)
import type { TestProject } from "vitest/node";
import { applyPostgresMigrations } from "../../lib/db/migrations/apply-postgres-migrations";
import { postgresAdminUrl, probePostgres } from "../../scripts/lib/local-postgres.mjs";
import { databaseUrl, withAdmin } from "./postgres-db";

export default async function setup(project: TestProject) {
  const adminUrl = postgresAdminUrl();
  const probe = await probePostgres(adminUrl);
  if (!probe.ok) {
    throw new Error(
      `The postgres tests need a PostgreSQL server (KABAR_TEST_POSTGRES_URL): ${probe.error}. npm test -- postgres starts the local one where it can.`,
    );
  }
  const base = process.env.KABAR_TEST_DATABASE_PREFIX || "kabar_test";
  const prefix = `${base}_${Date.now().toString(36)}${process.pid}`;
  const template = `${prefix}_template`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${template}"`));
  await applyPostgresMigrations(databaseUrl(adminUrl, template));
  project.provide("postgresTestRun", { adminUrl, template, prefix });

  return async () => {
    await withAdmin(adminUrl, async (admin) => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [`${prefix}_`],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    });
  };
}
