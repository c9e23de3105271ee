import "server-only";
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

/**
 * The delivery engine's client for one sender: one HTTP attempt per call (the engine waits out
 * rate limits and outages itself, recording every attempt). Credentials are read again after a
 * few seconds, so a changed or removed token takes effect without a restart.
 */
const deliveryClients = new Map<string, { client: DamcorpClient; until: number }>();
const DELIVERY_CREDENTIALS_MS = 5_000;
let deliveryBase: DamcorpClient | undefined;
export async function getDeliveryClient(senderId: string): Promise<DamcorpClient> {
  const cached = deliveryClients.get(senderId);
  if (cached && cached.until > Date.now()) return cached.client;
  const sender = await getSenderCredentialsOrThrow(senderId);
  deliveryBase ??= createDamcorpClient({ ...baseConfig(), retry: { maxAttempts: 1 } });
  const client = deliveryBase.withCredentials({ token: sender.token });
  deliveryClients.set(senderId, { client, until: Date.now() + DELIVERY_CREDENTIALS_MS });
  return client;
}

/** A helpdesk client with the configured api-key, or an error that says where to set one. */
export async function getHelpdeskClient(): Promise<DamcorpClient> {
  const apiKey = await getHelpdeskApiKey();
  if (!apiKey) {
    throw new ExpectedError(
      "helpdesk_not_configured",
      "No helpdesk api-key is configured. An admin can add it in Settings.",
    );
  }
  return baseClient().withCredentials({ apiKey });
}
