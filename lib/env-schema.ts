// The one description of Kabar's configuration. lib/env.ts parses process.env with it once;
// scripts (demo, seed) reuse it so a bad value fails the same way everywhere.
import { z } from "zod";
import { isPostgresUrl, isSqliteUrl } from "./db/database-url";
import { parseSendRate } from "./delivery/pace";
import { locales } from "./i18n/config";
import { defaultDatabaseUrl, defaultSandboxUrl } from "./env-defaults";
import { isIP } from "node:net";
import {
  NO_TRUSTED_PROXIES,
  parseTrustedProxies,
  type TrustedProxies,
} from "./http/trusted-proxies";

const url = (name: string) =>
  z.url({ message: `${name} must be an absolute http(s) URL, for example ${defaultSandboxUrl}` });

const timeZone = (name: string) =>
  z.string().refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: `${name} must be an IANA time zone such as Asia/Jakarta` },
  );

const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(defaultDatabaseUrl)
    .refine((v) => isSqliteUrl(v) || isPostgresUrl(v), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgresql://… (PostgreSQL)",
    }),
  DAMCORP_WHATSAPP_URL: url("DAMCORP_WHATSAPP_URL").default(defaultSandboxUrl),
  DAMCORP_HELPDESK_URL: url("DAMCORP_HELPDESK_URL").default(defaultSandboxUrl),
  /** Optional headless sender: appears as a read-only sender number. */
  DAMCORP_TOKEN: optionalSecret,
  DAMCORP_SENDER_NUMBER: z.string().optional(),
  DAMCORP_HELPDESK_API_KEY: optionalSecret,
  DAMCORP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
  /** How long one helpdesk answer serves every user asking for the same list (0: no sharing). */
  KABAR_HELPDESK_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * The address `npm start` (scripts/start.mjs) binds to: this machine only by default (the demo's
   * passwords are published); a private interface or 0.0.0.0 behind a reverse proxy.
   */
  KABAR_HOST: z
    .string()
    .trim()
    .default("127.0.0.1")
    .refine((v) => isIP(v) !== 0 || /^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$/.test(v), {
      message: "KABAR_HOST must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name",
    }),
  /**
   * The reverse proxies in front of Kabar (addresses or networks, comma-separated): their
   * X-Forwarded-For hops are passed over to find the client (lib/http/trusted-proxies.ts).
   */
  KABAR_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((text, ctx): TrustedProxies => {
      if (text.trim() === "") return NO_TRUSTED_PROXIES;
      const parsed = parseTrustedProxies(text);
      if ("error" in parsed) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  /** 32 bytes, base64 or hex: encrypts tokens and api-keys at rest (AES-256-GCM). */
  KABAR_SECRET_KEY: z
    .string({
      message: "KABAR_SECRET_KEY is required (npm run demo writes one to data/secrets.env)",
    })
    .refine((v) => decodeKey(v) !== null, {
      message: "KABAR_SECRET_KEY must be 32 bytes as base64 (44 characters) or hex (64 characters)",
    }),
  /** Previous key, only while `npm run secrets:rotate` re-encrypts. */
  KABAR_SECRET_KEY_PREVIOUS: z.string().optional(),
  /** Signs session cookies. */
  NEXTAUTH_SECRET: z
    .string({
      message: "NEXTAUTH_SECRET is required (npm run demo writes one to data/secrets.env)",
    })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().optional(),
  KABAR_DATA_DIR: z.string().default("./data"),
  KABAR_TIME_ZONE: timeZone("KABAR_TIME_ZONE").default("Asia/Jakarta"),
  /** The language of a user who chose none and whose browser asks for neither en nor id. */
  KABAR_DEFAULT_LOCALE: z
    .enum(locales, { message: `KABAR_DEFAULT_LOCALE must be one of ${locales.join(", ")}` })
    .default("en"),
  HELPDESK_TIME_ZONE: timeZone("HELPDESK_TIME_ZONE").default("Asia/Jakarta"),
  /** Deliver from inside the Kabar server (default); "false" when `npm run worker` processes do. */
  KABAR_DELIVERY_IN_SERVER: z
    .enum(["true", "false"], { message: "KABAR_DELIVERY_IN_SERVER must be true or false" })
    .default("true")
    .transform((v) => v === "true"),
  /** A sender number's send rate until an admin sets one (the sandbox allows 60 a minute). */
  KABAR_DEFAULT_SEND_RATE: z
    .string()
    .default("60/minute")
    .refine((v) => parseSendRate(v) !== null, {
      message: "KABAR_DEFAULT_SEND_RATE must be N/second or N/minute, for example 60/minute",
    }),
  /** Requests one delivery worker keeps in flight at once. */
  KABAR_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /**
   * How long a worker's claim lasts without its heartbeat (every fifth of it): after a crash, its
   * requests are picked up (or, if they had left, recorded as unknown) within this time.
   */
  KABAR_DELIVERY_LEASE_MS: z.coerce.number().int().min(200).max(600_000).default(15_000),
  /** How often recent helpdesk conversations are read for stop words; 0 turns the sweep off. */
  KABAR_OPT_OUT_SWEEP_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
});

export type Env = z.infer<typeof envSchema>;

/** Decodes a 32-byte key written as base64 or hex; null when it is neither. */
export function decodeKey(value: string): Buffer | null {
  const hex = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : null;
  if (hex) return hex;
  const b64 = Buffer.from(value, "base64");
  return b64.length === 32 ? b64 : null;
}

/** Parses an environment; throws one Error naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Kabar cannot start: invalid configuration\n${lines.join("\n")}`);
}
