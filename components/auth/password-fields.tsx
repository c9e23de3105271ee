"use client";

// The password fields of first-run setup, the account page and the users page: the policy's
// hint and the browser hints (autocomplete, minimum length) written once.
import { TextField } from "@/components/ui/form-fields";
import { PASSWORD_MIN } from "@/lib/auth/password-limits";

const policyHint = `At least ${PASSWORD_MIN} characters, not a common password.`;

type PasswordFieldProps = { label: string; name: string; error?: string };

/** A password being chosen: the policy is said, and the browser may offer to generate one. */
export function NewPasswordField({
  hint,
  ...props
}: PasswordFieldProps & {
  /** Said after the policy ("They can change it under Account."). */
  hint?: string;
}) {
  return (
    <PasswordField
      {...props}
      minLength={PASSWORD_MIN}
      hint={hint ? `${policyHint} ${hint}` : policyHint}
    />
  );
}

/** The new password typed again. */
export function ConfirmPasswordField(props: PasswordFieldProps) {
  return <PasswordField {...props} />;
}

function PasswordField(props: PasswordFieldProps & { minLength?: number; hint?: string }) {
  return <TextField type="password" autoComplete="new-password" required {...props} />;
}
