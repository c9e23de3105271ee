// Saved templates as the list shows them: plain, serialisable rows for the client table.
import { ageOf, formatDateTime } from "@/lib/time/format";
import type { ListedTemplate } from "@/lib/templates/list-templates";
import { templateParamSlots } from "@/lib/templates/param-slots";

export interface TemplateRow {
  id: string;
  name: string;
  language: string;
  category: string;
  /** "Image header · 3 buttons · carousel of 4 · limited-time offer" */
  shape: string;
  bodyExcerpt: string;
  /** Values one send needs, e.g. "3 parameters, 1 button value". */
  needs: string;
  updatedAt: string;
  /** "26 Nov 2026, 14:05" in the viewer's zone, for the tooltip. */
  updatedAtText: string;
  updatedAgo: string;
  damaged: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function toTemplateRows(
  templates: ListedTemplate[],
  timeZone: string,
  now = new Date(),
): TemplateRow[] {
  return templates.map((t) => {
    const slots = templateParamSlots(t);
    const params = slots.bodyParams + (slots.header === "text_param" ? 1 : 0);
    const shape = [
      t.headerKind !== "none"
        ? `${t.headerKind[0]!.toUpperCase()}${t.headerKind.slice(1)} header`
        : null,
      t.buttons.length ? plural(t.buttons.length, "button") : null,
      t.cards.length ? `carousel of ${t.cards.length}` : null,
      t.offerExpiry ? "limited-time offer" : null,
    ].filter(Boolean);
    const needs = [
      params ? plural(params, "parameter") : null,
      slots.buttons.length ? plural(slots.buttons.length, "button value") : null,
      slots.header === "image" || slots.header === "video" || slots.header === "document"
        ? `a ${slots.header}`
        : null,
      slots.header === "location" ? "a location" : null,
    ].filter(Boolean);
    return {
      id: t.id,
      name: t.name,
      language: t.language,
      category: t.category,
      shape: shape.join(" · ") || "Text only",
      bodyExcerpt: t.body.length > 120 ? `${t.body.slice(0, 119)}…` : t.body,
      needs: needs.join(", ") || "nothing",
      updatedAt: t.updatedAt.toISOString(),
      updatedAtText: formatDateTime(t.updatedAt, timeZone),
      updatedAgo: `${ageOf(t.updatedAt, now)} ago`,
      damaged: t.problems.length > 0,
    };
  });
}
