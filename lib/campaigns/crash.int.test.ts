// The campaign crash test: `npm run worker` (delivery worker and campaign feeder, a real child
// process) is SIGKILLed in the middle of a campaign, one request in flight at the sandbox (its
// answer held back) and others queued, then started again. Counted at the sandbox: exactly one
// request per recipient, each with its own values. Counted in the database: the in-flight one
// unknown, every other recipient sent once, nothing left queued or dispatched, the campaign done.
import type { ChildProcess } from "node:child_process";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { startHarness, type SandboxHarness } from "@/tests/support/sandbox-harness";
import {
  campaignActor,
  personalRecipients,
  sandboxSender,
  welcomeMessage,
  welcomeTemplate,
} from "@/tests/support/campaign-fixture";
import { exited, killGroup, startWorkerProcess } from "@/tests/support/worker-process";
import { db } from "@/lib/db/client";
import { launchCampaign } from "./launch-campaign";
import { createCampaignDraft, replaceCampaignRecipients } from "./save-draft";
import { until as waitUntil } from "@/tests/support/wait-until";

const until = <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) =>
  waitUntil(read, done, what, { timeoutMs: 120_000, everyMs: 50 });

let sandbox: SandboxHarness;
beforeAll(async () => {
  sandbox = await startHarness({ rateLimit: { max: 100_000, windowMs: 60_000 } });
});
afterAll(async () => {
  await sandbox?.close();
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) killGroup(child, "SIGKILL");
});
const worker = () => {
  const child = startWorkerProcess(sandbox.url, {
    KABAR_DELIVERY_CONCURRENCY: "1",
    KABAR_DEFAULT_SEND_RATE: "20/second",
  });
  children.push(child);
  return child;
};

const statuses = async (campaignId: string) =>
  (await db.campaignRecipient.findMany({ where: { campaignId }, orderBy: { id: "asc" } })).map(
    (r) => r.status,
  );

it(
  "SIGKILL mid-campaign, then a restart: one request per recipient, the in-flight one unknown, nothing left queued",
  { timeout: 300_000 },
  async () => {
    const actor = await campaignActor(db);
    const templateId = await welcomeTemplate(db);
    const senderId = await sandboxSender(db);
    const recipients = personalRecipients(8, "62821");
    const draft = await createCampaignDraft(
      { name: "Crash", senderId, message: welcomeMessage(templateId) },
      actor,
    );
    await replaceCampaignRecipients(draft.id, recipients);
    // The fourth request reaches Damcorp and its answer is held back: the worst moment to die.
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", delayMs: 120_000, skip: 3 });
    await launchCampaign(draft.id, {}, actor);

    const first = worker();
    await until(
      async () => ({
        dispatched: await db.send.count({ where: { campaignId: draft.id, outcome: "dispatched" } }),
        seen: (await sandbox.summary({ path: "/whatsapp/*" })).requests,
      }),
      ({ dispatched, seen }) => dispatched === 1 && seen >= 4,
      "the fourth request in flight",
    );
    killGroup(first, "SIGKILL");
    await exited(first);
    const atCrash = await statuses(draft.id);
    expect(atCrash.filter((s) => s === "planned" || s === "queued").length).toBeGreaterThan(0);

    worker();
    const campaign = await until(
      () => db.campaign.findUniqueOrThrow({ where: { id: draft.id } }),
      (c) => c.status === "completed",
      "the campaign completed after the restart",
    );
    expect(campaign.completedAt).not.toBeNull();

    const rows = await db.campaignRecipient.findMany({
      where: { campaignId: draft.id },
      include: { send: true },
    });
    const unknown = rows.filter((r) => r.status === "unknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.send).toMatchObject({ errorCode: "abandoned", attempts: 1 });
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(7);
    expect(
      await db.send.count({
        where: { campaignId: draft.id, outcome: { in: ["queued", "dispatched"] } },
      }),
    ).toBe(0);

    // The sandbox: eight requests, one per recipient, each with that recipient's own values.
    const requests = (await sandbox.requests()).filter((r) => r.path.includes("welcome_msg"));
    expect(requests).toHaveLength(8);
    const byNumber = new Map(
      requests.map((r) => {
        const body = r.body as { to: string | string[]; param: string[] };
        const to = (Array.isArray(body.to) ? body.to[0]! : body.to).replace(/^\+/, "");
        return [to, body.param];
      }),
    );
    for (const r of recipients) {
      expect(byNumber.get(r.to)).toEqual([r.values["body.1"], r.values["body.2"]]);
    }
  },
);
