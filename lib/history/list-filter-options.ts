import "server-only";
import { db } from "@/lib/db/client";
import { ENVIRONMENT_SENDER_ID } from "@/lib/vocabulary/sends";
import { errorCodeLabel } from "@/lib/wording/describe-failure";
import { environmentSenderLabel } from "@/lib/senders/environment-sender-label";
import { distinctSendValues } from "./query/distinct-values";

export interface FilterOption {
  value: string;
  label: string;
}

export interface HistoryFilterOptions {
  senders: FilterOption[];
  users: FilterOption[];
  templates: FilterOption[];
  errorCodes: FilterOption[];
}

/**
 * The choices of the history filter: every sender number and user (removed ones too, since
 * their sends stay), and the template names and error codes that occur in history.
 */
export async function listHistoryFilterOptions(): Promise<HistoryFilterOptions> {
  const [senders, users, templates, errorCodes] = await Promise.all([
    db.senderNumber.findMany({
      select: { id: true, label: true, number: true, deletedAt: true },
      orderBy: [{ deletedAt: "asc" }, { label: "asc" }],
    }),
    db.user.findMany({
      select: { id: true, name: true, email: true },
      orderBy: { name: "asc" },
    }),
    distinctSendValues(db, "templateName"),
    distinctSendValues(db, "errorCode"),
  ]);
  const environment = environmentSenderLabel();
  return {
    senders: [
      ...senders.map((s) => ({
        value: s.id,
        label: `${s.label} (${s.number})${s.deletedAt ? " · removed" : ""}`,
      })),
      {
        value: ENVIRONMENT_SENDER_ID,
        label: environment.number
          ? `${environment.label} (${environment.number})`
          : environment.label,
      },
    ],
    users: users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
    templates: templates.map((t) => ({ value: t, label: t })),
    errorCodes: errorCodes.map((code) => ({ value: code, label: errorCodeLabel(code) })),
  };
}
