// Removes secret values from anything about to be logged or stored: keys that name a secret are
// replaced, and so is any string equal to a secret registered at run time (tokens, api-keys).

const SECRET_KEY = /^(token|api[-_]?key|password|passwordhash|secret|authorization|cookie)$/i;
export const REDACTED = "[redacted]";

const knownSecrets = new Set<string>();

/** Registers a secret value (a decrypted token, an api-key) so any copy of it is redacted. */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 6) knownSecrets.add(value);
}

export function redactSecrets<T>(value: T): T {
  return walk(value, 0) as T;
}

function walk(value: unknown, depth: number): unknown {
  if (depth > 12) return value;
  if (typeof value === "string") return redactString(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEY.test(k) && v != null && v !== "" ? REDACTED : walk(v, depth + 1);
    }
    return out;
  }
  return value;
}

function redactString(text: string): string {
  let out = text;
  for (const secret of knownSecrets)
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}
