// What an admin may type when managing users: the one description shared by forms, actions and
// the create-admin script.
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { newPasswordSchema } from "@/lib/auth/password-policy";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters")
  .email("Enter an email address such as name@example.com");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(100, "Use at most 100 characters");

export const roleInputSchema = z.enum(roles, { error: "Choose a role" });

const userId = z.string().min(1, "Choose a user");

export const createUserSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: roleInputSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeUserRoleSchema = z.object({ userId, role: roleInputSchema });
export type ChangeUserRoleInput = z.output<typeof changeUserRoleSchema>;

export const userIdSchema = z.object({ userId });

export const resetUserPasswordSchema = z.object({ userId, password: newPasswordSchema });
export type ResetUserPasswordInput = z.output<typeof resetUserPasswordSchema>;
