import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-600">
        Your role does not allow this page. Ask an admin if you need it.
      </p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Back to Kabar
      </Link>
    </main>
  );
}
