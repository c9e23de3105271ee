// The request log behind GET /__sandbox/requests: what the client really sent and what it got back,
// so tests can assert on the wire format instead of trusting the client's own view.
import { parseJsonObject } from "./http";
import { parseMultipart } from "./multipart";

export interface LoggedRequest {
  id: number;
  at: string;
  method: string;
  path: string;
  /** The WhatsApp token or helpdesk api-key the request carried (null when it had none). */
  credential: string | null;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  /** HTTP status answered; null when a fault dropped the connection. */
  status: number | null;
  response: unknown;
  /** Set when an injected fault shaped this answer, e.g. "status:503" or "dropConnection". */
  fault?: string;
  /** False when a fault kept the request from being processed at all (it had no effect). */
  applied: boolean;
  /** What the sandbox really answered when a fault then replaced or dropped that answer. */
  appliedAnswer?: { status: number; response: unknown };
}

/** Large raw bodies (e.g. base64 media) would make the log unreadable; keep a prefix. */
const MAX_LOGGED_TEXT = 10_000;

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
    return text.length > MAX_LOGGED_TEXT ? `${text.slice(0, MAX_LOGGED_TEXT)}…` : text;
  }
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextId = 1;

  add(entry: Omit<LoggedRequest, "id" | "status" | "response" | "applied">): LoggedRequest {
    const logged: LoggedRequest = {
      id: this.nextId++,
      ...entry,
      status: null,
      response: null,
      applied: true,
    };
    this.entries.push(logged);
    return logged;
  }

  /** In arrival order; `path` filters exactly (a trailing slash is ignored on both sides). */
  list(path?: string): LoggedRequest[] {
    if (path === undefined) return [...this.entries];
    return this.entries.filter((entry) => samePath(entry.path, path));
  }

  clear(): void {
    this.entries = [];
    this.nextId = 1;
  }
}

export function samePath(a: string, b: string): boolean {
  const strip = (p: string) => (p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p);
  return strip(a) === strip(b);
}
