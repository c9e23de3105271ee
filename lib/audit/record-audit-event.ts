import "server-only";
import { db } from "@/lib/db/client";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out"
  | "auth.password_changed"
  | "auth.setup_admin"
  | "account.preferences_changed"
  | "user.created"
  | "user.role_changed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_reset"
  | "secret.sender_added"
  | "secret.sender_updated"
  | "secret.sender_removed"
  | "secret.helpdesk_key_changed"
  | "ticket.opened"
  | "ticket.closed"
  | "history.exported"
  | "send.cancelled"
  | "send.resent"
  | "sender.rate_changed"
  | "media.deleted"
  | "media.restored"
  | "media.imported"
  | "contact.created"
  | "contact.updated"
  | "contact.deleted"
  | "contact.opted_out"
  | "contact.opted_in"
  | "contact.opt_out_overridden"
  | "contacts.tagged"
  | "contacts.imported"
  | "contacts.import_cancelled"
  | "contacts.exported"
  | "campaign.created"
  | "campaign.launched"
  | "campaign.scheduled"
  | "campaign.paused"
  | "campaign.resumed"
  | "campaign.cancelled"
  | "campaign.retried"
  | "campaign.resent_unknown"
  | "campaign.opt_out_overridden"
  | "access.denied";

export interface AuditEntry {
  action: AuditAction;
  actor?: { id: string; email: string } | null;
  /** Email for events without a known actor (failed sign-in). */
  actorEmail?: string;
  target?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends one event to the audit trail. Never updates or deletes: the trail is append-only. */
export async function recordAuditEvent(entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? entry.actorEmail ?? null,
      target: entry.target ?? null,
      ip: entry.ip ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}
