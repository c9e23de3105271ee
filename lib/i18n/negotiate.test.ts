import { describe, expect, it } from "vitest";
import { parseLocale } from "./config";
import { localeFromAcceptLanguage, resolveLocale } from "./negotiate";

describe("the request's language", () => {
  it("reads Accept-Language by weight", () => {
    expect(localeFromAcceptLanguage("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("id");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,id;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr;q=0.5,id;q=0.9")).toBe("id");
    expect(localeFromAcceptLanguage("de-DE,fr")).toBeNull();
    expect(localeFromAcceptLanguage("id;q=0,en;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });

  it("takes the user's setting, then the cookie, then the browser, then the default", () => {
    const browser = "id-ID,id;q=0.9";
    expect(
      resolveLocale({ user: "en", cookie: "id", acceptLanguage: browser, fallback: "id" }),
    ).toBe("en");
    expect(
      resolveLocale({ user: null, cookie: "en", acceptLanguage: browser, fallback: "id" }),
    ).toBe("en");
    expect(
      resolveLocale({ user: null, cookie: "xx", acceptLanguage: browser, fallback: "en" }),
    ).toBe("id");
    expect(resolveLocale({ acceptLanguage: "de", fallback: "id" })).toBe("id");
  });

  it("accepts region and case variants", () => {
    expect(parseLocale("ID")).toBe("id");
    expect(parseLocale("id_ID")).toBe("id");
    expect(parseLocale("en-GB")).toBe("en");
    expect(parseLocale("ms")).toBeNull();
  });
});
