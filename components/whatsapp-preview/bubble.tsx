"use client";

import { memo } from "react";
import { DoubleTick } from "./icons";
import { useNow } from "./use-now";

/** "14:05" now, like the time under a message just sent; blank on the server. */
export const MessageTime = memo(function MessageTime({ onMedia }: { onMedia?: boolean }) {
  const now = useNow(60_000);
  const time =
    now === null
      ? ""
      : new Date(now).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return (
    <span
      className={
        onMedia
          ? "inline-flex items-center gap-1 rounded-full bg-black/60 px-1.5 py-0.5 text-[11px] text-on-media"
          : "inline-flex items-center gap-1 text-[11px] text-wa-meta"
      }
    >
      <span data-testid="message-time">{time}</span>
      <DoubleTick className={onMedia ? "h-3 w-4 text-on-media" : "h-3 w-4 text-sky-500"} />
    </span>
  );
});

/**
 * An outgoing message bubble (right-aligned, WhatsApp green, with the tail at the top right).
 * `footer` sits under the text row; `attached` renders below the bubble's padded area (buttons).
 */
export function Bubble({
  children,
  attached,
  padded = true,
  timeOnMedia = false,
  label,
}: {
  children: React.ReactNode;
  attached?: React.ReactNode;
  padded?: boolean;
  /** Shows the time over the bottom of the content (image or video without caption). */
  timeOnMedia?: boolean;
  label?: string;
}) {
  return (
    <div className="flex justify-end pl-8">
      <div
        aria-label={label}
        className="relative w-full max-w-[19rem] rounded-lg rounded-tr-none bg-wa-bubble text-[14.2px] leading-snug text-slate-900 shadow-sm"
      >
        <svg
          viewBox="0 0 8 13"
          aria-hidden="true"
          className="absolute -right-2 top-0 h-[13px] w-2 text-wa-bubble"
        >
          <path fill="currentColor" d="M0 0h8L0 13z" />
        </svg>
        <div className={padded ? "px-2 pt-1.5 pb-1" : "p-1"}>
          {children}
          <div
            className={
              timeOnMedia
                ? "pointer-events-none absolute right-2.5 bottom-2"
                : "mt-0.5 flex justify-end"
            }
          >
            <MessageTime onMedia={timeOnMedia} />
          </div>
        </div>
        {attached}
      </div>
    </div>
  );
}
