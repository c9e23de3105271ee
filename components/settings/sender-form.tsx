"use client";

import { toast } from "@/components/ui/toast";
import { addSenderAction, updateSenderAction } from "@/app/(app)/settings/actions";
import type { SenderView } from "@/lib/senders/list-senders";
import { CheckboxField, FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * Adds a sender number, or edits one. The edit form never receives the token: an empty token
 * field keeps the stored one.
 */
export function SenderForm({ sender, onDone }: { sender?: SenderView; onDone?: () => void }) {
  const editing = sender !== undefined;
  const { state, pending, onSubmit, fieldError } = useActionForm<unknown>(
    editing ? updateSenderAction : addSenderAction,
    (_data, form) => {
      toast.success(editing ? "Sender number saved." : "Sender number added.");
      form.reset();
      onDone?.();
    },
  );
  return (
    // A container query, not a viewport one: the same form sits in the page and in a narrow dialog.
    <div className="@container">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 @lg:grid-cols-2">
        {editing ? <input type="hidden" name="id" value={sender.id} /> : null}
        <TextField
          label="Label"
          name="label"
          defaultValue={sender?.label}
          maxLength={60}
          required
          hint="What agents see when they choose a sender, such as “Customer service”."
          error={fieldError("label")}
        />
        <TextField
          label="Phone number"
          name="number"
          type="tel"
          defaultValue={sender?.number ?? ""}
          autoComplete="off"
          required
          hint="Like 0812 3456 7890 (Indonesia) or +62 812 3456 7890."
          error={fieldError("number")}
        />
        <TextField
          label="Damcorp token"
          name="token"
          type="password"
          autoComplete="off"
          required={!editing}
          hint={
            editing
              ? `Leave empty to keep the current token (ending in ${sender.last4}).`
              : "Stored encrypted; only its last four characters are shown again."
          }
          error={fieldError("token")}
        />
        <CheckboxField
          label="Default sender"
          name="isDefault"
          defaultChecked={sender?.isDefault}
          hint="The composer picks the default sender first."
          className="flex flex-col gap-1 self-center"
        />
        <div className="flex flex-col gap-3 @lg:col-span-2">
          <FormAlert message={state.ok ? null : state.message} />
          <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
            {pending ? "Saving…" : editing ? "Save changes" : "Add sender number"}
          </button>
        </div>
      </form>
    </div>
  );
}
