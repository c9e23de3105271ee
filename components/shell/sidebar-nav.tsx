"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import clsx from "clsx";
import { useTranslations } from "next-intl";

/** A section link; `icon` is rendered on the server (components cannot cross to the client). */
export interface SidebarLink {
  href: string;
  label: string;
  icon: React.ReactNode;
}

export function SidebarNav({ items }: { items: readonly SidebarLink[] }) {
  const pathname = usePathname();
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("mainNavigation")} className="flex flex-col gap-1">
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "flex min-h-11 items-center gap-3 rounded-md px-3 text-sm font-medium md:min-h-9",
              active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-200",
            )}
          >
            {item.icon}
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
