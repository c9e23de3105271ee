"use server";

// Server action of the account page: any signed-in role may change their own password.
import { defineAction } from "@/lib/actions/define-action";
import { canRead } from "@/lib/auth/roles";
import { changePasswordSchema } from "@/lib/account/schema";
import { changeOwnPassword } from "@/lib/account/change-own-password";
import { preferencesSchema } from "@/lib/account/preferences-schema";
import { updateOwnPreferences } from "@/lib/account/update-own-preferences";

export const changePasswordAction = defineAction({
  name: "account.change_password",
  input: changePasswordSchema,
  roles: canRead,
  run: (input, ctx) => changeOwnPassword(input, ctx),
});

export const updatePreferencesAction = defineAction({
  name: "account.update_preferences",
  input: preferencesSchema,
  roles: canRead,
  run: (input, ctx) => updateOwnPreferences(input, ctx),
});
