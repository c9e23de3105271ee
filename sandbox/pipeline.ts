// The request pipeline for the Damcorp paths: log → fault → route → body → auth → rate limit →
// account → handler. A request is read and classified once (Incoming), so the log and the fault
// queue see the same credential the pipeline checks.
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { rateLimitFor } from "./config";
import { fail, httpError, type Api, type Reply } from "./envelope";
import type { Fault } from "./faults";
import { headerValue, parseJsonObject, writeReply } from "./http";
import { summariseBody } from "./log";
import { parseMultipart, type Multipart } from "./multipart";
import { matchRoute, type Route, type RouteMatch } from "./router";
import type { Sleeper } from "./sleeper";
import type { SandboxState } from "./state";

export interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  api: Api;
  match: RouteMatch;
  /** The parsed body when the route's body format was met; undefined means 406. */
  parsed: ParsedBody | undefined;
  /** The WhatsApp token or helpdesk api-key the request carries, if any. */
  credential: string | undefined;
}

interface ParsedBody {
  body: Record<string, unknown>;
  multipart?: Multipart;
}

export function classify(
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
  raw: Buffer,
  api: Api,
): Incoming {
  const match = matchRoute(method, url.pathname);
  const route = match.kind === "found" ? match.route : undefined;
  const parsed = route ? parseBody(route, headers["content-type"], raw) : undefined;
  const credential = route ? credentialOf(route, parsed, url.searchParams, headers) : undefined;
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers,
    raw,
    api,
    match,
    parsed,
    credential,
  };
}

export async function handleApi(
  state: SandboxState,
  sleeper: Sleeper,
  incoming: Incoming,
  receivedAt: Date,
  res: ServerResponse,
): Promise<void> {
  const { log } = state;
  const entry = log.begin({
    atMs: receivedAt.getTime(),
    method: incoming.method,
    path: incoming.path,
    credential: incoming.credential ?? null,
    query: Object.fromEntries(incoming.query),
    headers: Object.fromEntries(
      Object.entries(incoming.headers).map(([name, value]) => [name, headerValue(value) ?? ""]),
    ),
    body: summariseBody(incoming.raw, incoming.headers["content-type"]),
  });
  const processRequest = () => {
    const reply = withInvalidParamData(state, dispatch(state, incoming));
    log.applied(entry, reply);
    return reply;
  };

  const fault = state.faults.take(incoming.path, incoming.credential);
  if (!fault) {
    const reply = processRequest();
    log.finish(entry, reply);
    writeReply(res, reply);
    return;
  }

  const label = faultLabel(fault);
  entry.fault = label;
  let applied: Reply | undefined;
  if (fault.apply === "before") applied = processRequest();
  if (fault.delayMs) await sleeper.sleep(fault.delayMs);
  if (fault.apply === "after") applied = processRequest();

  if (fault.dropConnection) {
    log.finish(entry, null, label);
    res.socket?.destroy();
    return;
  }
  const reply = fault.status !== undefined ? faultReply(incoming.api, fault) : applied;
  if (!reply) throw new Error("a fault without status or drop must apply the request");
  log.finish(entry, reply, label);
  writeReply(res, reply);
}

/** The reading where 721 carries no field list: `data: null`, as the 725/726 examples do. */
function withInvalidParamData(state: SandboxState, reply: Reply): Reply {
  if (state.config.invalidParamData !== "null") return reply;
  const body = reply.body as { responseCode?: unknown } | null;
  if (body?.responseCode !== "721") return reply;
  return { ...reply, body: { ...body, data: null } };
}

function faultLabel(fault: Fault): string {
  if (fault.dropConnection) return "dropConnection";
  if (fault.status !== undefined) return `status:${fault.status}`;
  return `delayMs:${fault.delayMs}`;
}

function faultReply(api: Api, fault: Fault): Reply {
  const status = fault.status ?? 500;
  const headers =
    fault.retryAfter !== undefined || status === 429
      ? { "retry-after": String(fault.retryAfter ?? 1) }
      : undefined;
  return httpError(api, status, headers);
}

/** Routing, body format, authentication, rate limiting and the account, then the handler. */
function dispatch(state: SandboxState, incoming: Incoming): Reply {
  const { match, api, parsed, headers, query } = incoming;
  if (match.kind === "not-found") return httpError(api, 404);
  if (match.kind === "wrong-method")
    return httpError(api, 405, { allow: match.allowed.join(", ") });
  const { route, params } = match;
  const { config } = state;

  // The helpdesk key is a header, so it is checked before the body is even looked at.
  if (
    route.credential === "api-key-header" &&
    !config.apiKeys.includes(headerValue(headers["api-key"]) ?? "")
  ) {
    return httpError(api, 401);
  }
  if (!parsed) return httpError(api, 406);

  const credential = incoming.credential ?? "";
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
    headers,
  });
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
  parsed: ParsedBody | undefined,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
): string | undefined {
  switch (route.credential) {
    case "api-key-header":
      return headerValue(headers["api-key"]);
    case "query-token":
      return query.get("token") ?? undefined;
    case "body-token": {
      const token = parsed?.multipart ? parsed.multipart.fields.token : parsed?.body.token;
      // uploadMedia's spec lists `token` only as a "parameter"; a query string is accepted too.
      if (token === undefined && route.body === "upload") return query.get("token") ?? undefined;
      return typeof token === "string" ? token : undefined;
    }
  }
}
