import { describe, expect, it } from "vitest";
import { registerSecret } from "@/lib/security/redact";
import { messageDraftSchema } from "@/lib/composer/draft-schema";
import { newComposeKey } from "@/lib/composer/new-key";
import { sandboxTemplates } from "@/tests/support/sandbox-templates";
import { canonicalJson, requestHash } from "./request-hash";
import { storedJson } from "./stored-body";
import { summarizeMessage } from "@/lib/composer/kinds";

describe("request hash", () => {
  it("does not depend on key order, and changes with any content", () => {
    const a = {
      senderId: "s",
      path: "/whatsapp/sendText",
      body: { to: "+62812", message: "Halo" },
    };
    const b = {
      body: { message: "Halo", to: "+62812" },
      path: "/whatsapp/sendText",
      senderId: "s",
    };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(requestHash(a)).toBe(requestHash(b));
    expect(requestHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash({ ...a, body: { ...a.body, message: "Halo!" } })).not.toBe(requestHash(a));
    expect(requestHash({ ...a, senderId: "other" })).not.toBe(requestHash(a));
  });
});

describe("stored bodies", () => {
  it("shorten base64 media and redact registered secrets", () => {
    registerSecret("secret-token-123");
    const dataUrl = `data:image/png;base64,${"A".repeat(4000)}`;
    const stored = JSON.parse(
      storedJson({
        token: "[redacted]",
        image: dataUrl,
        caption: "has secret-token-123 inside",
        id: "24230790383178626",
      }),
    ) as Record<string, string>;
    expect(stored).toStrictEqual({
      token: "[redacted]",
      image: "[base64 image/png, 3 KB]",
      caption: "has [redacted] inside",
      id: "24230790383178626",
    });
  });
});

describe("send keys", () => {
  it("are v4 UUIDs", () => {
    expect(newComposeKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("summaries", () => {
  it("say in one line what the message is", () => {
    const summary = (input: unknown) =>
      summarizeMessage(messageDraftSchema.parse(input), sandboxTemplates.welcome_msg);
    expect(summary({ kind: "text", body: "Halo\n\nBudi" })).toBe("Halo Budi");
    expect(summary({ kind: "text", body: "x".repeat(300) })).toHaveLength(120);
    expect(
      summary({
        kind: "template",
        templateId: "t",
        bodyParams: ["Budi", "Toko"],
        buttons: [],
        cards: [],
      }),
    ).toBe("welcome_msg: Halo Budi, selamat datang di Toko!");
    expect(
      summary({
        kind: "document",
        media: { source: "url", url: "https://x.test/a/laporan.pdf?v=1" },
      }),
    ).toBe("Document (laporan.pdf)");
    expect(summary({ kind: "contact", name: "Dewi", phone: "0813" })).toBe("Contact: Dewi (0813)");
  });
});
