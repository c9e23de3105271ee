/** A titled card of the overview; the title names the region for assistive technology. */
export function Panel({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    // min-w-0: a grid cell may then be narrower than a long, unbreakable name inside it (the name
    // is truncated instead of widening the page on a phone).
    <section
      aria-labelledby={id}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
