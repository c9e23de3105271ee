"use client";

// Step 3: the message, written with the composer's own fields and live preview (any kind; a
// template is the usual case). Placeholders stay empty here: each recipient's values fill them.
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { saveCampaignMessage } from "@/app/(app)/campaigns/new/actions";
import type { ComposerTemplate } from "@/components/composer/fields/template-fields";
import type { ComposeFormValues, MessageValues } from "@/components/composer/form-types";
import { MessageFields } from "@/components/composer/message-fields";
import { PreviewPane } from "@/components/composer/preview-pane";
import { KindField } from "@/components/composer/composer";
import { buttonClass } from "@/components/ui/styles";
import { emptyDraft } from "@/lib/composer/kinds";
import type { MessageKind } from "@/lib/composer/draft-schema";
import { StepError, useStepAction } from "./use-step-action";

export function MessageStep({
  campaignId,
  message,
  templates,
  senderName,
}: {
  campaignId: string;
  message: MessageValues | null;
  templates: ComposerTemplate[];
  senderName?: string;
}) {
  const form = useForm<ComposeFormValues>({
    defaultValues: { message: message ?? emptyDraft("template") } as ComposeFormValues,
  });
  const kind = useWatch({ control: form.control, name: "message.kind" });
  const drafts = useRef<Partial<Record<MessageKind, MessageValues>>>({});
  const { run, pending, failure } = useStepAction();
  const t = useTranslations("campaigns.wizard");
  function switchKind(next: MessageKind) {
    const current = form.getValues("message");
    drafts.current[current.kind] = current;
    form.setValue("message", drafts.current[next] ?? emptyDraft(next));
  }
  function save(event: React.FormEvent) {
    event.preventDefault();
    run(() => saveCampaignMessage({ id: campaignId, message: form.getValues("message") }));
  }
  return (
    <FormProvider {...form}>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <form
          onSubmit={save}
          noValidate
          aria-label={t("steps.message")}
          className="flex min-w-0 flex-col gap-4"
        >
          <KindField onChange={switchKind} />
          <p className="text-sm text-slate-600">
            Leave the template&apos;s values empty where each customer gets their own: the next
            steps fill them from your spreadsheet or contacts.
          </p>
          <MessageFields kind={kind} templates={templates} />
          <StepError message={failure?.message} />
          <div>
            <button type="submit" className={buttonClass.primary} disabled={pending}>
              {pending ? t("saving") : t("message.next")}
            </button>
          </div>
        </form>
        <aside aria-label={t("message.preview")} className="flex min-w-0 flex-col gap-4">
          <PreviewPane templates={templates} senderName={senderName} />
        </aside>
      </div>
    </FormProvider>
  );
}
