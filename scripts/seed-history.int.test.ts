// The history benchmark's SQLite database is one `npm run demo` can serve: its migrations are
// recorded the way `prisma migrate deploy` records them (README: point DATABASE_URL at it).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedHistory } from "./seed-history";

describe("seed-history on a new SQLite file", () => {
  it("makes a database that the demo's migration step accepts as up to date", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kabar-seed-")), "history.db");
    const url = `file:${file}`;
    const result = await seedHistory(url, { count: 40, days: 3, seed: 1, force: false });
    expect(result).toMatchObject({ fresh: true, sends: 40 });

    // What `npm run demo` runs first (scripts/demo.mjs → scripts/db-setup.ts).
    const setup = spawnSync("node_modules/.bin/tsx", ["scripts/db-setup.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(setup.stderr).not.toContain("P3005");
    expect(setup.status).toBe(0);
    expect(setup.stdout).toContain("No pending migrations to apply.");
    // Two CLI runs (tsx, then Prisma) in child processes: slow on a busy machine, not waiting.
  }, 180_000);
});
