import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { lastFour } from "@/lib/security/secret-box";
import { HELPDESK_API_KEY_SETTING } from "./helpdesk-key-setting";

/** What the settings page may show about the helpdesk api-key: where it comes from, masked. */
export interface HelpdeskKeyStatus {
  stored: { last4: string; updatedAt: Date } | null;
  environment: { last4: string } | null;
  /** Which one Kabar uses: the stored key wins, the environment's is the fallback. */
  inUse: "database" | "environment" | null;
}

export async function getHelpdeskKeyStatus(): Promise<HelpdeskKeyStatus> {
  const row = await db.setting.findUnique({ where: { key: HELPDESK_API_KEY_SETTING } });
  const stored =
    row?.valueCipher && row.last4 ? { last4: row.last4, updatedAt: row.updatedAt } : null;
  const environment = env.DAMCORP_HELPDESK_API_KEY
    ? { last4: lastFour(env.DAMCORP_HELPDESK_API_KEY) }
    : null;
  return {
    stored,
    environment,
    inUse: stored ? "database" : environment ? "environment" : null,
  };
}
