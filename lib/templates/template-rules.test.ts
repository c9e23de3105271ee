import { describe, expect, it } from "vitest";
import type { TemplateInput } from "./schema";
import { placeholderGapWarning, templateFormSchema, urlPlaceholderProblem } from "./template-rules";

const valid: TemplateInput = {
  name: "order_update",
  language: "id",
  category: "UTILITY",
  headerKind: "none",
  body: "Halo {{1}}",
  buttons: [],
  buttonsFormat: "array",
  cards: [],
  offerExpiry: false,
};

function errors(template: Partial<TemplateInput>) {
  const parsed = templateFormSchema.safeParse({ ...valid, ...template });
  return (parsed.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("template form rules", () => {
  it("accepts a plain template", () => {
    expect(errors({})).toEqual([]);
  });

  it("checks field limits with WhatsApp's numbers", () => {
    expect(errors({ footer: "x".repeat(61) })).toEqual([
      "footer: Footer can be at most 60 characters",
    ]);
    expect(errors({ name: "Order Update" })[0]).toMatch(/^name: Use the Damcorp template name/);
    expect(errors({ body: "" })).toEqual(["body: Body is required"]);
  });

  it("refuses control characters and broken halves of emoji on their field", () => {
    expect(errors({ body: "Halo {{1}}\ud83d", footer: "Terima\u0007kasih" })).toEqual([
      "body: Contains a broken character (half of an emoji or symbol) at position 11. Delete it and type the text again.",
      "footer: Contains an invisible control character (U+0007) at position 7. Delete it and type the text again.",
    ]);
    expect(errors({ body: "Halo {{1}} 👋\nSampai jumpa" })).toEqual([]);
  });

  it("needs header text for a text header, with {{1}} as its only placeholder", () => {
    expect(errors({ headerKind: "text", headerText: " " })).toEqual([
      "headerText: Enter the header text, or choose another header kind",
    ]);
    expect(errors({ headerKind: "text", headerText: "Hi {{2}}" })).toEqual([
      "headerText: A text header can have one placeholder: {{1}}",
    ]);
    expect(errors({ headerKind: "text", headerText: "Hi {{1}}" })).toEqual([]);
  });

  it("allows only http(s) button URLs with a trailing {{1}}", () => {
    const url = (u: string) => errors({ buttons: [{ type: "url", text: "Go", url: u }] });
    expect(url("https://shop.example/t/{{1}}")).toEqual([]);
    expect(url("https://shop.example/{{1}}/x")[0]).toMatch(/Only a trailing \{\{1\}\}/);
    expect(url("javascript:alert(1)")[0]).toMatch(/^buttons.0.url: Enter the button's URL/);
    expect(url("shop.example")[0]).toMatch(/^buttons.0.url: Enter the button's URL/);
  });

  it("keeps one-time-code buttons to Authentication templates, which need one", () => {
    expect(errors({ buttons: [{ type: "otp", text: "Copy" }] })).toEqual([
      "buttons.0.type: A one-time-code button belongs to an Authentication template",
    ]);
    expect(errors({ category: "AUTHENTICATION" })).toEqual([
      "buttons: An Authentication template needs a one-time-code button",
    ]);
  });

  it("limits buttons per kind", () => {
    const phone = { type: "phone", text: "Call", phone: "+62215550123" } as const;
    expect(errors({ buttons: [phone, phone] })).toEqual([
      "buttons: A template has at most 1 phone button",
    ]);
  });

  it("allows the object button formats only for one dynamic URL button", () => {
    const url = { type: "url", text: "Go", url: "https://shop.example/{{1}}" } as const;
    expect(errors({ buttonsFormat: "object", buttons: [url] })).toEqual([]);
    expect(
      errors({ buttonsFormat: "object_typed", buttons: [{ ...url, url: "https://shop.example" }] }),
    ).toHaveLength(1);
    expect(
      errors({ buttonsFormat: "object", buttons: [url, { type: "copy_code", text: "Copy" }] }),
    ).toHaveLength(1);
  });

  it("gives a carousel no header or buttons of its own and identical cards", () => {
    const card = {
      headerKind: "image" as const,
      body: "{{1}}",
      buttons: [{ type: "quick_reply" as const, text: "More" }],
    };
    expect(errors({ cards: [card, card] })).toEqual([]);
    expect(
      errors({
        headerKind: "image",
        buttons: [{ type: "quick_reply", text: "Hi" }],
        cards: [card, { ...card, headerKind: "video", buttons: [] }],
      }),
    ).toEqual([
      "headerKind: A carousel template has no header of its own: each card shows its media",
      "buttons: A carousel template has no buttons of its own: put them on the cards",
      "cards.1.headerKind: Every card needs the same media kind as card 1",
      "cards.1.buttons: Every card needs the same buttons, in the same order, as card 1",
    ]);
    expect(errors({ cards: Array.from({ length: 11 }, () => card) })).toContain(
      "cards: A carousel has at most 10 cards",
    );
  });

  it("keeps placeholders out of the footer", () => {
    expect(errors({ footer: "Bye {{1}}" })).toEqual([
      "footer: A footer is fixed text: it cannot have placeholders",
    ]);
  });
});

describe("placeholder warnings", () => {
  it("names the numbers a body skips", () => {
    expect(placeholderGapWarning("{{1}} {{2}}")).toBeNull();
    expect(placeholderGapWarning("{{1}} {{3}}")).toMatch(/^\{\{2\}\} is missing/);
    expect(placeholderGapWarning("{{4}}")).toMatch(/^\{\{1\}\}, \{\{2\}\}, \{\{3\}\} are missing/);
  });

  it("flags URL placeholders anywhere but at the end", () => {
    expect(urlPlaceholderProblem("https://a.example/{{1}}")).toBeNull();
    expect(urlPlaceholderProblem("https://a.example/{{2}}")).not.toBeNull();
    expect(urlPlaceholderProblem("https://a.example/{{1}}?x=1")).not.toBeNull();
  });
});
