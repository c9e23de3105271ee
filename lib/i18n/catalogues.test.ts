import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import en from "@/messages/en";
import id from "@/messages/id";

// Every language has exactly the keys of English, each message parses as ICU, and a translation
// takes the same arguments (names and kinds: a plural stays a plural, a tag stays a tag).

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const kinds: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

/** "count:plural", "brand:tag", … of one message, sorted. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      const kind = kinds[el.type];
      if (kind && "value" in el) found.add(`${el.value}:${kind}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const reference = flatten(en);
const catalogues = { id: flatten(id) };

describe.each(Object.entries(catalogues))("the %s catalogue", (_, messages) => {
  it("has exactly the keys of English", () => {
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it("takes the same ICU arguments as English in every message", () => {
    const differ = [...reference]
      .filter(([key, english]) => {
        const translated = messages.get(key);
        return (
          translated !== undefined && argumentsOf(translated).join() !== argumentsOf(english).join()
        );
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...messages].filter(([, text]) => text.trim() === "").map(([k]) => k)).toEqual([]);
  });
});

describe("ICU plurals", () => {
  it("counts recipients in both languages", async () => {
    const { createTranslator } = await import("next-intl");
    const tEn = createTranslator({ locale: "en", messages: en, namespace: "common" });
    const tId = createTranslator({ locale: "id", messages: id, namespace: "common" });
    expect(tEn("recipients", { count: 1 })).toBe("1 recipient");
    expect(tEn("recipients", { count: 3 })).toBe("3 recipients");
    expect(tId("recipients", { count: 1 })).toBe("1 penerima");
    expect(tId("recipients", { count: 4096 })).toBe("4.096 penerima");
  });
});
