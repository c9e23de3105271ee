// Shared by every WhatsApp send: POST a JSON body (token inside) and read the per-recipient
// results, keeping each recipient's status — responseCode "000" can still hold
// `status: "invalid"` or `"failed"` recipients.
import type { z } from "zod";
import { callDamcorp, joinUrl, type CallOptions, type PathCheck } from "../call";
import { credentialsOf, type DamcorpClient } from "../client";
import { describeRecipientStatus } from "@/lib/wording/describe-failure";
import type { RecipientResult, SendAccepted, SendResult } from "../results";
import { sendResponseDataSchema, type RecipientResultWire } from "../schemas/common";

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

/**
 * Builds the body with the client's token, validates it with `schema` and posts it to
 * `{whatsappUrl}{path}`.
 */
export function postWhatsAppMessage<TBody>(
  client: DamcorpClient,
  path: string,
  schema: z.ZodType,
  buildBody: (token: string) => TBody,
  options?: CallOptions,
  checks?: ReadonlyArray<PathCheck>,
): Promise<SendResult> {
  const body = buildBody(credentialsOf(client).token ?? "");
  return callDamcorp({
    client,
    method: "POST",
    url: joinUrl(client.whatsappUrl, path),
    needs: "token",
    payload: body,
    schema,
    checks,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    idempotent: false,
    interpret: {
      dataSchema: sendResponseDataSchema,
      accept: toSendAccepted,
      reject: () => ({}),
    },
    options,
  });
}
