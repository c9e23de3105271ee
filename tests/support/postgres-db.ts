// PostgreSQL test databases: the postgres project's global setup (./postgres-global-setup.ts)
// migrates one template database per run; every test file gets its own copy of it, made here
// by the setup file (./test-env.ts). Copying a migrated template takes a fraction of a second,
// applying the migrations again would take several.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export interface PostgresTestRun {
  /** A role that may create databases, on the server's maintenance database. */
  adminUrl: string;
  /** The migrated database every test database is copied from. */
  template: string;
  /** Every database of this run starts with it, so the teardown finds and drops them. */
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTestRun: PostgresTestRun;
  }
}

/** The URL of database `name` on the server of `url`. */
export function databaseUrl(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated PostgreSQL database for one test file. */
export async function createPostgresTestDatabase(): Promise<{ url: string }> {
  const run = inject("postgresTestRun");
  const name = `${run.prefix}_${process.pid}_${randomBytes(3).toString("hex")}`;
  await withAdmin(run.adminUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${run.template}"`),
  );
  return { url: databaseUrl(run.adminUrl, name) };
}
