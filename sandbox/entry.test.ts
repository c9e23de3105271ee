// startSandbox is imported by Kabar's own server code (campaign rehearsals), so importing the
// module must do nothing by itself: no server, no timers, no output, no reading of the env.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("sandbox/server entry point", () => {
  it("has no side effects at import time", { timeout: 60_000 }, async () => {
    const script = `
      const before = new Set(process.getActiveResourcesInfo());
      const read = [];
      process.env = new Proxy(process.env, {
        get(target, key) { if (typeof key === "string") read.push(key); return target[key]; },
      });
      const mod = await import("./sandbox/server.ts");
      const after = process.getActiveResourcesInfo().filter((r) => !before.has(r));
      console.log(JSON.stringify({ exports: Object.keys(mod).sort(), after, read }));
    `;
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      { cwd: process.cwd(), timeout: 50_000 },
    );
    expect(stderr).toBe("");
    const result = JSON.parse(stdout.trim()) as {
      exports: string[];
      after: string[];
      read: string[];
    };
    expect(result.exports).toContain("startSandbox");
    expect(result.after).toEqual([]);
    expect(result.read.filter((key) => key.startsWith("SANDBOX_"))).toEqual([]);
  });
});
