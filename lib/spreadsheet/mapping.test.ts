import { describe, expect, it } from "vitest";
import {
  attributeKeyOf,
  mapRow,
  mappingProblems,
  suggestMapping,
  type MappingField,
} from "./mapping";
import type { SpreadsheetColumn } from "./types";

const fields: MappingField[] = [
  { key: "phone", label: "Phone number", required: true, aliases: ["hp", "nohp", "phone"] },
  { key: "name", label: "Name", aliases: ["nama", "name"] },
];
const columns = (...names: string[]): SpreadsheetColumn[] =>
  names.map((name, index) => ({ index, name }));

describe("column mapping", () => {
  it("suggests fields from header names and attributes for the other columns", () => {
    expect(
      suggestMapping(columns("Nama", "No. HP", "Tanggal Jatuh Tempo", "Kota", "kota (2)"), fields, {
        headerPresent: true,
      }),
    ).toEqual([
      { kind: "field", field: "name" },
      { kind: "field", field: "phone" },
      { kind: "attribute", key: "tanggal_jatuh_tempo" },
      { kind: "attribute", key: "kota" },
      { kind: "attribute", key: "kota_2" },
    ]);
  });

  it("without a header, recognises fields from the rows and ignores the rest", () => {
    expect(
      suggestMapping(columns("Column A", "Column B"), fields, {
        headerPresent: false,
        looksLike: (i) => (i === 1 ? "phone" : undefined),
      }),
    ).toEqual([{ kind: "ignore" }, { kind: "field", field: "phone" }]);
  });

  it("names attributes from any column name", () => {
    expect(attributeKeyOf("Kota / Kabupaten")).toBe("kota_kabupaten");
    expect(attributeKeyOf("Café № 1")).toBe("cafe_no_1");
    expect(attributeKeyOf("!!!")).toBe("attribute");
  });

  it("says what is missing or chosen twice", () => {
    const cols = columns("a", "b", "c");
    expect(
      mappingProblems([{ kind: "ignore" }, { kind: "ignore" }, { kind: "ignore" }], cols, fields),
    ).toEqual({ _form: "Choose the column that holds the phone number." });
    expect(
      mappingProblems(
        [
          { kind: "field", field: "phone" },
          { kind: "field", field: "phone" },
          { kind: "attribute", key: "kota" },
        ],
        cols,
        fields,
      ),
    ).toEqual({ "1": "Phone number is already column A; choose something else for this column." });
    expect(
      mappingProblems(
        [
          { kind: "field", field: "phone" },
          { kind: "attribute", key: "kota" },
          { kind: "attribute", key: "kota" },
        ],
        cols,
        fields,
      ),
    ).toEqual({ "2": "Column B already uses the attribute name “kota”; choose another name." });
    expect(mappingProblems([{ kind: "ignore" }], cols, fields)).toEqual({
      _form: "The file's columns changed; choose the columns again.",
    });
  });

  it("maps a row's cells, trimmed, leaving empty ones out", () => {
    expect(
      mapRow(
        [" 0812 ", "", "Bandung", "x"],
        [
          { kind: "field", field: "phone" },
          { kind: "field", field: "name" },
          { kind: "attribute", key: "kota" },
          { kind: "ignore" },
        ],
      ),
    ).toEqual({
      fields: { phone: "0812" },
      fieldColumns: { phone: 0, name: 1 },
      attributes: { kota: "Bandung" },
    });
  });
});
