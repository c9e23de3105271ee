import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors/expected-error";
import { registerSecret } from "@/lib/security/redact";
import { openSecret } from "@/lib/security/secrets";
import { HELPDESK_API_KEY_SETTING } from "./helpdesk-key-setting";

/**
 * The helpdesk api-key to call Damcorp with: the one stored in Settings, else
 * DAMCORP_HELPDESK_API_KEY, else null. The value is registered for redaction.
 */
export async function getHelpdeskApiKey(): Promise<string | null> {
  const row = await db.setting.findUnique({ where: { key: HELPDESK_API_KEY_SETTING } });
  if (row?.valueCipher) {
    try {
      return openSecret(row.valueCipher);
    } catch {
      throw new ExpectedError(
        "secret_unreadable",
        "The stored helpdesk api-key cannot be decrypted with the current KABAR_SECRET_KEY. " +
          "Enter it again in Settings, or re-encrypt with npm run secrets:rotate.",
      );
    }
  }
  const fromEnv = env.DAMCORP_HELPDESK_API_KEY ?? null;
  registerSecret(fromEnv);
  return fromEnv;
}
