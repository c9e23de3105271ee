import "server-only";
import { env } from "@/lib/env";

/**
 * How history and the overview name sends without a SenderNumber row: those went out through the DAMCORP_TOKEN
 * sender, which lives in the environment only. Its number (never its token) may be shown.
 */
export function environmentSenderLabel(): { label: string; number: string | null } {
  return {
    label: "Environment sender",
    number: env.DAMCORP_SENDER_NUMBER?.trim() || null,
  };
}
