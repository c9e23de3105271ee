import "server-only";
import { createHash } from "node:crypto";
import { createDamcorpClient, type DamcorpClient, type OnRetry } from "@/lib/damcorp";
import { env } from "@/lib/env";
import { ExpectedError } from "@/lib/errors/expected-error";
import { getSenderCredentialsOrThrow } from "@/lib/senders/get-sender-credentials";
import { getHelpdeskApiKey } from "@/lib/settings/get-helpdesk-api-key";

// One base client from the validated env; per-call credentials come from the sender or the
// helpdesk setting (decrypted just in time, registered for redaction, never returned).
const baseConfig = () => ({
  whatsappUrl: env.DAMCORP_WHATSAPP_URL,
  helpdeskUrl: env.DAMCORP_HELPDESK_URL,
  timeoutMs: env.DAMCORP_TIMEOUT_MS,
  helpdeskTimeZone: env.HELPDESK_TIME_ZONE,
});

let base: DamcorpClient | undefined;
function baseClient(): DamcorpClient {
  base ??= createDamcorpClient(baseConfig());
  return base;
}

// Shared board reads never wait out a Retry-After inside a request: the shared cache closes its
// gate until then and answers with the last good data meanwhile (lib/tickets/helpdesk-reads.ts).
let sharedReadBase: DamcorpClient | undefined;
function sharedReadClient(): DamcorpClient {
  sharedReadBase ??= createDamcorpClient({ ...baseConfig(), retry: { maxRetryAfterMs: 0 } });
  return sharedReadBase;
}

/** A WhatsApp client that sends as one sender number. */
export async function getWhatsAppClient(
  senderId: string,
  onRetry?: OnRetry,
): Promise<{ client: DamcorpClient; senderNumber: string | null }> {
  const sender = await getSenderCredentialsOrThrow(senderId);
  // A progress callback is per send, so such a client is built for this call alone.
  const client = onRetry
    ? createDamcorpClient({ ...baseConfig(), token: sender.token, onRetry })
    : baseClient().withCredentials({ token: sender.token });
  return { client, senderNumber: sender.number };
}

async function helpdeskApiKeyOrThrow(): Promise<string> {
  const apiKey = await getHelpdeskApiKey();
  if (!apiKey) {
    throw new ExpectedError(
      "helpdesk_not_configured",
      "No helpdesk api-key is configured. An admin can add it in Settings.",
    );
  }
  return apiKey;
}

/** A helpdesk client with the configured api-key, or an error that says where to set one. */
export async function getHelpdeskClient(): Promise<DamcorpClient> {
  return baseClient().withCredentials({ apiKey: await helpdeskApiKeyOrThrow() });
}

/**
 * A helpdesk client for reads shared between users, with a name for its credential (a hash:
 * the helpdesk limits requests per api-key, and a new key must not be served the old key's
 * answers). The api-key itself never leaves the client.
 */
export async function getSharedHelpdeskReader(): Promise<{
  client: DamcorpClient;
  credentialId: string;
}> {
  const apiKey = await helpdeskApiKeyOrThrow();
  const credentialId = createHash("sha256")
    .update(`${env.DAMCORP_HELPDESK_URL}\n${apiKey}`)
    .digest("hex")
    .slice(0, 16);
  return { client: sharedReadClient().withCredentials({ apiKey }), credentialId };
}
