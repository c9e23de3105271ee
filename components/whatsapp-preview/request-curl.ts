// What the Request view shows and copies: the request body with every credential replaced by a
// placeholder, and the same request as a curl command a developer can paste into a shell.

export const TOKEN_PLACEHOLDER = "<YOUR_TOKEN>";
export const DAMCORP_WHATSAPP_BASE_URL = "https://icwaba.damcorp.id";

/** Credential keys. `flow_token` is message content (a WhatsApp Flow id), so it stays. */
const CREDENTIAL_KEYS = new Set(["token", "api-key", "apikey", "api_key", "authorization"]);

/** A deep copy with every credential value (at any depth) replaced by <YOUR_TOKEN>. */
export function withTokenPlaceholder(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withTokenPlaceholder);
  if (body !== null && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body).map(([key, value]) => [
        key,
        CREDENTIAL_KEYS.has(key.toLowerCase()) ? TOKEN_PLACEHOLDER : withTokenPlaceholder(value),
      ]),
    );
  }
  return body;
}

export function requestJson(body: unknown): string {
  return JSON.stringify(withTokenPlaceholder(body), null, 2) ?? "null";
}

/** Quotes a string for a POSIX shell: inside '…' only ' itself needs care. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export function buildCurl({
  method,
  path,
  body,
  baseUrl = DAMCORP_WHATSAPP_BASE_URL,
}: {
  method: string;
  path: string;
  body: unknown;
  baseUrl?: string;
}): string {
  const json = JSON.stringify(withTokenPlaceholder(body)) ?? "null";
  const url = joinUrl(baseUrl, path);
  // One line, as developers paste it; the URL is quoted only when a shell would misread it.
  const safeUrl = /^[\w.:/~%+-]+$/.test(url) ? url : shellQuote(url);
  return `curl -X ${method.toUpperCase()} ${safeUrl} -H 'Content-Type: application/json' -d ${shellQuote(json)}`;
}
