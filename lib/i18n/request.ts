// next-intl's request configuration (next.config.mjs points its plugin here). Kabar has no
// locale in its URLs: the language is the signed-in user's setting, else the browser's choice
// on the sign-in page (cookie), else its Accept-Language, else KABAR_DEFAULT_LOCALE.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "./config";
import { loadMessages } from "./messages";
import { resolveLocale } from "./negotiate";

export default getRequestConfig(async () => {
  const [user, jar, head] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  const locale = resolveLocale({
    user: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
    fallback: env.KABAR_DEFAULT_LOCALE,
  });
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: user?.timeZone ?? env.KABAR_TIME_ZONE,
  };
});
