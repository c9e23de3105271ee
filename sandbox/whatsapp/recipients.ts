// Per-recipient fan-out shared by every send endpoint. This is where the spec's main trap lives:
// invalid and failed recipients still get HTTP 200 with responseCode "000".
import { fail, ok, type Reply } from "../envelope";
import { judgeRecipient } from "../numbers";
import type { SandboxState } from "../state";

export const WINDOW_MESSAGE =
  "Message failed to send because more than 24 hours have passed since the customer last replied to this number";

export interface FanOutOptions {
  /** Session (non-template) messages are subject to the 24-hour customer-service window. */
  session: boolean;
  /** Media sends report a mediaId; `null` means the referenced media id is unknown. */
  media?: { mediaId: string | null };
  /** A template or interactive header names a media id Damcorp does not know (or forgot). */
  missingMedia?: boolean;
  /** Newer HSM variants add error_status / error_msg / trxid to every entry. */
  extended?: boolean;
}

type Entry = Record<string, unknown>;

export function fanOut(
  state: SandboxState,
  recipients: readonly string[],
  options: FanOutOptions,
): Reply {
  const judged = recipients.map((raw) => judgeRecipient(raw));
  const outsideWindow = judged.map(
    (r) => options.session && r.verdict === "deliverable" && !state.isInWindow(r.to),
  );
  // Only when every recipient is blocked by the window does the whole request fail with 470;
  // otherwise the blocked ones are reported per recipient.
  if (options.session && outsideWindow.every(Boolean))
    return fail("whatsapp", "470", WINDOW_MESSAGE);

  const data = judged.map((recipient, index): Entry => {
    if (recipient.verdict === "invalid") return entry(recipient.to, "invalid", options, null);
    if (recipient.verdict === "failed") {
      return entry(recipient.to, "failed", options, "", {
        status: "999",
        msg: "General Error / Unknown error",
      });
    }
    if (outsideWindow[index]) {
      return entry(
        recipient.to,
        "failed",
        options,
        "",
        { status: "470", msg: WINDOW_MESSAGE },
        true,
      );
    }
    if (options.missingMedia || (options.media && options.media.mediaId === null))
      return entry(recipient.to, "failed", options, "");
    return sentEntry(state, recipient.to, options);
  });
  return ok("whatsapp", data);
}

function entry(
  to: string,
  status: "invalid" | "failed",
  options: FanOutOptions,
  mediaId: string | null,
  error?: { status: string; msg: string },
  alwaysShowError = false,
): Entry {
  const result: Entry = { to, msgId: null };
  // The spec's examples: invalid → mediaId null, failed → mediaId "".
  if (options.media) result.mediaId = mediaId;
  result.status = status;
  if (options.extended || alwaysShowError) {
    result.error_status = error?.status ?? null;
    result.error_msg = error?.msg ?? null;
  }
  if (options.extended) result.trxid = null;
  return result;
}

function sentEntry(state: SandboxState, to: string, options: FanOutOptions): Entry {
  const result: Entry = { to, msgId: state.ids.msgId() };
  if (options.media) result.mediaId = options.media.mediaId;
  result.status = "sent";
  if (options.extended) {
    result.error_status = null;
    result.error_msg = null;
    result.trxid = state.ids.trxid();
  }
  return result;
}
