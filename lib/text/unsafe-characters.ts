// Characters no one types on purpose and Damcorp should never get: control characters (C0
// except tab, line feed and carriage return; DEL; C1) and lone UTF-16 surrogates (half of an
// emoji, left by a bad copy or a broken client; JSON carries them, WhatsApp shows garbage or
// refuses). Safe for client and server, so forms and the server refuse the same text.
import type { z } from "zod";

export type UnsafeCharacter = {
  kind: "control" | "lone_surrogate";
  /** The code unit, e.g. 0 for U+0000. */
  codeUnit: number;
  /** Position in the text (UTF-16 code units, 0-based). */
  index: number;
};

const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

function isControl(unit: number): boolean {
  if (unit < 0x20) return !ALLOWED_CONTROLS.has(unit);
  return unit === 0x7f || (unit >= 0x80 && unit <= 0x9f);
}

/** The first character that must not be sent, or null. */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (isControl(unit)) return { kind: "control", codeUnit: unit, index };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++; // a whole pair: an emoji or another character beyond U+FFFF
        continue;
      }
      return { kind: "lone_surrogate", codeUnit: unit, index };
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return { kind: "lone_surrogate", codeUnit: unit, index };
  }
  return null;
}

const hex = (unit: number) => `U+${unit.toString(16).toUpperCase().padStart(4, "0")}`;

/** What the field says: which character, where, and what to do. */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  const where = `at position ${found.index + 1}`;
  return found.kind === "control"
    ? `Contains an invisible control character (${hex(found.codeUnit)}) ${where}. Delete it and type the text again.`
    : `Contains a broken character (half of an emoji or symbol) ${where}. Delete it and type the text again.`;
}

/**
 * A zod check for a whole value: every string in it (however deep) is checked, and an unsafe
 * one is reported at its own path, so the form shows the error on that field.
 * `schema.superRefine(refuseUnsafeText)`
 */
export function refuseUnsafeText(value: unknown, ctx: z.RefinementCtx): void {
  walk(value, [], ctx);
}

function walk(value: unknown, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (typeof value === "string") {
    const found = findUnsafeCharacter(value);
    if (found) ctx.addIssue({ code: "custom", path, message: unsafeCharacterMessage(found) });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], ctx));
    return;
  }
  for (const [key, item] of Object.entries(value)) walk(item, [...path, key], ctx);
}
