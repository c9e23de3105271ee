// `npm run worker` (or one contacts import) as a real child process in its own process group, for
// crash tests and benchmarks: started on the test's database (the environment is inherited) and
// sandbox, killed whole (tsx runs node under it).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export function exited(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(null)
      : child.once("exit", resolve),
  );
}

/**
 * A repository script under tsx (react-server conditions, as the app runs) in its own process
 * group, on the parent's environment plus `env`; its output is printed only if it fails.
 */
export function startScriptProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  name: string,
): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", script, ...args],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.on("exit", (code, signal) => {
    if (code !== null && code !== 0) console.error(`${name} exited ${code}:\n${output}`);
    else if (signal && signal !== "SIGKILL" && signal !== "SIGTERM") console.error(signal, output);
  });
  return child;
}

export function startWorkerProcess(
  sandboxUrl: string,
  env: Record<string, string> = {},
): ChildProcess {
  return startScriptProcess(
    "scripts/worker.ts",
    [],
    {
      NODE_ENV: "production",
      DAMCORP_WHATSAPP_URL: sandboxUrl,
      DAMCORP_HELPDESK_URL: sandboxUrl,
      DAMCORP_TIMEOUT_MS: "60000",
      KABAR_DELIVERY_LEASE_MS: "3000",
      ...env,
    },
    "worker",
  );
}

/** One contacts import (tests/support/contact-import-process.ts) as a child process. */
export function startContactImportProcess(importId: string): ChildProcess {
  return startScriptProcess(
    "tests/support/contact-import-process.ts",
    [importId],
    {},
    "import process",
  );
}
