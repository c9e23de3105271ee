import { describe, expect, it } from "vitest";
import { parseInline } from "./parse-inline";
import { parseWhatsApp } from "./parse-blocks";
import { countPlaceholders, fillPlaceholders } from "./placeholders";

const t = (text: string) => ({ type: "text", text });

describe("parseInline", () => {
  it("formats bold, italic, strike and inline code", () => {
    expect(parseInline("*a* _b_ ~c~ `d`")).toEqual([
      { type: "bold", children: [t("a")] },
      t(" "),
      { type: "italic", children: [t("b")] },
      t(" "),
      { type: "strike", children: [t("c")] },
      t(" "),
      { type: "code", text: "d" },
    ]);
  });

  it("nests markers", () => {
    expect(parseInline("*bold _both_*")).toEqual([
      { type: "bold", children: [t("bold "), { type: "italic", children: [t("both")] }] },
    ]);
    expect(parseInline("_*x*_")).toEqual([
      { type: "italic", children: [{ type: "bold", children: [t("x")] }] },
    ]);
  });

  it("leaves unbalanced and mid-word markers literal", () => {
    expect(parseInline("*not closed")).toEqual([t("*not closed")]);
    expect(parseInline("2*3*4")).toEqual([t("2*3*4")]);
    expect(parseInline("snake_case_name")).toEqual([t("snake_case_name")]);
    expect(parseInline("* spaced *")).toEqual([t("* spaced *")]);
    expect(parseInline("**")).toEqual([t("**")]);
    expect(parseInline("a `b")).toEqual([t("a `b")]);
  });

  it("keeps markers next to punctuation working", () => {
    expect(parseInline("(*yes*)!")).toEqual([
      t("("),
      { type: "bold", children: [t("yes")] },
      t(")!"),
    ]);
  });

  it("marks unfilled placeholders", () => {
    expect(parseInline("Hi {{1}}, *{{2}}*")).toEqual([
      t("Hi "),
      { type: "param", index: 1 },
      t(", "),
      { type: "bold", children: [{ type: "param", index: 2 }] },
    ]);
  });

  it("does not format inside inline code", () => {
    expect(parseInline("`*x*`")).toEqual([{ type: "code", text: "*x*" }]);
  });
});

describe("parseWhatsApp", () => {
  it("groups bulleted and numbered lists and quotes", () => {
    const blocks = parseWhatsApp("Intro\n* one\n- two\n1. first\n2. second\n> said");
    expect(blocks.map((b) => b.type)).toEqual(["line", "bullets", "numbers", "quote"]);
    expect(blocks[1]).toMatchObject({ items: [[t("one")], [t("two")]] });
    expect(blocks[2]).toMatchObject({ start: 1, items: [[t("first")], [t("second")]] });
  });

  it("keeps monospace blocks verbatim, across lines", () => {
    expect(parseWhatsApp("a\n```\n*x*\ny\n```\nb")).toEqual([
      { type: "line", children: [t("a")] },
      { type: "mono", text: "\n*x*\ny\n" },
      { type: "line", children: [t("b")] },
    ]);
  });

  it("treats an unpaired fence as text", () => {
    expect(parseWhatsApp("```open")).toEqual([{ type: "line", children: [t("```open")] }]);
  });

  it("keeps empty lines", () => {
    expect(parseWhatsApp("a\n\nb")).toHaveLength(3);
  });
});

describe("placeholders", () => {
  it("counts by the highest index and reports gaps", () => {
    expect(countPlaceholders("Hi {{1}}, order {{3}} {{1}}")).toEqual({
      count: 3,
      indexes: [1, 3],
      missing: [2],
    });
    expect(countPlaceholders("No params").count).toBe(0);
    expect(countPlaceholders("{{ 2 }} {{1}}").indexes).toEqual([1, 2]);
  });

  it("fills values and keeps unfilled ones marked", () => {
    expect(fillPlaceholders("Hi {{1}}, {{2}}", ["Ana"])).toBe("Hi Ana, {{2}}");
    expect(fillPlaceholders("{{1}}", [""])).toBe("{{1}}");
  });
});
