import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LanguageSwitch } from "@/components/auth/language-switch";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isSetupNeeded } from "@/lib/setup/is-setup-needed";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("pageTitle") };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  const t = await getTranslations("auth.signIn");
  return (
    <ClientMessages namespaces={["auth"]}>
      <main className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-100 p-4">
        <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow">
          <h1 className="mb-6 text-2xl font-semibold">
            {t.rich("heading", {
              brand: (chunks) => <span className="text-brand-700">{chunks}</span>,
            })}
          </h1>
          <Suspense>
            <SignInForm />
          </Suspense>
          {(await isSetupNeeded()) ? (
            <p className="mt-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
              {t.rich("noAccount", {
                link: (chunks) => (
                  <Link href="/setup" className="font-medium underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : null}
        </div>
        <LanguageSwitch />
      </main>
    </ClientMessages>
  );
}
