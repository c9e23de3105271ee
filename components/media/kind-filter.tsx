"use client";

import clsx from "clsx";
import { mediaKinds, mediaRules, type MediaKind } from "@/lib/media/rules";

/** All / Images / Videos / Audio / Documents / Stickers, as toggle buttons. */
export function KindFilter({
  value,
  onChange,
}: {
  value: MediaKind | undefined;
  onChange: (kind: MediaKind | undefined) => void;
}) {
  const options: { kind: MediaKind | undefined; label: string }[] = [
    { kind: undefined, label: "All" },
    ...mediaKinds.map((kind) => ({ kind, label: mediaRules[kind].plural })),
  ];
  return (
    <div
      role="group"
      aria-label="Filter by kind"
      className="flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1"
    >
      {options.map((option) => {
        const active = option.kind === value;
        return (
          <button
            key={option.label}
            type="button"
            aria-pressed={active}
            onClick={() => onChange(option.kind)}
            className={clsx(
              "rounded-md px-3 py-1 text-sm",
              active
                ? "bg-white font-medium text-slate-900 shadow-sm"
                : "text-slate-600 hover:text-slate-900",
            )}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
