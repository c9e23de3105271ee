"use client";

// The password fields of first-run setup, the account page and the users page: the policy's
// hint and the browser hints (autocomplete, minimum length) written once.
import { TextField } from "@/components/ui/form-fields";
import { PASSWORD_MIN } from "@/lib/auth/password-policy";

const policyHint = `At least ${PASSWORD_MIN} characters, not a common password.`;

export function NewPasswordField({
  label,
  name,
  error,
  hint,
}: {
  label: string;
  name: string;
  error?: string;
  /** Said after the policy ("They can change it under Account."). */
  hint?: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      hint={hint ? `${policyHint} ${hint}` : policyHint}
      error={error}
    />
  );
}

export function ConfirmPasswordField({
  label,
  name,
  error,
}: {
  label: string;
  name: string;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      error={error}
    />
  );
}
