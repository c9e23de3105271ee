// Where the operator is in the wizard: the steps in order, the current one marked.
import { useTranslations } from "next-intl";
import { WIZARD_STEPS, type WizardStep } from "@/lib/campaigns/review/wizard-state";

export function WizardStepsNav({ current }: { current: WizardStep }) {
  const at = WIZARD_STEPS.indexOf(current);
  const t = useTranslations("campaigns.wizard");
  return (
    <nav aria-label={t("stepsNav")}>
      <ol className="flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={step === current ? "step" : undefined}
            className={
              step === current
                ? "rounded-full bg-brand-600 px-3 py-1 font-medium text-white"
                : i < at
                  ? "rounded-full bg-slate-200 px-3 py-1 text-slate-800"
                  : "rounded-full border border-slate-300 px-3 py-1 text-slate-700"
            }
          >
            {t("stepNumbered", { number: i + 1, step: t(`steps.${step}`) })}
          </li>
        ))}
      </ol>
    </nav>
  );
}
