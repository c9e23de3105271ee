import "server-only";
import { GenerationFollower } from "@/lib/cache/shared-generation";
import { SharedReads, type LoadOutcome, type SharedRead } from "@/lib/cache/shared-reads";
import type { HelpdeskResult } from "@/lib/damcorp/helpdesk/request";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { describeHelpdeskFailure, type HelpdeskFailure } from "./helpdesk-problem";
import type { Freshness, HelpdeskProblem, StaleNote } from "./types";

// The helpdesk's reads shared by every signed-in user of this Kabar process: the board of 50
// agents costs the helpdesk one call per list per KABAR_HELPDESK_CACHE_SECONDS, not 50, and
// its rate limit (per api-key) is respected by not asking until its Retry-After has passed.
// Kept on globalThis: route handlers and server actions may be bundled apart, and must share
// one cache (a close through Kabar invalidates what the board reads). Several Kabar instances
// each keep their own; a change through one is seen by all at their next read (CacheGeneration,
// lib/cache/shared-generation.ts).

const MAX_ENTRIES = 2_000;
/** The wait after a 429 / 503 that named no Retry-After. */
const DEFAULT_WAIT_MS = 10_000;

type Caches = { reads: SharedReads<unknown, HelpdeskProblem>; others: GenerationFollower };
const holder = globalThis as typeof globalThis & { [key: symbol]: Caches | undefined };
const KEY = Symbol.for("kabar.tickets.helpdesk-reads");

function caches(): Caches {
  const freshMs = env.KABAR_HELPDESK_CACHE_SECONDS * 1000;
  holder[KEY] ??= {
    reads: new SharedReads<unknown, HelpdeskProblem>({
      freshMs,
      failureHoldMs: freshMs,
      defaultRetryAfterMs: DEFAULT_WAIT_MS,
      maxEntries: MAX_ENTRIES,
    }),
    others: new GenerationFollower(db, "helpdesk-reads"),
  };
  return holder[KEY];
}

/** The helpdesk asked Kabar to wait (rate limit, maintenance). */
function isWait(failure: HelpdeskFailure): boolean {
  if (failure.outcome === "not_sent")
    return failure.reason === "rate_limited" || failure.reason === "service_unavailable";
  return failure.outcome === "rejected" && (failure.code === "429" || failure.code === "503");
}

/** A helpdesk answer as a shared-read outcome, the failure already in the board's words. */
export function toLoadOutcome<TAccepted extends object, T>(
  result: HelpdeskResult<TAccepted>,
  accept: (accepted: Extract<HelpdeskResult<TAccepted>, { outcome: "accepted" }>) => T,
): LoadOutcome<T, HelpdeskProblem> {
  if (result.outcome === "accepted") return { ok: true, value: accept(result) };
  return {
    ok: false,
    problem: describeHelpdeskFailure(result, "read"),
    wait: isWait(result),
    retryAfterMs: result.outcome === "not_sent" ? result.retryAfterMs : undefined,
  };
}

/**
 * One shared read: `what` names the list or ticket, `credentialId` the api-key it is read with.
 * What another instance changed since this one last looked is dropped first.
 */
export async function readShared<T>(
  what: string,
  credentialId: string,
  load: () => Promise<LoadOutcome<T, HelpdeskProblem>>,
): Promise<SharedRead<T, HelpdeskProblem>> {
  const { reads, others } = caches();
  await others
    .follow(() => reads.invalidate())
    .catch((error: unknown) => {
      logger.warn("helpdesk reads: could not look for other instances' changes", { error });
    });
  return reads.read(`${credentialId}:${what}`, credentialId, load) as Promise<
    SharedRead<T, HelpdeskProblem>
  >;
}

/**
 * After a change through Kabar: every list, and that ticket, are asked for again, here at once
 * and on the other instances at their next read (where everything is asked for again).
 */
export async function invalidateHelpdeskReads(ticketCode?: string): Promise<void> {
  const { reads, others } = caches();
  reads.invalidate(
    (key) =>
      key.includes(":list:") || (ticketCode !== undefined && key.endsWith(`:ticket:${ticketCode}`)),
  );
  await others.bump().catch((error: unknown) => {
    logger.warn("helpdesk reads: could not tell other instances of a change", { error });
  });
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function staleNote(stale: { problem: HelpdeskProblem; retryAt: number | null }): StaleNote {
  return { problem: stale.problem, retryAt: iso(stale.retryAt) };
}

export function freshnessOf(
  read: Extract<SharedRead<unknown, HelpdeskProblem>, { ok: true }>,
  now: number = Date.now(),
): Freshness {
  return {
    fetchedAt: new Date(read.fetchedAt).toISOString(),
    ageMs: Math.max(0, now - read.fetchedAt),
    stale: read.stale ? staleNote(read.stale) : null,
  };
}

/** For tests: forget every shared answer and every closed gate. */
export function clearHelpdeskReads(): void {
  caches().reads.clear();
}
