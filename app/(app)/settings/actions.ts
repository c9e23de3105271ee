"use server";

// Server actions of the settings page (sender numbers, helpdesk api-key). Admin only; each one is
// role check → zod parse → lib service (see lib/actions/define-action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canAdminister } from "@/lib/auth/roles";
import {
  addSenderSchema,
  senderIdSchema,
  senderRateSchema,
  updateSenderSchema,
} from "@/lib/senders/schema";
import { addSenderNumber } from "@/lib/senders/add-sender-number";
import { updateSenderNumber } from "@/lib/senders/update-sender-number";
import { removeSenderNumber } from "@/lib/senders/remove-sender-number";
import { setSenderRate } from "@/lib/senders/sender-rates";
import { helpdeskApiKeySchema } from "@/lib/settings/schema";
import { setHelpdeskApiKey } from "@/lib/settings/set-helpdesk-api-key";
import { clearHelpdeskApiKey } from "@/lib/settings/clear-helpdesk-api-key";
import { testSenderConnection } from "@/lib/settings/test-sender-connection";
import { testHelpdeskConnection } from "@/lib/settings/test-helpdesk-connection";

const page = "/settings";

export const addSenderAction = defineAction({
  name: "settings.add_sender",
  input: addSenderSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await addSenderNumber(input, ctx);
    revalidatePath(page);
    return result;
  },
});

export const updateSenderAction = defineAction({
  name: "settings.update_sender",
  input: updateSenderSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await updateSenderNumber(input, ctx);
    revalidatePath(page);
    return result;
  },
});

export const removeSenderAction = defineAction({
  name: "settings.remove_sender",
  input: senderIdSchema,
  roles: canAdminister,
  run: async ({ senderId }, ctx) => {
    const result = await removeSenderNumber(senderId, ctx);
    revalidatePath(page);
    return result;
  },
});

/** Admins only: agents and viewers see the rate (composer) but cannot change it. */
export const setSenderRateAction = defineAction({
  name: "settings.set_sender_rate",
  input: senderRateSchema,
  roles: canAdminister,
  run: async (input, ctx) => {
    const result = await setSenderRate(input, ctx);
    revalidatePath(page);
    return result;
  },
});

export const testSenderConnectionAction = defineAction({
  name: "settings.test_sender_connection",
  input: senderIdSchema,
  roles: canAdminister,
  run: ({ senderId }) => testSenderConnection(senderId),
});

export const setHelpdeskKeyAction = defineAction({
  name: "settings.set_helpdesk_key",
  input: helpdeskApiKeySchema,
  roles: canAdminister,
  run: async ({ apiKey }, ctx) => {
    await setHelpdeskApiKey(apiKey, ctx);
    revalidatePath(page);
    return null;
  },
});

export const clearHelpdeskKeyAction = defineAction({
  name: "settings.clear_helpdesk_key",
  input: z.object({}),
  roles: canAdminister,
  run: async (_input, ctx) => {
    const result = await clearHelpdeskApiKey(ctx);
    revalidatePath(page);
    return result;
  },
});

export const testHelpdeskConnectionAction = defineAction({
  name: "settings.test_helpdesk_connection",
  input: z.object({}),
  roles: canAdminister,
  run: () => testHelpdeskConnection(),
});
