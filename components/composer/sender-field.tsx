"use client";

import { useId } from "react";
import Link from "next/link";
import { useFormContext } from "react-hook-form";
import type { SenderView } from "@/lib/senders/list-senders";
import { FieldError, useFieldError } from "./bound-fields";
import { fieldControlClass } from "@/components/ui/styles";
import type { ComposeFormValues } from "./form-types";

export type ComposerSender = Pick<SenderView, "id" | "label" | "number" | "isDefault">;

export function SenderField({ senders }: { senders: ComposerSender[] }) {
  const id = useId();
  const { register } = useFormContext<ComposeFormValues>();
  const error = useFieldError("senderId");
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
        aria-describedby={error ? `${id}-error` : undefined}
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
      <FieldError id={`${id}-error`} name="senderId" />
    </div>
  );
}
