// CLI entry: `npx tsx sandbox/main.ts`. Configuration comes from SANDBOX_* environment variables.
import { optionsFromEnv } from "./env";
import { startSandbox, type SandboxOptions } from "./server";

let options: SandboxOptions;
try {
  options = optionsFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const sandbox = await startSandbox(options).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
console.log(`Damcorp sandbox listening on ${sandbox.url}`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
