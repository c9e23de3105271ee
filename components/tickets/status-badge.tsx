import clsx from "clsx";
import { boardStatusLabels, type BoardStatus } from "@/lib/tickets/types";

const tone: Record<BoardStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  processing: "bg-sky-100 text-sky-900",
  closed: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status }: { status: BoardStatus }) {
  return (
    <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", tone[status])}>
      {boardStatusLabels[status]}
    </span>
  );
}
