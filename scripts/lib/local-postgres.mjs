// Finds the PostgreSQL server that tests and the migration command use, and starts Debian's
// local one where it can. Plain Node (runs from scripts/test.mjs before any TypeScript tooling).
//
//   KABAR_TEST_POSTGRES_URL   a role that may create databases (default below); the tests and
//                             `npm run db:migration` create and drop their own databases with it.
//
// As a command: `node scripts/lib/local-postgres.mjs start` starts the local server and creates
// the role when they are missing (.ci/run does this), then prints where it is.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import pg from "pg";

export const defaultPostgresUrl = "postgresql://kabar:kabar@127.0.0.1:5432/postgres";

export function postgresAdminUrl() {
  return process.env.KABAR_TEST_POSTGRES_URL || defaultPostgresUrl;
}

/** Connects once; resolves { ok: true } or { ok: false, error } (never throws). */
export async function probePostgres(url = postgresAdminUrl()) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;
const isLocalHost = (host) => ["127.0.0.1", "localhost", "::1", "[::1]"].includes(host);

/** Debian's clusters (pg_lsclusters): [{ version, name, port, status }]. */
function listClusters() {
  const result = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  if (result.status !== 0) return [];
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.trim().split(/\s+/);
      return { version, name, port: Number(port), status };
    });
}

function psqlAsPostgres(sql) {
  return spawnSync("su", ["postgres", "-c", "psql -v ON_ERROR_STOP=1 -q -d postgres"], {
    input: sql,
    encoding: "utf8",
  });
}

/**
 * Makes sure the server in KABAR_TEST_POSTGRES_URL answers. When it does not, and this is root on
 * a machine with Debian's PostgreSQL cluster for that port on this host: starts the cluster
 * (pg_ctlcluster) and creates the URL's role with CREATEDB. Resolves
 * { ok: true, url, started } or { ok: false, url, reason }.
 */
export async function ensureLocalPostgres({ start = true, log = console.log } = {}) {
  const url = postgresAdminUrl();
  const first = await probePostgres(url);
  if (first.ok || !start) return { ok: first.ok, url, started: false, reason: first.error };
  const { hostname, port, username, password } = new URL(url);
  const cluster = listClusters().find((c) => c.port === Number(port || 5432));
  if (!isRoot() || !isLocalHost(hostname) || !cluster || !existsSync("/usr/bin/pg_ctlcluster")) {
    return { ok: false, url, started: false, reason: first.error };
  }
  if (cluster.status !== "online") {
    log(`Starting PostgreSQL ${cluster.version} (${cluster.name}) on port ${cluster.port}…`);
    const started = spawnSync(
      "pg_ctlcluster",
      ["--skip-systemctl-redirect", cluster.version, cluster.name, "start"],
      { stdio: "inherit" },
    );
    if (started.status !== 0)
      return { ok: false, url, started: false, reason: "pg_ctlcluster failed" };
  }
  const role = decodeURIComponent(username);
  const secret = decodeURIComponent(password);
  if (/^[a-z_][a-z0-9_]*$/.test(role) && !secret.includes("'")) {
    const created = psqlAsPostgres(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
           CREATE ROLE ${role} LOGIN CREATEDB PASSWORD '${secret}';
         END IF;
       END $$;`,
    );
    if (created.status !== 0) log(`Could not create the role ${role}: ${created.stderr.trim()}`);
  }
  const second = await probePostgres(url);
  return { ok: second.ok, url, started: true, reason: second.error };
}

/** The URL with its password hidden, for messages. */
export function describePostgresUrl(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv[2] !== "start") {
    console.error("Usage: node scripts/lib/local-postgres.mjs start");
    process.exit(2);
  }
  const result = await ensureLocalPostgres();
  if (!result.ok) {
    console.error(
      `PostgreSQL is not reachable at ${describePostgresUrl(result.url)}: ${result.reason}`,
    );
    process.exit(1);
  }
  console.log(`PostgreSQL is ready at ${describePostgresUrl(result.url)}`);
}
