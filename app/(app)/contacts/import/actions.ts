"use server";

import { after } from "next/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canSend } from "@/lib/auth/roles";
import { importIdSchema } from "@/lib/contacts/import/fields";
import { cancelImport, startImport } from "@/lib/contacts/import/manage-import";
import { importSettingsSchema } from "@/lib/contacts/import/mapping-json";
import { previewImport } from "@/lib/contacts/import/preview-import";

export const previewImportAction = defineAction({
  name: "contacts.import.preview",
  input: z.object({ importId: importIdSchema, header: z.enum(["auto", "present", "absent"]) }),
  roles: canSend,
  run: ({ importId, header }) => previewImport(importId, header),
});

/** Starts the import; it runs on after the answer (after()), the page follows its progress. */
export const startImportAction = defineAction({
  name: "contacts.import.start",
  input: importSettingsSchema.extend({ importId: importIdSchema }),
  roles: canSend,
  run: ({ importId, ...settings }, actor) =>
    startImport(importId, settings, actor, (work) => after(work)),
});

export const cancelImportAction = defineAction({
  name: "contacts.import.cancel",
  input: z.object({ importId: importIdSchema }),
  roles: canSend,
  run: ({ importId }, actor) => cancelImport(importId, actor),
});
