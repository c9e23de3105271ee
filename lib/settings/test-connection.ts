import "server-only";
import { env } from "@/lib/env";
import { redactSecrets } from "@/lib/security/redact";
import type { ConnectionResult } from "./connection-result";

// Two tiny dedicated Damcorp calls for the "Test connection" buttons. They only ask "does Damcorp
// answer, and does it accept this credential?", so they do not go through the full Damcorp client.

export const CONNECTION_TEST_TIMEOUT_MS = 5000;
/** A media id that never exists: downloadMedia then answers with an error, not a file. */
export const CONNECTION_TEST_MEDIA_ID = "kabar-connection-test";

interface ProbeOptions {
  baseUrl?: string;
  timeoutMs?: number;
  now?: Date;
}

/** Calls GET /whatsapp/downloadMedia with the token: any JSON answer but a 401 accepts it. */
export function testWhatsappToken(token: string, options: ProbeOptions = {}) {
  const url = endpoint(options.baseUrl ?? env.DAMCORP_WHATSAPP_URL, "whatsapp/downloadMedia");
  url.searchParams.set("token", token);
  url.searchParams.set("id", CONNECTION_TEST_MEDIA_ID);
  return probe(url, {}, "token", options.timeoutMs);
}

/** Calls the helpdesk's open-tickets report for today (one ticket at most) with the api-key. */
export function testHelpdeskApiKey(apiKey: string, options: ProbeOptions = {}) {
  const url = endpoint(options.baseUrl ?? env.DAMCORP_HELPDESK_URL, "api/v2/report/tickets/open");
  const today = dayIn(env.HELPDESK_TIME_ZONE, options.now ?? new Date());
  url.searchParams.set("start_date", today);
  url.searchParams.set("end_date", today);
  url.searchParams.set("with_message", "false");
  url.searchParams.set("per_page", "1");
  return probe(url, { "api-key": apiKey }, "api-key", options.timeoutMs);
}

async function probe(
  url: URL,
  headers: Record<string, string>,
  credential: "token" | "api-key",
  timeoutMs = CONNECTION_TEST_TIMEOUT_MS,
): Promise<ConnectionResult> {
  const where = url.host;
  let status: number;
  let text: string;
  try {
    // The timeout covers reading the body too.
    const response = await fetch(url, {
      headers: { accept: "application/json", "content-type": "application/json", ...headers },
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
  const responseCode =
    body && typeof body === "object" && "responseCode" in body ? String(body.responseCode) : null;
  if (status === 401 || responseCode === "401") {
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
  return { outcome: "accepted", message: `Reachable, and Damcorp accepted the ${credential}.` };
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

/** Why a fetch failed, in words, without the URL (which carries the token). */
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
