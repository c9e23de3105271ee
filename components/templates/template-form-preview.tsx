"use client";

import { useDeferredValue, useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { MessageDraft } from "@/lib/composer/draft-schema";
import type { TemplateInput } from "@/lib/templates/schema";
import { MessagePreview } from "@/components/whatsapp-preview/message-preview";
import type { TemplateFormValues } from "./template-form-values";

/** No values yet: every placeholder shows marked, media shows as "not chosen". */
const unfilled: MessageDraft = {
  kind: "template",
  templateId: "draft",
  headerFilename: undefined,
  bodyParams: [],
  buttons: [],
  cards: [],
};

/** The live preview of the template being edited (deferred: typing never waits for it). */
export function TemplateFormPreview({ control }: { control: Control<TemplateFormValues> }) {
  const values = useWatch({ control });
  const deferred = useDeferredValue(values);
  const template = useMemo<TemplateInput>(
    () => ({
      name: deferred.name ?? "",
      language: deferred.language ?? "",
      category: deferred.category ?? "UTILITY",
      headerKind: deferred.headerKind ?? "none",
      headerText: deferred.headerText ?? "",
      body: deferred.body ?? "",
      footer: deferred.footer ?? "",
      // Rows being edited may be half-filled; the preview shows what is there.
      buttons: (deferred.buttons ?? []) as TemplateInput["buttons"],
      buttonsFormat: deferred.buttonsFormat ?? "array",
      cards: (deferred.cards ?? []) as TemplateInput["cards"],
      offerExpiry: deferred.offerExpiry ?? false,
    }),
    [deferred],
  );
  return <MessagePreview message={unfilled} template={template} />;
}
