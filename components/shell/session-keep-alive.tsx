"use client";

import { useEffect } from "react";

/** How often an open tab renews the session cookie (it lives 30 minutes; lib/auth/sessions.ts). */
const RENEW_EVERY_MS = 4 * 60 * 1000;

/**
 * Renews the short-lived session cookie while a signed-in tab is open, on an interval and when
 * the tab comes back into view: next-auth's session endpoint re-issues the cookie. The server-side
 * session row still ends after 30 idle minutes. (This replaces next-auth's SessionProvider, which
 * did the same and cost every page 11 KB; nothing in the browser reads the session.)
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const renew = () => {
      // The body is read to the end so the request completes (and frees its connection).
      void fetch("/api/auth/session", { cache: "no-store" })
        .then((response) => response.text())
        .catch(() => undefined);
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") renew();
    };
    renew();
    const timer = setInterval(renew, RENEW_EVERY_MS);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
  return null;
}
