import { z } from "zod";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

// NIST SP 800-63B: length limits and a blocklist of common passwords; no composition rules.
// Server code only (actions, scripts): browser code imports ./password-limits instead.
export { PASSWORD_MAX, PASSWORD_MIN };

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].filter((p) => p.length >= PASSWORD_MIN));
  return common;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine((p) => !isCommonPassword(p), {
    message: "This password is too common: choose one that is harder to guess",
  });
