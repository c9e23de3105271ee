import path from "node:path";
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Two kinds of Vitest tests, one project each (browser tests run in Playwright, e2e/):
// - unit: logic only. No server, no database, no environment: `npm test -- unit`.
// - integration (*.int.test.ts, and the sandbox's own tests, which run it over real HTTP): a real
//   sandbox over HTTP and a real database, made fresh for every test file by the setup file
//   tests/support/test-env.ts before the file's first import: `npm test -- integration`.
const testFiles = ["{lib,browser,sandbox,scripts,tests,components,app}/**/*.test.{ts,tsx}"];
const integrationFiles = ["**/*.int.test.{ts,tsx}", "sandbox/**/*.test.ts"];
// PostgreSQL only (migrations through pg, several connections at once): *.postgres.test.ts.
const postgresFiles = ["**/*.postgres.test.{ts,tsx}"];
// Several Kabar processes on one PostgreSQL (tests/multi-instance): a project of its own, run by
// `npm test -- multi-instance` after a production build.
const multiInstanceFiles = ["tests/multi-instance/**/*.test.ts"];
// Integration tests that never open the database: run once, in the SQLite project.
const withoutDatabase = ["sandbox/**", "lib/damcorp/**"];

/**
 * An integration project. `env` is set before the setup file runs; KABAR_TEST_DATABASE picks the
 * database it makes (tests/support/test-env.ts). Another database is one more line in `projects`
 * below and one more suite in scripts/test.mjs.
 */
function integrationProject(
  name: string,
  env: Record<string, string> = {},
  more: { include?: string[]; exclude?: string[]; globalSetup?: string[] } = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: more.include ?? integrationFiles,
      exclude: [...configDefaults.exclude, ...(more.exclude ?? [])],
      setupFiles: ["tests/support/test-env.ts"],
      globalSetup: more.globalSetup,
      env,
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run the same modules in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Application logs only for failing tests, so a green run stays readable.
    silent: "passed-only",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: testFiles,
          exclude: [
            ...configDefaults.exclude,
            ...integrationFiles,
            ...postgresFiles,
            ...multiInstanceFiles,
          ],
        },
      },
      integrationProject("integration", { KABAR_TEST_DATABASE: "sqlite" }),
      // The same integration tests on a real PostgreSQL server (a copy of a migrated template
      // database per test file): `npm test -- postgres` (scripts/test.mjs finds or starts it).
      integrationProject(
        "postgres",
        { KABAR_TEST_DATABASE: "postgres" },
        {
          include: [...integrationFiles, ...postgresFiles],
          exclude: withoutDatabase,
          globalSetup: ["tests/support/postgres-global-setup.ts"],
        },
      ),
      {
        extends: true,
        test: {
          name: "multi-instance",
          include: multiInstanceFiles,
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
