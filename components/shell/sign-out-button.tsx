"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { signOut } from "@/components/auth/sign-out";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      className="inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-md border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-100 md:min-h-9"
    >
      <LogOut aria-hidden className="h-4 w-4" />
      {t("signOut")}
    </button>
  );
}
