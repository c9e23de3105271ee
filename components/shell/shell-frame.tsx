"use client";

import { useRef, useState } from "react";
import { usePathname } from "next/navigation";
import clsx from "clsx";
import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * The page frame: the sidebar beside the page from the md breakpoint (768 px) up; below it, a top
 * bar with a Menu button that opens the sidebar as a drawer over the page. The drawer closes on
 * Escape, on the backdrop and when a link changes the page.
 */
export function ShellFrame({
  brand,
  sidebar,
  children,
}: {
  brand: React.ReactNode;
  sidebar: React.ReactNode;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const t = useTranslations("shell");
  // Open for the page it was opened on, so following a link closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  function close() {
    setOpenOn(null);
    menuButton.current?.focus();
  }
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <header className="sticky top-0 z-20 flex items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-1 md:hidden">
        {brand}
        <button
          ref={menuButton}
          type="button"
          aria-expanded={open}
          aria-controls="app-sidebar"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          <Menu aria-hidden className="h-5 w-5" />
          {t("menu")}
        </button>
      </header>
      {open && (
        <div aria-hidden className="fixed inset-0 z-30 bg-black/40 md:hidden" onClick={close} />
      )}
      <aside
        id="app-sidebar"
        onKeyDown={(event) => {
          if (open && event.key === "Escape") close();
        }}
        className={clsx(
          "w-72 max-w-[85vw] shrink-0 flex-col gap-6 border-r border-slate-200 bg-white p-4",
          "md:static md:flex md:w-56 md:shadow-none",
          open ? "fixed inset-y-0 left-0 z-40 flex overflow-y-auto shadow-xl" : "hidden",
        )}
      >
        <div className="flex items-center justify-between">
          {brand}
          {open && (
            <button
              type="button"
              autoFocus
              onClick={close}
              className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 md:hidden"
            >
              <X aria-hidden className="h-5 w-5" />
              {t("close")}
            </button>
          )}
        </div>
        {sidebar}
      </aside>
      <main id="main" className="min-w-0 flex-1 overflow-x-auto p-4 md:p-6">
        {children}
      </main>
    </div>
  );
}
