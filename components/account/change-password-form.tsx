"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signOut } from "@/components/auth/sign-out";
import { toast } from "@/components/ui/toast";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { ConfirmPasswordField, NewPasswordField } from "@/components/auth/password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const router = useRouter();
  const { state, pending, onSubmit, fieldError } = useActionForm(changePasswordAction, () => {
    // Every session has ended on the server, this one included: clear the cookie and go to
    // the sign-in page. A client-side navigation keeps the toast on screen.
    toast.success(t("passwordChanged"), { duration: 10_000 });
    void signOut({ redirect: false }).finally(() => {
      router.replace("/sign-in");
      router.refresh();
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      <TextField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError("currentPassword")}
      />
      <NewPasswordField
        label={t("newPassword")}
        name="newPassword"
        error={fieldError("newPassword")}
      />
      <ConfirmPasswordField
        label={t("confirmPassword")}
        name="confirmPassword"
        error={fieldError("confirmPassword")}
      />
      <FormAlert message={state.ok ? null : state.message} />
      <p className="text-sm text-slate-600">{t("passwordSignsOut")}</p>
      <SubmitButton pending={pending} busyLabel={t("changing")} className="self-start">
        {t("changePassword")}
      </SubmitButton>
    </form>
  );
}
