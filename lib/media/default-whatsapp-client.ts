import "server-only";
import type { DamcorpClient } from "@/lib/damcorp";
import { getWhatsAppClient } from "@/lib/connections/damcorp";
import { listSenders } from "@/lib/senders/list-senders";

/**
 * A Damcorp client with the default sender's token, for media calls that are not tied to one
 * message (uploadMedia, downloadMedia). Null when no sender number is set up.
 */
export async function getDefaultWhatsAppClient(): Promise<DamcorpClient | null> {
  const senders = await listSenders();
  const sender = senders.find((s) => s.isDefault) ?? senders[0];
  if (!sender) return null;
  const { client } = await getWhatsAppClient(sender.id);
  return client;
}

export const NO_SENDER_MESSAGE = "No sender number is set up. An admin can add one in Settings.";
