// The fingerprint of one request: the same idempotency key with other content is refused, so a
// resubmit can never quietly send something different under an old key.
import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** SHA-256 (hex) of who sends what where: sender, path and the body with its token redacted. */
export function requestHash(request: { senderId: string; path: string; body: unknown }): string {
  return createHash("sha256").update(canonicalJson(request)).digest("hex");
}
