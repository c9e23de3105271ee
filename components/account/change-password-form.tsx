"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { toast } from "sonner";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

export function ChangePasswordForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(changePasswordAction, () => {
    // Every session has ended on the server, this one included: clear the cookie and go to
    // the sign-in page. A client-side navigation keeps the toast on screen.
    toast.success(
      "Password changed. Every session has ended: sign in again with your new password.",
      {
        duration: 10_000,
      },
    );
    void signOut({ redirect: false }).finally(() => {
      router.replace("/sign-in");
      router.refresh();
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, not a common password.`}
        error={fieldError("newPassword")}
      />
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError("confirmPassword")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <p className="text-sm text-slate-600">
        Changing your password signs you out everywhere, here included.
      </p>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
