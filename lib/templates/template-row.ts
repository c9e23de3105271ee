// Converts between the Template table (JSON text columns, plain strings for enumerations) and the
// SavedTemplate shape. Reading never throws: a column that cannot be read is reported as a problem,
// so the list and the edit form still open and the template can be repaired.
import { z } from "zod";
import type { Template } from "@/lib/generated/prisma/client";
import {
  carouselCardDefinitionSchema,
  templateButtonSchema,
  templateCategories,
  templateHeaderKinds,
  templateInputSchema,
  type SavedTemplate,
  type TemplateInput,
} from "./schema";

/** The columns a template is stored in (for create/update, and for prisma/seed.ts). */
export function toTemplateRowData(input: TemplateInput) {
  return {
    name: input.name,
    language: input.language,
    category: input.category,
    headerKind: input.headerKind,
    headerText: input.headerKind === "text" ? input.headerText?.trim() || null : null,
    body: input.body,
    footer: input.footer?.trim() || null,
    buttons: JSON.stringify(input.buttons),
    buttonsFormat: input.buttonsFormat,
    cards: JSON.stringify(input.cards),
    offerExpiry: input.offerExpiry,
  };
}

export interface ReadTemplate {
  /** Every readable part; unreadable items are left out (and named in `problems`). */
  template: SavedTemplate;
  /** Plain-words descriptions of what could not be read; empty for a sound template. */
  problems: string[];
}

function parseJsonArray(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** Parses a JSON array column item by item, keeping the items that are valid. */
function readItems<T>(
  text: string,
  schema: z.ZodType<T>,
  what: { column: string; item: string },
  problems: string[],
): T[] {
  const items = parseJsonArray(text);
  if (!items) {
    problems.push(`Its ${what.column} could not be read (the stored value is not a JSON list).`);
    return [];
  }
  const kept: T[] = [];
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else problems.push(`${what.item} ${i + 1} could not be read and was left out.`);
  });
  return kept;
}

function readEnum<T extends string>(
  value: string,
  allowed: readonly T[],
  fallback: T,
  what: string,
  problems: string[],
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`Its ${what} "${value}" is unknown; "${fallback}" is assumed.`);
  return fallback;
}

export function readTemplateRow(row: Template): ReadTemplate {
  const problems: string[] = [];
  const template: SavedTemplate = {
    id: row.id,
    name: row.name,
    language: row.language,
    category: readEnum(row.category, templateCategories, "UTILITY", "category", problems),
    headerKind: readEnum(row.headerKind, templateHeaderKinds, "none", "header kind", problems),
    headerText: row.headerText ?? undefined,
    body: row.body,
    footer: row.footer ?? undefined,
    buttons: readItems(
      row.buttons,
      templateButtonSchema,
      { column: "buttons", item: "Button" },
      problems,
    ),
    buttonsFormat: readEnum(
      row.buttonsFormat,
      ["array", "object", "object_typed"] as const,
      "array",
      "buttons format",
      problems,
    ),
    cards: readItems(
      row.cards,
      carouselCardDefinitionSchema,
      { column: "carousel cards", item: "Carousel card" },
      problems,
    ),
    offerExpiry: row.offerExpiry,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  // Anything else out of shape (a name or body written around the app) is reported, not hidden.
  if (problems.length === 0) {
    const whole = templateInputSchema.safeParse(template);
    if (!whole.success) {
      for (const issue of whole.error.issues.slice(0, 3)) {
        problems.push(`${issue.path.join(".") || "Template"}: ${issue.message}.`);
      }
    }
  }
  return { template, problems };
}
