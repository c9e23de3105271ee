"use client";

import { toast } from "@/components/ui/toast";
import { createUserAction } from "@/app/(app)/settings/users/actions";
import { NewPasswordField } from "@/components/auth/password-fields";
import { FormAlert, SelectField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { PersonFields } from "./person-fields";
import { roleOptions } from "./role-options";
import { formText } from "@/components/ui/form-text";

export function CreateUserForm() {
  const { state, pending, onSubmit, fieldError } = useActionForm(createUserAction, (_d, form) => {
    const email = formText(new FormData(form), "email");
    toast.success(`User ${email.trim().toLowerCase()} created.`);
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <PersonFields fieldError={fieldError} emailAutoComplete="off" nameAutoComplete="off" />
      <SelectField
        label="Role"
        name="role"
        defaultValue="agent"
        options={roleOptions}
        hint="Admin: everything. Agent: send and answer tickets. Viewer: read only."
        error={fieldError("role")}
      />
      <NewPasswordField
        label="Initial password"
        name="password"
        hint="They can change it under Account."
        error={fieldError("password")}
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        <FormAlert message={state.ok ? null : state.message} />
        <SubmitButton pending={pending} busyLabel="Creating…" className="self-start">
          Create user
        </SubmitButton>
      </div>
    </form>
  );
}
