import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { HELPDESK_API_KEY_SETTING } from "./helpdesk-key-setting";

/** Forgets the stored helpdesk api-key; DAMCORP_HELPDESK_API_KEY, when set, takes over. */
export async function clearHelpdeskApiKey(ctx: Actor) {
  const { count } = await db.setting.deleteMany({ where: { key: HELPDESK_API_KEY_SETTING } });
  if (count === 0) return { cleared: false };
  await recordAuditEvent({
    action: "secret.helpdesk_key_changed",
    actor: ctx.user,
    target: `setting:${HELPDESK_API_KEY_SETTING}`,
    ip: ctx.ip,
    detail: { change: "cleared" },
  });
  return { cleared: true };
}
