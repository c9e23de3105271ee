"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { composeSchema } from "@/lib/composer/draft-schema";
import { cancelCompose } from "@/lib/sends/cancel-compose";
import { submitCompose } from "@/lib/sends/send-compose";

/**
 * Sends a compose: the delivery engine records every request, then sends them at the sender's
 * pace. Answers with the outcome when it comes within a few seconds, otherwise with what the
 * engine is doing (queued, waiting for the rate limit until…, sending), which the composer then
 * follows (GET /api/composer/progress/…). Leaving the page changes nothing.
 */
export const sendCompose = defineAction({
  name: "composer.send",
  input: composeSchema,
  roles: canSend,
  run: (input, { user, ip }) =>
    submitCompose(
      input,
      { userId: user.id },
      {
        waitMs: 2500,
        timeZone: user.timeZone,
        optOutOverride: input.optOutOverrideReason
          ? { reason: input.optOutOverrideReason, actor: { user, ip } }
          : undefined,
      },
    ),
});

/** Cancels the requests of a compose that have not left yet. */
export const cancelQueuedSends = defineAction({
  name: "composer.cancel",
  input: z.object({ composeId: z.string().uuid() }),
  roles: canSend,
  run: ({ composeId }, actor) => cancelCompose(composeId, actor),
});
