"use server";

import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { optInNumberSchema } from "@/lib/contacts/schema";
import { optInNumber } from "@/lib/opt-outs/opt-out-number";

// Opting back in from the opt-out list: agents and admins (viewers see no button, and this
// refuses them anyway). Explicit, with a reason, audited (lib/opt-outs/opt-out-number.ts).
export const optInNumberAction = defineAction({
  name: "opt-outs.opt-in",
  input: optInNumberSchema,
  roles: canSend,
  run: async ({ e164, reason }, actor) => {
    await optInNumber(e164, reason, actor);
    return { e164 };
  },
});
