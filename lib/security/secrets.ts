import "server-only";
import { decodeKey } from "@/lib/env-schema";
import { env } from "@/lib/env";
import { decryptSecret, encryptSecret } from "./secret-box";
import { registerSecret } from "./redact";

const key = decodeKey(env.KABAR_SECRET_KEY)!;

export function sealSecret(plaintext: string): string {
  registerSecret(plaintext);
  return encryptSecret(key, plaintext);
}

/** Decrypts a stored secret for a call to Damcorp; the value is registered for redaction first. */
export function openSecret(sealed: string): string {
  const value = decryptSecret(key, sealed);
  registerSecret(value);
  return value;
}
