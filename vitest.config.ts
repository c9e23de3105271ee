import path from "node:path";
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Two kinds of Vitest tests, one project each (browser tests run in Playwright, e2e/):
// - unit: logic only. No server, no database, no environment: `npm test -- unit`.
// - integration (*.int.test.ts, and the sandbox's own tests, which run it over real HTTP): a real
//   sandbox over HTTP and a real database, made fresh for every test file by the setup file
//   tests/support/test-env.ts before the file's first import: `npm test -- integration`.
const testFiles = ["{lib,browser,sandbox,scripts,tests,components,app}/**/*.test.{ts,tsx}"];
const integrationFiles = ["**/*.int.test.{ts,tsx}", "sandbox/**/*.test.ts"];

/**
 * An integration project. `env` is set before the setup file runs; KABAR_TEST_DATABASE picks the
 * database it makes (tests/support/test-env.ts). Another database is one more line in `projects`
 * below and one more suite in scripts/test.mjs.
 */
function integrationProject(
  name: string,
  env: Record<string, string> = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      include: integrationFiles,
      setupFiles: ["tests/support/test-env.ts"],
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
          exclude: [...configDefaults.exclude, ...integrationFiles],
        },
      },
      integrationProject("integration", { KABAR_TEST_DATABASE: "sqlite" }),
    ],
  },
});
