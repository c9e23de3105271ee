"use client";

// One click from the review: the campaign's first recipients sent to a Damcorp sandbox Kabar
// starts for the rehearsal (never the configured Damcorp), with every request and answer shown.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { rehearseCampaignAction } from "@/app/(app)/campaigns/new/actions";
import { buttonClass } from "@/components/ui/styles";
import type { Rehearsal } from "@/lib/campaigns/rehearsal/run-rehearsal";
import { StepError, useStepAction } from "./use-step-action";

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function RehearsalPanel({ campaignId }: { campaignId: string }) {
  const [rehearsal, setRehearsal] = useState<Rehearsal | null>(null);
  const { run, pending, failure } = useStepAction<Rehearsal>();
  const t = useTranslations("campaigns.rehearsal");
  return (
    <section aria-label={t("title")} className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("explain")}</p>
      <div>
        <button
          type="button"
          className={buttonClass.secondary}
          disabled={pending}
          onClick={() => run(() => rehearseCampaignAction({ id: campaignId }), setRehearsal)}
        >
          {pending ? t("running") : t("run")}
        </button>
      </div>
      <StepError message={failure?.message} />
      {rehearsal ? (
        <div className="flex flex-col gap-2">
          <p role="status" className="text-sm">
            {t("result", {
              rehearsed: rehearsal.rehearsed,
              planned: rehearsal.planned,
              requests: rehearsal.exchanges.length,
            })}
          </p>
          <ol aria-label={t("requests")} className="flex flex-col gap-2">
            {rehearsal.exchanges.map((e, i) => (
              <li key={i} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium">
                  {t("exchange", {
                    row: e.row,
                    to: e.to,
                    method: e.method,
                    path: e.path,
                    http: e.httpStatus ?? t("noAnswer"),
                    outcome: e.outcome,
                  })}
                </p>
                <details>
                  <summary>{t("details", { row: e.row })}</summary>
                  <pre className="overflow-x-auto text-xs">{json(e.body)}</pre>
                  <pre className="overflow-x-auto text-xs">{json(e.response)}</pre>
                </details>
              </li>
            ))}
          </ol>
          {rehearsal.notBuilt.map((n) => (
            <p key={n.row} className="text-sm text-amber-900">
              {t("notBuilt", { row: n.row, problems: n.problems.join("; ") })}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
