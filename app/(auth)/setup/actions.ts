"use server";

import { redirect } from "next/navigation";
import { definePublicAction } from "@/lib/actions/define-action";
import { setupAdminSchema } from "@/lib/setup/schema";
import { ExpectedError } from "@/lib/errors/expected-error";
import { createFirstAdmin } from "@/lib/setup/create-first-admin";

// The first-run action: nobody can be signed in before the first user exists, so it is public.
// The service refuses (in a transaction) as soon as any user exists.
export const setupAdminAction = definePublicAction({
  name: "setup.create_admin",
  input: setupAdminSchema,
  run: async (input, { ip }) => {
    try {
      await createFirstAdmin(input, ip);
      return null;
    } catch (error) {
      if (error instanceof ExpectedError && error.code === "setup_done") redirect("/sign-in");
      throw error;
    }
  },
});
