// Checks a request Next.js would decode as a server action, before Next decodes it (proxy.ts).
// Next answers a foreign Origin and a body React cannot decode with HTTP 500, raised in its own
// action decoding before any Kabar code runs; no hook of Next's turns those into a 4xx. So the
// proxy refuses them first, in plain words, with the status they deserve.
//
// What passes is what Kabar's browser code sends (React's encoding of plain values: objects,
// arrays, strings, numbers, booleans, null, undefined, dates, FormData and repeated objects) and
// nothing React would refuse. Pure: no Next.js, safe to unit-test.

export type ActionRefusal = { status: 400 | 403 | 415; message: string };

export type ActionRequestHead = {
  method: string;
  headers: Headers;
};

/** Next treats these POSTs as possible server actions (server-action-request-meta). */
export function isPossibleServerAction({ method, headers }: ActionRequestHead): boolean {
  if (method !== "POST") return false;
  return headers.has("next-action") || isMultipart(headers);
}

const isMultipart = (headers: Headers) =>
  (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

export const ACTION_REFUSALS = {
  foreignOrigin: "Kabar refuses this request: it was sent from another site.",
  contentType: "Kabar cannot read this request: its content type is not one Kabar sends.",
  unreadable: "Kabar cannot read this request's data.",
} as const;

const refuse = (status: ActionRefusal["status"], message: string): ActionRefusal => ({
  status,
  message,
});

/**
 * The Origin of a browser's request must be this server (the Host, or the first
 * X-Forwarded-Host behind a proxy), as Next requires; a request without one (not a browser's,
 * or an old browser) is left to Next, which lets it through with a warning.
 */
export function checkActionOrigin(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return refuse(403, ACTION_REFUSALS.foreignOrigin);
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = headers.get("host");
  if (originHost && (originHost === forwarded || originHost === host)) return null;
  return refuse(403, ACTION_REFUSALS.foreignOrigin);
}

/** What the body of a fetch action (Next-Action header) may be sent as. */
export function checkActionContentType(headers: Headers): ActionRefusal | null {
  const type = (headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("text/plain") || type.startsWith("multipart/form-data")) return null;
  return refuse(415, ACTION_REFUSALS.contentType);
}

type Parts = ReadonlyMap<string, string | Blob>;

/** The decoded JSON of a part (the root is "0"; outlined values are "<prefix><id>"). */
type Chunks = { get(id: number): unknown; has(id: number): boolean };

const PLAIN_STRINGS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$T"]);
const MAX_DEPTH = 64;

/**
 * A fetch action's arguments as React's reply encoding writes them: `text` for a text body
 * (the root alone), `parts` for a multipart one. Null when React can decode it into an array of
 * plain values, FormData and dates; otherwise the refusal.
 */
export function checkActionBody(body: { text: string } | { parts: Parts }): ActionRefusal | null {
  const chunks = chunksOf("text" in body ? new Map([["0", body.text]]) : body.parts);
  try {
    if (!chunks.has(0)) return refuse(400, ACTION_REFUSALS.unreadable);
    const root = chunks.get(0);
    if (!Array.isArray(root)) return refuse(400, ACTION_REFUSALS.unreadable);
    return valueIsDecodable(root, chunks, 0) ? null : refuse(400, ACTION_REFUSALS.unreadable);
  } catch {
    return refuse(400, ACTION_REFUSALS.unreadable);
  }
}

/** Parts by chunk id, each parsed once, when asked for. */
function chunksOf(rawParts: Parts): Chunks {
  const parsed = new Map<number, unknown>();
  return {
    has: (id) => typeof rawParts.get(String(id)) === "string",
    get: (id) => {
      if (!parsed.has(id)) parsed.set(id, JSON.parse(rawParts.get(String(id)) as string));
      return parsed.get(id);
    },
  };
}

/**
 * A form posted before the page's JavaScript ran (no Next-Action header): Next checks the
 * action ids itself, then decodes each `$ACTION_REF_<n>`'s descriptor (`$ACTION_<n>:0`, with
 * its bound arguments in `$ACTION_<n>:<id>`) and answers what it cannot decode with a 500.
 */
export function checkFormActionFields(entries: Parts): ActionRefusal | null {
  for (const key of entries.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const parts = new Map<string, string | Blob>();
    for (const [name, value] of entries) {
      if (name.startsWith(prefix)) parts.set(name.slice(prefix.length), value);
    }
    if (!descriptorIsDecodable(chunksOf(parts))) return refuse(400, ACTION_REFUSALS.unreadable);
  }
  return null;
}

function descriptorIsDecodable(chunks: Chunks): boolean {
  try {
    if (!chunks.has(0)) return false;
    const descriptor = chunks.get(0) as { id?: unknown; bound?: unknown } | null;
    if (!descriptor || typeof descriptor !== "object" || typeof descriptor.id !== "string") {
      return false;
    }
    if (descriptor.bound === null || descriptor.bound === undefined) return true;
    // The bound arguments: a promise of an array in another part ("$@1").
    const reference =
      typeof descriptor.bound === "string" ? /^\$@([0-9a-f]+)$/.exec(descriptor.bound) : null;
    if (!reference) return false;
    const id = parseInt(reference[1]!, 16);
    if (id === 0 || !chunks.has(id)) return false;
    const bound = chunks.get(id);
    return Array.isArray(bound) && valueIsDecodable(bound, chunks, 0);
  } catch {
    return false;
  }
}

function valueIsDecodable(value: unknown, chunks: Chunks, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return stringIsDecodable(value, chunks);
  if (value === null || typeof value !== "object") return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.every((child) => valueIsDecodable(child, chunks, depth + 1));
}

function stringIsDecodable(value: string, chunks: Chunks): boolean {
  if (!value.startsWith("$")) return true;
  if (value.startsWith("$$") || PLAIN_STRINGS.has(value)) return true;
  const tag = value[1] ?? "";
  const rest = value.slice(2);
  if (tag === "D") return !Number.isNaN(Date.parse(rest));
  if (tag === "n") return /^-?\d{1,300}$/.test(rest);
  // FormData: the entries named "<id>_…" (none is an empty FormData).
  if (tag === "K") return /^[0-9a-f]+$/.test(rest);
  // A repeated object: "$<id>:key:key" points into a part already sent.
  if (/^[0-9a-f]/.test(tag)) return referenceResolves(value.slice(1), chunks);
  return false;
}

function referenceResolves(reference: string, chunks: Chunks): boolean {
  const [idText, ...path] = reference.split(":");
  if (!/^[0-9a-f]+$/.test(idText ?? "")) return false;
  const id = parseInt(idText!, 16);
  if (!chunks.has(id)) return false;
  let target: unknown = chunks.get(id);
  for (const key of path) {
    if (target === null || typeof target !== "object" || !Object.hasOwn(target, key)) return false;
    target = (target as Record<string, unknown>)[key];
  }
  return target !== null && typeof target === "object";
}

/**
 * Everything above for one request: null when Next may decode it, else the refusal to answer
 * with. Reads a clone of the body, so the request stays intact for Next.
 */
export async function checkServerActionRequest(request: Request): Promise<ActionRefusal | null> {
  const head = { method: request.method, headers: request.headers };
  if (!isPossibleServerAction(head)) return null;
  const foreign = checkActionOrigin(request.headers);
  if (foreign) return foreign;
  const fetchAction = request.headers.has("next-action");
  if (fetchAction) {
    const wrongType = checkActionContentType(request.headers);
    if (wrongType) return wrongType;
  }
  if (!isMultipart(request.headers)) return checkActionBody({ text: await request.clone().text() });
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return refuse(400, ACTION_REFUSALS.unreadable);
  }
  const parts = new Map<string, string | Blob>();
  for (const [name, value] of form.entries()) if (!parts.has(name)) parts.set(name, value);
  return fetchAction ? checkActionBody({ parts }) : checkFormActionFields(parts);
}
