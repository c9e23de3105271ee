import { describe, expect, it } from "vitest";
import { messageDraftSchema } from "./draft-schema";

const issues = (draft: unknown) =>
  (messageDraftSchema.safeParse(draft).error?.issues ?? []).map((i) => [
    i.path.join("."),
    i.message,
  ]);

describe("text a compose sends to Damcorp", () => {
  it("refuses control characters and broken halves of emoji on the field they are in", () => {
    expect(issues({ kind: "text", body: "Halo\u0007" })).toEqual([
      [
        "body",
        "Contains an invisible control character (U+0007) at position 5. Delete it and type the text again.",
      ],
    ]);
    expect(
      issues({
        kind: "list",
        body: "Pilih",
        listTitle: "Menu",
        rows: [{ title: "Satu" }, { title: "Dua\ud83d", description: "x" }],
      }).map(([path]) => path),
    ).toEqual(["rows.1.title"]);
    expect(
      issues({
        kind: "template",
        templateId: "t1",
        bodyParams: ["Budi", "\u0000"],
        buttons: [],
        cards: [],
      }).map(([path]) => path),
    ).toEqual(["bodyParams.1"]);
  });

  it("keeps lines, tabs and whole emoji", () => {
    expect(issues({ kind: "text", body: "Halo 👋🏽\nTerima kasih\tBudi" })).toEqual([]);
  });
});
