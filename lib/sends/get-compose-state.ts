import "server-only";
import { db } from "@/lib/db/client";
import { e164Of } from "@/lib/phone/normalize";
import {
  recipientReason,
  UNKNOWN_OUTCOME_ADVICE,
  waitingReasons,
  type ComposeState,
  type RecipientStatus,
  type SendOutcome,
  type SendView,
} from "./compose-state";

/**
 * A send still "pending" this long after it was recorded was abandoned mid-flight (the server
 * stopped while it waited for Damcorp): nobody knows whether it went out.
 */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

const ABANDONED_MESSAGE = `Kabar stopped before Damcorp answered (the server may have restarted). ${UNKNOWN_OUTCOME_ADVICE}`;

export async function getComposeState(
  composeId: string,
  options: { duplicate?: boolean; now?: Date } = {},
): Promise<ComposeState> {
  const now = options.now ?? new Date();
  const rows = await db.send.findMany({
    where: { composeId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { recipients: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const sends = rows.map((row): SendView => {
    const abandoned =
      row.outcome === "pending" && now.getTime() - row.createdAt.getTime() > ABANDONED_AFTER_MS;
    const outcome = (abandoned ? "unknown" : row.outcome) as SendOutcome;
    const errorMessage = abandoned ? ABANDONED_MESSAGE : row.errorMessage;
    return {
      id: row.id,
      kind: row.kind,
      path: row.path,
      outcome,
      attempts: row.attempts,
      errorCode: row.errorCode,
      errorMessage: outcome === "pending" ? null : errorMessage,
      waitingFor:
        outcome === "pending" && row.errorCode ? (waitingReasons[row.errorCode] ?? null) : null,
      recipients: row.recipients.map((r) => {
        const status = (
          abandoned && r.status === "pending" ? "unknown" : r.status
        ) as RecipientStatus;
        return {
          number: e164Of(r.to),
          status,
          msgId: r.msgId,
          errorCode: r.errorCode,
          reason: recipientReason({ status, errorCode: r.errorCode }, { errorMessage }),
        };
      }),
    };
  });
  return {
    composeId,
    duplicate: options.duplicate ?? false,
    done: sends.length > 0 && sends.every((s) => s.outcome !== "pending"),
    sends,
  };
}
