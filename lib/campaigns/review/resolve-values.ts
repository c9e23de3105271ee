// One audience member's value for each placeholder, from the mapping the operator chose: a
// spreadsheet column, a contact attribute (or the name), or a fixed text; the fallback when the
// member's value is empty; otherwise the row is skipped (the operator said so) or missing a value
// (the review counts it and the launch waits until a fallback or "skip" is chosen). Pure.
import type { AudienceMember } from "@/lib/campaigns/audience/types";
import type { Placeholder } from "@/lib/campaigns/placeholders";
import type { Mapping, PlaceholderMapping } from "@/lib/campaigns/schema";

export type ResolvedValues =
  | { ok: true; values: Record<string, string> }
  /** `skipped`: empty where the mapping says "skip the row if empty"; `missing`: no rule says what to do. */
  | { ok: false; skipped: Placeholder[]; missing: Placeholder[] };

function valueOf(member: AudienceMember, mapping: PlaceholderMapping): string {
  const from = mapping.from;
  if (from.source === "fixed") return from.value.trim();
  if (from.source === "column") return (member.columns[from.column] ?? "").trim();
  if (from.attribute === "name") return (member.name ?? "").trim();
  return (member.attributes[from.attribute] ?? "").trim();
}

export function resolveValues(
  member: AudienceMember,
  placeholders: readonly Placeholder[],
  mapping: Mapping,
): ResolvedValues {
  const values: Record<string, string> = {};
  const skipped: Placeholder[] = [];
  const missing: Placeholder[] = [];
  for (const placeholder of placeholders) {
    const rule = mapping[placeholder.id];
    const value = rule ? valueOf(member, rule) || (rule.fallback?.trim() ?? "") : "";
    if (value !== "") values[placeholder.id] = value;
    else if (rule?.skipIfEmpty) skipped.push(placeholder);
    else missing.push(placeholder);
  }
  return skipped.length + missing.length === 0
    ? { ok: true, values }
    : { ok: false, skipped, missing };
}

/** Placeholders the mapping does not say anything about (the variables step asks for them). */
export function unmappedPlaceholders(
  placeholders: readonly Placeholder[],
  mapping: Mapping,
): Placeholder[] {
  return placeholders.filter((p) => !mapping[p.id]);
}
