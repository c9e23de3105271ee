"use client";

import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";

/** A yes/no confirmation for a destructive template action. */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  pending,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ModalDialog open={open} onClose={onClose} title={title} description={description}>
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onClose} className={buttonClass.secondary}>
          Cancel
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={onConfirm}
          className={buttonClass.dangerSolid}
        >
          {pending ? "Working…" : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
