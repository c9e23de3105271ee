"use client";

import { memo } from "react";
import { GiftIcon } from "./icons";
import { describeOfferCountdown } from "./offer-countdown-text";
import { useNow } from "./use-now";

/** The limited-time offer strip: live countdown and the offer code when one is filled. */
export const OfferCountdown = memo(function OfferCountdown({
  expiresAt,
  couponCode,
}: {
  expiresAt: string | undefined;
  couponCode: string | undefined;
}) {
  const now = useNow(1000);
  const expiry = expiresAt ? new Date(expiresAt) : null;
  return (
    <div
      className="mb-1.5 flex items-center gap-2 rounded-md bg-black/5 p-2"
      role="group"
      aria-label="Limited-time offer"
    >
      <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-100 text-brand-700">
        <GiftIcon />
      </span>
      <span className="min-w-0 text-xs">
        {expiry === null ? (
          <mark className="rounded bg-amber-200 px-1 text-amber-900">Offer expiry not set yet</mark>
        ) : (
          <span className="block font-medium text-slate-800" aria-live="off">
            {now === null ? "\u00a0" : describeOfferCountdown(expiry, new Date(now))}
          </span>
        )}
        {couponCode ? (
          <span className="block text-wa-meta">
            Code <span className="font-mono font-semibold">{couponCode}</span>
          </span>
        ) : null}
      </span>
    </div>
  );
});
