"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { THEME_COOKIE, themes, type Theme } from "./theme";

const YEAR_SECONDS = 365 * 24 * 3600;

/** Remembers the theme in this browser and applies it to the page at once. */
function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
  const root = document.documentElement.classList;
  root.remove(...themes);
  root.add(theme);
}

/** Light, dark or the device's choice; applies at once and is remembered by this browser. */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const t = useTranslations("account");
  const [theme, setTheme] = useState(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{t("colours")}</legend>
      <div className="flex flex-wrap gap-2">
        {themes.map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => choose(value)}
              className="h-4 w-4 accent-brand-600"
            />
            {t(`theme.${value}`)}
          </label>
        ))}
      </div>
      <p className="text-sm text-slate-600">{t("themeKept")}</p>
    </fieldset>
  );
}
