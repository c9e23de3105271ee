// Every audit action has a label in the catalogue (messages/<locale>/audit.json, actions): the
// assertion below stops the build when an action is added without one, so the audit trail never
// falls back to showing a raw code such as `campaign.paused`.
import type { Messages } from "@/lib/i18n/messages";
import type { AuditAction } from "./record-audit-event";

type Groups = Messages["audit"]["actions"];
type GroupName = Extract<keyof Groups, string>;
type ActionKey = { [G in GroupName]: `${G}.${Extract<keyof Groups[G], string>}` }[GroupName];

export const everyAuditActionLabelled: [AuditAction] extends [ActionKey] ? true : never = true;
