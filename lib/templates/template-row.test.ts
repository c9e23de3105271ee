import { describe, expect, it } from "vitest";
import type { Template } from "@/lib/generated/prisma/client";
import { readTemplateRow, toTemplateRowData } from "./template-row";
import { sandboxTemplates } from "./sandbox-templates";

const at = new Date("2026-01-05T03:00:00Z");

function row(overrides: Partial<Template> = {}): Template {
  return {
    id: "t1",
    name: "order_update",
    language: "id",
    category: "UTILITY",
    headerKind: "none",
    headerText: null,
    body: "Halo {{1}}",
    footer: null,
    buttons: "[]",
    buttonsFormat: "array",
    cards: "[]",
    offerExpiry: false,
    createdById: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...overrides,
  };
}

describe("template rows", () => {
  it("round-trip every sandbox template through the stored columns", () => {
    for (const input of sandboxTemplates) {
      const { template, problems } = readTemplateRow(row(toTemplateRowData(input)));
      expect(problems, input.name).toEqual([]);
      const { id, createdAt, updatedAt, ...rest } = template;
      expect({ id, createdAt, updatedAt }).toEqual({ id: "t1", createdAt: at, updatedAt: at });
      expect(rest).toEqual({ ...input, footer: input.footer, headerText: input.headerText });
    }
  });

  it("stores empty optional texts as null and drops header text of other header kinds", () => {
    const data = toTemplateRowData({
      ...sandboxTemplates[0]!,
      headerKind: "image",
      headerText: "stale",
      footer: "  ",
    });
    expect(data.headerText).toBeNull();
    expect(data.footer).toBeNull();
  });

  it("reports a column that is not JSON instead of throwing", () => {
    const { template, problems } = readTemplateRow(row({ buttons: "{not json", cards: "7" }));
    expect(template.buttons).toEqual([]);
    expect(template.cards).toEqual([]);
    expect(problems).toEqual([
      "Its buttons could not be read (the stored value is not a JSON list).",
      "Its carousel cards could not be read (the stored value is not a JSON list).",
    ]);
  });

  it("keeps the readable items and names the others", () => {
    const buttons = JSON.stringify([
      { type: "quick_reply", text: "Ya" },
      { type: "teleport", text: "?" },
      { type: "url", text: "Buka", url: "https://a.example/{{1}}" },
    ]);
    const { template, problems } = readTemplateRow(row({ buttons }));
    expect(template.buttons.map((b) => b.type)).toEqual(["quick_reply", "url"]);
    expect(problems).toEqual(["Button 2 could not be read and was left out."]);
  });

  it("falls back on unknown enumerations and says so", () => {
    const { template, problems } = readTemplateRow(
      row({ category: "PROMO", headerKind: "gif", buttonsFormat: "map" }),
    );
    expect(template).toMatchObject({
      category: "UTILITY",
      headerKind: "none",
      buttonsFormat: "array",
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('Its category "PROMO" is unknown; "UTILITY" is assumed.');
  });

  it("reports a stored name that Damcorp would not accept", () => {
    const { problems } = readTemplateRow(row({ name: "Order Update" }));
    expect(problems[0]).toMatch(/^name: Use the Damcorp template name/);
  });
});
