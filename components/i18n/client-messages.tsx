import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "@/lib/i18n/messages";

type Namespace = keyof Messages;

/** What every client component may use: the shell's and the shared words. */
export const SHARED_NAMESPACES = ["common", "shell"] as const satisfies readonly Namespace[];

/** The request's catalogue cut down to the shared namespaces plus `namespaces`. */
export async function pickMessages(
  namespaces: readonly Namespace[] = [],
): Promise<Partial<Messages>> {
  const all = await getMessages();
  return Object.fromEntries([...SHARED_NAMESPACES, ...namespaces].map((n) => [n, all[n]]));
}

/**
 * Hands the client components below it the shared namespaces plus the ones named here, and no
 * more: the rest of the catalogue stays on the server instead of riding in every page's HTML.
 * Server components translate with getTranslations and need no provider.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={await pickMessages(namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
