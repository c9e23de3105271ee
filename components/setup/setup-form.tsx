"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { setupAdminAction } from "@/app/(auth)/setup/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { buttonClass } from "@/components/ui/styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

export function SetupForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(setupAdminAction, () => {
    toast.success("Admin account created. Sign in with it.", { duration: 10_000 });
    router.replace("/sign-in");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        error={fieldError("email")}
      />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        error={fieldError("name")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters, not a common password.`}
        error={fieldError("password")}
      />
      <TextField
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError("confirmPassword")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? "Creating…" : "Create admin account"}
      </button>
    </form>
  );
}
