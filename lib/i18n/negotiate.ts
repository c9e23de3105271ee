import { parseLocale, type Locale } from "./config";

/**
 * The first of Kabar's languages an Accept-Language header asks for, by its q weights
 * ("id-ID,id;q=0.9,en;q=0.8" → "id"), or null when it asks for none of them.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const asked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of asked) {
    const locale = parseLocale(tag);
    if (locale) return locale;
  }
  return null;
}

/** Where a request's language comes from, first match wins. */
export interface LocaleSources {
  /** The signed-in user's setting (Account page). */
  user?: string | null;
  /** The browser's choice on the sign-in page. */
  cookie?: string | null;
  acceptLanguage?: string | null;
  /** KABAR_DEFAULT_LOCALE. */
  fallback: Locale;
}

export function resolveLocale(sources: LocaleSources): Locale {
  return (
    parseLocale(sources.user) ??
    parseLocale(sources.cookie) ??
    localeFromAcceptLanguage(sources.acceptLanguage) ??
    sources.fallback
  );
}
