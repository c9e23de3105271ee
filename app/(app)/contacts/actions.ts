"use server";

import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { getContact } from "@/lib/contacts/get-contact";
import {
  createContact,
  deleteContact,
  tagContacts,
  updateContact,
} from "@/lib/contacts/save-contact";
import {
  bulkTagSchema,
  contactFormSchema,
  contactIdSchema,
  optOutInputSchema,
  updateContactSchema,
} from "@/lib/contacts/schema";
import { optInNumber, optOutNumber } from "@/lib/opt-outs/opt-out-number";
import { z } from "zod";

// Viewers read contacts; agents and admins change them (the pages do not render these controls
// for viewers, and these refuse them anyway).

export const createContactAction = defineAction({
  name: "contacts.create",
  input: contactFormSchema,
  roles: canSend,
  run: (input, actor) => createContact(input, actor),
});

export const updateContactAction = defineAction({
  name: "contacts.update",
  input: updateContactSchema,
  roles: canSend,
  run: async ({ id, ...values }, actor) => {
    await updateContact(id, values, actor);
    return { id };
  },
});

export const deleteContactAction = defineAction({
  name: "contacts.delete",
  input: z.object({ id: contactIdSchema }),
  roles: canSend,
  run: ({ id }, actor) => deleteContact(id, actor),
});

export const tagContactsAction = defineAction({
  name: "contacts.tag",
  input: bulkTagSchema,
  roles: canSend,
  run: ({ ids, tag, operation }, actor) => tagContacts(ids, tag, operation, actor),
});

export const optOutContactAction = defineAction({
  name: "contacts.opt-out",
  input: optOutInputSchema,
  roles: canSend,
  run: async ({ id, reason }, actor) => {
    const contact = await getContact(id);
    await optOutNumber(contact.e164, { source: "contact_page", reason, actor });
    return { id };
  },
});

export const optInContactAction = defineAction({
  name: "contacts.opt-in",
  input: optOutInputSchema,
  roles: canSend,
  run: async ({ id, reason }, actor) => {
    const contact = await getContact(id);
    await optInNumber(contact.e164, reason, actor);
    return { id };
  },
});
