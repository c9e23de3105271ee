import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { Providers } from "@/components/shell/providers";
import { THEME_COOKIE, parseTheme } from "@/components/shell/theme";
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
    <html lang="en" className={theme}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
