import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { canRead, roleLabels } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { THEME_COOKIE, parseTheme } from "@/components/shell/theme";
import { ThemeSwitch } from "@/components/shell/theme-switch";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageRole(canRead, "page:account");
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <>
      <PageHeader title="Account" description="Your profile, your colours and your password." />
      <div className="flex max-w-3xl flex-col gap-8">
        <section aria-labelledby="profile-heading" className="flex flex-col gap-2">
          <h2 id="profile-heading" className="text-lg font-semibold">
            Profile
          </h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-500">Name</dt>
            <dd>{user.name}</dd>
            <dt className="text-slate-500">Email</dt>
            <dd>{user.email}</dd>
            <dt className="text-slate-500">Role</dt>
            <dd>{roleLabels[user.role]}</dd>
          </dl>
          <p className="text-sm text-slate-600">An admin changes names, emails and roles.</p>
        </section>
        <section aria-labelledby="appearance-heading" className="flex flex-col gap-3">
          <h2 id="appearance-heading" className="text-lg font-semibold">
            Appearance
          </h2>
          <ThemeSwitch initial={theme} />
        </section>
        <section
          aria-labelledby="password-heading"
          className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="password-heading" className="text-lg font-semibold">
            Change password
          </h2>
          <ChangePasswordForm />
        </section>
      </div>
    </>
  );
}
