// Request bodies are stored in send history; the WhatsApp token travels inside the body and
// the helpdesk api-key in a header, so both are replaced before anything is kept or logged.

export const REDACTED = "[redacted]";

/** Keys that hold credentials. `flow_token` is message content (a WhatsApp Flow id), not one. */
const SECRET_KEYS = new Set(["token", "api-key", "apikey", "api_key", "authorization"]);

function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

function describeFormValue(value: FormDataEntryValue): string {
  if (typeof value === "string") return value;
  const name = "name" in value && typeof value.name === "string" ? value.name : "file";
  return `<file ${name}, ${value.type || "unknown type"}, ${value.size} bytes>`;
}

/**
 * A deep copy of `body` with every `token` / `api-key` value replaced by "[redacted]".
 * FormData becomes a plain object (files described, not copied); a body that is a JSON string is
 * redacted inside and returned as a string. Strings nested in a body are message content and are
 * kept exactly as they are (re-parsing them would turn "24230790383178626" into a rounded number).
 */
export function redactRequestBody(body: unknown): unknown {
  if (typeof FormData !== "undefined" && body instanceof FormData) {
    const out: Record<string, string> = {};
    for (const [key, value] of body.entries()) {
      out[key] = isSecretKey(key) ? REDACTED : describeFormValue(value);
    }
    return out;
  }
  if (typeof body === "string") {
    try {
      return JSON.stringify(redactValue(JSON.parse(body) as unknown));
    } catch {
      return body;
    }
  }
  return redactValue(body);
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, isSecretKey(key) ? REDACTED : redactValue(v)]),
    );
  }
  return value;
}

/** Headers with the api-key (and any authorisation) replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key, isSecretKey(key) ? REDACTED : value]),
  );
}

/** The URL with a `token` (or api-key) query parameter replaced — downloadMedia sends it there. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) {
      if (isSecretKey(key)) parsed.searchParams.set(key, REDACTED);
    }
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Removes known secret values from free text (error messages from fetch can echo a URL). */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) {
      out = out.split(secret).join(REDACTED);
      out = out.split(encodeURIComponent(secret)).join(REDACTED);
    }
  }
  return out;
}
