// A Damcorp sandbox of its own for one rehearsal: the repository's sandbox server (sandbox/main.ts)
// in a child process on a free loopback port, with Kabar's saved templates registered. Kabar's
// code never imports the sandbox (README: they stay independent); it starts it like `npm run
// sandbox` does and reads the address it prints.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { SandboxTemplate } from "./sandbox-templates";

export type RehearsalSandbox = {
  url: string;
  /** The token this sandbox accepts (made for it; never a real sender's token). */
  token: string;
  stop: () => Promise<void>;
};

const LISTENING = /Damcorp sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/;

export async function startRehearsalSandbox(options: {
  templates: readonly SandboxTemplate[];
  /** The repository root (sandbox/main.ts and node_modules/tsx). Default: the working directory. */
  root?: string;
  startTimeoutMs?: number;
}): Promise<RehearsalSandbox> {
  const root = options.root ?? process.cwd();
  const token = `rehearsal-${randomBytes(12).toString("hex")}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "sandbox/main.ts")],
    {
      cwd: root,
      env: {
        NODE_ENV: "production",
        SANDBOX_HOST: "127.0.0.1",
        SANDBOX_PORT: "0",
        SANDBOX_TOKEN: token,
        SANDBOX_TEMPLATES: JSON.stringify(options.templates),
        // A rehearsal shows what the campaign's requests get, not the rate limit of a test box.
        SANDBOX_RATE_LIMIT: "100000",
        SANDBOX_RATE_WINDOW_MS: "1000",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(
        () => reject(new Error("The rehearsal sandbox did not start in time.")),
        options.startTimeoutMs ?? 30_000,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = LISTENING.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      child.stdout?.on("data", read);
      child.stderr?.on("data", read);
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(
          new Error(
            `The rehearsal sandbox stopped at start (${code}): ${output.trim().slice(-500)}`,
          ),
        );
      });
    });
    return { url, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
