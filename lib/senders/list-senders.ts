import "server-only";
import { db } from "@/lib/db/client";
import { lastFour } from "@/lib/security/secret-box";
import { ENV_SENDER_ID, ENV_SENDER_LABEL, environmentSender } from "./environment-sender";

/** A sender number as pages and forms may see it: never the token, only its last four characters. */
export interface SenderView {
  id: string;
  label: string;
  /** E.164 ("+6281234567890"); null for an environment sender without DAMCORP_SENDER_NUMBER. */
  number: string | null;
  last4: string;
  isDefault: boolean;
  source: "database" | "environment";
}

/**
 * The sender numbers a message can go out from: the stored ones (default first), then the
 * environment sender when DAMCORP_TOKEN is set. The environment sender is the default only when
 * no stored sender is.
 */
export async function listSenders(): Promise<SenderView[]> {
  const rows = await db.senderNumber.findMany({
    where: { deletedAt: null },
    select: { id: true, label: true, number: true, tokenLast4: true, isDefault: true },
    orderBy: [{ isDefault: "desc" }, { label: "asc" }, { createdAt: "asc" }],
  });
  const senders: SenderView[] = rows.map((row) => ({
    id: row.id,
    label: row.label,
    number: row.number,
    last4: row.tokenLast4,
    isDefault: row.isDefault,
    source: "database",
  }));
  const fromEnv = environmentSender();
  if (fromEnv) {
    senders.push({
      id: ENV_SENDER_ID,
      label: ENV_SENDER_LABEL,
      number: fromEnv.number,
      last4: lastFour(fromEnv.token),
      isDefault: !rows.some((r) => r.isDefault),
      source: "environment",
    });
  }
  return senders;
}
