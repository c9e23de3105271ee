// The Damcorp sandbox HTTP server: one node:http server for both the WhatsApp (/whatsapp/...) and
// helpdesk (/api/v2/...) APIs plus the /__sandbox/ control endpoints.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { assertTimeZone } from "./clock";
import { CONFIG_DEFAULTS, configSchema, initialConfig, type ConfigInput } from "./config";
import { CONTROL_PREFIX, handleControl } from "./control";
import { apiForPath, httpError } from "./envelope";
import { BodyTooLargeError, readBody, writeReply } from "./http";
import { LOG_DEFAULTS, type LogLimits } from "./log";
import { classify, handleApi } from "./pipeline";
import { Sleeper } from "./sleeper";
import { SandboxState, type ResolvedOptions } from "./state";
import { parseTemplates, type TemplateInput } from "./templateInput";
import { TEMPLATES } from "./templates";

export interface SandboxOptions extends ConfigInput {
  /** 0 = random free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** A WhatsApp token (JSON body `token`), added before `accounts`. Default "sandbox-token" when no `accounts` are given. */
  token?: string;
  /** A helpdesk `api-key`, added before `apiKeys`. Default "sandbox-api-key" when no `apiKeys` are given. */
  apiKey?: string;
  /** Zone the helpdesk renders its zone-less timestamps in. Default Asia/Jakarta. */
  timeZone?: string;
  /** The sandbox clock (seeding, 24-hour window, rate windows, new tickets). Default real time. */
  now?: () => Date;
  /** Seed for the generated tickets and ids. Default 20240601. */
  seed?: number;
  /** Approved templates besides (or, with builtInTemplates: false, instead of) the built-in ones. */
  templates?: TemplateInput[];
  /** Start with the spec's example templates (welcome_msg, …). Default true. */
  builtInTemplates?: boolean;
  /** Request-log bounds: entries kept (default 200 000) and characters of detail (default 64 Mi). */
  log?: Partial<LogLimits>;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULTS = {
  host: "127.0.0.1",
  token: CONFIG_DEFAULTS.token,
  apiKey: CONFIG_DEFAULTS.apiKey,
  rateLimit: CONFIG_DEFAULTS.rateLimit,
  timeZone: "Asia/Jakarta",
  seed: 20240601,
} as const;

function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const timeZone = options.timeZone ?? DEFAULTS.timeZone;
  assertTimeZone(timeZone);
  const configKeys = [...Object.keys(configSchema.shape), "token", "apiKey"];
  const config = Object.fromEntries(
    Object.entries(options).filter(
      ([key, value]) => configKeys.includes(key) && value !== undefined,
    ),
  );
  const log = { ...LOG_DEFAULTS, ...options.log };
  if (!(Number.isInteger(log.maxEntries) && log.maxEntries >= 1 && log.maxDetailChars >= 0)) {
    throw new Error("log: maxEntries must be a whole number >= 1 and maxDetailChars >= 0");
  }
  const templates = [
    ...(options.builtInTemplates === false ? [] : TEMPLATES),
    ...parseTemplates(options.templates ?? [], "templates"),
  ];
  return {
    config: initialConfig(config),
    log,
    templates,
    timeZone,
    now: options.now ?? (() => new Date()),
    seed: options.seed ?? DEFAULTS.seed,
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = new SandboxState(resolveOptions(options));
  const sleeper = new Sleeper();
  const server = createServer((req, res) => {
    handle(state, sleeper, req, res).catch((error: unknown) => {
      console.error("[sandbox] unexpected error", error);
      writeReply(res, httpError(apiForPath(req.url ?? "/"), 500));
    });
  });
  const host = options.host ?? DEFAULTS.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Wildcard binds are still reachable on loopback; that is the URL clients should use.
  const urlHost =
    host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: async () => {
      sleeper.wakeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
    },
  };
}

async function handle(
  state: SandboxState,
  sleeper: Sleeper,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Received = when the request arrived, not when its body was read (rate and timing checks).
  const receivedAt = state.now();
  const url = new URL(req.url ?? "/", "http://sandbox.local");
  const method = req.method ?? "GET";
  const api = apiForPath(url.pathname);
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader("connection", "close");
    writeReply(res, httpError(api, 413));
    return;
  }

  if (url.pathname.startsWith(CONTROL_PREFIX)) {
    writeReply(res, handleControl(state, method, url.pathname, url.searchParams, raw));
    return;
  }
  await handleApi(state, sleeper, classify(method, url, req.headers, raw, api), receivedAt, res);
}
