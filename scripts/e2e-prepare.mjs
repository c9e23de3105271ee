// A fresh database for every browser-test run, prepared by the web server's own command before
// Kabar starts: remove the old file, migrate, seed the demo users.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { e2eEnv } from "./lib/test-env.mjs";

for (const suffix of ["", "-wal", "-shm", "-journal"])
  rmSync(`data/e2e.db${suffix}`, { force: true });
rmSync("data/e2e-files", { recursive: true, force: true });
const env = { ...process.env, ...e2eEnv };
execFileSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], { env, stdio: "inherit" });
execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { env, stdio: "inherit" });
