// Transition shim: the result shapes live in lib/errors/result.ts (import them from there).
export type { ActionResult } from "@/lib/errors/result";
export type { FieldErrors } from "@/lib/errors/field-errors";
export { idle } from "@/lib/errors/result";
