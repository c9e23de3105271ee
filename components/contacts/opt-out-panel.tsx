"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { optInContactAction, optOutContactAction } from "@/app/(app)/contacts/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/errors/result";
import { optOutSourceLabels, type OptOutState } from "@/lib/contacts/list-item";
import { ticketHref } from "@/lib/tickets/board-filters";
import { formatDateTime } from "@/lib/time/format";

/**
 * The reason form of an opt-out or an opt-in (required, audited), for the contact page and the
 * opt-out list alike: `hidden` names what it applies to (a contact id or a number).
 */
export function ReasonDialog({
  action,
  hidden,
  optIn,
  onClose,
}: {
  action: (input: FormData) => Promise<ActionResult<unknown>>;
  hidden: Record<string, string>;
  optIn: boolean;
  onClose: () => void;
}) {
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(action, () => {
    toast.success(optIn ? "The number may be messaged again." : "The number is opted out.");
    onClose();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        label={optIn ? "Why may Kabar message this number again?" : "Why does this number opt out?"}
        name="reason"
        required
        hint={
          optIn
            ? "For example: the customer asked by phone on 3 December to receive messages again."
            : "For example: the customer asked by phone not to be messaged."
        }
        error={fieldError("reason")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.secondary} onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          disabled={pending}
          className={optIn ? buttonClass.primary : buttonClass.dangerSolid}
        >
          {optIn ? "Opt back in" : "Opt out"}
        </button>
      </div>
    </form>
  );
}

/** The dialog's title and description of an opt-in. */
export const optInDialogText = {
  title: "Opt this number back in",
  description: "Kabar will send to this number again. This is written to the audit trail.",
};

/** The contact's opt-out state, with the one explicit step that changes it (with a reason). */
export function OptOutPanel({
  contactId,
  optOut,
  timeZone,
  canEdit,
}: {
  contactId: string;
  optOut: OptOutState | null;
  timeZone: string;
  canEdit: boolean;
}) {
  const [open, setOpen] = useState(false);
  const optedOut = optOut?.state === "opted_out";
  return (
    <section
      aria-labelledby="opt-out-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="opt-out-heading" className="text-lg font-semibold">
        Opt-out
      </h2>
      {optedOut && optOut ? (
        <div className="mt-2 flex flex-col gap-1 text-sm">
          <p className="font-medium text-red-800">
            This number opted out on {formatDateTime(optOut.optedOutAt, timeZone)}. Kabar does not
            send to it.
          </p>
          <p>Source: {optOutSourceLabels[optOut.source] ?? optOut.source}.</p>
          {optOut.reason ? <p>Reason: {optOut.reason}</p> : null}
          {optOut.ticketCode ? (
            <p>
              <Link href={ticketHref(optOut.ticketCode)} className="text-brand-700 underline">
                Open ticket #{optOut.ticketCode}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <div className="mt-2 flex flex-col gap-1 text-sm">
          <p>This number may be messaged.</p>
          {optOut?.optedInAt ? (
            <p className="text-slate-600">
              It opted back in on {formatDateTime(optOut.optedInAt, timeZone)}
              {optOut.optInReason ? `: ${optOut.optInReason}` : "."}
            </p>
          ) : null}
        </div>
      )}
      {canEdit ? (
        <button
          type="button"
          className={`${optedOut ? buttonClass.secondary : buttonClass.danger} mt-3`}
          onClick={() => setOpen(true)}
        >
          {optedOut ? "Opt back in" : "Opt out"}
        </button>
      ) : null}
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={optedOut ? optInDialogText.title : "Opt this number out"}
        description={
          optedOut
            ? optInDialogText.description
            : "Kabar will not send to this number until it is opted back in."
        }
      >
        <ReasonDialog
          action={optedOut ? optInContactAction : optOutContactAction}
          hidden={{ id: contactId }}
          optIn={optedOut}
          onClose={() => setOpen(false)}
        />
      </ModalDialog>
    </section>
  );
}
