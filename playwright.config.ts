import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_APP_PORT, e2eAppUrl, e2eEnv, e2eSandboxUrl } from "./scripts/lib/test-env.mjs";

// Debian's Chromium (Playwright cannot download its own browser offline); see scripts/test.mjs.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  // Per app port, so side-by-side runs do not delete each other's traces.
  outputDir: `./test-results/${E2E_APP_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL: e2eAppUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    // Signs each demo role in once; the tests reuse those sessions (tests/support/e2e/auth.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: chromium },
    { name: "chromium", dependencies: ["setup"], use: chromium },
  ],
  webServer: [
    {
      command: "node_modules/.bin/tsx sandbox/main.ts",
      url: `${e2eSandboxUrl}/__sandbox/state`,
      env: { ...process.env, ...e2eEnv } as Record<string, string>,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/e2e-prepare.mjs && node_modules/.bin/next start -p ${e2eEnv.PORT}`,
      url: `${e2eAppUrl}/api/health`,
      env: { ...process.env, ...e2eEnv } as Record<string, string>,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
