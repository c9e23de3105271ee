import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserRound } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session-user";
import { roleAllows } from "@/lib/auth/roles";
import { navItems } from "./nav-items";
import { SessionKeepAlive } from "./session-keep-alive";
import { ShellFrame } from "./shell-frame";
import { SidebarNav } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

export async function AppShell({
  user,
  children,
}: {
  user: SessionUser;
  children: React.ReactNode;
}) {
  const t = await getTranslations("shell");
  const items = navItems
    .filter((item) => roleAllows(user.role, item.roles))
    .map(({ href, label, icon: Icon }) => ({
      href,
      label: t(`nav.${label}`),
      icon: <Icon aria-hidden className="h-4 w-4 shrink-0" />,
    }));
  const brand = (
    <div className="flex items-center gap-2 text-lg font-semibold text-brand-700">
      <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-brand-500" />
      Kabar
    </div>
  );
  return (
    <>
      <SessionKeepAlive />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <ShellFrame
        brand={brand}
        sidebar={
          <>
            <SidebarNav items={items} />
            <div className="mt-auto flex flex-col gap-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">{user.name}</p>
                <p className="break-words text-slate-600">
                  {user.email} · <span data-testid="current-role">{t(`roles.${user.role}`)}</span>
                </p>
              </div>
              <Link
                href="/account"
                className="inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-100 md:min-h-9"
              >
                <UserRound aria-hidden className="h-4 w-4" />
                {t("account")}
              </Link>
              <SignOutButton />
            </div>
          </>
        }
      >
        {children}
      </ShellFrame>
    </>
  );
}
