#!/usr/bin/env node
// `npm start`: the production server, `next start` on KABAR_HOST (default 127.0.0.1) and PORT
// (default 3000), after `npm run build` and `npm run db:setup`. Signals pass through, so a
// process manager's SIGTERM stops Kabar cleanly (its delivery worker records what is in flight).
import { spawn } from "node:child_process";
import { startArgs } from "./lib/kabar-host.mjs";

const child = spawn("node_modules/.bin/next", startArgs(process.env, process.env.PORT || 3000), {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
