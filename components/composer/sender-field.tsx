"use client";

import { useId } from "react";
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { describeRate, rateOf } from "@/lib/delivery/pace";
import type { SenderView } from "@/lib/senders/list-senders";
import type { SenderRateView } from "@/lib/senders/sender-rates";
import { FieldError, useFieldError } from "./bound-fields";
import { fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "./form-types";

export type ComposerSender = Pick<SenderView, "id" | "label" | "number" | "isDefault"> & {
  /** Its send rate (set by an admin in Settings): read here, changed only there. */
  rate?: SenderRateView;
};

const rateHint = (rate: string) => `Sends at most ${rate} (set by an admin in Settings).`;

export function SenderField({ senders }: { senders: ComposerSender[] }) {
  const id = useId();
  const { register, control } = useFormContext<ComposeFormValues>();
  const error = useFieldError("senderId");
  const senderId = useWatch({ control, name: "senderId" });
  const rate = senders.find((s) => s.id === senderId)?.rate;
  if (senders.length === 0) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        No sender number is set up, so nothing can be sent yet. An admin can add one in{" "}
        <Link href="/settings" className="underline">
          Settings
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Send from
      </label>
      <select
        id={id}
        {...register("senderId")}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [rate ? `${id}-rate` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
          undefined
        }
        className={fieldControlClass}
      >
        {senders.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
            {s.number ? ` (${s.number})` : ""}
            {s.isDefault ? " · default" : ""}
          </option>
        ))}
      </select>
      {rate ? (
        <p id={`${id}-rate`} className="text-xs text-slate-500">
          {rateHint(describeRate(rateOf(rate)))}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} name="senderId" />
    </div>
  );
}
