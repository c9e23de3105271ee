// Numbers and Rupiah as each language writes them ("4,096" / "4.096", "Rp 15.000").
// Client- and server-safe, one cached Intl formatter per language and style.
import type { Locale } from "./config";

const tags: Record<Locale, string> = { en: "en-US", id: "id-ID" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, style: "number" | "rupiah"): Intl.NumberFormat {
  const key = `${locale}:${style}`;
  let f = cache.get(key);
  if (!f) {
    f =
      style === "rupiah"
        ? new Intl.NumberFormat(tags[locale], {
            style: "currency",
            currency: "IDR",
            currencyDisplay: "narrowSymbol",
            maximumFractionDigits: 0,
          })
        : new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 });
    cache.set(key, f);
  }
  return f;
}

/** "4,096" in English, "4.096" in Indonesian. */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return formatter(locale, "number").format(value);
}

/**
 * "Rp 15.000" (Indonesian) / "Rp 15,000" (English): whole Rupiah, a space after the symbol
 * in both (Intl puts a no-break space in Indonesian and none in English; one form reads better).
 */
export function formatRupiah(value: number, locale: Locale = "en"): string {
  return formatter(locale, "rupiah")
    .format(value)
    .replace(/^(-?)Rp\s?/u, "$1Rp\u00a0");
}
