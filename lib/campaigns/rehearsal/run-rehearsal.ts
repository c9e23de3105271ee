import "server-only";
// A rehearsal: the campaign's first recipients sent, exactly as the real send would build them
// (personalise → the message-kind table → the checked request), to a Damcorp sandbox Kabar starts
// for this rehearsal alone — never the configured Damcorp. What the rehearsal shows is the
// sandbox's own log: every request it received and every answer it gave (tokens redacted).
import { recipientRequest } from "@/lib/campaigns/personalise";
import { loadCampaignReview } from "@/lib/campaigns/review/load-review";
import { createDamcorpClient, sendCheckedMessage, type SendResult } from "@/lib/damcorp";
import { redactRequestBody } from "@/lib/damcorp/redact";
import { listTemplates } from "@/lib/templates/list-templates";
import { sandboxTemplatesOf } from "./sandbox-templates";
import { startRehearsalSandbox } from "./start-sandbox";

/** Recipients a rehearsal sends to at most: enough to see every shape, cheap to read. */
export const REHEARSAL_MAX = 25;

export type RehearsalExchange = {
  row: number;
  to: string;
  method: string;
  path: string;
  /** The request body as the sandbox received it, token redacted. */
  body: unknown;
  httpStatus: number | null;
  /** The sandbox's answer, as it sent it. */
  response: unknown;
  /** Kabar's reading of the answer: sent, or the failure in words. */
  outcome: string;
};

export type Rehearsal = {
  rehearsed: number;
  /** Recipients the campaign has; the rehearsal sends to the first REHEARSAL_MAX. */
  planned: number;
  exchanges: RehearsalExchange[];
  /** Rows whose request could not be built (the review counts them too). */
  notBuilt: { row: number; problems: string[] }[];
};

type LoggedRequest = {
  method: string;
  path: string;
  body: unknown;
  status: number | null;
  response: unknown;
};

export async function rehearseCampaign(
  id: string,
  options: { root?: string; max?: number } = {},
): Promise<Rehearsal> {
  const review = await loadCampaignReview(id);
  const recipients = review.recipients.slice(0, options.max ?? REHEARSAL_MAX);
  const templates = await listTemplates();
  const sandbox = await startRehearsalSandbox({
    templates: sandboxTemplatesOf(templates),
    ...(options.root ? { root: options.root } : {}),
  });
  try {
    const client = createDamcorpClient({
      whatsappUrl: sandbox.url,
      helpdeskUrl: sandbox.url,
      token: sandbox.token,
      retry: { maxAttempts: 1 },
    });
    const exchanges: RehearsalExchange[] = [];
    const notBuilt: Rehearsal["notBuilt"] = [];
    for (const recipient of recipients) {
      const built = recipientRequest(review.message, recipient, review.template);
      if (!built.ok) {
        notBuilt.push({ row: recipient.row, problems: built.problems });
        continue;
      }
      const before = await readLog(sandbox.url);
      const result = await sendCheckedMessage(client, built.plan.request);
      const logged = (await readLog(sandbox.url)).slice(before.length);
      for (const entry of logged) {
        exchanges.push({
          row: recipient.row,
          to: recipient.to,
          method: entry.method,
          path: entry.path,
          body: redactRequestBody(entry.body),
          httpStatus: entry.status,
          response: entry.response,
          outcome: outcomeOf(result),
        });
      }
    }
    return { rehearsed: recipients.length, planned: review.recipients.length, exchanges, notBuilt };
  } finally {
    await sandbox.stop();
  }
}

/** Kabar's reading of an answer, the same words the send history uses for it. */
function outcomeOf(result: SendResult): string {
  if (result.outcome === "accepted") {
    const bad = result.recipients.filter((r) => r.status !== "sent");
    return bad.length === 0
      ? "Sent"
      : bad
          .map((r) => `${r.status}: ${r.error?.title ?? r.errorMsg ?? "no reason given"}`)
          .join("; ");
  }
  if (result.outcome === "rejected") return `Refused: ${result.message}`;
  return result.outcome === "unknown"
    ? `Unknown (${result.reason})`
    : `Not sent (${result.reason})`;
}

async function readLog(url: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${url}/__sandbox/requests`);
  const { requests } = (await response.json()) as { requests: LoggedRequest[] };
  return requests.filter((r) => r.path.startsWith("/whatsapp/"));
}
