import "server-only";
import { db } from "@/lib/db/client";
import { liveWorkerCount } from "@/lib/delivery/workers";
import { e164Of } from "@/lib/phone/normalize";
import { describeSendErrorCode, refusedFieldsOf } from "@/lib/wording/describe-failure";
import {
  isFinal,
  pendingState,
  recipientReason,
  type ComposeState,
  type RecipientStatus,
  type SendOutcome,
  type SendView,
  type Waiting,
  type WaitingReason,
} from "./compose-state";

const WAIT_REASONS: readonly string[] = [
  "rate_limited",
  "service_unavailable",
  "connection_refused",
] satisfies WaitingReason[];
const waitReason = (value: string | null): WaitingReason =>
  value && WAIT_REASONS.includes(value) ? (value as WaitingReason) : "service_unavailable";

const ABANDONED = describeSendErrorCode("abandoned");

/**
 * The compose as the engine has it now. A request is only ever shown as waiting when something
 * works on it: queued with no delivery worker alive says so, and a request in flight whose worker
 * stopped (its lease ran out, recovery not yet run) is shown as the unknown it will be recorded as.
 */
export async function getComposeState(
  composeId: string,
  options: { duplicate?: boolean; now?: Date; timeZone?: string } = {},
): Promise<ComposeState> {
  const sends = await readSendViews({ composeId }, options);
  return {
    composeId,
    duplicate: options.duplicate ?? false,
    done: sends.length > 0 && sends.every((s) => isFinal(s.outcome)),
    queued: sends.filter((s) => s.outcome === "queued").length,
    sends,
  };
}

/** One request as the engine has it now (the history page of a send not finished yet). */
export async function getSendState(
  sendId: string,
  options: { now?: Date; timeZone?: string } = {},
): Promise<SendView | null> {
  return (await readSendViews({ id: sendId }, options))[0] ?? null;
}

async function readSendViews(
  where: { composeId: string } | { id: string },
  options: { now?: Date; timeZone?: string },
): Promise<SendView[]> {
  const now = options.now ?? new Date();
  const rows = await db.send.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      path: true,
      outcome: true,
      attempts: true,
      errorCode: true,
      errorMessage: true,
      senderKey: true,
      notBefore: true,
      waitReason: true,
      leaseUntil: true,
      dispatchedAt: true,
      recipients: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { to: true, status: true, msgId: true, errorCode: true, damcorpMessage: true },
      },
    },
  });

  const queued = rows.filter((r) => r.outcome === "queued");
  const senders = [...new Set(queued.map((r) => r.senderKey))];
  const [paces, workers] =
    queued.length > 0
      ? await Promise.all([
          db.senderPace.findMany({
            where: { senderKey: { in: senders } },
            select: { senderKey: true, pausedUntil: true, pauseReason: true },
          }),
          liveWorkerCount(db, now),
        ])
      : [[], 1];
  const pauseOf = new Map(paces.map((p) => [p.senderKey, p]));
  const refused = await refusedFieldsBySend(rows);

  const waitingOf = (row: (typeof rows)[number]): Waiting | null => {
    if (row.outcome !== "queued") return null;
    if (row.notBefore && row.notBefore > now)
      return { reason: waitReason(row.waitReason), until: row.notBefore.toISOString() };
    const pause = pauseOf.get(row.senderKey);
    if (pause?.pausedUntil && pause.pausedUntil > now)
      return { reason: waitReason(pause.pauseReason), until: pause.pausedUntil.toISOString() };
    return workers === 0 ? { reason: "no_worker", until: null } : null;
  };

  const sends = rows.map((row): SendView => {
    const abandoned =
      row.outcome === "dispatched" && row.leaseUntil !== null && row.leaseUntil < now;
    const outcome = (abandoned ? "unknown" : row.outcome) as SendOutcome;
    const view = {
      id: row.id,
      kind: row.kind,
      path: row.path,
      outcome,
      attempts: row.attempts,
      errorCode: abandoned ? "abandoned" : row.errorCode,
      errorMessage: abandoned ? `${ABANDONED.meaning} ${ABANDONED.action}` : row.errorMessage,
      refusedFields: refused.get(row.id) ?? [],
      waiting: waitingOf(row),
      dispatchedAt: outcome === "dispatched" ? (row.dispatchedAt?.toISOString() ?? null) : null,
    };
    return {
      ...view,
      recipients: row.recipients.map((r) => {
        const stored = r.status as RecipientStatus;
        const status =
          stored !== "pending" ? stored : isFinal(outcome) ? "unknown" : pendingState(view);
        return {
          number: e164Of(r.to),
          status,
          msgId: r.msgId,
          errorCode: r.errorCode,
          damcorpMessage: r.damcorpMessage,
          reason: recipientReason({ status, errorCode: r.errorCode }, view, options.timeZone),
        };
      }),
    };
  });
  return sends;
}

/** The fields each 721 named (read from its stored answer, only for the sends that got one). */
async function refusedFieldsBySend(
  rows: readonly { id: string; errorCode: string | null }[],
): Promise<Map<string, string[]>> {
  const ids = rows.filter((r) => r.errorCode === "721").map((r) => r.id);
  if (ids.length === 0) return new Map();
  const answers = await db.send.findMany({
    where: { id: { in: ids } },
    select: { id: true, responseBody: true },
  });
  return new Map(answers.map((a) => [a.id, refusedFieldsOf("721", dataOf(a.responseBody))]));
}

function dataOf(body: string | null): unknown {
  try {
    const parsed = body === null ? null : (JSON.parse(body) as unknown);
    return parsed !== null && typeof parsed === "object" && "data" in parsed ? parsed.data : null;
  } catch {
    return null;
  }
}
