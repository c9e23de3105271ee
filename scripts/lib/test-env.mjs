// The environment of the browser tests: their own SQLite file, sandbox port and app port, and
// fixed throwaway secrets (never used outside tests). Shared by scripts/test.mjs (which builds
// with it) and playwright.config.ts (which serves with it). E2E_APP_PORT, E2E_SANDBOX_PORT and
// NEXT_DIST_DIR let several checkouts or engineers run the browser tests side by side.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const E2E_SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
export const e2eSandboxUrl = `http://127.0.0.1:${E2E_SANDBOX_PORT}`;
export const e2eAppUrl = `http://127.0.0.1:${E2E_APP_PORT}`;
export const e2eDistDir = process.env.NEXT_DIST_DIR ?? ".next";
export const e2eDatabaseFile = `data/e2e-${E2E_APP_PORT}.db`;
/** Each demo role's signed-in browser state, written by the e2e setup project (e2e/auth.setup.ts). */
export const e2eAuthDir = `data/e2e-${E2E_APP_PORT}-auth`;

export const e2eEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: e2eDistDir,
  DATABASE_URL: `file:./${e2eDatabaseFile}`,
  DAMCORP_WHATSAPP_URL: e2eSandboxUrl,
  DAMCORP_HELPDESK_URL: e2eSandboxUrl,
  NEXTAUTH_URL: e2eAppUrl,
  NEXTAUTH_SECRET: "e2e-session-secret-not-for-production-0123456789",
  KABAR_SECRET_KEY: "ZTJlLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24tMDEyMzQ=",
  KABAR_DATA_DIR: `./data/e2e-${E2E_APP_PORT}-files`,
  // A headless-deployment sender and helpdesk key from the environment, as production may set
  // them; the browser tests assert neither value ever reaches the browser.
  DAMCORP_TOKEN: "sandbox-token",
  DAMCORP_SENDER_NUMBER: "+6281100000009",
  DAMCORP_HELPDESK_API_KEY: "e2e-helpdesk-key-31f9c0d2",
  SANDBOX_API_KEY: "e2e-helpdesk-key-31f9c0d2",
  // Short, so the browser test of a Damcorp that never answers waits 5 s, not the default 15 s.
  DAMCORP_TIMEOUT_MS: "5000",
  PORT: String(E2E_APP_PORT),
  SANDBOX_PORT: String(E2E_SANDBOX_PORT),
  // Generous so browser tests never trip the sandbox's rate limit by accident.
  SANDBOX_RATE_LIMIT: "6000",
  // Every board load asks the sandbox, so a test sees what it just changed there (sharing the
  // helpdesk's answers between users is measured by scripts/bench-board.ts and tested in
  // lib/tickets/helpdesk-reads.int.test.ts; the last good answer is still kept and shown).
  KABAR_HELPDESK_CACHE_SECONDS: "0",
};
