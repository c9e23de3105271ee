// Small process helpers shared by the demo and test scripts (plain Node: they run before any install).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const isWindows = process.platform === "win32";
const npx = isWindows ? "npx.cmd" : "npx";
const npm = isWindows ? "npm.cmd" : "npm";

/** Runs a command to completion with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status ?? 1;
}

export function runNpx(args, options) {
  return run(npx, args, options);
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  if (existsSync("node_modules/.package-lock.json")) return;
  console.log("Installing dependencies (npm ci)…");
  const code = run(npm, ["ci", "--no-audit", "--no-fund"]);
  if (code !== 0) throw new Error("npm ci failed");
}

/** Starts a long-running child; its output is prefixed so interleaved logs stay readable. */
export function startChild(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join("\n") + "\n";
  child.stdout.on("data", (c) => process.stdout.write(prefix(c)));
  child.stderr.on("data", (c) => process.stderr.write(prefix(c)));
  return child;
}

export function npxBin(name) {
  return isWindows ? `node_modules/.bin/${name}.cmd` : `node_modules/.bin/${name}`;
}

/** Waits until url answers any HTTP response, or throws after timeoutMs. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}
