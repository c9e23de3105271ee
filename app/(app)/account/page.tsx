import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { localeFromAcceptLanguage } from "@/lib/i18n/negotiate";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PreferencesForm } from "@/components/account/preferences-form";
import { THEME_COOKIE, parseTheme } from "@/components/shell/theme";
import { ThemeSwitch } from "@/components/shell/theme-switch";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("pageTitle") };
}

export default async function AccountPage() {
  const user = await requirePageRole(canRead, "page:account");
  const [t, tShell, jar, head] = await Promise.all([
    getTranslations("account"),
    getTranslations("shell"),
    cookies(),
    headers(),
  ]);
  const theme = parseTheme(jar.get(THEME_COOKIE)?.value);
  return (
    <ClientMessages namespaces={["account"]}>
      <>
        <PageHeader title={t("pageTitle")} description={t("description")} />
        <div className="flex max-w-3xl flex-col gap-8">
          <section aria-labelledby="profile-heading" className="flex flex-col gap-2">
            <h2 id="profile-heading" className="text-lg font-semibold">
              {t("profile")}
            </h2>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-500">{t("name")}</dt>
              <dd>{user.name}</dd>
              <dt className="text-slate-500">{t("email")}</dt>
              <dd>{user.email}</dd>
              <dt className="text-slate-500">{t("role")}</dt>
              <dd>{tShell(`roles.${user.role}`)}</dd>
            </dl>
            <p className="text-sm text-slate-600">{t("adminChanges")}</p>
          </section>
          <section aria-labelledby="regional-heading" className="flex flex-col gap-3">
            <h2 id="regional-heading" className="text-lg font-semibold">
              {t("regional")}
            </h2>
            <PreferencesForm
              locale={user.locale ?? null}
              timeZone={user.ownTimeZone ? user.timeZone : null}
              defaultZone={env.KABAR_TIME_ZONE}
              browserLanguage={
                localeFromAcceptLanguage(head.get("accept-language")) ?? env.KABAR_DEFAULT_LOCALE
              }
            />
          </section>
          <section aria-labelledby="appearance-heading" className="flex flex-col gap-3">
            <h2 id="appearance-heading" className="text-lg font-semibold">
              {t("appearance")}
            </h2>
            <ThemeSwitch initial={theme} />
          </section>
          <section
            aria-labelledby="password-heading"
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="password-heading" className="text-lg font-semibold">
              {t("changePassword")}
            </h2>
            <ChangePasswordForm />
          </section>
        </div>
      </>
    </ClientMessages>
  );
}
