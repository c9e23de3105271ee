"use client";

import { useCallback, useSyncExternalStore } from "react";

// How often the board refreshes is a personal preference (not part of a shared view), so it is
// kept in this browser rather than in the URL.

export const REFRESH_OPTIONS = [
  { seconds: 15, label: "Every 15 s" },
  { seconds: 30, label: "Every 30 s" },
  { seconds: 60, label: "Every 60 s" },
  { seconds: 0, label: "Off" },
] as const;
export const DEFAULT_REFRESH_SECONDS = 30;

const STORAGE_KEY = "kabar.tickets.refreshSeconds";
const listeners = new Set<() => void>();

/** The choice of this page when storage is unavailable (private mode). */
let fallback: number = DEFAULT_REFRESH_SECONDS;

function isOption(seconds: number): boolean {
  return REFRESH_OPTIONS.some((o) => o.seconds === seconds);
}

function read(): number {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return fallback;
    const stored = Number(raw);
    return isOption(stored) ? stored : DEFAULT_REFRESH_SECONDS;
  } catch {
    return fallback;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** [seconds (0 = off), setter]; the server render uses the default. */
export function useRefreshInterval(): [number, (seconds: number) => void] {
  const seconds = useSyncExternalStore(subscribe, read, () => DEFAULT_REFRESH_SECONDS);
  const set = useCallback((next: number) => {
    fallback = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // No storage: the choice lasts until the page is left.
    }
    for (const listener of listeners) listener();
  }, []);
  return [seconds, set];
}
