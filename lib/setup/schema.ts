// The first-run form that creates the first admin.
import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { emailSchema, personNameSchema } from "@/lib/users/schema";

export const setupAdminSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.confirmPassword === v.password, {
    path: ["confirmPassword"],
    message: "The two passwords are not the same",
  });
export type SetupAdminInput = z.output<typeof setupAdminSchema>;
