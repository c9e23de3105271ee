import "server-only";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { fieldErrorsFrom } from "@/lib/errors/field-errors";
import { db } from "@/lib/db/client";
import { defaultSendRate } from "@/lib/delivery/engine";
import { enqueueDeliveries, CONFLICT_MESSAGE, type DeliveryRequest } from "@/lib/delivery/enqueue";
import { deliveryEvents } from "@/lib/delivery/events";
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
import {
  auditOptOutOverride,
  checkOptedOutRecipients,
  type OptOutOverride,
} from "@/lib/opt-outs/refuse-opted-out";
import { checkPlannedRequests } from "./check-request";
import type { ComposeState } from "./compose-state";
import { getComposeState } from "./get-compose-state";
import { requestHash } from "./request-hash";

export type SubmitOptions = {
  /**
   * How long to wait for the outcome before answering with what is known (the engine goes on;
   * the composer follows the compose's progress). Default: 60 s.
   */
  waitMs?: number;
  /** The operator's zone, for "waiting until 14:05:09". */
  timeZone?: string;
  /** An admin's reason to send to opted-out numbers (lib/opt-outs/refuse-opted-out.ts). */
  optOutOverride?: OptOutOverride;
};

/** How often a compose's rows are looked at when no signal from this process says they moved. */
const POLL_MS = 100;

async function loadTemplate(templateId: string): Promise<TemplateInput | undefined> {
  try {
    return await getTemplateOrThrow(templateId);
  } catch (error) {
    if (error instanceof NotFoundError) return undefined; // reported as a field issue
    throw error;
  }
}

/** Until every request of the compose has an outcome or is waiting, or `waitMs` passed. */
async function waitForProgress(composeId: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let wake: () => void = () => {};
  const unsubscribe = deliveryEvents.onFinished(composeId, () => wake());
  try {
    while (Date.now() < deadline) {
      const moving = await db.send.count({
        where: {
          composeId,
          OR: [
            { outcome: "dispatched" },
            { outcome: "queued", OR: [{ notBefore: null }, { notBefore: { lte: new Date() } }] },
          ],
        },
      });
      if (moving === 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    unsubscribe();
  }
}

/** Requests of this compose recorded earlier under other keys or with other content. */
async function refuseChangedCompose(
  tx: Pick<typeof db, "send">,
  composeId: string,
  requests: readonly DeliveryRequest[],
) {
  const existing = await tx.send.findMany({
    where: { composeId },
    select: { idempotencyKey: true, requestHash: true },
  });
  if (existing.length === 0) return;
  const mine = new Map(requests.map((r) => [r.idempotencyKey, r.requestHash]));
  const changed =
    existing.length !== requests.length ||
    existing.some((row) => mine.get(row.idempotencyKey) !== row.requestHash);
  if (changed) throw new ExpectedError("idempotency_conflict", CONFLICT_MESSAGE);
}

/**
 * Sends one compose (parsed once, by the action): checks what the schema cannot, builds and checks
 * each request once, and hands them to the delivery engine, which records them all as queued in one
 * transaction before anything is sent. A second submission with the same idempotency key (double
 * click, reload, second tab, concurrent requests) finds the recorded requests and sends nothing;
 * the same key with other content is refused. Answers with the compose's state once it has its
 * outcome, is waiting, or `waitMs` has passed; the engine goes on either way.
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
  const optOuts = recipientProblem
    ? null
    : await checkOptedOutRecipients(reading.numbers, options.optOutOverride);
  if (optOuts?.refused) {
    issues.recipients = optOuts.issue;
    if (optOuts.reasonIssue) issues.optOutOverrideReason = optOuts.reasonIssue;
  }
  const sender = (await listSenders()).find((s) => s.id === compose.senderId);
  if (!sender) issues.senderId = "This sender number no longer exists. Pick another one.";
  if (Object.keys(issues).length > 0 || !sender) {
    // Opted-out numbers alone get their own code: the composer offers an admin the override.
    const others = Object.keys(issues).filter(
      (field) => field !== "recipients" && field !== "optOutOverrideReason",
    );
    const onlyOptOuts = optOuts?.refused === true && others.length === 0;
    throw new ExpectedError(
      onlyOptOuts ? "opted_out" : "invalid_input",
      onlyOptOuts ? "Some recipients opted out." : "Some fields need attention.",
      { fieldErrors: fieldErrorsFrom(issues) },
    );
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
  const requests: DeliveryRequest[] = checked.plans.map((plan) => ({
    idempotencyKey: takesRecipientArray(message.kind) ? composeId : `${composeId}:${plan.to[0]}`,
    composeId,
    userId: actor.userId,
    senderKey: sender.id,
    request: plan.request,
    to: plan.to,
    media,
    priority: "interactive",
    requestHash: requestHash({
      senderId: compose.senderId,
      path: plan.request.path,
      body: plan.request.body,
    }),
    summary,
    templateName: template?.name ?? null,
    draft,
    ticketCode: compose.ticketCode || null,
  }));

  const { created } = await enqueueDeliveries(db, requests, {
    rateOf: () => defaultSendRate,
    guard: (tx) => refuseChangedCompose(tx, composeId, requests),
  });
  // Audited once, by the submission that recorded the sends (a resubmit sends nothing).
  if (created.length > 0 && optOuts && !optOuts.refused)
    await auditOptOutOverride(optOuts.overridden, options.optOutOverride);
  await waitForProgress(composeId, options.waitMs ?? 60_000);
  return getComposeState(composeId, {
    duplicate: created.length === 0,
    timeZone: options.timeZone,
  });
}
