"use client";

import { toast } from "sonner";
import { createUserAction } from "@/app/(app)/settings/users/actions";
import { FormAlert, SelectField, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";
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
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        error={fieldError("email")}
      />
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        required
        maxLength={100}
        error={fieldError("name")}
      />
      <SelectField
        label="Role"
        name="role"
        defaultValue="agent"
        options={roleOptions}
        hint="Admin: everything. Agent: send and answer tickets. Viewer: read only."
        error={fieldError("role")}
      />
      <TextField
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, not a common password. They can change it under Account.`}
        error={fieldError("password")}
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        <FormAlert message={state.ok ? null : state.message} />
        <button type="submit" disabled={pending} className={`${buttonClass.primary} self-start`}>
          {pending ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
