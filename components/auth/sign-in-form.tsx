"use client";

import { useState } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { SIGN_IN_UNREACHABLE, signInError } from "./sign-in-error";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { formText } from "@/components/ui/form-text";
import { SubmitButton } from "@/components/ui/submit-button";

// next-auth's client (16 KB) is fetched when someone starts filling the form, not with the page:
// by the time they press Sign in it is there.
let nextAuthClient: Promise<typeof import("next-auth/react")> | undefined;
function loadNextAuth() {
  nextAuthClient ??= import("next-auth/react").catch((error: unknown) => {
    nextAuthClient = undefined; // a failed fetch is tried again on the next attempt
    throw error;
  });
  return nextAuthClient;
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const t = useTranslations("auth.signIn");
  // The error's code; its words come from the catalogue as the form renders.
  const [error, setError] = useState<string | null>(params.get("error"));
  const [pending, setPending] = useState(false);

  const shown = signInError(error);
  const message =
    shown === null
      ? null
      : shown.key === "throttled"
        ? t("throttled", { seconds: shown.seconds })
        : t(shown.key);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await loadNextAuth()
      .then(({ signIn }) =>
        signIn("credentials", {
          email: formText(form, "email"),
          password: formText(form, "password"),
          redirect: false,
        }),
      )
      .catch(() => null); // offline, or the server did not answer
    setPending(false);
    if (result === null) {
      setError(SIGN_IN_UNREACHABLE);
      return;
    }
    if (!result || result.error) {
      setError(result?.error ?? "invalid");
      return;
    }
    const next = params.get("callbackUrl");
    router.replace(next && next.startsWith("/") && !next.startsWith("//") ? next : "/");
    router.refresh();
  }

  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void loadNextAuth()}
      aria-label={t("form")}
      className="flex flex-col gap-4"
      noValidate
    >
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
      />
      <FormAlert message={message} />
      <SubmitButton pending={pending} busyLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
