"use client";

import { useId, useRef, useState } from "react";
import { CloseIcon, ListIcon } from "./icons";

export interface ActionRow {
  icon: React.ReactNode;
  label: string;
  /** Extra words for assistive technology and the tooltip (a URL, a code). */
  detail?: string;
}

const rowClass =
  "flex w-full items-center justify-center gap-1.5 border-t border-black/10 px-2 py-2 text-[14px] font-medium text-wa-link";

/** Buttons at the bottom of a bubble, as WhatsApp draws them (not clickable in a preview). */
export function ActionRows({ rows, label = "Buttons" }: { rows: ActionRow[]; label?: string }) {
  if (rows.length === 0) return null;
  return (
    <ul aria-label={label}>
      {rows.map((row, i) => (
        <li key={i} className={rowClass} title={row.detail}>
          {row.icon}
          <span className="truncate">{row.label}</span>
          {row.detail ? <span className="sr-only">({row.detail})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A white sheet under the bubble, like the panel WhatsApp slides up for lists and options. */
export function Sheet({
  id,
  title,
  onClose,
  children,
  className = "mt-2 ml-8",
}: {
  id: string;
  title: string;
  onClose: () => void;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div
      id={id}
      role="region"
      aria-label={title}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      className={`rounded-lg bg-white text-slate-900 shadow-md ${className}`}
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <button
          type="button"
          onClick={onClose}
          aria-label={`Close ${title}`}
          className="rounded p-0.5 text-wa-meta hover:bg-slate-100"
        >
          <CloseIcon />
        </button>
        <span className="flex-1 text-center text-sm font-semibold">{title}</span>
        <span className="w-5" />
      </div>
      <div className="max-h-72 overflow-y-auto py-1">{children}</div>
    </div>
  );
}

/**
 * A bubble row that opens a sheet (the list's menu button, "View items", "See all options"): an
 * accessible disclosure. Place `trigger(label)` in the bubble and, when `open`, a <Sheet id={id}>.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  return {
    open,
    /** Closes the sheet and puts focus back on the row that opened it. */
    close: () => {
      setOpen(false);
      triggerRef.current?.focus();
    },
    trigger: (label: string, icon: React.ReactNode = <ListIcon />) => (
      <button
        ref={triggerRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
        className={`${rowClass} hover:bg-black/5`}
      >
        {icon}
        <span className="truncate">{label}</span>
      </button>
    ),
    id,
  };
}
