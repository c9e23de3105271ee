// SANDBOX_* environment variables → startSandbox options (the CLI's only input). Pure, so it can be
// tested without spawning a process; problems are collected and thrown together.
import { z } from "zod";
import { configSchema } from "./config";
import { templateListSchema } from "./templateInput";
import type { SandboxOptions } from "./server";

type Env = Record<string, string | undefined>;

export function optionsFromEnv(env: Env): SandboxOptions {
  const problems: string[] = [];
  const integer = (name: string, min: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min) return value;
    problems.push(`${name} must be an integer >= ${min}, got "${raw}"`);
    return undefined;
  };
  const text = (name: string) => env[name] || undefined;

  let config: Record<string, unknown> = {};
  const rawConfig = env.SANDBOX_CONFIG;
  if (rawConfig) {
    try {
      const value: unknown = JSON.parse(rawConfig);
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error();
      config = value as Record<string, unknown>;
    } catch {
      problems.push("SANDBOX_CONFIG must be a JSON object (the body of POST /__sandbox/config)");
    }
    const checked = configSchema.safeParse(config);
    if (!checked.success) problems.push(`SANDBOX_CONFIG: ${z.prettifyError(checked.error)}`);
  }

  let templates: unknown;
  if (env.SANDBOX_TEMPLATES) {
    try {
      templates = JSON.parse(env.SANDBOX_TEMPLATES);
      templateListSchema.parse(templates);
    } catch (error) {
      const detail = error instanceof z.ZodError ? `: ${z.prettifyError(error)}` : "";
      problems.push(`SANDBOX_TEMPLATES must be a JSON array of templates${detail}`);
    }
  }

  const max = integer("SANDBOX_RATE_LIMIT", 1);
  const windowMs = integer("SANDBOX_RATE_WINDOW_MS", 1);
  const port = integer("SANDBOX_PORT", 0);
  if (problems.length) throw new Error(problems.join("\n"));

  const options: SandboxOptions = { ...config, port: port ?? 4010 };
  if (templates !== undefined) options.templates = templates as SandboxOptions["templates"];
  if (max !== undefined || windowMs !== undefined) {
    const base = (config.rateLimit ?? {}) as { max?: number; windowMs?: number };
    options.rateLimit = {
      ...base,
      max: max ?? base.max ?? 60,
      windowMs: windowMs ?? base.windowMs ?? 60_000,
    };
  }
  const assign = <K extends keyof SandboxOptions>(key: K, value: SandboxOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  assign("host", text("SANDBOX_HOST"));
  assign("token", text("SANDBOX_TOKEN"));
  assign("apiKey", text("SANDBOX_API_KEY"));
  assign("timeZone", text("SANDBOX_TIME_ZONE"));
  return options;
}
