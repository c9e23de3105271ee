import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isSetupNeeded } from "@/lib/setup/is-setup-needed";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-8 shadow">
        <h1 className="mb-6 text-2xl font-semibold">
          Sign in to <span className="text-brand-700">Kabar</span>
        </h1>
        <Suspense>
          <SignInForm />
        </Suspense>
        {(await isSetupNeeded()) ? (
          <p className="mt-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
            No account exists yet.{" "}
            <Link href="/setup" className="font-medium underline">
              Set up Kabar
            </Link>{" "}
            by creating the first admin.
          </p>
        ) : null}
      </div>
    </main>
  );
}
