"use client";

// The live preview and the request view beside the form. Both follow a deferred copy of the
// form's values, so typing never waits for them; the request is built with the same planner and
// message-kind table the send uses (lib/composer/build-request.ts, lib/damcorp).
import { useDeferredValue, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { MessagePreview } from "@/components/whatsapp-preview/message-preview";
import { RequestView } from "@/components/whatsapp-preview/request-view";
import { planRequests } from "@/lib/composer/build-request";
import { previewDraft } from "@/lib/composer/preview-draft";
import { readRecipients } from "@/lib/composer/recipients";
import type { ComposerTemplate } from "./fields/template-fields";
import type { ComposeFormValues } from "./form-types";

/** Stands in for `to` until a valid recipient is typed. */
const RECIPIENT_PLACEHOLDER = "<recipient>";

export function PreviewPane({
  templates,
  senderName,
}: {
  templates: ComposerTemplate[];
  senderName?: string;
}) {
  const t = useTranslations("composer.preview");
  const message = useWatch<ComposeFormValues, "message">({ name: "message" });
  const recipients = useWatch<ComposeFormValues, "recipients">({ name: "recipients" });
  const deferredMessage = useDeferredValue(message);
  const deferredRecipients = useDeferredValue(recipients);

  const { draft, complete } = useMemo(() => previewDraft(deferredMessage), [deferredMessage]);
  const template =
    draft.kind === "template" ? templates.find((t) => t.id === draft.templateId) : undefined;
  const digits = useMemo(
    () => readRecipients(deferredRecipients ?? "").recipients.map((r) => r.digits),
    [deferredRecipients],
  );

  const requests = useMemo(() => {
    try {
      return planRequests(draft, digits, { template, placeholder: RECIPIENT_PLACEHOLDER });
    } catch {
      return []; // a half-built draft the builders cannot read yet
    }
  }, [draft, digits, template]);
  const first = requests[0]?.request;
  const body = first?.body ?? null;
  const usesLibrary = body ? JSON.stringify(body).includes("media-library:") : false;

  return (
    <div className="flex flex-col gap-4">
      <MessagePreview message={draft} template={template} senderName={senderName} />
      {first && body ? (
        <div className="flex flex-col gap-2">
          <RequestView method="POST" path={first.path} body={body} />
          <div className="flex flex-col gap-1 text-xs text-slate-500">
            {digits.length > 1 && requests.length > 1 ? (
              <p>{t("onePerRecipient", { count: requests.length })}</p>
            ) : null}
            {!complete ? <p>{t("notValidYet")}</p> : null}
            {usesLibrary ? <p>{t("libraryFile")}</p> : null}
          </div>
        </div>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-500">
          {t("requestAppears")}
        </p>
      )}
    </div>
  );
}
