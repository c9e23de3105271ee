"use client";

import { useId } from "react";
import Link from "next/link";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
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

export function SenderField({ senders }: { senders: ComposerSender[] }) {
  const id = useId();
  const t = useTranslations("composer.sender");
  const { register, control } = useFormContext<ComposeFormValues>();
  const error = useFieldError("senderId");
  const senderId = useWatch({ control, name: "senderId" });
  const rate = senders.find((s) => s.id === senderId)?.rate;
  if (senders.length === 0) {
    return (
      <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
        {t.rich("noSender", {
          link: (chunks) => (
            <Link href="/settings" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t("sendFrom")}
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
            {s.isDefault ? t("default") : ""}
          </option>
        ))}
      </select>
      {rate ? (
        <p id={`${id}-rate`} className="text-xs text-slate-500">
          {t("rateHint", { rate: describeRate(rateOf(rate)) })}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} name="senderId" />
    </div>
  );
}
