// CLI entry: `npx tsx sandbox/main.ts`. Configuration comes from SANDBOX_* environment variables.
import { startSandbox, type SandboxOptions } from "./server";

function integerEnv(name: string, fallback: number | undefined, min: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be an integer >= ${min}, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const perMinute = integerEnv("SANDBOX_RATE_LIMIT", undefined, 1);
const options: SandboxOptions = {
  port: integerEnv("SANDBOX_PORT", 4010, 0),
  host: process.env.SANDBOX_HOST || undefined,
  token: process.env.SANDBOX_TOKEN || undefined,
  apiKey: process.env.SANDBOX_API_KEY || undefined,
  rateLimit: perMinute === undefined ? undefined : { max: perMinute, windowMs: 60_000 },
  timeZone: process.env.SANDBOX_TIME_ZONE || undefined,
};

const sandbox = await startSandbox(options);
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
