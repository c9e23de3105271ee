import "server-only";
import { db } from "@/lib/db/client";
import { ExpectedError, NotFoundError } from "@/lib/errors/expected-error";
import { registerSecret } from "@/lib/security/redact";
import { openSecret } from "@/lib/security/secrets";
import { ENV_SENDER_ID, environmentSender } from "./environment-sender";

export interface SenderCredentials {
  id: string;
  /** E.164; null for an environment sender without DAMCORP_SENDER_NUMBER. */
  number: string | null;
  /** The decrypted Damcorp token: pass it to Damcorp and nowhere else (it is registered for redaction). */
  token: string;
}

/** The decrypted credentials of a sender (id from listSenders(); "env" for DAMCORP_TOKEN). */
export async function getSenderCredentialsOrThrow(senderId: string): Promise<SenderCredentials> {
  if (senderId === ENV_SENDER_ID) {
    const sender = environmentSender();
    if (!sender) throw new NotFoundError("The environment sender (DAMCORP_TOKEN)");
    registerSecret(sender.token);
    return { id: ENV_SENDER_ID, number: sender.number, token: sender.token };
  }
  const row = await db.senderNumber.findFirst({ where: { id: senderId, deletedAt: null } });
  if (!row) throw new NotFoundError("That sender number");
  try {
    return { id: row.id, number: row.number, token: openSecret(row.tokenCipher) };
  } catch {
    throw new ExpectedError(
      "secret_unreadable",
      `The token of “${row.label}” cannot be decrypted with the current KABAR_SECRET_KEY. ` +
        "Enter the token again in Settings, or re-encrypt with npm run secrets:rotate.",
    );
  }
}
