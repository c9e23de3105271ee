"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { resendUnknown } from "@/lib/sends/resend-unknown";

/**
 * Sends again a send whose outcome is unknown, after the operator was warned that the customer
 * may get it twice: a new request of its own, linked to the first, queued before bulk work.
 */
export const resendUnknownSend = defineAction({
  name: "history.resendUnknown",
  input: z.object({ sendId: z.string().min(1).max(64) }),
  roles: canSend,
  run: ({ sendId }, actor) => resendUnknown(sendId, actor),
});
