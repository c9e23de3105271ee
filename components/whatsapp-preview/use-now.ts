"use client";

import { useSyncExternalStore } from "react";

// One shared one-second ticker for every preview clock (message times, offer countdowns). It runs
// only while something subscribes, and each subscriber re-renders only when its rounded value
// changes, so the rest of the preview never re-renders because time passes.

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in ms, rounded down to `resolutionMs`; null while rendering on the server. */
export function useNow(resolutionMs: number): number | null {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(now / resolutionMs) * resolutionMs,
    () => null,
  );
}
