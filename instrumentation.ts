// Runs once when a Kabar server starts (Next.js instrumentation): background work of the process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ env }, { scheduleOptOutSweep }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/opt-outs/sweep-recent-tickets"),
  ]);
  scheduleOptOutSweep(env.KABAR_OPT_OUT_SWEEP_MINUTES);
}
