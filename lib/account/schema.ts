// The change-my-password form: shared by the form and its server action.
import { z } from "zod";
import { PASSWORD_MAX, newPasswordSchema } from "@/lib/auth/password-policy";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "Enter your current password")
      .max(PASSWORD_MAX, "That is not your current password"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.newPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
