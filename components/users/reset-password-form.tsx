"use client";

import { toast } from "@/components/ui/toast";
import { resetUserPasswordAction } from "@/app/(app)/settings/users/actions";
import { NewPasswordField } from "@/components/auth/password-fields";
import { FormAlert } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

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
      <NewPasswordField label="New password" name="password" error={fieldError("password")} />
      <FormAlert message={state.ok ? null : state.message} />
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onDone} className={buttonClass.secondary}>
          Cancel
        </button>
        <SubmitButton pending={pending} busyLabel="Saving…">
          Set new password
        </SubmitButton>
      </div>
    </form>
  );
}
