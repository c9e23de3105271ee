import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets, registerSecret } from "./redact";

describe("redactSecrets", () => {
  it("replaces values under secret-named keys at any depth", () => {
    const out = redactSecrets({ token: "abc", to: "628", nested: [{ "api-key": "k", ok: 1 }] });
    expect(out).toEqual({ token: REDACTED, to: "628", nested: [{ "api-key": REDACTED, ok: 1 }] });
  });

  it("replaces a registered secret wherever it appears in text", () => {
    registerSecret("tok-123456789");
    expect(redactSecrets({ message: "curl -d token=tok-123456789 …" })).toEqual({
      message: `curl -d token=${REDACTED} …`,
    });
  });
});
