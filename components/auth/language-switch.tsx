"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import clsx from "clsx";
import { LOCALE_COOKIE, localeNames, locales, type Locale } from "@/lib/i18n/config";

const YEAR_SECONDS = 365 * 24 * 3600;

/** Remembers the language in this browser (read by lib/i18n/request.ts). */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}

/**
 * The sign-in page's language switch: kept in this browser (a cookie lib/i18n/request.ts reads),
 * then the page renders again in that language. Each language is named in its own words.
 */
export function LanguageSwitch() {
  const t = useTranslations("auth.signIn");
  const current = useLocale();
  const router = useRouter();
  function choose(locale: Locale) {
    rememberLocale(locale);
    router.refresh();
  }
  return (
    <div role="group" aria-label={t("languageSwitch")} className="flex justify-center gap-2">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
          className={clsx(
            "min-h-11 rounded-md px-3 text-sm",
            locale === current
              ? "font-semibold text-brand-800 underline underline-offset-4"
              : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {localeNames[locale]}
        </button>
      ))}
    </div>
  );
}
