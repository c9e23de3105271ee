// The request log behind GET /__sandbox/requests: what the client really sent and what it got back,
// so tests can assert on the wire format instead of trusting the client's own view. Built to be
// counted at scale: every entry keeps a compact record (time, path, credential, status, the
// per-recipient outcome), while the bulky details (headers, body, response) are kept as JSON text
// within a byte budget, oldest dropped first. Entries beyond `maxEntries` are dropped entirely.
import { parseJsonObject } from "./http";
import { parseMultipart } from "./multipart";
import { normaliseNumber } from "./numbers";

export type RecipientStatus = "sent" | "invalid" | "failed";

export interface RecipientOutcome {
  /** Digits, normalised as the answers echo them. */
  to: string;
  /** What the sandbox did for this recipient; null when the request was not processed per recipient. */
  status: RecipientStatus | null;
  msgId: string | null;
}

export interface LogLimits {
  /** Entries kept in all; older ones are dropped (and counted in `dropped`). */
  maxEntries: number;
  /** Characters of detail (headers, body, response) kept in all; oldest details go first. */
  maxDetailChars: number;
}

export const LOG_DEFAULTS: LogLimits = { maxEntries: 200_000, maxDetailChars: 64 * 1024 * 1024 };

interface Detail {
  query: string;
  headers: string;
  body: string;
  response: string | null;
  appliedAnswer: string | null;
  chars: number;
}

export interface StoredRequest {
  id: number;
  atMs: number;
  method: string;
  path: string;
  credential: string | null;
  status: number | null;
  fault: string | undefined;
  applied: boolean;
  /** Only for WhatsApp sends: one entry per `to`, in request order. */
  recipients: RecipientOutcome[] | null;
  detail: Detail | null;
}

export interface Answer {
  status: number;
  body: unknown;
}

export interface NewRequest {
  atMs: number;
  method: string;
  path: string;
  credential: string | null;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

/** Large raw bodies (e.g. base64 media) would make the log unreadable; keep a prefix. */
const MAX_LOGGED_TEXT = 10_000;
/** A JSON body longer than this is logged with its long strings cut to MAX_LOGGED_TEXT. */
const MAX_LOGGED_JSON = 64 * 1024;

/** How a body appears in the log: parsed JSON, a multipart summary, raw text, or null if empty. */
export function summariseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return null;
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) {
    const parsed = parseMultipart(raw, contentType);
    if (parsed) {
      return {
        fields: parsed.fields,
        files: parsed.files.map((file) => ({
          field: file.field,
          filename: file.filename,
          contentType: file.contentType,
          size: file.data.length,
        })),
      };
    }
  }
  const text = raw.toString("utf8");
  const json = parseJsonObject(text);
  if (json) return json;
  try {
    return JSON.parse(text) as unknown; // valid JSON that is not an object (still worth showing)
  } catch {
    return cut(text);
  }
}

const cut = (text: string) =>
  text.length > MAX_LOGGED_TEXT ? `${text.slice(0, MAX_LOGGED_TEXT)}…` : text;

function bodyText(body: unknown): string {
  const text = JSON.stringify(body) ?? "null";
  if (text.length <= MAX_LOGGED_JSON) return text;
  return JSON.stringify(body, (_key, value: unknown) =>
    typeof value === "string" ? cut(value) : value,
  );
}

/** The recipients a WhatsApp send names, normalised; null for every other request. */
function requestedRecipients(path: string, body: unknown): RecipientOutcome[] | null {
  if (!path.startsWith("/whatsapp/send")) return null;
  const to = typeof body === "object" && body !== null ? (body as { to?: unknown }).to : undefined;
  const list = Array.isArray(to) ? to : to === undefined ? [] : [to];
  return list
    .filter((raw): raw is string => typeof raw === "string")
    .map((raw) => ({ to: normaliseNumber(raw).digits, status: null, msgId: null }));
}

/** Per-recipient outcomes from a success answer ({responseCode "000", data: [...]}, in order). */
function readOutcomes(recipients: RecipientOutcome[], answer: Answer): void {
  const body = answer.body as { responseCode?: unknown; data?: unknown } | null;
  if (body?.responseCode !== "000" || !Array.isArray(body.data)) return;
  body.data.forEach((item: unknown, index) => {
    const recipient = recipients[index];
    if (!recipient || typeof item !== "object" || item === null) return;
    const { status, msgId } = item as { status?: unknown; msgId?: unknown };
    if (status === "sent" || status === "invalid" || status === "failed") recipient.status = status;
    recipient.msgId = typeof msgId === "string" ? msgId : null;
  });
}

export class RequestLog {
  private entries: (StoredRequest | undefined)[] = [];
  /** Index of the oldest kept entry, and of the oldest entry that may still have details. */
  private head = 0;
  private detailHead = 0;
  private detailChars = 0;
  private nextId = 1;
  private droppedCount = 0;
  /** The answer a request was applied with, until finish() knows whether the client saw it. */
  private appliedAnswers = new WeakMap<StoredRequest, Answer>();

  constructor(public limits: LogLimits = LOG_DEFAULTS) {}

  begin(request: NewRequest): StoredRequest {
    const entry: StoredRequest = {
      id: this.nextId++,
      atMs: request.atMs,
      method: request.method,
      path: request.path,
      credential: request.credential,
      status: null,
      fault: undefined,
      applied: false,
      recipients: requestedRecipients(request.path, request.body),
      detail: null,
    };
    const query = JSON.stringify(request.query);
    const headers = JSON.stringify(request.headers);
    const body = bodyText(request.body);
    entry.detail = {
      query,
      headers,
      body,
      response: null,
      appliedAnswer: null,
      chars: query.length + headers.length + body.length,
    };
    this.detailChars += entry.detail.chars;
    this.entries.push(entry);
    this.enforceLimits();
    return entry;
  }

  /** The request was processed (it took effect); `answer` is what the sandbox did. */
  applied(entry: StoredRequest, answer: Answer): void {
    entry.applied = true;
    this.appliedAnswers.set(entry, answer);
    if (entry.recipients) readOutcomes(entry.recipients, answer);
  }

  /** What the client got: an answer, or null when the connection was dropped. */
  finish(entry: StoredRequest, answer: Answer | null, fault?: string): void {
    entry.status = answer?.status ?? null;
    entry.fault = fault;
    const applied = this.appliedAnswers.get(entry);
    this.appliedAnswers.delete(entry);
    const { detail } = entry;
    if (!detail) return; // already pushed out of the budget
    const add = (text: string) => {
      detail.chars += text.length;
      this.detailChars += text.length;
      return text;
    };
    if (answer) detail.response = add(JSON.stringify(answer.body));
    // The applied answer is worth keeping only when the client saw something else.
    if (applied && applied !== answer) {
      detail.appliedAnswer = add(
        JSON.stringify({ status: applied.status, response: applied.body }),
      );
    }
    this.enforceLimits();
  }

  /** Kept entries in arrival order. */
  *all(): Generator<StoredRequest> {
    for (let index = this.head; index < this.entries.length; index++) {
      const entry = this.entries[index];
      if (entry) yield entry;
    }
  }

  get dropped(): number {
    return this.droppedCount;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.detailHead = 0;
    this.detailChars = 0;
    this.nextId = 1;
    this.droppedCount = 0;
    this.appliedAnswers = new WeakMap();
  }

  private enforceLimits(): void {
    while (this.entries.length - this.head > this.limits.maxEntries) {
      const oldest = this.entries[this.head];
      if (oldest?.detail) this.detailChars -= oldest.detail.chars;
      this.entries[this.head] = undefined;
      this.head += 1;
      this.droppedCount += 1;
    }
    this.detailHead = Math.max(this.detailHead, this.head);
    while (this.detailChars > this.limits.maxDetailChars && this.detailHead < this.entries.length) {
      const entry = this.entries[this.detailHead];
      if (entry?.detail) {
        this.detailChars -= entry.detail.chars;
        entry.detail = null;
      }
      this.detailHead += 1;
    }
    // Compact once the dropped prefix is large, so the array does not grow without bound.
    if (this.head > 4096 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.detailHead -= this.head;
      this.head = 0;
    }
  }
}

/** The public JSON shape of one entry (GET /__sandbox/requests). */
export function publicEntry(entry: StoredRequest, withDetail: boolean) {
  const { detail } = entry;
  const shown: Record<string, unknown> = {
    id: entry.id,
    at: new Date(entry.atMs).toISOString(),
    atMs: entry.atMs,
    method: entry.method,
    path: entry.path,
    credential: entry.credential,
  };
  if (withDetail && detail) {
    shown.query = JSON.parse(detail.query);
    shown.headers = JSON.parse(detail.headers);
    shown.body = JSON.parse(detail.body);
  }
  shown.status = entry.status;
  if (withDetail && detail) shown.response = detail.response ? JSON.parse(detail.response) : null;
  if (entry.fault) shown.fault = entry.fault;
  shown.applied = entry.applied;
  if (withDetail && detail?.appliedAnswer) shown.appliedAnswer = JSON.parse(detail.appliedAnswer);
  if (entry.recipients) shown.recipients = entry.recipients;
  if (withDetail && !detail) shown.detail = false;
  return shown;
}

export function samePath(a: string, b: string): boolean {
  const strip = (p: string) => (p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p);
  return strip(a) === strip(b);
}
