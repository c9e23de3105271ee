// AES-256-GCM encryption of secrets at rest (Damcorp tokens, helpdesk api-keys).
// Format: "v1:<nonce b64>:<ciphertext b64>:<tag b64>"; a fresh random 96-bit nonce per encryption.
// Pure functions of (key, value) so the key-rotation script can use them without the app.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";

export function encryptSecret(key: Buffer, plaintext: string): string {
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes");
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, nonce.toString("base64"), body.toString("base64"), tag.toString("base64")].join(
    ":",
  );
}

export function decryptSecret(key: Buffer, sealed: string): string {
  const [version, nonce, body, tag] = sealed.split(":");
  if (version !== VERSION || !nonce || body === undefined || !tag) {
    throw new Error("Not an encrypted Kabar secret");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(nonce, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString(
    "utf8",
  );
}

/** The last four characters, for showing a secret masked ("••••abcd"). */
export function lastFour(secret: string): string {
  return secret.slice(-4);
}
