import "server-only";
import { NotFoundError } from "@/lib/errors/expected-error";
import { db } from "@/lib/db/client";
import { redactRequestBody } from "@/lib/damcorp/redact";
import { environmentSenderLabel } from "@/lib/senders/environment-sender-label";

/** Recipients shown on the detail page; a larger broadcast says how many more there are. */
export const DETAIL_RECIPIENT_LIMIT = 500;

export interface SendDetail {
  id: string;
  idempotencyKey: string;
  createdAt: Date;
  completedAt: Date | null;
  kind: string;
  templateName: string | null;
  summary: string | null;
  outcome: string;
  errorCode: string | null;
  errorMessage: string | null;
  httpStatus: number | null;
  responseCode: string | null;
  attempts: number;
  ticketCode: string | null;
  /** The campaign this request delivers a recipient of, if any. */
  campaign: { id: string; name: string } | null;
  path: string;
  /** Pretty JSON of the body as sent (secrets were redacted before it was stored). */
  requestJson: string;
  responseJson: string | null;
  user: { name: string; email: string } | null;
  sender: { label: string; number: string | null; removed: boolean };
  recipientCount: number;
  recipients: {
    to: string;
    status: string;
    msgId: string | null;
    errorCode: string | null;
    /** Damcorp's own words for this recipient (its `error_msg`). */
    damcorpMessage: string | null;
  }[];
}

/** Pretty-prints stored JSON; redacts once more so a token can never be shown. */
function prettyJson(text: string): string {
  try {
    return JSON.stringify(redactRequestBody(JSON.parse(text) as unknown), null, 2);
  } catch {
    return text;
  }
}

export async function getSendDetailOrThrow(id: string): Promise<SendDetail> {
  const send = await db.send.findUnique({
    where: { id },
    include: {
      user: { select: { name: true, email: true } },
      senderNumber: { select: { label: true, number: true, deletedAt: true } },
      recipients: {
        select: { to: true, status: true, msgId: true, errorCode: true, damcorpMessage: true },
        orderBy: { id: "asc" },
        take: DETAIL_RECIPIENT_LIMIT,
      },
      _count: { select: { recipients: true } },
    },
  });
  if (!send) throw new NotFoundError("This send");
  // campaignId is a plain column (no relation: see the schema), so the campaign is read by it.
  const campaign = send.campaignId
    ? await db.campaign.findUnique({
        where: { id: send.campaignId },
        select: { id: true, name: true },
      })
    : null;
  return {
    id: send.id,
    idempotencyKey: send.idempotencyKey,
    createdAt: send.createdAt,
    completedAt: send.completedAt,
    kind: send.kind,
    templateName: send.templateName,
    summary: send.summary,
    outcome: send.outcome,
    errorCode: send.errorCode,
    errorMessage: send.errorMessage,
    httpStatus: send.httpStatus,
    responseCode: send.responseCode,
    attempts: send.attempts,
    ticketCode: send.ticketCode,
    campaign,
    path: send.path,
    requestJson: prettyJson(send.requestBody),
    responseJson: send.responseBody === null ? null : prettyJson(send.responseBody),
    user: send.user,
    sender: send.senderNumber
      ? {
          label: send.senderNumber.label,
          number: send.senderNumber.number,
          removed: send.senderNumber.deletedAt !== null,
        }
      : { ...environmentSenderLabel(), removed: false },
    recipientCount: send._count.recipients,
    recipients: send.recipients,
  };
}
