// Defaults shared by lib/env.ts and the command-line scripts (which cannot import server-only code).
export const defaultDatabaseUrl = "file:./data/kabar.db";
export const defaultSandboxUrl = "http://127.0.0.1:4010";
export const sandboxToken = "sandbox-token";
export const sandboxApiKey = "sandbox-api-key";
