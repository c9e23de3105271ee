// Shared helpers for the sandbox's own tests: a controllable clock and thin fetch wrappers.
import { startSandbox, type RunningSandbox, type SandboxOptions } from "./server";

/** 12:00 in Jakarta. Fixed so seeded data, windows and date filters are reproducible. */
export const NOW = new Date("2025-06-15T05:00:00.000Z");
export const TOKEN = "sandbox-token";
export const API_KEY = "sandbox-api-key";

export interface TestSandbox extends RunningSandbox {
  setNow(date: Date): void;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** WhatsApp call with the token merged into the body. */
  wa(path: string, body: Record<string, unknown>): Promise<Answer>;
  /** Helpdesk call with the api-key header. */
  hd(method: "GET" | "POST", path: string, body?: unknown): Promise<Answer>;
  reset(): Promise<void>;
  state(): Promise<SandboxStateJson>;
}

export interface Answer {
  status: number;
  headers: Headers;
  // Tests inspect arbitrary response shapes; `any` keeps the assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface TicketJson {
  ticketCode: string;
  status: string;
  customerNumber: string;
  customerName: string;
  dateCreate: string;
  dateClose: string | null;
  messages: { type: string; dateCreate: string; body: string }[];
}

export interface SandboxStateJson {
  tickets: TicketJson[];
  window: { number: string; inWindow: boolean; lastCustomerMessageAt: string | null }[];
  media: { id: string }[];
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  let now = NOW;
  const sandbox = await startSandbox({
    rateLimit: { max: 10_000, windowMs: 60_000 },
    now: () => now,
    ...options,
  });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      init.headers = { "content-type": "application/json", ...headers };
    }
    const response = await fetch(`${sandbox.url}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : null,
    };
  };
  return {
    ...sandbox,
    setNow: (date) => {
      now = date;
    },
    post: (path, body, headers) => call("POST", path, body, headers),
    get: (path, headers) => call("GET", path, undefined, headers),
    wa: (path, body) => call("POST", path, { token: TOKEN, ...body }),
    hd: (method, path, body) => call(method, path, body, { "api-key": API_KEY }),
    reset: async () => {
      await call("POST", "/__sandbox/reset");
    },
    state: async () => (await call("GET", "/__sandbox/state")).body as SandboxStateJson,
  };
}

/** A customer who wrote recently (inside the 24-hour window) according to the seed. */
export async function numberInWindow(sandbox: TestSandbox): Promise<string> {
  const state = await sandbox.state();
  const entry = state.window.find((w) => w.inWindow);
  if (!entry) throw new Error("seed has no customer inside the 24-hour window");
  return entry.number;
}

/** Never seen by the seed, so outside the window until an inbound message arrives. */
export const STRANGER = "6281299998888";

/** A 1×1 PNG. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
