// Contract-test harness: starts the Damcorp sandbox through its public entry point only and
// wraps its test-control endpoints (/__sandbox/*).
import { startSandbox } from "@/sandbox/server";
import {
  createDamcorpClient,
  type DamcorpClient,
  type DamcorpClientConfig,
} from "@/lib/damcorp/client";

export const SANDBOX_TOKEN = "sandbox-token";
export const SANDBOX_API_KEY = "sandbox-api-key";

export type SandboxRequest = {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  status: number;
  response: unknown;
};

export type Fault = {
  path?: string;
  token?: string;
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  dropConnection?: boolean;
  /** Whether the request takes effect despite the fault (sandbox/README.md, fault semantics). */
  apply?: boolean | "before" | "after" | "never";
  skip?: number;
  times?: number;
};

/** GET /__sandbox/requests/summary, the parts delivery tests count. */
export type RequestSummary = {
  requests: number;
  byStatus: Record<string, number>;
  tokens: Record<string, { requests: number; maxInWindow: number; maxAcceptedInWindow: number }>;
  recipients: {
    distinct: number;
    requests: number;
    sent: number;
    maxRequestsPerRecipient: number;
    maxSentPerRecipient: number;
    withMoreThanOneRequest: number;
  };
};

export type SandboxHarness = {
  url: string;
  close: () => Promise<void>;
  client: (overrides?: Partial<DamcorpClientConfig>) => DamcorpClient;
  reset: () => Promise<void>;
  requests: () => Promise<SandboxRequest[]>;
  /** The last request the sandbox saw on `path` (control endpoints excluded). */
  lastRequest: (path: string) => Promise<SandboxRequest | undefined>;
  fault: (fault: Fault) => Promise<void>;
  inbound: (from: string, body?: string) => Promise<void>;
  /** Counts over the request log (filters as query parameters, e.g. { path: "/whatsapp/*" }). */
  summary: (filters?: Record<string, string>) => Promise<RequestSummary>;
  config: (config: Record<string, unknown>) => Promise<void>;
};

async function control(url: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined && path === "/__sandbox/requests" ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `sandbox control ${path} answered ${response.status}: ${await response.text()}`,
    );
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export async function startHarness(
  options: { rateLimit?: { max: number; windowMs: number } } = {},
): Promise<SandboxHarness> {
  const sandbox = await startSandbox({
    port: 0,
    token: SANDBOX_TOKEN,
    apiKey: SANDBOX_API_KEY,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const url = sandbox.url.replace(/\/+$/, "");
  const requests = async () => {
    const result = (await control(url, "/__sandbox/requests")) as { requests: SandboxRequest[] };
    return result.requests.filter((r) => !r.path.startsWith("/__sandbox"));
  };
  return {
    url,
    close: async () => {
      await sandbox.close();
    },
    client: (overrides = {}) =>
      createDamcorpClient({
        whatsappUrl: url,
        helpdeskUrl: url,
        token: SANDBOX_TOKEN,
        apiKey: SANDBOX_API_KEY,
        timeoutMs: 5_000,
        retry: { baseDelayMs: 10, maxDelayMs: 50 },
        ...overrides,
      }),
    reset: async () => {
      await control(url, "/__sandbox/reset", {});
    },
    requests,
    lastRequest: async (path) => (await requests()).filter((r) => r.path === path).at(-1),
    fault: async (fault) => {
      await control(url, "/__sandbox/faults", fault);
    },
    inbound: async (from, body = "Halo") => {
      await control(url, "/__sandbox/inbound", { from, body });
    },
    summary: async (filters = {}) => {
      const response = await fetch(
        `${url}/__sandbox/requests/summary?${new URLSearchParams(filters)}`,
      );
      return (await response.json()) as RequestSummary;
    },
    config: async (config) => {
      await control(url, "/__sandbox/config", config);
    },
  };
}
