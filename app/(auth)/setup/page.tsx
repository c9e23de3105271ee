import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isSetupNeeded } from "@/lib/setup/is-setup-needed";
import { SetupForm } from "@/components/setup/setup-form";

export const metadata: Metadata = { title: "Set up Kabar" };

/** First run only: open while the database has no user; afterwards it sends people to sign in. */
export default async function SetupPage() {
  if (!(await isSetupNeeded())) redirect("/sign-in");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow">
        <h1 className="text-2xl font-semibold">
          Set up <span className="text-brand-700">Kabar</span>
        </h1>
        <p className="mb-6 mt-2 text-sm text-slate-600">
          No account exists yet. Create the first admin account; you can add everyone else under
          Settings › Users.
        </p>
        <SetupForm />
      </div>
    </main>
  );
}
