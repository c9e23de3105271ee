"use client";

// Step 1–2: the campaign's name and the sender number it goes out from.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  createCampaignDraftAction,
  updateCampaignDraftAction,
} from "@/app/(app)/campaigns/actions";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import type { WizardState } from "@/lib/campaigns/review/wizard-state";
import { StepError, useStepAction } from "./use-step-action";

export type WizardSender = { id: string; label: string; number: string | null; isDefault: boolean };

export function BasicsStep({
  campaign,
  senders,
}: {
  campaign: { id: string; name: string; senderId: string; state: WizardState } | null;
  senders: WizardSender[];
}) {
  const router = useRouter();
  const [name, setName] = useState(campaign?.name ?? "");
  const [senderId, setSenderId] = useState(
    campaign?.senderId || (senders.find((s) => s.isDefault) ?? senders[0])?.id || "",
  );
  const { run, pending, failure, fieldError } = useStepAction<{ id: string }>();
  const t = useTranslations("campaigns.wizard");
  function save(event: React.FormEvent) {
    event.preventDefault();
    if (campaign) {
      run(() =>
        updateCampaignDraftAction({
          id: campaign.id,
          name,
          senderId,
          wizardState: { ...campaign.state, step: "message" },
        }),
      );
    } else {
      run(
        () =>
          createCampaignDraftAction({
            name,
            senderId,
            wizardState: { step: "message", sources: [] },
          }),
        (created) => router.replace(`/campaigns/new?id=${created.id}`),
      );
    }
  }
  return (
    <form onSubmit={save} noValidate aria-label={t("steps.basics")} className="flex flex-col gap-4">
      <Field label={t("basics.name")} error={fieldError("name")}>
        {(meta) => (
          <Input meta={meta} name="name" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label={t("basics.sender")} error={fieldError("senderId")}>
        {(meta) => (
          <Select
            meta={meta}
            name="senderId"
            value={senderId}
            onChange={(e) => setSenderId(e.target.value)}
            options={senders.map((s) => ({
              value: s.id,
              label: s.number ? `${s.label} (${s.number})` : s.label,
            }))}
          />
        )}
      </Field>
      <StepError message={failure && !failure.fieldErrors ? failure.message : null} />
      <div>
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? t("saving") : t("basics.next")}
        </button>
      </div>
    </form>
  );
}
