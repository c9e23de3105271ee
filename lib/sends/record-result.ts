import "server-only";
import type { SendResult } from "@/lib/damcorp";
import { db } from "@/lib/db/client";
import { UNKNOWN_OUTCOME_ADVICE, type SendOutcome } from "./compose-state";
import { matchRecipients, type RecipientUpdate } from "./match-recipients";
import { storedJson } from "./stored-body";

function outcomeOf(updates: RecipientUpdate[]): SendOutcome {
  const sent = updates.filter((u) => u.status === "sent").length;
  if (sent === updates.length) return "sent";
  if (sent > 0) return "partial";
  return updates.some((u) => u.status === "unknown") ? "unknown" : "failed";
}

function responseCodeOf(raw: unknown): string | null {
  if (raw !== null && typeof raw === "object" && "responseCode" in raw) {
    const code = raw.responseCode;
    if (typeof code === "string" || typeof code === "number") return String(code);
  }
  return null;
}

function words(error: { meaning: string; action: string }): string {
  return `${error.meaning} ${error.action}`;
}

/**
 * Records what Damcorp answered (or that nobody knows) on the send and each recipient.
 * `sentBody` is the body as built for the call with its token redacted (wireBody); it is kept
 * instead of the client's `result.request.body`, whose redaction re-reads strings that look like
 * JSON and so turns a long numeric media ID such as "24230790383178626" into another number.
 */
export async function recordSendResult(
  sendId: string,
  result: SendResult,
  sentBody: object,
): Promise<void> {
  const rows = await db.sendRecipient.findMany({
    where: { sendId },
    select: { id: true, to: true },
  });
  const common = {
    requestBody: storedJson(sentBody),
    attempts: result.attempts,
    completedAt: new Date(),
    httpStatus: result.httpStatus ?? null,
    responseBody: result.raw === undefined ? null : storedJson(result.raw),
  };

  let send: {
    outcome: SendOutcome;
    responseCode: string | null;
    errorCode: string | null;
    errorMessage: string | null;
  };
  let recipients: RecipientUpdate[];
  switch (result.outcome) {
    case "accepted":
      recipients = matchRecipients(rows, result.recipients);
      send = {
        outcome: outcomeOf(recipients),
        responseCode: "000",
        errorCode: null,
        errorMessage: null,
      };
      break;
    case "rejected":
      recipients = rows.map((r) => ({
        id: r.id,
        status: "error",
        msgId: null,
        errorCode: result.code,
      }));
      send = {
        outcome: "failed",
        responseCode: result.code,
        errorCode: result.code,
        errorMessage: words(result.error),
      };
      break;
    case "unknown":
      recipients = rows.map((r) => ({ id: r.id, status: "unknown", msgId: null, errorCode: null }));
      send = {
        outcome: "unknown",
        responseCode: responseCodeOf(result.raw),
        errorCode: result.reason,
        errorMessage: `${result.error.title}. ${UNKNOWN_OUTCOME_ADVICE}`,
      };
      break;
    case "not_sent":
      recipients = rows.map((r) => ({
        id: r.id,
        status: "error",
        msgId: null,
        errorCode: result.error.code,
      }));
      send = {
        outcome: "failed",
        responseCode: responseCodeOf(result.raw),
        errorCode: result.error.code,
        errorMessage:
          result.reason === "invalid_request"
            ? `${words(result.error)} (${result.detail})`
            : words(result.error),
      };
      break;
  }

  await db.$transaction([
    ...recipients.map((r) =>
      db.sendRecipient.update({
        where: { id: r.id },
        data: { status: r.status, msgId: r.msgId, errorCode: r.errorCode },
      }),
    ),
    db.send.update({ where: { id: sendId }, data: { ...common, ...send } }),
  ]);
}

/** A send that never reached Damcorp because Kabar could not prepare it (media, sender). */
export async function recordNotSent(sendId: string, code: string, message: string): Promise<void> {
  await db.$transaction([
    db.sendRecipient.updateMany({ where: { sendId }, data: { status: "error", errorCode: code } }),
    db.send.update({
      where: { id: sendId },
      data: { outcome: "failed", errorCode: code, errorMessage: message, completedAt: new Date() },
    }),
  ]);
}

/** A failure after the request may have gone out: the outcome is unknown. */
export async function recordUnknown(sendId: string, message: string): Promise<void> {
  await db.$transaction([
    db.sendRecipient.updateMany({ where: { sendId }, data: { status: "unknown" } }),
    db.send.update({
      where: { id: sendId },
      data: {
        outcome: "unknown",
        errorCode: "unknown",
        errorMessage: message,
        completedAt: new Date(),
      },
    }),
  ]);
}
