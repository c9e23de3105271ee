"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False while the server's HTML is on screen and React has not taken it over yet, true after.
 * A form marks itself with it (`data-hydrated`) so browser tests, like a person on a slow phone,
 * do not choose an option that the hydrating page would then reset.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
