"use client";

import { useEffect } from "react";
import { loadToaster } from "./toast";

const firstInteraction = ["pointerdown", "keydown", "focusin"] as const;

/**
 * Fetches and mounts the toaster on the first interaction with the page, before any action
 * that could show a toast has finished, so screen readers hear the first toast too.
 */
export function ToastHost() {
  useEffect(() => {
    const load = () => {
      for (const type of firstInteraction) window.removeEventListener(type, load, true);
      void loadToaster();
    };
    for (const type of firstInteraction) window.addEventListener(type, load, true);
    return () => {
      for (const type of firstInteraction) window.removeEventListener(type, load, true);
    };
  }, []);
  return null;
}
