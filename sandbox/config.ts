// Runtime configuration (POST /__sandbox/config, startSandbox options, SANDBOX_CONFIG): the
// credentials the sandbox accepts, their accounts' profiles and rate limits, and the switchable
// readings of the spec. One schema for all three ways in, so they cannot drift apart.
import { z } from "zod";

export const rateLimitSchema = z
  .object({
    max: z.number().int().min(1),
    windowMs: z.number().int().min(1),
    /**
     * fixed: counts reset at the end of each window (Retry-After = time left in the window).
     * sliding: never more than `max` accepted in any `windowMs` span (Retry-After = until the
     * oldest accepted request leaves the span).
     */
    mode: z.enum(["fixed", "sliding"]).default("fixed"),
  })
  .strict();

/** One WhatsApp token: the account of one sender number. */
export const accountSchema = z
  .object({
    token: z.string().min(1),
    /** The sender number this token sends from (informational: state and log). */
    number: z.string().min(1).optional(),
    /** false: every send answers 726 "invalid_product" (an account without a valid product). */
    validProduct: z.boolean().default(true),
    /** This token's own limit instead of `rateLimit`. */
    rateLimit: rateLimitSchema.optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** Per credential, WhatsApp tokens and helpdesk keys alike (unless overridden below). */
    rateLimit: rateLimitSchema.optional(),
    /** The helpdesk api-keys' limit; default: `rateLimit`. null removes the override. */
    helpdeskRateLimit: rateLimitSchema.nullable().optional(),
    accounts: z
      .array(accountSchema)
      .min(1)
      .refine((list) => new Set(list.map((a) => a.token)).size === list.length, "duplicate token")
      .optional(),
    apiKeys: z
      .array(z.string().min(1))
      .min(1)
      .refine((list) => new Set(list).size === list.length, "duplicate api-key")
      .optional(),
    /** fields: 721 answers list the refused fields in `data`; null: `data: null`. */
    invalidParamData: z.enum(["fields", "null"]).optional(),
    /** sendLocation requires `name` and `address` (the spec lists them without "optional"). */
    strictLocation: z.boolean().optional(),
    /** The helpdesk list endpoints ignore `page` (only the documented `per_page` is honoured). */
    helpdeskIgnoresPage: z.boolean().optional(),
    /** Media ids are forgotten this long after they were created (sandbox clock); null = never. */
    mediaTtlMs: z.number().int().min(1).nullable().optional(),
  })
  .strict();

export type RateLimit = z.infer<typeof rateLimitSchema>;
export type Account = z.infer<typeof accountSchema>;
export type ConfigInput = z.input<typeof configSchema>;
type ConfigPatch = z.infer<typeof configSchema>;

export interface SandboxConfig {
  rateLimit: RateLimit;
  helpdeskRateLimit: RateLimit | null;
  accounts: Account[];
  apiKeys: string[];
  invalidParamData: "fields" | "null";
  strictLocation: boolean;
  helpdeskIgnoresPage: boolean;
  mediaTtlMs: number | null;
}

export const CONFIG_DEFAULTS = {
  token: "sandbox-token",
  apiKey: "sandbox-api-key",
  rateLimit: { max: 60, windowMs: 60_000, mode: "fixed" },
} as const;

/**
 * The start-up configuration. `token` / `apiKey` (the single-credential options) join the lists
 * first, so existing callers keep working and `accounts` / `apiKeys` can add more.
 */
export function initialConfig(
  input: ConfigInput & { token?: string; apiKey?: string },
): SandboxConfig {
  const { token, apiKey, ...rest } = input;
  const patch = parseConfig(rest);
  const accounts = patch.accounts ?? [];
  const firstToken = token ?? (accounts.length ? undefined : CONFIG_DEFAULTS.token);
  const keys = patch.apiKeys ?? [];
  const firstKey = apiKey ?? (keys.length ? undefined : CONFIG_DEFAULTS.apiKey);
  const base: SandboxConfig = {
    rateLimit: { ...CONFIG_DEFAULTS.rateLimit },
    helpdeskRateLimit: null,
    accounts: [],
    apiKeys: [],
    invalidParamData: "fields",
    strictLocation: false,
    helpdeskIgnoresPage: false,
    mediaTtlMs: null,
  };
  const merged = mergeConfig(base, patch);
  merged.accounts = [
    ...(firstToken && !accounts.some((a) => a.token === firstToken)
      ? [{ token: firstToken, validProduct: true }]
      : []),
    ...accounts,
  ];
  merged.apiKeys = [...(firstKey && !keys.includes(firstKey) ? [firstKey] : []), ...keys];
  return merged;
}

/** Throws a readable Error (used at start-up, where a typo must stop the sandbox). */
function parseConfig(input: unknown): ConfigPatch {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) throw new Error(`sandbox config: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Each field given replaces the current one; fields left out stay as they are. */
export function mergeConfig(current: SandboxConfig, patch: ConfigPatch): SandboxConfig {
  const next = cloneConfig(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(next, { [key]: structuredClone(value) });
  }
  return next;
}

export function cloneConfig(config: SandboxConfig): SandboxConfig {
  return structuredClone(config);
}

/** The limit that applies to one credential. */
export function rateLimitFor(
  config: SandboxConfig,
  api: "whatsapp" | "helpdesk",
  credential: string,
): RateLimit {
  if (api === "helpdesk") return config.helpdeskRateLimit ?? config.rateLimit;
  return config.accounts.find((a) => a.token === credential)?.rateLimit ?? config.rateLimit;
}
