"use client";

// "Back" to the step before the current one (the draft keeps what each step saved).
import { goToWizardStep } from "@/app/(app)/campaigns/new/actions";
import { buttonClass } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { WIZARD_STEPS, type WizardStep } from "@/lib/campaigns/review/wizard-state";
import { useStepAction } from "./use-step-action";

export function StepBackLink({ campaignId, step }: { campaignId: string; step: WizardStep }) {
  const { run, pending } = useStepAction();
  const t = useTranslations("campaigns.wizard");
  const before = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1];
  if (!before) return null;
  return (
    <div>
      <button
        type="button"
        className={buttonClass.small}
        disabled={pending}
        onClick={() => run(() => goToWizardStep({ id: campaignId, step: before }))}
      >
        {t(`back.${before}`)}
      </button>
    </div>
  );
}
