// The Damcorp sandbox HTTP server: one node:http server for both the WhatsApp (/whatsapp/...) and
// helpdesk (/api/v2/...) APIs plus the /__sandbox/ control endpoints.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { assertTimeZone } from "./clock";
import {
  CONFIG_DEFAULTS,
  configSchema,
  initialConfig,
  rateLimitFor,
  type ConfigInput,
} from "./config";
import { CONTROL_PREFIX, handleControl } from "./control";
import { apiForPath, fail, httpError, type Reply } from "./envelope";
import type { Fault } from "./faults";
import { BodyTooLargeError, headerValue, parseJsonObject, readBody, writeReply } from "./http";
import { summariseBody, type LoggedRequest } from "./log";
import { parseMultipart, type Multipart } from "./multipart";
import { matchRoute, type Route } from "./router";
import { SandboxState, type ResolvedOptions } from "./state";

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
  return {
    config: initialConfig(config),
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
  const url = new URL(req.url ?? "/", "http://sandbox.local");
  const path = url.pathname;
  const method = req.method ?? "GET";
  const api = apiForPath(path);
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    res.setHeader("connection", "close");
    writeReply(res, httpError(api, 413));
    return;
  }

  if (path.startsWith(CONTROL_PREFIX)) {
    writeReply(res, handleControl(state, method, path, url.searchParams, raw));
    return;
  }

  const entry = state.log.add({
    at: state.now().toISOString(),
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(
      Object.entries(req.headers).map(([name, value]) => [name, headerValue(value) ?? ""]),
    ),
    body: summariseBody(raw, req.headers["content-type"]),
  });

  const fault = state.faults.take(path);
  if (fault && (fault.dropConnection || fault.status !== undefined)) {
    // Failing faults short-circuit: the request has no effect.
    if (fault.delayMs) await sleeper.sleep(fault.delayMs);
    if (fault.dropConnection) {
      entry.fault = "dropConnection";
      res.socket?.destroy();
      return;
    }
    const reply = faultReply(api, fault);
    record(entry, reply, `status:${fault.status}`);
    writeReply(res, reply);
    return;
  }

  const reply = dispatch(state, method, path, url.searchParams, req, raw);
  record(entry, reply, fault ? `delayMs:${fault.delayMs}` : undefined);
  // A delay-only fault answers late but has already taken effect (provokes client timeouts).
  if (fault?.delayMs) await sleeper.sleep(fault.delayMs);
  writeReply(res, reply);
}

function record(entry: LoggedRequest, reply: Reply, fault?: string): void {
  entry.status = reply.status;
  entry.response = reply.body;
  if (fault) entry.fault = fault;
}

function faultReply(api: ReturnType<typeof apiForPath>, fault: Fault): Reply {
  const status = fault.status ?? 500;
  const headers =
    fault.retryAfter !== undefined || status === 429
      ? { "retry-after": String(fault.retryAfter ?? 1) }
      : undefined;
  return httpError(api, status, headers);
}

/** Routing, body format, authentication and rate limiting, then the route's handler. */
function dispatch(
  state: SandboxState,
  method: string,
  path: string,
  query: URLSearchParams,
  req: IncomingMessage,
  raw: Buffer,
): Reply {
  const match = matchRoute(method, path);
  const api = apiForPath(path);
  if (match.kind === "not-found") return httpError(api, 404);
  if (match.kind === "wrong-method")
    return httpError(api, 405, { allow: match.allowed.join(", ") });
  const { route, params } = match;
  const { config } = state;

  // The helpdesk key is a header, so it is checked before the body is even looked at.
  if (
    route.credential === "api-key-header" &&
    !config.apiKeys.includes(headerValue(req.headers["api-key"]) ?? "")
  ) {
    return httpError(api, 401);
  }
  const parsed = parseBody(route, req.headers["content-type"], raw);
  if (!parsed) return httpError(api, 406);

  const credential = credentialOf(route, parsed, query, req) ?? "";
  const account =
    route.api === "whatsapp" ? config.accounts.find((a) => a.token === credential) : undefined;
  if (route.api === "whatsapp" ? !account : !config.apiKeys.includes(credential)) {
    return httpError(api, 401);
  }

  const limit = rateLimitFor(config, route.api, credential);
  const verdict = state.rate.hit(`${route.api}:${credential}`, state.now().getTime(), limit);
  if (!verdict.allowed) {
    return fail(api, "429", "too_many_requests", null, 429, {
      "retry-after": String(verdict.retryAfterSeconds),
    });
  }
  // An account without a valid product cannot send anything, whatever the request says.
  if (route.send && account && !account.validProduct) {
    return fail(api, "726", "invalid_product");
  }
  return route.handler({
    state,
    body: parsed.body,
    multipart: parsed.multipart,
    query,
    params,
    headers: req.headers,
  });
}

interface ParsedBody {
  body: Record<string, unknown>;
  multipart?: Multipart;
}

/** undefined means "not acceptable" (406): not JSON where JSON is required. */
function parseBody(
  route: Route,
  contentType: string | undefined,
  raw: Buffer,
): ParsedBody | undefined {
  if (route.body === "none") return { body: {} };
  const type = contentType?.toLowerCase() ?? "";
  if (route.body === "upload" && type.startsWith("multipart/form-data")) {
    const multipart = parseMultipart(raw, contentType ?? "");
    return multipart ? { body: {}, multipart } : undefined;
  }
  // A declared non-JSON content type is refused even if the bytes happen to parse.
  if (type !== "" && !/[/+]json\b/.test(type)) return undefined;
  const body = parseJsonObject(raw.toString("utf8"));
  return body ? { body } : undefined;
}

function credentialOf(
  route: Route,
  parsed: ParsedBody,
  query: URLSearchParams,
  req: IncomingMessage,
): string | undefined {
  switch (route.credential) {
    case "api-key-header":
      return headerValue(req.headers["api-key"]);
    case "query-token":
      return query.get("token") ?? undefined;
    case "body-token": {
      const token = parsed.multipart ? parsed.multipart.fields.token : parsed.body.token;
      // uploadMedia's spec lists `token` only as a "parameter"; a query string is accepted too.
      if (token === undefined && route.body === "upload") return query.get("token") ?? undefined;
      return typeof token === "string" ? token : undefined;
    }
  }
}

/** Cancellable waits, so close() does not hang on a request held by a delay fault. */
class Sleeper {
  private pending = new Map<NodeJS.Timeout, () => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  wakeAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}
