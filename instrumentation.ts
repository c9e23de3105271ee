// Runs once when the Kabar server starts, before it serves a request (Next.js instrumentation).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A missing or wrong setting stops the server with every problem listed (lib/env-schema.ts),
  // instead of failing the first request that reads it. lib/env.ts parses the same schema.
  const { parseEnv } = await import("./lib/env-schema");
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // Then the delivery engine: it recovers what a stopped server left and sends what is queued.
  const { startDeliveryInServer } = await import("./lib/delivery/start-in-server");
  await startDeliveryInServer();
  // Campaigns are fed to the engine wherever it delivers (also by `npm run worker`).
  if (env.KABAR_DELIVERY_IN_SERVER) {
    const { startCampaignFeeder } = await import("./lib/campaigns/start-feeder");
    startCampaignFeeder();
  }
  // Background work of the process.
  const { scheduleOptOutSweep } = await import("./lib/opt-outs/sweep-recent-tickets");
  scheduleOptOutSweep(env.KABAR_OPT_OUT_SWEEP_MINUTES);
}
