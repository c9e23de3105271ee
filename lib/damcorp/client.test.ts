import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { createDamcorpClient, DamcorpConfigError } from "./client";
import { DEFAULT_RETRY_POLICY } from "./retry";
import { fakeFetch, okEnvelope, sent } from "@/tests/support/fake-fetch";
import { sendText } from "./whatsapp/messages";

const base = {
  whatsappUrl: "https://icwaba.damcorp.id/",
  helpdeskUrl: "https://drccsapi.damcorp.id",
};

describe("createDamcorpClient", () => {
  it("applies defaults and trims trailing slashes", () => {
    const client = createDamcorpClient(base);
    expect(client.whatsappUrl).toBe("https://icwaba.damcorp.id");
    expect(client.timeoutMs).toBe(15_000);
    expect(client.retry).toStrictEqual(DEFAULT_RETRY_POLICY);
    expect(client.helpdeskTimeZone).toBe("Asia/Jakarta");
    expect(client.hasToken).toBe(false);
  });

  it("merges a partial retry policy", () => {
    const client = createDamcorpClient({ ...base, retry: { maxAttempts: 5 } });
    expect(client.retry).toStrictEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 5 });
  });

  it("rejects unusable configuration without echoing secrets", () => {
    expect(() =>
      createDamcorpClient({ ...base, whatsappUrl: "icwaba.damcorp.id", token: "sekret" }),
    ).toThrow(DamcorpConfigError);
    expect(() => createDamcorpClient({ ...base, timeoutMs: 0 })).toThrow(
      "timeoutMs must be above 0",
    );
    expect(() => createDamcorpClient({ ...base, helpdeskTimeZone: "Mars/Base" })).toThrow(
      "IANA time zone",
    );
    try {
      createDamcorpClient({ ...base, whatsappUrl: "nope", token: "sekret" });
    } catch (error) {
      expect(String(error)).not.toContain("sekret");
    }
  });

  it("never exposes the token or api-key when logged or serialised", () => {
    const client = createDamcorpClient({ ...base, token: "tok-123456", apiKey: "key-123456" });
    expect(client.hasToken).toBe(true);
    expect(client.hasApiKey).toBe(true);
    expect(JSON.stringify(client)).not.toMatch(/tok-123456|key-123456/);
    expect(inspect(client, { depth: 10 })).not.toMatch(/tok-123456|key-123456/);
  });

  it("withCredentials gives a client for another sender number", async () => {
    const fake = fakeFetch([{ json: okEnvelope([sent("1")]) }]);
    const shared = createDamcorpClient({
      ...base,
      fetch: fake.fetch,
      sleep: vi.fn(async () => {}),
    });
    const sender = shared.withCredentials({ token: "sender-2-token" });
    expect(shared.hasToken).toBe(false);
    await sendText(sender, { to: "+6281234567890", message: "hi" });
    expect(JSON.parse(String(fake.calls[0]?.body)).token).toBe("sender-2-token");
  });
});
