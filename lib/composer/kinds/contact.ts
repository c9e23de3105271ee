import { z } from "zod";
import { normalizePhone } from "@/lib/phone/normalize";
import { defineKind, issueAt, oneLine } from "./define";
import { capped, required } from "./fields";

/** A contact card's number as the spec writes it (+62…) when it can be read, else as typed. */
export function contactPhone(typed: string): string {
  const phone = normalizePhone(typed);
  return phone.ok ? phone.e164 : typed.trim();
}

export const contactKind = defineKind(
  z.object({
    kind: z.literal("contact"),
    name: capped("Contact name", 100),
    phone: required("Contact phone"),
  }),
  "contact",
  {
    label: "Contact",
    session: true,
    empty: () => ({ kind: "contact", name: "", phone: "" }),
    input: (draft, to) => ({ to: to[0] ?? "", phone: contactPhone(draft.phone), name: draft.name }),
    summary: (draft) => oneLine(`Contact: ${draft.name} (${draft.phone})`),
    refusedField: (path) => (path === "phone" || path === "name" ? path : null),
    issues: (draft) => {
      const phone = normalizePhone(draft.phone);
      return issueAt("message.phone", draft.phone.trim() !== "" && !phone.ok && phone.reason);
    },
  },
);
