"use client";

import { useState, useTransition } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";

/**
 * A button for a step that first asks in a dialog (destructive, or risky like a re-send that may
 * arrive twice: `tone="secondary"`, with the warning as children). `onConfirm` returns null when the
 * step succeeded (the dialog then closes), or the message saying why it did not, which the dialog
 * shows (the last active admin cannot deactivate themself, for instance).
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  description,
  confirmLabel,
  dismissLabel = "Cancel",
  onConfirm,
  tone = "danger",
  children,
}: {
  label: string;
  /** A fuller name when many rows have the same button ("Remove Sales line"). */
  accessibleLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  /** The button that closes the dialog without the step (when "Cancel" would read as the step). */
  dismissLabel?: string;
  onConfirm: () => Promise<string | null>;
  tone?: "danger" | "secondary";
  /** More to say in the dialog, above its buttons. */
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        aria-label={accessibleLabel}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        className={tone === "danger" ? buttonClass.danger : buttonClass.secondary}
      >
        {label}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        description={description}
      >
        {children}
        {error ? (
          <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => setOpen(false)} className={buttonClass.secondary}>
            {dismissLabel}
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                let failure: string | null;
                try {
                  failure = await onConfirm();
                } catch {
                  failure = "Kabar could not be reached. Check your connection, then try again.";
                }
                if (failure === null) setOpen(false);
                else setError(failure);
              })
            }
            className={tone === "danger" ? buttonClass.dangerSolid : buttonClass.primary}
          >
            {pending ? "Working…" : confirmLabel}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
