"use server";

// Server actions of the users page. Admin only; each one is role check → zod parse → lib/users
// service (see lib/actions/define-action.ts).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { canAdminister } from "@/lib/auth/roles";
import {
  changeUserRoleSchema,
  createUserSchema,
  resetUserPasswordSchema,
  userIdSchema,
} from "@/lib/users/schema";
import { createUser } from "@/lib/users/create-user";
import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";

const page = "/settings/users";

export const createUserAction = defineAction({
  name: "users.create",
  input: createUserSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await createUser(input, ctx);
    revalidatePath(page);
    return result;
  },
});

export const changeUserRoleAction = defineAction({
  name: "users.change_role",
  input: changeUserRoleSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await changeUserRole(input, ctx);
    revalidatePath(page);
    return result;
  },
});

export const deactivateUserAction = defineAction({
  name: "users.deactivate",
  input: userIdSchema,
  roles: canAdminister,
  run: async ({ userId }, ctx) => {
    const result = await deactivateUser(userId, ctx);
    revalidatePath(page);
    return result;
  },
});

export const reactivateUserAction = defineAction({
  name: "users.reactivate",
  input: userIdSchema,
  roles: canAdminister,
  run: async ({ userId }, ctx) => {
    const result = await reactivateUser(userId, ctx);
    revalidatePath(page);
    return result;
  },
});

export const resetUserPasswordAction = defineAction({
  name: "users.reset_password",
  input: resetUserPasswordSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await resetUserPassword(input, ctx);
    revalidatePath(page);
    return result;
  },
});
