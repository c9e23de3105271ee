import { describe, expect, it } from "vitest";
import type { MessageDraftInput } from "@/lib/composer/draft-schema";
import { emptyTemplateDraft } from "@/lib/composer/template-values";
import type { TemplateInput } from "@/lib/templates/schema";
import { sandboxTemplates } from "@/tests/support/sandbox-templates";
import { personalise, recipientRequest } from "./personalise";
import { placeholdersOf } from "./placeholders";

const withId = (template: TemplateInput) => ({ ...template, id: "t1" });
const draftOf = (template: TemplateInput): MessageDraftInput =>
  emptyTemplateDraft(withId(template));

const headerTemplate: TemplateInput = {
  ...sandboxTemplates.hsm_text_dummy,
  headerText: "Halo {{1}}",
};

describe("placeholdersOf", () => {
  it("lists a template's header, body and dynamic buttons with stable ids and labels", () => {
    const ids = placeholdersOf(draftOf(sandboxTemplates.example_lto), sandboxTemplates.example_lto);
    expect(ids.map((p) => [p.id, p.label])).toEqual([
      ["header.media", "Header image web address"],
      ["body.1", "Body {{1}}"],
      ["body.2", "Body {{2}}"],
      ["body.3", "Body {{3}}"],
      ["button.0.coupon", "Coupon code (button “Salin kode”)"],
      ["button.1.url", "Button “Belanja” URL parameter"],
    ]);
    expect(placeholdersOf(draftOf(headerTemplate), headerTemplate).map((p) => p.id)).toEqual([
      "header.text",
      "body.1",
      "body.2",
    ]);
  });

  it("reads a text message's {{n}} and has none for a template not loaded yet", () => {
    expect(placeholdersOf({ kind: "text", body: "Hi {{2}} and {{1}}, {{2}}" })).toEqual([
      { id: "body.1", kind: "body", index: 1, label: "Body {{1}}" },
      { id: "body.2", kind: "body", index: 2, label: "Body {{2}}" },
    ]);
    expect(placeholdersOf({ kind: "template" }, null)).toEqual([]);
    expect(placeholdersOf({ kind: "image" })).toEqual([]);
  });
});

describe("personalise", () => {
  it("gives each recipient their own values, leaving the message itself unchanged", () => {
    const message = draftOf(sandboxTemplates.welcome_msg);
    const budi = personalise(
      message,
      { "body.1": "Budi", "body.2": "Toko A" },
      sandboxTemplates.welcome_msg,
    );
    const sari = personalise(
      message,
      { "body.1": "Sari", "body.2": "Toko B" },
      sandboxTemplates.welcome_msg,
    );
    expect(budi).toMatchObject({ kind: "template", bodyParams: ["Budi", "Toko A"] });
    expect(sari).toMatchObject({ kind: "template", bodyParams: ["Sari", "Toko B"] });
    expect(message).toMatchObject({ bodyParams: ["", ""] });
  });

  it("fills header text, media header, URL button and coupon code", () => {
    const lto = personalise(
      draftOf(sandboxTemplates.example_lto),
      {
        "header.media": "https://cdn.example.com/budi.jpg",
        "body.1": "A",
        "body.2": "B",
        "body.3": "C",
        "button.0.coupon": "BUDI10",
        "button.1.url": "budi",
      },
      sandboxTemplates.example_lto,
    );
    expect(lto).toMatchObject({
      headerMedia: { source: "url", url: "https://cdn.example.com/budi.jpg" },
      buttons: [
        { type: "copy_code", index: 0, couponCode: "BUDI10" },
        { type: "url", index: 1, urlParam: "budi" },
      ],
    });
    const header = personalise(draftOf(headerTemplate), { "header.text": "Budi" }, headerTemplate);
    expect(header).toMatchObject({ headerParam: "Budi" });
  });

  it("fills a text message's {{n}} and keeps one without a value", () => {
    const text: MessageDraftInput = { kind: "text", body: "Halo {{1}}, kode {{2}} ({{1}})" };
    expect(personalise(text, { "body.1": "Budi" })).toEqual({
      kind: "text",
      body: "Halo Budi, kode {{2}} (Budi)",
    });
  });

  it("keeps a value typed into the message when the recipient has none for it", () => {
    const message = { ...draftOf(sandboxTemplates.welcome_msg), bodyParams: ["", "Toko Kami"] };
    expect(personalise(message, { "body.1": "Budi" }, sandboxTemplates.welcome_msg)).toMatchObject({
      bodyParams: ["Budi", "Toko Kami"],
    });
  });
});

describe("recipientRequest", () => {
  it("builds and checks the one request of a recipient, with their own values", () => {
    const built = recipientRequest(
      draftOf(sandboxTemplates.welcome_msg),
      { to: "6281234567890", values: { "body.1": "Budi", "body.2": "Toko A" } },
      sandboxTemplates.welcome_msg,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.plan.to).toEqual(["6281234567890"]);
    expect(JSON.stringify(built.plan.request.body)).toContain("Budi");
    expect(built.plan.request.path).toContain("welcome_msg");
  });

  it("names a placeholder left without a value", () => {
    const built = recipientRequest(
      draftOf(sandboxTemplates.welcome_msg),
      { to: "6281234567890", values: { "body.1": "Budi" } },
      sandboxTemplates.welcome_msg,
    );
    expect(built).toEqual({ ok: false, problems: [expect.stringContaining("{{2}}")] });
  });

  it("says what Damcorp would refuse (a value too long)", () => {
    const built = recipientRequest(
      { kind: "text", body: "Halo {{1}}" },
      { to: "6281234567890", values: { "body.1": "x".repeat(5000) } },
    );
    expect(built.ok).toBe(false);
  });
});
