// Benchmarks a campaign end to end: N personalised template recipients (default 10,000) planned
// into a fresh SQLite database, launched, fed to the delivery engine by the campaign feeder and
// sent to the Damcorp sandbox (started here, with its rate limit) at the sender's rate R.
// Prints planning time, the sustained rate as a fraction of R (goal ≥ 95%), requests per
// recipient at the sandbox (goal exactly 1.000, each with its own values), recipients lost
// (goal 0) and the process's RSS sampled along the way (goal flat). Loopback only.
//
// Usage: npm run bench:campaign -- [--count 10000] [--rate 50]
import os from "node:os";
import { parseArgs } from "node:util";
import { createMigratedDatabase } from "../tests/support/temp-db";

const { values: args } = parseArgs({
  options: { count: { type: "string", default: "10000" }, rate: { type: "string", default: "50" } },
});
const COUNT = Number(args.count);
const RATE = Number(args.rate);

process.env.DATABASE_URL = createMigratedDatabase().url;
process.env.NEXTAUTH_SECRET ??= "bench-session-secret-0123456789abcdef";
process.env.KABAR_SECRET_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.KABAR_OPT_OUT_SWEEP_MINUTES = "0";

const { startHarness, SANDBOX_TOKEN } = await import("../tests/support/sandbox-harness");
const fixture = await import("../tests/support/campaign-fixture");
const { db } = await import("@/lib/db/client");
const { createDamcorpClient } = await import("@/lib/damcorp");
const { DeliveryWorker } = await import("@/lib/delivery/worker");
const { CampaignFeeder } = await import("@/lib/campaigns/feeder");
const { launchCampaign } = await import("@/lib/campaigns/launch-campaign");
const { createCampaignDraft, replaceCampaignRecipients } =
  await import("@/lib/campaigns/save-draft");

// The sandbox allows a little more than R, as Damcorp allows the account's rate.
const sandbox = await startHarness({
  rateLimit: { max: Math.ceil(RATE * 1.2), windowMs: 1000 },
});
const rate = { limit: RATE, periodMs: 1000 };
const actor = await fixture.campaignActor(db);
const templateId = await fixture.welcomeTemplate(db);
const senderId = await fixture.sandboxSender(db);
await db.senderPace.create({
  data: {
    senderKey: senderId,
    rateLimit: RATE,
    ratePeriodMs: 1000,
    nextAt: 0,
    lastSlotAt: 0,
    slowdown: 1,
  },
});

const recipients = fixture.personalRecipients(COUNT, "62831");
const planStart = performance.now();
const draft = await createCampaignDraft(
  { name: "Bench", senderId, message: fixture.welcomeMessage(templateId) },
  actor,
);
await replaceCampaignRecipients(draft.id, recipients);
const planMs = performance.now() - planStart;

const worker = new DeliveryWorker(
  {
    db,
    clientFor: async () =>
      createDamcorpClient({
        whatsappUrl: sandbox.url,
        helpdeskUrl: sandbox.url,
        token: SANDBOX_TOKEN,
        timeoutMs: 10_000,
        retry: { maxAttempts: 1 },
      }),
    resolveMedia: () => Promise.reject(new Error("no media")),
  },
  { concurrency: 8 },
);
const feeder = new CampaignFeeder({ db, rateOf: () => rate, leaseMs: 15_000 });
await worker.start();

const rss: number[] = [];
const sample = setInterval(() => rss.push(process.memoryUsage().rss), 1000);
const sendStart = Date.now();
await launchCampaign(draft.id, {}, actor);
feeder.start();
for (;;) {
  const c = await db.campaign.findUniqueOrThrow({ where: { id: draft.id } });
  if (c.status === "completed") break;
  await new Promise((r) => setTimeout(r, 200));
}
const sendMs = Date.now() - sendStart;
clearInterval(sample);
await feeder.stop();
await worker.stop();

const log = (await sandbox.requests()).filter(
  (r) => r.path.includes("welcome_msg") && r.status === 200,
);
const perNumber = new Map<string, string[][]>();
for (const r of log) {
  const body = r.body as { to: string | string[]; param: string[] };
  const to = (Array.isArray(body.to) ? body.to[0]! : body.to).replace(/^\+/, "");
  perNumber.set(to, [...(perNumber.get(to) ?? []), body.param]);
}
const own = recipients.filter((r) => {
  const got = perNumber.get(r.to);
  return (
    got?.length === 1 && got[0]![0] === r.values["body.1"] && got[0]![1] === r.values["body.2"]
  );
}).length;
const counts = await db.campaignRecipient.groupBy({
  by: ["status"],
  where: { campaignId: draft.id },
  _count: { _all: true },
});
const sent = counts.find((c) => c.status === "sent")?._count._all ?? 0;
const sustained = COUNT / (sendMs / 1000);
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
console.log(
  `campaign bench: ${COUNT} recipients, sender rate ${RATE}/s, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(`planning: ${planMs.toFixed(0)} ms`);
console.log(
  `sending: ${(sendMs / 1000).toFixed(1)} s, sustained ${sustained.toFixed(1)}/s = ${((sustained / RATE) * 100).toFixed(1)}% of R`,
);
console.log(
  `requests per recipient at the sandbox: ${(log.length / COUNT).toFixed(3)} (${own} of ${COUNT} exactly once with their own values; 429s: ${(await sandbox.requests()).filter((r) => r.status === 429).length})`,
);
console.log(
  `statuses: ${counts.map((c) => `${c.status} ${c._count._all}`).join(", ")}; lost: ${COUNT - sent - counts.filter((c) => c.status !== "sent").reduce((s, c) => s + c._count._all, 0)}`,
);
console.log(
  `RSS: first ${mb(rss[0] ?? 0)}, max ${mb(Math.max(...rss, 0))}, last ${mb(rss.at(-1) ?? 0)} (${rss.length} samples)`,
);
await sandbox.close();
await db.$disconnect();
process.exit(0);
