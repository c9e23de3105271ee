import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lastFour } from "@/lib/security/secret-box";
import { sealSecret } from "@/lib/security/secrets";
import { HELPDESK_API_KEY_SETTING } from "./helpdesk-key-setting";

/** Stores (or replaces) the helpdesk api-key, encrypted; it then wins over the environment's. */
export async function setHelpdeskApiKey(apiKey: string, ctx: Actor) {
  const secret = { valueCipher: sealSecret(apiKey), last4: lastFour(apiKey), value: null };
  const previous = await db.setting.findUnique({ where: { key: HELPDESK_API_KEY_SETTING } });
  await db.setting.upsert({
    where: { key: HELPDESK_API_KEY_SETTING },
    create: { key: HELPDESK_API_KEY_SETTING, ...secret },
    update: secret,
  });
  await recordAuditEvent({
    action: "secret.helpdesk_key_changed",
    actor: ctx.user,
    target: `setting:${HELPDESK_API_KEY_SETTING}`,
    ip: ctx.ip,
    detail: { change: previous?.valueCipher ? "replaced" : "set" },
  });
}
