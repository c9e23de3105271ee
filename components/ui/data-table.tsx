// The one table of lists (history, audit, users, senders, templates, recipients): a bordered,
// scrollable table with a caption for screen readers and column headers; rows use rowClass and
// their cells cellClass of the same density.

export type TableDensity = "compact" | "comfortable";

export const cellClass: Record<TableDensity, string> = {
  compact: "px-3 py-2",
  comfortable: "px-4 py-3",
};

const headCellClass: Record<TableDensity, string> = {
  compact: "px-3 py-2 font-medium",
  comfortable: "px-4 py-2 font-medium",
};

export const rowClass = "border-b border-slate-100 align-top last:border-0";

export function DataTable({
  caption,
  columns,
  density = "compact",
  children,
}: {
  /** What the table lists, read by screen readers ("Sends, newest first"). */
  caption: string;
  /** Header cells; a column without a visible header passes <span className="sr-only">…</span>. */
  columns: readonly React.ReactNode[];
  density?: TableDensity;
  /** The <tr> rows. */
  children: React.ReactNode;
}) {
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen (a phone); relative, so
    // the table's visually hidden (absolute) headers stay inside the scrolling box.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={headCellClass[density]}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
