// Campaigns against the Damcorp sandbox over real HTTP and a real database: the feeder hands
// each recipient to the delivery engine with their own frozen values, skips opted-out numbers,
// pauses, resumes and cancels, retries only what the failure catalogue calls retryable, and a
// scheduled campaign starts at its time (an injected clock: no test waits for it).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHarness, SANDBOX_TOKEN, type SandboxHarness } from "@/tests/support/sandbox-harness";
import { ManualClock } from "@/tests/support/manual-clock";
import {
  campaignActor,
  personalRecipients,
  sandboxSender,
  welcomeMessage,
  welcomeTemplate,
} from "@/tests/support/campaign-fixture";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { cursorSchema } from "@/lib/paging/cursor";
import { createDamcorpClient } from "@/lib/damcorp";
import { realClock, type Clock } from "@/lib/delivery/clock";
import { DeliveryWorker } from "@/lib/delivery/worker";
import {
  cancelCampaign,
  pauseCampaign,
  resendUnknownRecipients,
  resumeCampaign,
  retryFailedRecipients,
} from "./control-campaign";
import { feedCampaigns } from "./feed";
import { CampaignFeeder } from "./feeder";
import { launchCampaign } from "./launch-campaign";
import { listCampaignRecipients } from "./list-recipients";
import { createCampaignDraft, replaceCampaignRecipients } from "./save-draft";
import type { CampaignRecipientInput } from "./schema";
import { pause, until } from "@/tests/support/wait-until";

let sandbox: SandboxHarness;
let actor: Actor;
let templateId: string;
beforeAll(async () => {
  sandbox = await startHarness({ rateLimit: { max: 100_000, windowMs: 60_000 } });
  actor = await campaignActor(db, "admin");
  templateId = await welcomeTemplate(db);
});
afterAll(async () => {
  await sandbox?.close();
});

const stoppers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stoppers.splice(0).map((stop) => stop()));
  await sandbox.reset();
});

const fastRate = { limit: 1000, periodMs: 1000 };

function startEngine(options: { clock?: Clock; concurrency?: number } = {}) {
  const clock = options.clock ?? realClock;
  const worker = new DeliveryWorker(
    {
      db,
      clock,
      clientFor: async () =>
        createDamcorpClient({
          whatsappUrl: sandbox.url,
          helpdeskUrl: sandbox.url,
          token: SANDBOX_TOKEN,
          timeoutMs: 2_000,
          retry: { maxAttempts: 1 },
        }),
      resolveMedia: () => Promise.reject(new Error("no media in these tests")),
    },
    {
      concurrency: options.concurrency ?? 4,
      leaseMs: 60_000,
      heartbeatMs: 10_000,
      pollMs: 20,
      horizonMs: 250,
      backoff: { baseMs: 1_000, maxMs: 60_000, random: () => 1 },
    },
  );
  const feeder = new CampaignFeeder({ db, clock, rateOf: () => fastRate, leaseMs: 60_000 }, 20);
  void worker.start();
  feeder.start();
  stoppers.push(async () => {
    await feeder.stop();
    await worker.stop();
  });
  return { worker, feeder };
}

async function plannedCampaign(recipients: CampaignRecipientInput[], name = "Promo") {
  const senderId = await sandboxSender(db);
  const draft = await createCampaignDraft(
    { name, senderId, message: welcomeMessage(templateId) },
    actor,
  );
  await replaceCampaignRecipients(draft.id, recipients);
  return draft.id;
}

const statusCounts = async (campaignId: string) =>
  Object.fromEntries(
    (
      await db.campaignRecipient.groupBy({
        by: ["status"],
        where: { campaignId },
        _count: { _all: true },
      })
    ).map((g) => [g.status, g._count._all]),
  );
const campaignStatus = async (id: string) =>
  (await db.campaign.findUniqueOrThrow({ where: { id } })).status;

/** The sandbox's requests to welcome_msg per recipient number, with the params each carried. */
async function requestsByNumber() {
  const requests = (await sandbox.requests()).filter((r) => r.path.includes("welcome_msg"));
  const byNumber = new Map<string, unknown[][]>();
  for (const r of requests) {
    const body = r.body as { to: string | string[]; param: unknown[] };
    const to = (Array.isArray(body.to) ? body.to : [body.to]).map((n) => n.replace(/^\+/, ""));
    for (const n of to) byNumber.set(n, [...(byNumber.get(n) ?? []), body.param]);
  }
  return byNumber;
}

describe("campaigns", () => {
  it("sends each recipient their own values, once, and completes", async () => {
    const recipients = personalRecipients(12, "62814");
    const id = await plannedCampaign(recipients);
    await launchCampaign(id, {}, actor);
    startEngine();
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion",
    );

    const byNumber = await requestsByNumber();
    expect(byNumber.size).toBe(12);
    for (const r of recipients) {
      expect(byNumber.get(r.to)).toEqual([[r.values["body.1"], r.values["body.2"]]]);
    }
    expect(await statusCounts(id)).toEqual({ sent: 12 });
    const sends = await db.send.findMany({ where: { campaignId: id } });
    expect(sends).toHaveLength(12);
    expect(sends.every((s) => s.priority === 100 && s.outcome === "sent")).toBe(true);
    const page = await listCampaignRecipients(id, { status: "sent" }, {}, 5);
    expect(page.rows.map((r) => r.to)).toEqual(recipients.slice(0, 5).map((r) => r.to));
    const next = await listCampaignRecipients(
      id,
      {},
      { after: cursorSchema.parse(page.olderCursor) },
      5,
    );
    expect(next.rows.map((r) => r.to)).toEqual(recipients.slice(5, 10).map((r) => r.to));
  });

  it("keeps the values frozen at planning: editing a contact later changes nothing", async () => {
    const [one] = personalRecipients(1, "62815");
    const contact = await db.contact.create({
      data: { id: `c-${Date.now()}`, e164: `+${one!.to}`, name: "Budi", source: "manual" },
    });
    const id = await plannedCampaign([{ ...one!, contactId: contact.id }]);
    await launchCampaign(id, {}, actor);
    await db.contact.update({ where: { id: contact.id }, data: { name: "Someone else" } });
    startEngine();
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion",
    );
    expect((await requestsByNumber()).get(one!.to)).toEqual([["Pelanggan 1", "Toko 1"]]);
  });

  it("skips opted-out numbers when fed, unless an admin overrode it with a reason", async () => {
    const recipients = personalRecipients(3, "62816");
    await db.optOut.create({
      data: {
        e164: `+${recipients[1]!.to}`,
        state: "opted_out",
        optedOutAt: new Date("2026-11-01T00:00:00Z"),
        source: "csv",
      },
    });
    const id = await plannedCampaign(recipients);
    await launchCampaign(id, {}, actor);
    startEngine();
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion",
    );
    expect(await statusCounts(id)).toEqual({ sent: 2, skipped: 1 });
    const skipped = await db.campaignRecipient.findFirstOrThrow({
      where: { campaignId: id, status: "skipped" },
    });
    expect(skipped).toMatchObject({ to: recipients[1]!.to, errorCode: "opted_out" });
    expect(skipped.reason).toContain("Opted out on 2026-11-01");
    expect((await requestsByNumber()).has(recipients[1]!.to)).toBe(false);

    const overridden = await plannedCampaign(
      recipients.map((r) => ({ ...r, to: r.to })),
      "Override",
    );
    await launchCampaign(overridden, { optOutOverrideReason: "Order confirmation" }, actor);
    await until(
      () => campaignStatus(overridden),
      (s) => s === "completed",
      "completion",
    );
    expect(await statusCounts(overridden)).toEqual({ sent: 3 });
    const audit = await db.auditEvent.findFirst({
      where: { action: "campaign.opt_out_overridden", target: overridden },
    });
    expect(audit?.detail).toContain("Order confirmation");
  });

  it("pauses at once, resumes, and cancel leaves the rest cancelled", async () => {
    const recipients = personalRecipients(40, "62817");
    const id = await plannedCampaign(recipients);
    // A slow sender: 20 a second, so the campaign is still going when it is paused.
    await db.senderPace.create({
      data: {
        senderKey: (await db.campaign.findUniqueOrThrow({ where: { id } })).senderId,
        rateLimit: 20,
        ratePeriodMs: 1000,
        nextAt: 0,
        lastSlotAt: 0,
        slowdown: 1,
      },
    });
    await launchCampaign(id, {}, actor);
    startEngine();
    await until(
      () => statusCounts(id),
      (c) => (c.sent ?? 0) >= 5,
      "some sent",
    );
    await pauseCampaign(id, actor);
    // What had left finishes; nothing more leaves.
    const settled = await until(
      () => statusCounts(id),
      (c) => !c.queued && !c.dispatched,
      "paused rows settled",
    );
    const sentAtPause = settled.sent ?? 0;
    expect(settled.planned).toBe(40 - sentAtPause);
    await pause(300);
    expect((await requestsByNumber()).size).toBe(sentAtPause);

    await resumeCampaign(id, actor);
    await until(
      () => statusCounts(id),
      (c) => (c.sent ?? 0) >= sentAtPause + 5,
      "resumed",
    );
    await cancelCampaign(id, actor);
    const final = await until(
      () => statusCounts(id),
      (c) => !c.queued && !c.dispatched && !c.planned,
      "cancelled rows settled",
    );
    expect((final.sent ?? 0) + (final.cancelled ?? 0)).toBe(40);
    expect(final.cancelled).toBeGreaterThan(0);
    await pause(300);
    // Exactly one request per sent recipient; none for the cancelled ones.
    const byNumber = await requestsByNumber();
    expect(byNumber.size).toBe(final.sent);
    expect([...byNumber.values()].every((params) => params.length === 1)).toBe(true);
    expect(await campaignStatus(id)).toBe("cancelled");
    const actions = await db.auditEvent.findMany({
      where: { target: id },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "campaign.launched",
        "campaign.paused",
        "campaign.resumed",
        "campaign.cancelled",
      ]),
    );
  });

  it("retry failed re-sends only retryable codes and says what it skipped and why", async () => {
    const [ok, notDelivered, refused] = personalRecipients(3, "62818");
    const rows = [
      ok!,
      // The sandbox fails a number ending in 0000 for that recipient ("Not delivered").
      { ...notDelivered!, to: "6281800000000" },
      refused!,
    ];
    const id = await plannedCampaign(rows);
    // Damcorp refuses the third request outright (HTTP 400: not worth retrying).
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 400, skip: 2, times: 1 });
    await launchCampaign(id, {}, actor);
    startEngine({ concurrency: 1 });
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion",
    );
    expect(await statusCounts(id)).toEqual({ sent: 1, failed: 2 });

    const report = await retryFailedRecipients(id, actor);
    expect(report.requeued).toBe(1);
    expect(report.skipped).toEqual([expect.objectContaining({ code: "400", count: 1 })]);
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion again",
    );
    const byNumber = await requestsByNumber();
    expect(byNumber.get("6281800000000")).toHaveLength(2);
    expect(byNumber.get(refused!.to)).toHaveLength(1);
    expect(byNumber.get(ok!.to)).toHaveLength(1);
  });

  it("sends unknown outcomes again only when asked, naming the request it repeats", async () => {
    const [one] = personalRecipients(1, "62819");
    const id = await plannedCampaign([one!]);
    await sandbox.fault({ path: "/whatsapp/sendHsm/welcome_msg", status: 500, times: 1 });
    await launchCampaign(id, {}, actor);
    startEngine();
    await until(
      () => campaignStatus(id),
      (s) => s === "completed",
      "completion",
    );
    expect(await statusCounts(id)).toEqual({ unknown: 1 });
    const first = await db.campaignRecipient.findFirstOrThrow({ where: { campaignId: id } });

    expect((await retryFailedRecipients(id, actor)).requeued).toBe(0);
    expect(await resendUnknownRecipients(id, actor)).toEqual({ requeued: 1 });
    await until(
      () => statusCounts(id),
      (c) => c.sent === 1,
      "sent again",
    );
    const again = await db.campaignRecipient.findFirstOrThrow({
      where: { campaignId: id },
      include: { send: true },
    });
    expect(again.send?.resendOfId).toBe(first.sendId);
    expect((await requestsByNumber()).get(one!.to)).toHaveLength(2);
  });

  it("starts a scheduled campaign at its time (injected clock)", async () => {
    const clock = new ManualClock(Date.parse("2030-01-01T02:00:00Z"));
    const id = await plannedCampaign(personalRecipients(2, "62810"));
    await launchCampaign(
      id,
      { scheduledAt: "2030-01-01T10:00:00+07:00" },
      actor,
      new Date(clock.now()),
    );
    expect(await campaignStatus(id)).toBe("scheduled");
    const deps = { db, clock, owner: "test", rateOf: () => fastRate, leaseMs: 60_000 };
    expect((await feedCampaigns(deps)).started).toBe(0);
    clock.advance(59 * 60_000);
    expect((await feedCampaigns(deps)).started).toBe(0);
    expect(await statusCounts(id)).toEqual({ planned: 2 });
    clock.advance(60_000);
    const report = await feedCampaigns(deps);
    expect(report).toMatchObject({ started: 1, fed: 2 });
    expect(await campaignStatus(id)).toBe("running");
    expect(await statusCounts(id)).toEqual({ queued: 2 });
    // A second feeder round (or a restart) queues nothing twice.
    await db.campaignRecipient.updateMany({
      where: { campaignId: id },
      data: { status: "planned" },
    });
    await feedCampaigns(deps);
    expect(await db.send.count({ where: { campaignId: id } })).toBe(2);
    expect(await statusCounts(id)).toEqual({ queued: 2 });
    await cancelCampaign(id, actor);
  });
});
