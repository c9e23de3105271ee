"use client";

import { useEffect, useState } from "react";
import { copyText } from "@/browser/clipboard";
import { buttonClass } from "./styles";

/**
 * The one copy button. It says "Copied" (or "Copy failed") in its own text for a moment,
 * announced to screen readers; or, with `toastAs`, confirms in a toast naming what was copied.
 */
export function CopyButton({
  value,
  label,
  children = "Copy",
  className = buttonClass.small,
  onCopied,
}: {
  /** The text to copy, or how to make it when clicked (a curl command). */
  value: string | (() => string);
  /** The accessible name ("Copy media ID of poster.png"). */
  label: string;
  /** What the button shows while idle. */
  children?: React.ReactNode;
  className?: string;
  /** Called with whether the copy worked, instead of the button's own "Copied". */
  onCopied?: (ok: boolean) => void;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    const ok = await copyText(typeof value === "function" ? value() : value);
    if (onCopied) onCopied(ok);
    else setState(ok ? "copied" : "failed");
  }

  return (
    <button type="button" aria-label={label} onClick={() => void copy()} className={className}>
      <span aria-live="polite" className="inline-flex items-center gap-1.5">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : children}
      </span>
    </button>
  );
}
