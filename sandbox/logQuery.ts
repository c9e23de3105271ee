// Reading the request log: filters shared by every /__sandbox/requests view, the per-recipient
// view, and the summary a benchmark checks ("exactly one request per recipient", "never above the
// rate") without downloading every body.
import { normaliseNumber } from "./numbers";
import { publicEntry, samePath, type RequestLog, type StoredRequest } from "./log";

export interface LogFilter {
  /** Exact path (trailing slash ignored), or a prefix when it ends in "*". */
  path?: string;
  sinceMs?: number;
  untilMs?: number;
  token?: string;
  afterId?: number;
  /** Only WhatsApp sends naming this recipient (normalised like the answers). */
  to?: string;
  limit?: number;
}

/** The filter from a query string, or the first problem as text. */
export function parseFilter(query: URLSearchParams): LogFilter | string {
  const filter: LogFilter = {};
  const path = query.get("path");
  if (path) filter.path = path;
  const token = query.get("token");
  if (token) filter.token = token;
  const to = query.get("to");
  if (to) filter.to = normaliseNumber(to).digits;
  for (const [name, key] of [
    ["since", "sinceMs"],
    ["until", "untilMs"],
  ] as const) {
    const raw = query.get(name);
    if (!raw) continue;
    const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (Number.isNaN(ms)) return `${name}: an ISO date-time or epoch milliseconds`;
    filter[key] = ms;
  }
  for (const [name, key] of [
    ["afterId", "afterId"],
    ["limit", "limit"],
  ] as const) {
    const raw = query.get(name);
    if (!raw) continue;
    if (!/^\d+$/.test(raw)) return `${name}: a whole number`;
    filter[key] = Number(raw);
  }
  return filter;
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : samePath(pattern, path);
}

export function* matching(log: RequestLog, filter: LogFilter): Generator<StoredRequest> {
  let count = 0;
  for (const entry of log.all()) {
    if (filter.limit !== undefined && count >= filter.limit) return;
    if (filter.afterId !== undefined && entry.id <= filter.afterId) continue;
    if (filter.path !== undefined && !pathMatches(filter.path, entry.path)) continue;
    if (filter.token !== undefined && entry.credential !== filter.token) continue;
    if (filter.sinceMs !== undefined && entry.atMs < filter.sinceMs) continue;
    if (filter.untilMs !== undefined && entry.atMs > filter.untilMs) continue;
    if (filter.to !== undefined && !entry.recipients?.some((r) => r.to === filter.to)) continue;
    count += 1;
    yield entry;
  }
}

export function listRequests(log: RequestLog, filter: LogFilter, withDetail: boolean) {
  const requests = [...matching(log, filter)].map((entry) => publicEntry(entry, withDetail));
  return { requests, dropped: log.dropped };
}

/** One row per recipient of each WhatsApp send. */
export function listRecipients(log: RequestLog, filter: LogFilter) {
  const recipients = [];
  for (const entry of matching(log, filter)) {
    for (const recipient of entry.recipients ?? []) {
      if (filter.to !== undefined && recipient.to !== filter.to) continue;
      recipients.push({
        requestId: entry.id,
        at: new Date(entry.atMs).toISOString(),
        path: entry.path,
        credential: entry.credential,
        httpStatus: entry.status,
        applied: entry.applied,
        ...recipient,
      });
    }
  }
  return { recipients, dropped: log.dropped };
}

interface TokenTally {
  requests: number;
  /** Not refused with 429. */
  accepted: number;
  times: number[];
  acceptedTimes: number[];
}

interface RecipientTally {
  requests: number;
  sent: number;
}

/** How many requests fit in the busiest span of `windowMs` ([t, t + windowMs)), and where it starts. */
export function busiestWindow(
  times: number[],
  windowMs: number,
): { max: number; startMs: number | null } {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let startMs: number | null = null;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    const end = sorted[last] ?? 0;
    while ((sorted[first] ?? 0) <= end - windowMs) first += 1;
    if (last - first + 1 > max) {
      max = last - first + 1;
      startMs = sorted[first] ?? null;
    }
  }
  return { max, startMs };
}

const EXAMPLES = 100;

export function summarise(
  log: RequestLog,
  filter: LogFilter,
  options: { windowMs: number; perRecipient: boolean },
) {
  const byPath: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const tokens = new Map<string, TokenTally>();
  const recipients = new Map<string, RecipientTally>();
  let requests = 0;
  let applied = 0;
  let faulted = 0;
  let firstMs: number | null = null;
  let lastMs: number | null = null;

  for (const entry of matching(log, filter)) {
    requests += 1;
    if (entry.applied) applied += 1;
    if (entry.fault) faulted += 1;
    firstMs = firstMs === null ? entry.atMs : Math.min(firstMs, entry.atMs);
    lastMs = lastMs === null ? entry.atMs : Math.max(lastMs, entry.atMs);
    byPath[entry.path] = (byPath[entry.path] ?? 0) + 1;
    const status = String(entry.status);
    byStatus[status] = (byStatus[status] ?? 0) + 1;

    const key = entry.credential ?? "(none)";
    let tally = tokens.get(key);
    if (!tally) {
      tally = { requests: 0, accepted: 0, times: [], acceptedTimes: [] };
      tokens.set(key, tally);
    }
    tally.requests += 1;
    tally.times.push(entry.atMs);
    if (entry.status !== 429) {
      tally.accepted += 1;
      tally.acceptedTimes.push(entry.atMs);
    }

    for (const recipient of entry.recipients ?? []) {
      if (filter.to !== undefined && recipient.to !== filter.to) continue;
      let counts = recipients.get(recipient.to);
      if (!counts) {
        counts = { requests: 0, sent: 0 };
        recipients.set(recipient.to, counts);
      }
      counts.requests += 1;
      if (recipient.status === "sent") counts.sent += 1;
    }
  }

  const perToken: Record<string, unknown> = {};
  for (const [token, tally] of tokens) {
    const all = busiestWindow(tally.times, options.windowMs);
    const accepted = busiestWindow(tally.acceptedTimes, options.windowMs);
    perToken[token] = {
      requests: tally.requests,
      accepted: tally.accepted,
      maxInWindow: all.max,
      busiestWindowAt: all.startMs === null ? null : new Date(all.startMs).toISOString(),
      maxAcceptedInWindow: accepted.max,
    };
  }

  return {
    requests,
    applied,
    faulted,
    firstAt: firstMs === null ? null : new Date(firstMs).toISOString(),
    lastAt: lastMs === null ? null : new Date(lastMs).toISOString(),
    windowMs: options.windowMs,
    byPath,
    byStatus,
    tokens: perToken,
    recipients: summariseRecipients(recipients, options.perRecipient),
    dropped: log.dropped,
  };
}

function summariseRecipients(recipients: Map<string, RecipientTally>, perRecipient: boolean) {
  let requests = 0;
  let sent = 0;
  let maxRequests = 0;
  let maxSent = 0;
  let moreThanOneRequest = 0;
  let moreThanOneSent = 0;
  let neverSent = 0;
  const repeated: { to: string; requests: number; sent: number }[] = [];
  for (const [to, counts] of recipients) {
    requests += counts.requests;
    sent += counts.sent;
    maxRequests = Math.max(maxRequests, counts.requests);
    maxSent = Math.max(maxSent, counts.sent);
    if (counts.requests > 1) moreThanOneRequest += 1;
    if (counts.sent > 1) moreThanOneSent += 1;
    if (counts.sent === 0) neverSent += 1;
    if (counts.requests > 1 && repeated.length < EXAMPLES) repeated.push({ to, ...counts });
  }
  return {
    distinct: recipients.size,
    requests,
    sent,
    maxRequestsPerRecipient: maxRequests,
    maxSentPerRecipient: maxSent,
    withMoreThanOneRequest: moreThanOneRequest,
    withMoreThanOneSent: moreThanOneSent,
    neverSent,
    /** Up to 100 recipients named by more than one request. */
    repeated,
    ...(perRecipient ? { perRecipient: Object.fromEntries(recipients) } : {}),
  };
}
