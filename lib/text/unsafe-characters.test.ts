import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findUnsafeCharacter, refuseUnsafeText, unsafeCharacterMessage } from "./unsafe-characters";

describe("unsafe characters", () => {
  it("finds control characters and lone surrogates, where they are", () => {
    expect(findUnsafeCharacter("\u0000\ud800")).toEqual({ kind: "control", codeUnit: 0, index: 0 });
    expect(findUnsafeCharacter("ab\ud800")).toEqual({
      kind: "lone_surrogate",
      codeUnit: 0xd800,
      index: 2,
    });
    expect(findUnsafeCharacter("a\udc00b")).toMatchObject({ kind: "lone_surrogate", index: 1 });
    expect(findUnsafeCharacter("\u007f")).toMatchObject({ kind: "control" });
    expect(findUnsafeCharacter("x\u0085")).toMatchObject({ kind: "control", index: 1 });
  });

  it("lets through what people type: lines, tabs, accents, emoji and their joiners", () => {
    for (const text of [
      "Halo,\r\nApa kabar?\tTerima kasih",
      "Bayu Prakoso 👍🏽",
      "👨‍👩‍👧 café ñ 中文",
      "",
    ]) {
      expect(findUnsafeCharacter(text)).toBeNull();
    }
  });

  it("says which character and where, in plain words", () => {
    expect(unsafeCharacterMessage({ kind: "control", codeUnit: 7, index: 4 })).toBe(
      "Contains an invisible control character (U+0007) at position 5. Delete it and type the text again.",
    );
    expect(unsafeCharacterMessage({ kind: "lone_surrogate", codeUnit: 0xd83d, index: 0 })).toMatch(
      /broken character \(half of an emoji or symbol\) at position 1/,
    );
  });

  it("reports every unsafe string of a value at its own path", () => {
    const schema = z
      .object({ a: z.string(), list: z.array(z.object({ b: z.string() })) })
      .superRefine(refuseUnsafeText);
    const result = schema.safeParse({ a: "ok", list: [{ b: "fine" }, { b: "bell\u0007" }] });
    expect(result.error?.issues.map((i) => i.path)).toEqual([["list", 1, "b"]]);
  });
});
