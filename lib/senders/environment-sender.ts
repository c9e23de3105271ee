import "server-only";
import { env } from "@/lib/env";
import { ENVIRONMENT_SENDER_ID } from "@/lib/vocabulary/sends";

/** The id under which the DAMCORP_TOKEN sender is listed and chosen (the send vocabulary's). */
export const ENV_SENDER_ID = ENVIRONMENT_SENDER_ID;
export const ENV_SENDER_LABEL = "Environment (DAMCORP_TOKEN)";

/**
 * The headless sender configured by DAMCORP_TOKEN (and DAMCORP_SENDER_NUMBER), or null. It lives
 * in the environment only: the settings page shows it but cannot change or remove it.
 */
export function environmentSender(): { token: string; number: string | null } | null {
  if (!env.DAMCORP_TOKEN) return null;
  return { token: env.DAMCORP_TOKEN, number: env.DAMCORP_SENDER_NUMBER?.trim() || null };
}
