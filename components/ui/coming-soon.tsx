export function ComingSoon({ what }: { what: string }) {
  return (
    <section
      aria-label="Coming soon"
      className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600"
    >
      <p className="font-medium">Coming soon</p>
      <p className="mt-1 text-sm">{what}</p>
    </section>
  );
}
