"use client";

import { toast } from "sonner";
import { resetUserPasswordAction } from "@/app/(app)/settings/users/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

export function ResetPasswordForm({
  userId,
  email,
  onDone,
}: {
  userId: string;
  email: string;
  onDone: () => void;
}) {
  const { state, pending, onSubmit, fieldError } = useActionForm(resetUserPasswordAction, () => {
    toast.success(`New password set for ${email}. Their sessions have ended.`);
    onDone();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, not a common password.`}
        error={fieldError("password")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onDone} className={buttonClass.secondary}>
          Cancel
        </button>
        <button type="submit" disabled={pending} className={buttonClass.primary}>
          {pending ? "Saving…" : "Set new password"}
        </button>
      </div>
    </form>
  );
}
