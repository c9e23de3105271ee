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
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  dropConnection?: boolean;
  times?: number;
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
  };
}
