"use client";

// "Send again" on a send whose outcome is unknown: never by itself, only after a warning that the
// customer may get the message twice. The re-send is its own request, shown on its own page.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resendUnknownSend } from "@/app/(app)/history/[id]/actions";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClass } from "@/components/ui/styles";
import { UNKNOWN_OUTCOME_ADVICE } from "@/lib/wording/failures";

export function ResendUnknownButton({
  sendId,
  recipients,
}: {
  sendId: string;
  recipients: number;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const who = recipients === 1 ? "The customer" : `Each of the ${recipients} recipients`;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
        className={buttonClass.secondary}
      >
        Send again…
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Send this message again?"
        description={`Nobody knows whether this send reached Damcorp. ${who} may get the message twice.`}
      >
        <p className="mb-4 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
          {UNKNOWN_OUTCOME_ADVICE}
        </p>
        {error ? (
          <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => setOpen(false)} className={buttonClass.secondary}>
            Cancel
          </button>
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                try {
                  const result = await resendUnknownSend({ sendId });
                  if (!result.ok) return setError(result.message);
                  setOpen(false);
                  router.push(`/history/${result.data.sendId}`);
                } catch {
                  setError("Kabar could not be reached. Check your connection, then try again.");
                }
              })
            }
            className={buttonClass.primary}
          >
            {pending ? "Working…" : "Send again, it may arrive twice"}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
