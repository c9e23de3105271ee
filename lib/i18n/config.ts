// Kabar's languages. Client- and server-safe: the switches, the request config and the formats
// all read this list.

export const locales = ["en", "id"] as const;
export type Locale = (typeof locales)[number];

/** The language picked on the sign-in page (or last saved on the Account page), per browser. */
export const LOCALE_COOKIE = "kabar-locale";

/** Each language in its own words, as a switch offers it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  id: "Bahasa Indonesia",
};

/** The value as one of Kabar's languages, or null ("id-ID" and "ID" are Indonesian). */
export function parseLocale(value: string | null | undefined): Locale | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === base) ?? null;
}
