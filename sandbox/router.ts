// The route table: each Damcorp path with its method, API family, body format and handler.
// Paths are the spec's; only the host differs from production.
import type { Handler } from "./context";
import type { Api } from "./envelope";
import { closeTicket, openTicket } from "./helpdesk/ticketOps";
import { getTicket, listTickets } from "./helpdesk/report";
import { sendHsm } from "./whatsapp/hsm";
import { sendInteractive } from "./whatsapp/interactive";
import { sendAudio, sendDocument, sendImage, sendSticker, sendVideo } from "./whatsapp/mediaSend";
import { downloadMedia, uploadMedia } from "./whatsapp/mediaStore";
import { sendContact, sendLocation, sendText } from "./whatsapp/session";

/** json: body must be a JSON object (else 406); upload: JSON or multipart; none: body ignored. */
export type BodyKind = "json" | "upload" | "none";

/** Where the credential travels: WhatsApp puts the token in the body (query for GET), helpdesk uses a header. */
export type CredentialSource = "body-token" | "query-token" | "api-key-header";

export interface Route {
  method: "GET" | "POST";
  path: string;
  api: Api;
  body: BodyKind;
  credential: CredentialSource;
  /** Sends a message (the endpoints an account without a valid product is refused). */
  send: boolean;
  handler: Handler;
}

const whatsapp = (path: string, handler: Handler, body: BodyKind = "json"): Route => ({
  method: "POST",
  path,
  api: "whatsapp",
  body,
  credential: "body-token",
  send: path.startsWith("/whatsapp/send"),
  handler,
});

const helpdesk = (method: "GET" | "POST", path: string, handler: Handler): Route => ({
  method,
  path,
  api: "helpdesk",
  body: method === "POST" ? "json" : "none",
  credential: "api-key-header",
  send: false,
  handler,
});

export const ROUTES: readonly Route[] = [
  whatsapp("/whatsapp/sendText", sendText),
  whatsapp("/whatsapp/sendHsm/:template", sendHsm),
  whatsapp("/whatsapp/sendInteractive", sendInteractive),
  whatsapp("/whatsapp/sendImage", sendImage),
  whatsapp("/whatsapp/sendDocument", sendDocument),
  whatsapp("/whatsapp/sendAudio", sendAudio),
  whatsapp("/whatsapp/sendVideo", sendVideo),
  whatsapp("/whatsapp/sendSticker", sendSticker),
  whatsapp("/whatsapp/sendLocation", sendLocation),
  whatsapp("/whatsapp/sendContact", sendContact),
  whatsapp("/whatsapp/uploadMedia", uploadMedia, "upload"),
  {
    method: "GET",
    path: "/whatsapp/downloadMedia",
    api: "whatsapp",
    body: "none",
    credential: "query-token",
    send: false,
    handler: downloadMedia,
  },
  helpdesk("GET", "/api/v2/report/ticket", getTicket),
  helpdesk("GET", "/api/v2/report/tickets/:status(open|processing|closed)", listTickets),
  helpdesk("POST", "/api/v2/ticket/open", openTicket),
  helpdesk("POST", "/api/v2/ticket/close", closeTicket),
];

export type RouteMatch =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "wrong-method"; allowed: string[] }
  | { kind: "not-found" };

/** Matches a path (a trailing slash is ignored: the spec itself writes /report/ticket/?…). */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const path = rawPath.length > 1 && rawPath.endsWith("/") ? rawPath.slice(0, -1) : rawPath;
  const allowed: string[] = [];
  for (const route of ROUTES) {
    const params = matchPattern(route.path, path);
    if (!params) continue;
    if (route.method === method) return { kind: "found", route, params };
    allowed.push(route.method);
  }
  return allowed.length ? { kind: "wrong-method", allowed } : { kind: "not-found" };
}

/** Segment matcher for ":name" and ":name(a|b)" placeholders. */
function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? "";
    const placeholder = /^:(\w+)(?:\(([^)]+)\))?$/.exec(segment);
    if (!placeholder) {
      if (segment !== value) return null;
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return null;
    }
    if (decoded === "") return null;
    const choices = placeholder[2]?.split("|");
    if (choices && !choices.includes(decoded)) return null;
    params[placeholder[1] ?? ""] = decoded;
  }
  return params;
}
