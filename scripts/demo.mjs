#!/usr/bin/env node
// `npm run demo`: one command from a fresh clone to a running Kabar on the Damcorp sandbox.
// Safe to run again: migrations and seed are idempotent, the database and secrets are kept.
import { existsSync, statSync, readdirSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { startArgs } from "./lib/kabar-host.mjs";
import { ensureDependencies, npxBin, run, startChild, waitForHttp } from "./lib/run.mjs";
import { loadOrCreateLocalSecrets } from "./lib/secrets-file.mjs";
import { generateClients } from "./db-generate.mjs";

const port = process.env.PORT ?? "3000";
const sandboxPort = process.env.SANDBOX_PORT ?? "4010";
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

// A second `npm run demo` while the first still runs would fight over the database: say so plainly.
for (const [what, p] of [
  ["Kabar", port],
  ["the sandbox", sandboxPort],
]) {
  if (await portInUse(Number(p))) {
    console.error(
      `Port ${p} is in use (is ${what} already running?). Stop it first, or set PORT / SANDBOX_PORT.`,
    );
    process.exit(1);
  }
}

ensureDependencies();
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  ...process.env,
  ...loadOrCreateLocalSecrets(),
  DAMCORP_WHATSAPP_URL: process.env.DAMCORP_WHATSAPP_URL ?? sandboxUrl,
  DAMCORP_HELPDESK_URL: process.env.DAMCORP_HELPDESK_URL ?? sandboxUrl,
  // The sandbox's api-key, so the helpdesk board works from the first start (Settings can store
  // another one, which then takes precedence).
  DAMCORP_HELPDESK_API_KEY: process.env.DAMCORP_HELPDESK_API_KEY ?? "sandbox-api-key",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  PORT: port,
};

const step = (label, code) => {
  if (code !== 0) {
    console.error(`\n✖ ${label} failed (exit ${code}).`);
    process.exit(code);
  }
};

step("prisma generate", generateClients({ env }));
step("database migrations", run(npxBin("tsx"), ["scripts/db-setup.ts"], { env }));
step("demo seed", run(npxBin("tsx"), ["prisma/seed.ts"], { env }));

// Build only when sources changed since the last build (a second run starts in seconds).
if (needsBuild()) step("next build", run(npxBin("next"), ["build"], { env }));

const sandbox = startChild("sandbox", npxBin("tsx"), ["sandbox/main.ts"], {
  env: { ...env, SANDBOX_PORT: sandboxPort },
});
// On 127.0.0.1 only (the demo passwords are published) unless KABAR_HOST says otherwise.
const app = startChild("kabar", npxBin("next"), startArgs(process.env, port), { env });
const stop = () => {
  sandbox.kill("SIGTERM");
  app.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
app.on("exit", (code) => {
  sandbox.kill("SIGTERM");
  process.exit(code ?? 0);
});

await waitForHttp(`${sandboxUrl}/__sandbox/state`);
await waitForHttp(`http://127.0.0.1:${port}/api/health`);
console.log(`
  Kabar is running:   http://localhost:${port}
  Damcorp sandbox:    ${sandboxUrl}  (token sandbox-token, api-key sandbox-api-key)

  Sign in as admin@demo.kabar / kabar-demo
     (also agent@demo.kabar and viewer@demo.kabar, same password)

  Press Ctrl+C to stop.
`);

function portInUse(p) {
  return new Promise((resolve) => {
    const socket = connect({ port: p, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function needsBuild() {
  const marker = `${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`;
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return [
    "app",
    "components",
    "lib",
    "public",
    "proxy.ts",
    "next.config.mjs",
    "package-lock.json",
  ].some((p) => newerThan(p, built));
}

function newerThan(p, time) {
  if (!existsSync(p)) return false;
  const stat = statSync(p);
  if (stat.isFile()) return stat.mtimeMs > time;
  return readdirSync(p).some(
    (entry) => entry !== "generated" && newerThan(path.join(p, entry), time),
  );
}
