import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) and integration tests (*.int.test.ts: real sandbox over HTTP, real SQLite file)
// both run here; browser tests run in Playwright (e2e/).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run the same modules in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["{lib,sandbox,scripts,tests,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Application logs only for failing tests, so a green run stays readable.
    silent: "passed-only",
  },
});
