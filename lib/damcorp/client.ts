// The Damcorp client: resolved configuration plus the credentials the call functions use.
// Credentials live in a module-private WeakMap, so logging or serialising a client object can
// never print the token or the api-key.
import { z } from "zod";
import { DEFAULT_HELPDESK_TIME_ZONE } from "./helpdesk/time";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
import type { OnRetry, TransportContext } from "./transport";

export const DEFAULT_TIMEOUT_MS = 15_000;

export type DamcorpCredentials = {
  /** WhatsApp API token of one sender number (sent inside each request body). */
  token?: string;
  /** Helpdesk api-key (sent in the `api-key` header). */
  apiKey?: string;
};

export type DamcorpClientConfig = DamcorpCredentials & {
  /** Base of the WhatsApp API, e.g. https://icwaba.damcorp.id (paths add /whatsapp/…). */
  whatsappUrl: string;
  /** Base of the helpdesk API, e.g. https://drccsapi.damcorp.id (paths add /api/v2/…). */
  helpdeskUrl: string;
  /** Per attempt. Default 15000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: OnRetry;
  /** Zone of the helpdesk's zone-less timestamps. Default Asia/Jakarta. */
  helpdeskTimeZone?: string;
};

export type DamcorpClient = {
  readonly whatsappUrl: string;
  readonly helpdeskUrl: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly helpdeskTimeZone: string;
  readonly transport: Omit<TransportContext, "timeoutMs" | "retry">;
  readonly hasToken: boolean;
  readonly hasApiKey: boolean;
  /** The same client with other credentials (one client per sender number). */
  withCredentials(credentials: DamcorpCredentials): DamcorpClient;
};

export class DamcorpConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DamcorpConfigError";
  }
}

const credentialsByClient = new WeakMap<DamcorpClient, DamcorpCredentials>();

/** The credentials of a client, for the call functions in this module only. */
export function credentialsOf(client: DamcorpClient): DamcorpCredentials {
  return credentialsByClient.get(client) ?? {};
}

const baseUrl = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .refine((v) => {
      try {
        const url = new URL(v);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    }, `${name} must be an absolute http(s) URL`)
    .transform((v) => v.replace(/\/+$/, ""));

const configSchema = z.object({
  whatsappUrl: baseUrl("whatsappUrl"),
  helpdeskUrl: baseUrl("helpdeskUrl"),
  timeoutMs: z.number().int().positive("timeoutMs must be above 0").default(DEFAULT_TIMEOUT_MS),
  retry: z
    .object({
      maxAttempts: z.number().int().min(1, "retry.maxAttempts must be at least 1").optional(),
      baseDelayMs: z.number().min(0).optional(),
      maxDelayMs: z.number().min(0).optional(),
      maxRetryAfterMs: z.number().min(0).optional(),
    })
    .optional(),
  helpdeskTimeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "helpdeskTimeZone must be an IANA time zone such as Asia/Jakarta")
    .default(DEFAULT_HELPDESK_TIME_ZONE),
});

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function removeUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Throws DamcorpConfigError (without any secret in it) when the configuration is unusable. */
export function createDamcorpClient(config: DamcorpClientConfig): DamcorpClient {
  const parsed = configSchema.safeParse({
    whatsappUrl: config.whatsappUrl,
    helpdeskUrl: config.helpdeskUrl,
    timeoutMs: config.timeoutMs,
    retry: config.retry,
    helpdeskTimeZone: config.helpdeskTimeZone,
  });
  if (!parsed.success) {
    throw new DamcorpConfigError(
      `Invalid Damcorp client configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  const settings = parsed.data;
  const retry: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...removeUndefined(settings.retry ?? {}) };

  const build = (credentials: DamcorpCredentials): DamcorpClient => {
    const client: DamcorpClient = {
      whatsappUrl: settings.whatsappUrl,
      helpdeskUrl: settings.helpdeskUrl,
      timeoutMs: settings.timeoutMs,
      retry,
      helpdeskTimeZone: settings.helpdeskTimeZone,
      transport: {
        fetch: config.fetch ?? ((input, init) => fetch(input, init)),
        sleep: config.sleep ?? defaultSleep,
        random: config.random ?? Math.random,
        now: config.now ?? Date.now,
        onRetry: config.onRetry,
      },
      hasToken: Boolean(credentials.token),
      hasApiKey: Boolean(credentials.apiKey),
      withCredentials: (next) => build({ ...credentials, ...next }),
    };
    credentialsByClient.set(client, { token: credentials.token, apiKey: credentials.apiKey });
    return Object.freeze(client);
  };
  return build({ token: config.token, apiKey: config.apiKey });
}
