import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, lastFour } from "./secret-box";

const key = randomBytes(32);

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never contains the plaintext", () => {
    const sealed = encryptSecret(key, "eyJ0eXAiOiJKV1Qi-secret-token");
    expect(sealed).not.toContain("secret-token");
    expect(decryptSecret(key, sealed)).toBe("eyJ0eXAiOiJKV1Qi-secret-token");
  });

  it("uses a fresh nonce for every encryption", () => {
    const a = encryptSecret(key, "same");
    const b = encryptSecret(key, "same");
    expect(a).not.toBe(b);
    expect(a.split(":")[1]).not.toBe(b.split(":")[1]);
  });

  it("refuses a tampered ciphertext and a wrong key", () => {
    const sealed = encryptSecret(key, "value");
    const parts = sealed.split(":");
    const body = Buffer.from(parts[2]!, "base64");
    body[0] = body[0]! ^ 1;
    parts[2] = body.toString("base64");
    expect(() => decryptSecret(key, parts.join(":"))).toThrow();
    expect(() => decryptSecret(randomBytes(32), sealed)).toThrow();
  });

  it("shows only the last four characters", () => {
    expect(lastFour("abcdefgh")).toBe("efgh");
  });
});
