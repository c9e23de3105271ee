import "server-only";
import { env } from "@/lib/env";
import { redactSecrets } from "@/lib/security/redact";
import { describeDamcorpError } from "@/lib/wording/describe-failure";
import type { ConnectionResult } from "./connection-result";

// Two tiny dedicated Damcorp calls for the "Test connection" buttons. They ask "does Damcorp
// answer, does it accept this credential, and (for a sender) would it send from this account?",
// so they do not go through the full Damcorp client.

export const CONNECTION_TEST_TIMEOUT_MS = 5000;

/**
 * The sender test's recipient: the documentation's own example of an invalid number (too short to
 * be anyone's), which Damcorp answers per recipient with `status: "invalid"` and sends to nobody.
 * The documentation has no read or validation call that checks the account: only its send
 * endpoints answer 726 ("You do not have a valid product") and the other account refusals, so a
 * token that downloadMedia accepts can still belong to an account whose every send is refused.
 */
export const CONNECTION_TEST_RECIPIENT = "6281234";
export const CONNECTION_TEST_MESSAGE = "Kabar connection test (addressed to no real number)";

/** Codes that refuse the account itself, whatever the message or the number. */
const ACCOUNT_REFUSALS = new Set(["722", "723", "724", "726", "728", "729", "732", "734"]);

interface ProbeOptions {
  baseUrl?: string;
  timeoutMs?: number;
  now?: Date;
}

type Answer = { status: number; body: unknown };

/**
 * Calls POST /whatsapp/sendText with the token, to a number that cannot receive it: a per-recipient
 * answer (or the 24-hour window's 470) means the account would send; 726 and the other account
 * codes mean it would not, said plainly.
 */
export function testWhatsappToken(token: string, options: ProbeOptions = {}) {
  const url = endpoint(options.baseUrl ?? env.DAMCORP_WHATSAPP_URL, "whatsapp/sendText");
  const body = JSON.stringify({
    token,
    to: CONNECTION_TEST_RECIPIENT,
    message: CONNECTION_TEST_MESSAGE,
  });
  return probe(url, { method: "POST", body }, "token", options.timeoutMs, senderVerdict);
}

function senderVerdict({ body }: Answer): ConnectionResult {
  const code = responseCodeOf(body);
  if (code === "000" || code === "470") {
    return {
      outcome: "accepted",
      message:
        "Reachable: Damcorp accepted the token and would send from this account (checked with a test addressed to no real number; nothing was delivered).",
    };
  }
  if (code && ACCOUNT_REFUSALS.has(code)) {
    const error = describeDamcorpError(code);
    return {
      outcome: "refused",
      message: `Reachable, and the token is valid, but Damcorp refuses to send for this account: ${error.title} (${code}). ${error.meaning} ${error.action} Every send from this number fails until then.`,
    };
  }
  const what = code ? `code ${code}: ${describeDamcorpError(code).title}` : "no responseCode";
  return {
    outcome: "unexpected",
    message: `Reachable, and Damcorp accepted the token, but its answer (${what}) does not say whether this account can send. Send a message to your own number to check.`,
  };
}

/** Calls the helpdesk's open-tickets report for today (one ticket at most) with the api-key. */
export function testHelpdeskApiKey(apiKey: string, options: ProbeOptions = {}) {
  const url = endpoint(options.baseUrl ?? env.DAMCORP_HELPDESK_URL, "api/v2/report/tickets/open");
  const today = dayIn(env.HELPDESK_TIME_ZONE, options.now ?? new Date());
  url.searchParams.set("start_date", today);
  url.searchParams.set("end_date", today);
  url.searchParams.set("with_message", "false");
  url.searchParams.set("per_page", "1");
  return probe(url, { headers: { "api-key": apiKey } }, "api-key", options.timeoutMs, () => ({
    outcome: "accepted",
    message: "Reachable, and Damcorp accepted the api-key.",
  }));
}

async function probe(
  url: URL,
  init: { method?: string; body?: string; headers?: Record<string, string> },
  credential: "token" | "api-key",
  timeoutMs = CONNECTION_TEST_TIMEOUT_MS,
  verdict: (answer: Answer) => ConnectionResult,
): Promise<ConnectionResult> {
  const where = url.host;
  let status: number;
  let text: string;
  try {
    // The timeout covers reading the body too.
    const response = await fetch(url, {
      method: init.method ?? "GET",
      body: init.body,
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        ...init.headers,
      },
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return {
      outcome: "unreachable",
      message: `Not reachable: ${where} ${describeFailure(error, timeoutMs)}.`,
    };
  }
  const body = parseJson(text);
  if (status === 401 || responseCodeOf(body) === "401") {
    return {
      outcome: "rejected",
      message: `Reachable, but Damcorp rejected the ${credential} (401 Unauthorized). Check it in the Damcorp dashboard and save it again.`,
    };
  }
  if (body === undefined) {
    return {
      outcome: "unexpected",
      message: `Reachable, but ${where} did not answer like Damcorp (HTTP ${status}, not JSON). Check the Damcorp URL.`,
    };
  }
  // A server error or a rate limit says nothing about the credential: do not call it accepted.
  if (status >= 500 || status === 429) {
    return {
      outcome: "unexpected",
      message: `Reachable, but Damcorp could not check the ${credential} right now (HTTP ${status}). Try again in a minute.`,
    };
  }
  return verdict({ status, body });
}

function responseCodeOf(body: unknown): string | null {
  return body && typeof body === "object" && "responseCode" in body
    ? String(body.responseCode)
    : null;
}

function endpoint(baseUrl: string, path: string): URL {
  return new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Why a fetch failed, in words, without the URL (which may carry a token). */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `did not answer within ${Math.round(timeoutMs / 1000)} seconds`;
  }
  const cause = error instanceof Error ? (error.cause as { message?: string } | undefined) : null;
  const reason = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not be reached (${redactSecrets(reason)})`;
}

/** "YYYY-MM-DD" of `date` in the helpdesk's time zone (the report's dates are local days). */
function dayIn(timeZone: string, date: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(date);
}
