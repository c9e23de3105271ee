"use client";

import { toast } from "@/components/ui/toast";
import { setSenderRateAction } from "@/app/(app)/settings/actions";
import { describeRate, MAX_RATE_PER_SECOND, rateOf } from "@/lib/delivery/send-rate";
import type { SenderRateView } from "@/lib/senders/sender-rates";
import { FormAlert, SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";

const text = {
  limit: "Messages",
  limitHint: `A whole number; at most ${MAX_RATE_PER_SECOND} a second.`,
  per: "Per",
  perSecond: "second",
  perMinute: "minute",
  explain:
    "Kabar never sends faster than this from this number, however many workers deliver. Set it to what Damcorp allows your account; the change holds from the next message on.",
  save: "Save rate",
  saving: "Saving…",
  saved: (label: string, rate: string) => `${label} now sends at most ${rate}.`,
};

/** Sets one sender number's send rate (messages per second or per minute). */
export function SenderRateForm({
  senderId,
  label,
  rate,
  onDone,
}: {
  senderId: string;
  label: string;
  rate: SenderRateView;
  onDone?: () => void;
}) {
  const { state, pending, onSubmit, fieldError } = useActionForm<{
    limit: number;
    per: "second" | "minute";
  }>(setSenderRateAction, (saved) => {
    toast.success(text.saved(label, describeRate(rateOf(saved))));
    onDone?.();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{text.explain}</p>
      <input type="hidden" name="senderId" value={senderId} />
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label={text.limit}
          name="limit"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          defaultValue={rate.limit}
          controlWidth="w-32"
          hint={text.limitHint}
          error={fieldError("limit")}
        />
        <SelectField
          label={text.per}
          name="per"
          defaultValue={rate.per}
          controlWidth="w-32"
          options={[
            { value: "second", label: text.perSecond },
            { value: "minute", label: text.perMinute },
          ]}
          error={fieldError("per")}
        />
      </div>
      <FormAlert message={state.ok ? null : state.message} />
      <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
        {pending ? text.saving : text.save}
      </button>
    </form>
  );
}
