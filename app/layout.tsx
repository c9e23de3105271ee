import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { THEME_COOKIE, parseTheme } from "@/components/shell/theme";
import { ToastHost } from "@/components/ui/toast-host";
import { pickMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kabar", template: "%s · Kabar" },
  description: "WhatsApp Business messaging and helpdesk dashboard",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The proxy sets a fresh CSP nonce per request; reading headers keeps every page dynamic so
  // Next.js stamps that nonce on its own scripts.
  await headers();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang={await getLocale()} className={theme}>
      <body>
        {/* No client providers here: what a page needs (React Query, the session keep-alive) sits
            in that page or in the signed-in shell, so every page pays only for its own. */}
        {/* The language (lib/i18n/request.ts) and only the shared namespaces for client
            components; a page hands its own with ClientMessages (components/i18n). */}
        <NextIntlClientProvider messages={await pickMessages()}>
          {children}
          <ToastHost />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
