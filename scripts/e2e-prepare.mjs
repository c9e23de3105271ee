// A fresh database for every browser-test run, prepared by the web server's own command before
// Kabar starts: remove the old file (and the sessions saved in it), migrate, seed the demo users.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { e2eAuthDir, e2eDatabaseFile, e2eEnv } from "./lib/test-env.mjs";

for (const suffix of ["", "-wal", "-shm", "-journal"]) {
  rmSync(`${e2eDatabaseFile}${suffix}`, { force: true });
}
rmSync(e2eEnv.KABAR_DATA_DIR, { recursive: true, force: true });
rmSync(e2eAuthDir, { recursive: true, force: true }); // sessions of the old database
const env = { ...process.env, ...e2eEnv };
execFileSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], { env, stdio: "inherit" });
// Demo users and templates, without the demo's month of sends: each spec writes its own.
execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts", "--without-sends"], {
  env,
  stdio: "inherit",
});
