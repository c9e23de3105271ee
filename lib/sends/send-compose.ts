import "server-only";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { fieldErrorsFrom } from "@/lib/errors/field-errors";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { listSenders } from "@/lib/senders/list-senders";
import { getTemplateOrThrow } from "@/lib/templates/get-template";
import type { TemplateInput } from "@/lib/templates/schema";
import { planRequests } from "@/lib/composer/build-request";
import type { Compose } from "@/lib/composer/draft-schema";
import {
  mediaUsesOf,
  messageWireIssues,
  summarizeMessage,
  takesRecipientArray,
} from "@/lib/composer/kinds";
import { readRecipients, recipientsIssue } from "@/lib/composer/recipients";
import type { FieldIssues } from "@/lib/composer/template-values";
import { checkPlannedRequests } from "./check-request";
import { claimSend } from "./claim-send";
import type { ComposeState } from "./compose-state";
import { deliverSend, type DeliveryJob } from "./deliver-send";
import { getComposeState } from "./get-compose-state";
import { recordNotSent } from "./record-result";
import { requestHash } from "./request-hash";

export type SubmitOptions = {
  /**
   * How long to wait for Damcorp's answers before returning what is known (sends still pending
   * go on in the background; the composer polls getComposeState). Default: 60 s.
   */
  waitMs?: number;
  /** Keeps the background delivery alive after the answer (next/server's after() in the action). */
  keepAlive?: (work: Promise<void>) => void;
};

const CONFLICT_MESSAGE =
  "This message was already submitted with different content under the same send key. Nothing new was sent. Start a new message to send this one.";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function loadTemplate(templateId: string): Promise<TemplateInput | undefined> {
  try {
    return await getTemplateOrThrow(templateId);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined; // reported as a field issue
    throw error;
  }
}

async function waitForOutcome(composeId: string, own: Promise<void>, waitMs: number) {
  const deadline = Date.now() + waitMs;
  await Promise.race([own, sleep(waitMs)]);
  // Requests claimed by an earlier submission of the same compose finish on their own.
  while (Date.now() < deadline) {
    const pending = await db.send.count({ where: { composeId, outcome: "pending" } });
    if (pending === 0) return;
    await sleep(Math.min(150, Math.max(0, deadline - Date.now())));
  }
}

/** Requests of this compose already recorded under other keys or with other content. */
async function refuseChangedCompose(composeId: string, planned: { key: string; hash: string }[]) {
  const existing = await db.send.findMany({
    where: { composeId },
    select: { idempotencyKey: true, requestHash: true },
  });
  if (existing.length === 0) return;
  const mine = new Map(planned.map((p) => [p.key, p.hash]));
  const changed =
    existing.length !== planned.length ||
    existing.some((row) => mine.get(row.idempotencyKey) !== row.requestHash);
  if (changed) throw new ExpectedError("idempotency_conflict", CONFLICT_MESSAGE);
}

async function deliverInTurn(jobs: DeliveryJob[]): Promise<void> {
  // One after another: per-recipient requests share the sender's rate limit.
  for (const job of jobs) {
    try {
      await deliverSend(job);
    } catch (error) {
      logger.error("delivery failed to record", { sendId: job.sendId, error });
    }
  }
}

/**
 * Sends one compose (parsed once, by the action): checks what the schema cannot, builds and checks
 * each request once, records every request and recipient as pending, then calls Damcorp once per
 * request. A second submission with the same idempotency key (double click, reload, second tab,
 * concurrent requests) finds the recorded requests and sends nothing; the same key with other
 * content is refused.
 */
export async function submitCompose(
  compose: Compose,
  actor: { userId: string },
  options: SubmitOptions = {},
): Promise<ComposeState> {
  const { message } = compose;
  const template = message.kind === "template" ? await loadTemplate(message.templateId) : undefined;

  const issues: FieldIssues = { ...messageWireIssues(message, template) };
  const reading = readRecipients(compose.recipients);
  const recipientProblem = recipientsIssue(reading);
  if (recipientProblem) issues.recipients = recipientProblem;
  const sender = (await listSenders()).find((s) => s.id === compose.senderId);
  if (!sender) issues.senderId = "This sender number no longer exists. Pick another one.";
  if (Object.keys(issues).length > 0 || !sender) {
    throw new ExpectedError("invalid_input", "Some fields need attention.", {
      fieldErrors: fieldErrorsFrom(issues),
    });
  }

  // One representation from here to the database: digits with the country code.
  const digits = reading.recipients.map((r) => r.digits);
  const checked = checkPlannedRequests(planRequests(message, digits, { template }));
  if (!checked.ok) {
    throw new ExpectedError(
      "invalid_request",
      `Damcorp would refuse this message: ${checked.problems.join("; ")}`,
    );
  }

  const composeId = compose.idempotencyKey;
  const summary = summarizeMessage(message, template);
  const media = mediaUsesOf(message);
  const draft = JSON.stringify({
    senderId: compose.senderId,
    recipients: compose.recipients,
    ticketCode: compose.ticketCode || null,
    message,
  });
  const planned = checked.plans.map((plan) => ({
    plan,
    key: takesRecipientArray(message.kind) ? composeId : `${composeId}:${plan.to[0]}`,
    hash: requestHash({
      senderId: compose.senderId,
      path: plan.request.path,
      body: plan.request.body,
    }),
  }));
  await refuseChangedCompose(composeId, planned);

  const jobs: DeliveryJob[] = [];
  for (const p of planned) {
    const claim = await claimSend({
      idempotencyKey: p.key,
      composeId,
      userId: actor.userId,
      senderNumberId: sender.source === "database" ? sender.id : null,
      kind: p.plan.request.type,
      templateName: template?.name ?? null,
      summary,
      path: p.plan.request.path,
      requestBody: JSON.stringify(p.plan.request.body),
      requestHash: p.hash,
      draft,
      ticketCode: compose.ticketCode || null,
      to: p.plan.to,
    });
    if (!claim.created && claim.requestHash !== p.hash) {
      // Another submission with this key and other content got in between: send none of ours.
      for (const job of jobs)
        await recordNotSent(job.sendId, "idempotency_conflict", CONFLICT_MESSAGE);
      throw new ExpectedError("idempotency_conflict", CONFLICT_MESSAGE);
    }
    if (claim.created) {
      jobs.push({
        sendId: claim.sendId,
        senderId: compose.senderId,
        request: p.plan.request,
        media,
      });
    }
  }

  const delivery = deliverInTurn(jobs);
  options.keepAlive?.(delivery);
  await waitForOutcome(composeId, delivery, options.waitMs ?? 60_000);
  return getComposeState(composeId, { duplicate: jobs.length === 0 });
}
