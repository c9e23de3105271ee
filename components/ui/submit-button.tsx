"use client";

import clsx from "clsx";
import { buttonClass } from "./styles";

/** A form's submit button: disabled while the action runs, saying what is happening. */
export function SubmitButton({
  pending,
  busyLabel,
  children,
  className,
}: {
  pending: boolean;
  /** "Saving…" */
  busyLabel: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={clsx(buttonClass.primary, className)}>
      {pending ? busyLabel : children}
    </button>
  );
}
