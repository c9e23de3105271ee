// Sender-number forms: shared by the add/edit forms and their server actions.
import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { sendRateFields, withinMaxRate } from "@/lib/delivery/pace";

/** Numbers written without a country code are Indonesian (as Damcorp itself assumes). */
export const DEFAULT_REGION = "ID";

/** Normalises a phone number to E.164 ("+6281234567890"); refuses anything that is not one. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .min(1, "Enter the sender number")
  .max(32, "A phone number has at most 15 digits")
  .transform((raw, ctx) => {
    if (!/^\+?[\d\s().-]+$/.test(raw)) {
      ctx.addIssue({
        code: "custom",
        message:
          "A phone number has only digits (spaces, dashes and a leading + are fine), like 0812 3456 7890 or +62 812 3456 7890",
      });
      return z.NEVER;
    }
    const phone = parsePhoneNumberFromString(raw, DEFAULT_REGION);
    if (!phone || !phone.isValid()) {
      ctx.addIssue({
        code: "custom",
        message:
          "This is not a valid phone number: write it with its country code (+62 812 3456 7890) or as an Indonesian number (0812 3456 7890)",
      });
      return z.NEVER;
    }
    return phone.number;
  });

const label = z
  .string()
  .trim()
  .min(1, "Enter a label, such as “Customer service”")
  .max(60, "Use at most 60 characters");

/** HTML checkboxes send "on" when ticked and nothing otherwise; objects send a boolean. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const token = z.string().trim().max(4096, "That token is too long for a Damcorp token");

export const addSenderSchema = z.object({
  label,
  number: phoneNumberSchema,
  token: token.min(1, "Enter the Damcorp token of this number"),
  isDefault: checkbox,
});
export type AddSenderInput = z.output<typeof addSenderSchema>;

export const updateSenderSchema = z.object({
  id: z.string().min(1),
  label,
  number: phoneNumberSchema,
  /** Empty keeps the stored token: the edit form never receives it. */
  token: token.optional().transform((v) => (v ? v : undefined)),
  isDefault: checkbox,
});
export type UpdateSenderInput = z.output<typeof updateSenderSchema>;

export const senderIdSchema = z.object({ senderId: z.string().min(1) });

/** An admin sets a sender number's send rate (Settings → sender numbers). */
export const senderRateSchema = z
  .object({ senderId: z.string().min(1), ...sendRateFields })
  .refine(...withinMaxRate);
export type SenderRateInput = z.output<typeof senderRateSchema>;
