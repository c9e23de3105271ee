"use client";

import { useEffect, useId, useRef } from "react";
import clsx from "clsx";

/**
 * The one modal of Kabar, on the native <dialog>: the browser traps focus, closes it on Escape
 * and returns focus to the opener. `open` is controlled by the parent; children mount only while
 * open, so forms inside start fresh each time.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  description,
  size = "normal",
  closeButton = false,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** "wide" for pickers and galleries. */
  size?: "normal" | "wide";
  /** A visible Close button beside the title (for dialogs without their own Cancel). */
  closeButton?: boolean;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={clsx(
        "m-auto w-full rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-black/40",
        size === "wide" ? "max-h-[90vh] max-w-4xl overflow-y-auto" : "max-w-md",
      )}
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="mt-1 text-sm text-slate-600">
              {description}
            </p>
          ) : null}
        </div>
        {closeButton ? (
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
          >
            Close
          </button>
        ) : null}
      </div>
      <div className="mt-4">{open ? children : null}</div>
    </dialog>
  );
}
