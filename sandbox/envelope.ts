// Response envelopes. Both APIs wrap everything in { responseCode, version, data, message }; the
// helpdesk examples list the keys in a different order, which we mirror so logs read like the docs.

export type Api = "whatsapp" | "helpdesk";

/** Versions taken from the newest examples in the spec for each API. */
export const VERSION: Record<Api, string> = { whatsapp: "1.5.18", helpdesk: "2.0.7" };

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Envelope {
  responseCode: string;
  version: string;
  data: unknown;
  message: string;
}

export function envelope(api: Api, responseCode: string, message: string, data: unknown): Envelope {
  return api === "whatsapp"
    ? { responseCode, version: VERSION.whatsapp, data, message }
    : { responseCode, version: VERSION.helpdesk, message, data };
}

export function ok(api: Api, data: unknown): Reply {
  return { status: 200, body: envelope(api, "000", "success", data) };
}

/**
 * A business error. Damcorp answers most of them with HTTP 200 and the real code in the body
 * (the trap clients must handle), so `status` defaults to 200.
 */
export function fail(
  api: Api,
  responseCode: string,
  message: string,
  data: unknown = null,
  status = 200,
  headers?: Record<string, string>,
): Reply {
  return { status, body: envelope(api, responseCode, message, data), headers };
}

/** Message text for each HTTP-level status we can produce (also used for injected faults). */
const HTTP_MESSAGES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  406: "not_acceptable",
  413: "payload_too_large",
  429: "too_many_requests",
  500: "internal_server_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
};

/** An HTTP-level error: the HTTP status and the body's responseCode agree. */
export function httpError(api: Api, status: number, headers?: Record<string, string>): Reply {
  return fail(api, String(status), HTTP_MESSAGES[status] ?? "error", null, status, headers);
}

export function apiForPath(path: string): Api {
  return path.startsWith("/api/") ? "helpdesk" : "whatsapp";
}
