// Feeding running campaigns to the delivery engine. Wherever a delivery worker runs (the Kabar
// server, `npm run worker`), a feeder calls feedCampaigns every few hundred milliseconds; any
// number of them may share one database, coordinated only by conditional updates:
// - a scheduled campaign whose time has come starts (one update, whoever is first);
// - one feeder at a time holds a campaign's feed lease (Campaign.feederOwner / feederUntil);
// - it hands the engine a window of planned recipients (a few seconds of the sender's rate), at
//   bulk priority (composer sends go first), each under its own idempotency key
//   `campaign:<id>:<recipient>:<feeds>`: a re-feed after a crash finds the recorded request and
//   queues nothing twice; `feeds` is bumped only when the last request is known not to have left;
// - opted-out numbers are skipped when fed (unless an admin's override is on the campaign);
// - recipients follow their request's outcome, and a campaign with nothing left is completed.
// A small window is what makes pause take effect at once (lib/campaigns/control-campaign.ts
// cancels what is queued and not yet left).
import type { Db } from "@/lib/db/create-client";
import { mediaUsesOf, summarizeMessage } from "@/lib/composer/kinds";
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import type { Clock } from "@/lib/delivery/clock";
import { enqueueDeliveries, type DeliveryRequest } from "@/lib/delivery/enqueue";
import type { SendRate } from "@/lib/delivery/pace";
import { findOptedOutNumbers, type OptedOut } from "@/lib/opt-outs/find-opted-out";
import type { OptOutSource } from "@/lib/opt-outs/opt-out-number";
import { requestHash } from "@/lib/sends/request-hash";
import { frozenTemplateOf } from "./campaign-row";
import { recipientRequest, type RecipientValues } from "./personalise";
import { recipientStatusOf } from "./recipient-status";

export type FeedDeps = {
  db: Db;
  clock: Clock;
  /** Who feeds (a delivery worker's process): the feed lease's owner. */
  owner: string;
  /** A sender's rate when it has no pace row yet. */
  rateOf: (senderKey: string) => SendRate;
  leaseMs: number;
  log?: (level: "info" | "warn" | "error", message: string, fields?: object) => void;
};

/** Seconds of the sender's rate kept queued in the engine per campaign. */
const WINDOW_SECONDS = 3;
const WINDOW_MIN = 10;
const WINDOW_MAX = 500;
const SYNC_BATCH = 500;
const CAMPAIGNS_PER_TICK = 20;

export const campaignIdempotencyKey = (campaignId: string, recipientId: string, feeds: number) =>
  `campaign:${campaignId}:${recipientId}:${feeds}`;

class FeedStopped extends Error {}

/** Where an opt-out was recorded, in the words the recipient table shows. */
const optOutSourceWords: Record<OptOutSource, string> = {
  contact_page: "on the contact's page",
  csv: "from an imported list",
  ticket: "from a helpdesk ticket",
};

export type FeedReport = { started: number; fed: number; skipped: number; completed: number };

/** One round: start what is due, follow outcomes, feed every running campaign, complete. */
export async function feedCampaigns(deps: FeedDeps): Promise<FeedReport> {
  const now = new Date(deps.clock.now());
  const started = await deps.db.campaign.updateMany({
    where: { status: "scheduled", scheduledAt: { lte: now } },
    data: { status: "running", startedAt: now },
  });
  await syncRecipients(deps.db);
  const running = await deps.db.campaign.findMany({
    where: { status: "running" },
    orderBy: [{ launchedAt: "asc" }, { id: "asc" }],
    take: CAMPAIGNS_PER_TICK,
  });
  const report: FeedReport = { started: started.count, fed: 0, skipped: 0, completed: 0 };
  for (const campaign of running) {
    if (!(await takeFeedLease(deps, campaign.id))) continue;
    try {
      const fed = await feedOne(deps, campaign);
      report.fed += fed.fed;
      report.skipped += fed.skipped;
    } catch (error) {
      if (!(error instanceof FeedStopped)) throw error;
    }
    if (await completeIfDone(deps.db, campaign.id, now)) report.completed += 1;
  }
  return report;
}

async function takeFeedLease(deps: FeedDeps, id: string): Promise<boolean> {
  const now = new Date(deps.clock.now());
  const taken = await deps.db.campaign.updateMany({
    where: {
      id,
      status: "running",
      OR: [{ feederOwner: null }, { feederOwner: deps.owner }, { feederUntil: { lt: now } }],
    },
    data: { feederOwner: deps.owner, feederUntil: new Date(now.getTime() + deps.leaseMs) },
  });
  return taken.count === 1;
}

type CampaignRow = NonNullable<Awaited<ReturnType<Db["campaign"]["findUnique"]>>>;

async function windowOf(db: Db, senderKey: string, fallback: SendRate): Promise<number> {
  const pace = await db.senderPace.findUnique({ where: { senderKey } });
  const rate = pace ? { limit: pace.rateLimit, periodMs: pace.ratePeriodMs } : fallback;
  const perSecond = (rate.limit * 1000) / rate.periodMs;
  return Math.min(WINDOW_MAX, Math.max(WINDOW_MIN, Math.ceil(perSecond * WINDOW_SECONDS)));
}

async function feedOne(
  deps: FeedDeps,
  campaign: CampaignRow,
): Promise<{ fed: number; skipped: number }> {
  const { db } = deps;
  const window = await windowOf(db, campaign.senderId, deps.rateOf(campaign.senderId));
  const waiting = await db.send.count({ where: { campaignId: campaign.id, outcome: "queued" } });
  const room = window - waiting;
  if (room <= 0 || !campaign.message) return { fed: 0, skipped: 0 };
  const rows = await db.campaignRecipient.findMany({
    where: { campaignId: campaign.id, status: "planned" },
    // In the audience's order: row 1 goes first, as the review showed it.
    orderBy: [{ row: "asc" }, { id: "asc" }],
    take: room,
  });
  if (rows.length === 0) return { fed: 0, skipped: 0 };

  const now = new Date(deps.clock.now());
  const message = JSON.parse(campaign.message) as MessageDraftInput;
  const template = frozenTemplateOf(campaign);
  const optedOut = campaign.optOutOverrideReason
    ? new Map<string, OptedOut>()
    : await findOptedOutNumbers(rows.map((r) => r.to));

  const requests: { request: DeliveryRequest; row: (typeof rows)[number] }[] = [];
  const stopped: { id: string; feeds: number; status: string; code: string; reason: string }[] = [];
  for (const row of rows) {
    const optOut = optedOut.get(row.to);
    if (optOut) {
      stopped.push({
        id: row.id,
        feeds: row.feeds,
        status: "skipped",
        code: "opted_out",
        reason: `Opted out on ${optOut.optedOutAt.toISOString().slice(0, 10)} (${optOutSourceWords[optOut.source as OptOutSource] ?? optOut.source})`,
      });
      continue;
    }
    const values = JSON.parse(row.values) as RecipientValues;
    const built = recipientRequest(message, { to: row.to, values }, template, now);
    if (!built.ok) {
      stopped.push({
        id: row.id,
        feeds: row.feeds,
        status: "failed",
        code: "invalid_request",
        reason: `Damcorp would refuse this message: ${built.problems.join("; ")}`,
      });
      continue;
    }
    const { plan } = built;
    requests.push({
      row,
      request: {
        idempotencyKey: campaignIdempotencyKey(campaign.id, row.id, row.feeds),
        composeId: campaign.id,
        campaignId: campaign.id,
        userId: campaign.launchedById,
        senderKey: campaign.senderId,
        request: plan.request,
        to: plan.to,
        media: mediaUsesOf(built.message),
        priority: "bulk",
        requestHash: requestHash({
          senderId: campaign.senderId,
          path: plan.request.path,
          body: plan.request.body,
        }),
        summary: summarizeMessage(built.message, template ?? undefined),
        templateName: template?.name ?? null,
        draft: JSON.stringify({ senderId: campaign.senderId, recipients: row.to, message }),
        ticketCode: null,
        // An unknown outcome the operator chose to send again (the previous request is kept).
        ...(row.sendId ? { resendOfId: row.sendId } : {}),
      },
    });
  }

  if (stopped.length > 0) {
    await db.$transaction(
      stopped.map((s) =>
        db.campaignRecipient.updateMany({
          where: { id: s.id, status: "planned", feeds: s.feeds },
          data: { status: s.status, errorCode: s.code, reason: s.reason },
        }),
      ),
    );
  }
  if (requests.length === 0) return { fed: 0, skipped: stopped.length };

  await enqueueDeliveries(
    db,
    requests.map((r) => r.request),
    {
      rateOf: deps.rateOf,
      now,
      // Holds the campaign row until the requests are recorded: a pause or cancel either comes
      // first (nothing is queued) or waits and then finds these queued (and cancels them).
      guard: async (tx) => {
        const held = await tx.campaign.updateMany({
          where: { id: campaign.id, status: "running", feederOwner: deps.owner },
          data: { feederUntil: new Date(deps.clock.now() + deps.leaseMs) },
        });
        if (held.count !== 1) throw new FeedStopped();
      },
    },
  );
  const sends = await db.send.findMany({
    where: { idempotencyKey: { in: requests.map((r) => r.request.idempotencyKey) } },
    select: { id: true, idempotencyKey: true, outcome: true },
  });
  const sendOf = new Map(sends.map((s) => [s.idempotencyKey, s]));
  await db.$transaction(
    requests.flatMap(({ row, request }) => {
      const send = sendOf.get(request.idempotencyKey);
      if (!send) return [];
      const where = { id: row.id, status: "planned", feeds: row.feeds };
      // Recorded earlier and withdrawn before it left (a pause): feed again under a new key.
      if (send.outcome === "cancelled") {
        return [db.campaignRecipient.updateMany({ where, data: { feeds: row.feeds + 1 } })];
      }
      return [
        db.campaignRecipient.updateMany({
          where,
          data: { status: "queued", sendId: send.id, errorCode: null, reason: null },
        }),
      ];
    }),
  );
  return { fed: requests.length, skipped: stopped.length };
}

/** Recipients whose request moved on take its state (sent, failed with its code, unknown…). */
export async function syncRecipients(db: Db, campaignId?: string): Promise<number> {
  let synced = 0;
  for (;;) {
    const rows = await db.campaignRecipient.findMany({
      where: {
        ...(campaignId ? { campaignId } : {}),
        OR: [
          { status: "queued", send: { outcome: { not: "queued" } } },
          { status: "dispatched", send: { outcome: { not: "dispatched" } } },
        ],
      },
      select: {
        id: true,
        status: true,
        send: {
          select: {
            outcome: true,
            errorCode: true,
            errorMessage: true,
            recipients: { select: { status: true, errorCode: true }, take: 1 },
          },
        },
      },
      take: SYNC_BATCH,
    });
    if (rows.length === 0) return synced;
    await db.$transaction(
      rows.flatMap((row) => {
        if (!row.send) return [];
        const next = recipientStatusOf(row.send);
        return [
          db.campaignRecipient.updateMany({
            where: { id: row.id, status: row.status },
            data: next,
          }),
        ];
      }),
    );
    synced += rows.length;
    if (rows.length < SYNC_BATCH) return synced;
  }
}

/** A running campaign with no recipient left to send or waiting for an answer is completed. */
async function completeIfDone(db: Db, id: string, now: Date): Promise<boolean> {
  const open = await db.campaignRecipient.count({
    where: { campaignId: id, status: { in: ["planned", "queued", "dispatched"] } },
  });
  if (open > 0) return false;
  const done = await db.campaign.updateMany({
    where: { id, status: "running" },
    data: { status: "completed", completedAt: now, feederOwner: null, feederUntil: null },
  });
  return done.count === 1;
}
