import { describe, expect, it } from "vitest";
import { emptyTemplateDraft, templateValueIssues } from "./template-values";
import { messageWireIssues } from "./kinds";
import { readRecipients, recipientsIssue } from "./recipients";
import { sandboxTemplates } from "@/tests/support/sandbox-templates";
import type { TemplateInput } from "@/lib/templates/schema";

const withId = (template: TemplateInput) => ({ ...template, id: "t1" });
const NOW = new Date("2030-01-01T00:00:00Z");

describe("one value per placeholder", () => {
  it("a fresh draft has exactly one empty input per placeholder and dynamic button", () => {
    const draft = emptyTemplateDraft(withId(sandboxTemplates.example_lto_combined));
    expect(draft.bodyParams).toStrictEqual(["", "", ""]);
    expect(draft.buttons).toStrictEqual([
      { type: "copy_code", index: 1, couponCode: "" },
      { type: "url", index: 2, urlParam: "" },
    ]);
    const carousel = emptyTemplateDraft(withId(sandboxTemplates.carousel_template_example));
    expect(carousel.cards.map((c) => [c.bodyParams.length, c.buttonPayloads.length])).toEqual([
      [2, 2],
      [0, 1],
    ]);
  });

  it("names each empty parameter", () => {
    const draft = {
      ...emptyTemplateDraft(withId(sandboxTemplates.welcome_msg)),
      bodyParams: ["Budi", " "],
    };
    expect(templateValueIssues(draft, sandboxTemplates.welcome_msg, NOW)).toStrictEqual({
      "message.bodyParams.1": "Body parameter {{2}} is required",
    });
  });

  it("catches a parameter-count mismatch (Damcorp error 2000) before sending", () => {
    const draft = {
      ...emptyTemplateDraft(withId(sandboxTemplates.welcome_msg)),
      bodyParams: ["Budi"],
    };
    expect(templateValueIssues(draft, sandboxTemplates.welcome_msg, NOW)).toStrictEqual({
      "message.bodyParams":
        "This template needs 2 body parameters; 1 were given. Pick the template again.",
    });
  });

  it("applies WhatsApp's rules for parameter text", () => {
    const draft = {
      ...emptyTemplateDraft(withId(sandboxTemplates.welcome_msg)),
      bodyParams: ["a\nb", "a      b"],
    };
    expect(templateValueIssues(draft, sandboxTemplates.welcome_msg, NOW)).toStrictEqual({
      "message.bodyParams.0": "Template parameters cannot contain line breaks or tabs",
      "message.bodyParams.1": "Template parameters cannot contain more than 4 spaces in a row",
    });
  });

  it("requires header values, dynamic buttons and a future offer expiry", () => {
    const template = sandboxTemplates.example_lto;
    const draft = {
      ...emptyTemplateDraft(withId(template)),
      headerMedia: undefined,
      bodyParams: ["a", "b", "c"],
      buttons: [{ type: "copy_code" as const, index: 0, couponCode: "X" }],
      offerExpiresAt: "2029-12-31T00:00:00Z",
    };
    expect(templateValueIssues(draft, template, NOW)).toStrictEqual({
      "message.headerMedia": "Add the header image",
      "message.buttons":
        "Button “Belanja” needs a value (this template has 2 buttons with a value per send)",
      "message.offerExpiresAt": "The offer must expire in the future",
    });
  });

  it("a header file must be a web address; a carousel card's media must be a media ID", () => {
    const media = {
      ...emptyTemplateDraft(withId(sandboxTemplates.hsm_media_dummy)),
      headerMedia: { source: "id" as const, mediaId: "123" },
      bodyParams: ["x"],
    };
    expect(templateValueIssues(media, sandboxTemplates.hsm_media_dummy, NOW)).toStrictEqual({
      "message.headerMedia": "Damcorp takes a template's header file as a web address (https://…)",
    });
    const carousel = emptyTemplateDraft(withId(sandboxTemplates.carousel_template_example));
    carousel.cards[0] = {
      media: { source: "url", url: "https://x.test/a.jpg" },
      bodyParams: ["a", ""],
      buttonPayloads: [
        { index: 0, type: "quick_reply", payload: "" },
        { index: 1, type: "url", payload: "" },
      ],
    };
    expect(
      templateValueIssues(carousel, sandboxTemplates.carousel_template_example, NOW),
    ).toStrictEqual({
      "message.cards.0.media":
        "A carousel card's media goes by its media ID (from the media library or Damcorp), not by a web address",
      "message.cards.0.bodyParams.1": "Card 1 parameter {{2}} is required",
      "message.cards.0.buttonPayloads.1.payload": "Card 1's link button needs its URL value",
    });
  });

  it("a complete draft has no issues", () => {
    const draft = {
      ...emptyTemplateDraft(withId(sandboxTemplates.hsm_text_dummy)),
      bodyParams: ["123", "dikirim"],
    };
    expect(templateValueIssues(draft, sandboxTemplates.hsm_text_dummy, NOW)).toStrictEqual({});
  });
});

describe("wire issues of other kinds", () => {
  it("sticker must be a .webp address; contact phone must be readable", () => {
    expect(
      messageWireIssues(
        { kind: "sticker", media: { source: "url", url: "https://x.test/a.png" } },
        undefined,
      ),
    ).toStrictEqual({ "message.media": "A sticker is sent by the web address of a .webp image" });
    expect(
      messageWireIssues({ kind: "contact", name: "A", phone: "12ab" }, undefined),
    ).toMatchObject({
      "message.phone": expect.stringContaining("letters"),
    });
    expect(
      messageWireIssues({ kind: "contact", name: "A", phone: "0812 3456 7890" }, undefined),
    ).toStrictEqual({});
  });

  it("list rows need different titles", () => {
    expect(
      messageWireIssues(
        {
          kind: "list",
          body: "b",
          listTitle: "Menu",
          rows: [{ title: "Satu" }, { title: "satu " }],
        },
        undefined,
      ),
    ).toStrictEqual({ "message.rows.1.title": "Each row needs a different title" });
  });

  it("a template draft whose template is gone", () => {
    expect(
      messageWireIssues(
        { kind: "template", templateId: "gone", bodyParams: [], buttons: [], cards: [] },
        undefined,
      ),
    ).toStrictEqual({ "message.templateId": "This template no longer exists. Pick another one." });
  });
});

describe("recipients", () => {
  it("normalises, merges duplicates and names the invalid ones", () => {
    const reading = readRecipients("0812 3456 7890, +62 812-3456-7890\n6285123456789; 0812");
    expect(reading.numbers).toStrictEqual(["+6281234567890", "+6285123456789"]);
    expect(reading.duplicates).toHaveLength(1);
    expect(reading.invalid.map((i) => i.input)).toStrictEqual(["0812"]);
    expect(recipientsIssue(reading)).toMatch(/^Fix or remove the invalid number: “0812” — /);
  });

  it("an empty list needs a recipient", () => {
    expect(recipientsIssue(readRecipients(" \n "))).toBe("Add at least one recipient");
    expect(recipientsIssue(readRecipients("081234567890"))).toBeUndefined();
  });
});
