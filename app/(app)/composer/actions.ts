"use server";

import { after } from "next/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { composeSchema } from "@/lib/composer/draft-schema";
import { getComposeState } from "@/lib/sends/get-compose-state";
import { submitCompose } from "@/lib/sends/send-compose";

/**
 * Sends a compose. Answers with the outcome when Damcorp answers within a few seconds; otherwise
 * with the pending state (the send goes on after the answer, kept alive with after()), which the
 * composer then follows with getComposeProgress.
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
        keepAlive: (work) => after(work),
        optOutOverride: input.optOutOverrideReason
          ? { reason: input.optOutOverrideReason, actor: { user, ip } }
          : undefined,
      },
    ),
});

export const getComposeProgress = defineAction({
  name: "composer.progress",
  input: z.object({ composeId: z.string().uuid() }),
  roles: canSend,
  run: ({ composeId }) => getComposeState(composeId),
});
