"use client";

// Step 6: the review. Nothing is sent until the operator launches (now or at a time in their
// zone). Any row can be previewed exactly as that customer will see it, with its exact request.
import { TZDate } from "@date-fns/tz";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  goToWizardStep,
  launchReviewedCampaign,
  previewCampaignRowAction,
} from "@/app/(app)/campaigns/new/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { MessagePreview } from "@/components/whatsapp-preview/message-preview";
import { RequestView } from "@/components/whatsapp-preview/request-view";
import type { ReviewFigures } from "@/lib/campaigns/review/review-audience";
import type { RowPreview } from "@/lib/campaigns/review/wizard-steps";
import type { TemplateInput } from "@/lib/templates/schema";
import { ReviewFiguresList } from "./review-figures";
import { StepError, useStepAction } from "./use-step-action";
import type { ReactNode } from "react";

/** "2026-12-03T09:30" typed in `timeZone` → the instant, with its offset. */
function instantIn(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 0, timeZone).getTime()).toISOString();
}

export function ReviewStep({
  campaignId,
  figures,
  audienceRows,
  template,
  senderName,
  timeZone,
  rehearsal,
}: {
  campaignId: string;
  figures: ReviewFigures;
  audienceRows: number;
  template?: TemplateInput;
  senderName?: string;
  timeZone: string;
  rehearsal?: ReactNode;
}) {
  const router = useRouter();
  const [row, setRow] = useState("1");
  const [preview, setPreview] = useState<RowPreview | null>(null);
  const [when, setWhen] = useState<"now" | "later">("now");
  const [at, setAt] = useState("");
  const [atError, setAtError] = useState<string | null>(null);
  const previewing = useStepAction<RowPreview>();
  const launching = useStepAction<{ id: string }>();
  const back = useStepAction();

  function launch() {
    let scheduledAt: string | null = null;
    if (when === "later") {
      scheduledAt = instantIn(at, timeZone);
      if (!scheduledAt) return setAtError("Pick a date and time");
    }
    setAtError(null);
    launching.run(
      () => launchReviewedCampaign({ id: campaignId, scheduledAt }),
      (campaign) => router.push(`/campaigns/${campaign.id}`),
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <section aria-label="Review" className="flex flex-col gap-3">
        <ReviewFiguresList figures={figures} />
        <div className="flex flex-wrap gap-2">
          <a
            className={buttonClass.secondary}
            href={`/campaigns/new/rejected-rows?id=${campaignId}`}
          >
            Download the rejected rows (CSV)
          </a>
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => back.run(() => goToWizardStep({ id: campaignId, step: "variables" }))}
          >
            Back to the variables
          </button>
        </div>
      </section>

      <section aria-label="Preview a row" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Preview any row</h2>
        <form
          className="flex items-end gap-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            previewing.run(
              () => previewCampaignRowAction({ id: campaignId, row: Number(row) }),
              setPreview,
            );
          }}
        >
          <Field
            label="Row number"
            hint={`1 to ${audienceRows}`}
            error={previewing.fieldError("row")}
          >
            {(meta) => (
              <Input
                meta={meta}
                controlWidth="w-28"
                inputMode="numeric"
                value={row}
                onChange={(e) => setRow(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className={buttonClass.secondary} disabled={previewing.pending}>
            Show this row
          </button>
        </form>
        {preview ? (
          <div className="grid gap-4 xl:grid-cols-2">
            <div className="flex flex-col gap-2">
              <p className="text-sm">
                Row {preview.row}: +{preview.to}
                {preview.name ? ` (${preview.name})` : ""} — {preview.source} row{" "}
                {preview.sourceRow}
              </p>
              {preview.note ? <p className="text-sm text-slate-600">{preview.note}</p> : null}
              {preview.rejection ? (
                <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                  Not sent: {preview.rejection}
                </p>
              ) : null}
              {preview.message ? (
                <MessagePreview
                  message={preview.message}
                  template={template}
                  senderName={senderName}
                />
              ) : null}
            </div>
            {preview.request ? (
              <RequestView method="POST" path={preview.request.path} body={preview.request.body} />
            ) : null}
          </div>
        ) : null}
        <StepError
          message={
            previewing.failure && !previewing.failure.fieldErrors
              ? previewing.failure.message
              : null
          }
        />
      </section>

      {rehearsal}

      <section aria-label="Launch" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Launch</h2>
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">When</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="when"
              checked={when === "now"}
              onChange={() => setWhen("now")}
            />
            Send now
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="when"
              checked={when === "later"}
              onChange={() => setWhen("later")}
            />
            Schedule for later
          </label>
        </fieldset>
        {when === "later" ? (
          <Field
            label={`Send at (${timeZone})`}
            error={atError ?? launching.fieldError("scheduledAt")}
          >
            {(meta) => (
              <Input
                meta={meta}
                type="datetime-local"
                controlWidth="w-64"
                value={at}
                onChange={(e) => setAt(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <StepError message={launching.failure?.message} />
        <div>
          <button
            type="button"
            className={buttonClass.primary}
            disabled={launching.pending || figures.toSend === 0 || figures.missingValue > 0}
            onClick={launch}
          >
            {when === "now"
              ? `Send to ${figures.toSend} recipients now`
              : `Schedule for ${figures.toSend} recipients`}
          </button>
        </div>
      </section>
    </div>
  );
}
