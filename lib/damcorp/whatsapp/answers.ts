// Reads the per-recipient results of every WhatsApp send, keeping each recipient's status —
// responseCode "000" can still hold `status: "invalid"` or `"failed"` recipients.
import { describeRecipientStatus } from "../errors";
import type { RecipientResult, SendAccepted } from "../results";
import type { RecipientResultWire } from "../schemas/common";

export function toRecipientResult(wire: RecipientResultWire): RecipientResult {
  return {
    to: wire.to,
    status: wire.status,
    msgId: wire.msgId ?? null,
    ...(wire.mediaId !== undefined ? { mediaId: wire.mediaId } : {}),
    ...(wire.error_status !== undefined
      ? { errorStatus: wire.error_status === null ? null : String(wire.error_status) }
      : {}),
    ...(wire.error_msg !== undefined ? { errorMsg: wire.error_msg } : {}),
    ...(wire.trxid !== undefined ? { trxid: wire.trxid } : {}),
    ...(wire.status !== "sent" ? { error: describeRecipientStatus(wire.status) } : {}),
  };
}

export function toSendAccepted(data: RecipientResultWire[]): SendAccepted {
  const recipients = data.map(toRecipientResult);
  return {
    recipients,
    allSent: recipients.length > 0 && recipients.every((r) => r.status === "sent"),
  };
}
