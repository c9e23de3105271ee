// The column-mapping model: which column of the file feeds which field (phone number, name, …),
// which become attributes under a name, which are ignored. The consumer (contacts import, opt-out
// list, campaign audience) declares its fields; suggestions come from the header names and, for a
// file without header, from what the first rows hold. Safe for client and server.
import { z } from "zod";
import { columnLetter } from "./header";
import type { SpreadsheetColumn } from "./types";

export type MappingField = {
  key: string;
  label: string;
  required?: boolean;
  /** Header names (lowercase, letters and digits only) that mean this field. */
  aliases: readonly string[];
};

export const ATTRIBUTE_KEY = /^[a-z0-9_]{1,40}$/;
const attributeKeySchema = z
  .string()
  .trim()
  .regex(
    ATTRIBUTE_KEY,
    "Attribute names are 1 to 40 lowercase letters, digits and underscores, such as kota",
  );

export const columnTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("field"), field: z.string().min(1).max(40) }),
  z.object({ kind: z.literal("attribute"), key: attributeKeySchema }),
  z.object({ kind: z.literal("ignore") }),
]);
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

/** One target per column, by column index. */
export const columnMappingSchema = z.array(columnTargetSchema).min(1).max(500);
export type ColumnMapping = ColumnTarget[];

const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** "Tanggal Jatuh Tempo" → "tanggal_jatuh_tempo": a column name as an attribute name. */
export function attributeKeyOf(name: string): string {
  const key = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/g, "");
  return key || "attribute";
}

/**
 * A first mapping for the person to check: header names matched to the fields' aliases;
 * `looksLike` lets the consumer recognise a field from sample values (a file without header);
 * other named columns become attributes, unnamed ones are ignored.
 */
export function suggestMapping(
  columns: readonly SpreadsheetColumn[],
  fields: readonly MappingField[],
  options: { headerPresent: boolean; looksLike?: (columnIndex: number) => string | undefined },
): ColumnMapping {
  const taken = new Set<string>();
  const usedKeys = new Set<string>();
  const byAlias = (column: SpreadsheetColumn) => {
    if (!options.headerPresent) return options.looksLike?.(column.index);
    const name = simplify(column.name);
    return fields.find((f) => f.aliases.includes(name))?.key;
  };
  return columns.map((column): ColumnTarget => {
    const field = byAlias(column);
    if (field && !taken.has(field)) {
      taken.add(field);
      return { kind: "field", field };
    }
    if (!options.headerPresent || column.note?.includes("no name")) return { kind: "ignore" };
    let key = attributeKeyOf(column.name);
    for (let n = 2; usedKeys.has(key); n++)
      key = `${attributeKeyOf(column.name).slice(0, 36)}_${n}`;
    usedKeys.add(key);
    return { kind: "attribute", key };
  });
}

/** What must change before the mapping can be used, keyed by column index or "_form". */
export function mappingProblems(
  mapping: ColumnMapping,
  columns: readonly SpreadsheetColumn[],
  fields: readonly MappingField[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (mapping.length !== columns.length) {
    problems._form = "The file's columns changed; choose the columns again.";
    return problems;
  }
  const fieldColumns = new Map<string, number[]>();
  const keyColumns = new Map<string, number[]>();
  mapping.forEach((target, index) => {
    if (target.kind === "field") {
      if (!fields.some((f) => f.key === target.field))
        problems[String(index)] = "Choose what this column holds from the list.";
      fieldColumns.set(target.field, [...(fieldColumns.get(target.field) ?? []), index]);
    }
    if (target.kind === "attribute")
      keyColumns.set(target.key, [...(keyColumns.get(target.key) ?? []), index]);
  });
  for (const field of fields) {
    const at = fieldColumns.get(field.key) ?? [];
    if (field.required && at.length === 0)
      problems._form = `Choose the column that holds the ${field.label.toLowerCase()}.`;
    for (const index of at.slice(1))
      problems[String(index)] =
        `${field.label} is already column ${columnLetter(at[0]!)}; choose something else for this column.`;
  }
  for (const [key, at] of keyColumns) {
    for (const index of at.slice(1))
      problems[String(index)] =
        `Column ${columnLetter(at[0]!)} already uses the attribute name “${key}”; choose another name.`;
  }
  return problems;
}

export type MappedRow = {
  /** Field values by field key, trimmed; empty cells are left out. */
  fields: Record<string, string>;
  /** The column index of each mapped field (e.g. to know whether the phone cell was a number). */
  fieldColumns: Record<string, number>;
  attributes: Record<string, string>;
};

export function mapRow(cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const out: MappedRow = { fields: {}, fieldColumns: {}, attributes: {} };
  mapping.forEach((target, index) => {
    const value = (cells[index] ?? "").trim();
    if (target.kind === "field") {
      out.fieldColumns[target.field] = index;
      if (value !== "") out.fields[target.field] = value;
    } else if (target.kind === "attribute" && value !== "") out.attributes[target.key] = value;
  });
  return out;
}
