"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { setupAdminAction } from "@/app/(auth)/setup/actions";
import { ConfirmPasswordField, NewPasswordField } from "@/components/auth/password-fields";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { PersonFields } from "@/components/users/person-fields";

export function SetupForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(setupAdminAction, () => {
    toast.success("Admin account created. Sign in with it.", { duration: 10_000 });
    router.replace("/sign-in");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <PersonFields fieldError={fieldError} emailAutoComplete="username" nameAutoComplete="name" />
      <NewPasswordField label="Password" name="password" error={fieldError("password")} />
      <ConfirmPasswordField
        label="Confirm password"
        name="confirmPassword"
        error={fieldError("confirmPassword")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <SubmitButton pending={pending} busyLabel="Creating…">
        Create admin account
      </SubmitButton>
    </form>
  );
}
