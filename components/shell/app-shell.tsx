import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import { roleAllows, roleLabels } from "@/lib/auth/roles";
import { navItems } from "./nav-items";
import { SessionKeepAlive } from "./session-keep-alive";
import { SidebarNav } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const items = navItems.filter((item) => roleAllows(user.role, item.roles));
  return (
    <div className="flex min-h-screen">
      <SessionKeepAlive />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <aside className="flex w-56 shrink-0 flex-col gap-6 border-r border-slate-200 bg-white p-4">
        <div className="flex items-center gap-2 text-lg font-semibold text-brand-700">
          <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-brand-500" />
          Kabar
        </div>
        <SidebarNav items={items} />
        <div className="mt-auto flex flex-col gap-2 text-sm">
          <div>
            <p className="font-medium">{user.name}</p>
            <p className="text-slate-500">
              {user.email} · <span data-testid="current-role">{roleLabels[user.role]}</span>
            </p>
          </div>
          <Link
            href="/account"
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-center text-sm text-slate-700 hover:bg-slate-100"
          >
            Account
          </Link>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="flex-1 overflow-x-auto p-6">
        {children}
      </main>
    </div>
  );
}
