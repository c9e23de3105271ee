// A signed-in client of a running Kabar server over HTTP, as a browser talks to it: next-auth's
// credentials sign-in, server actions by the id Next gave them in the build, plain routes. For
// scripts and tests that drive `next start` (scripts/bench-send.ts, the multi-instance test);
// loopback only. One cookie jar per client; `useOn` points the same jar (the same session) at
// another server.
import { readFileSync } from "node:fs";

export class KabarHttp {
  private readonly cookies = new Map<string, string>();

  constructor(public baseUrl: string) {}

  /** The same cookies (and so the same session) against another server. */
  useOn(baseUrl: string): KabarHttp {
    const copy = new KabarHttp(baseUrl);
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }

  private keep(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      // next-auth clears a cookie by setting it empty and expired.
      if (value === "" || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const response = await fetch(`${this.baseUrl}${path}`, {
      redirect: "manual",
      ...init,
      headers,
    });
    this.keep(response);
    return response;
  }

  private async csrfToken(): Promise<string> {
    const response = await this.fetch("/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** Signs in with next-auth's credentials provider; true when a session cookie came back. */
  async signIn(email: string, password: string): Promise<boolean> {
    const csrfToken = await this.csrfToken();
    await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    return this.signedIn;
  }

  async signOut(): Promise<void> {
    const csrfToken = await this.csrfToken();
    await this.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
  }

  /** Calls a server action with plain-value arguments; the RSC answer as text. */
  async action(actionId: string, page: string, args: unknown[]): Promise<string> {
    const response = await this.fetch(page, {
      method: "POST",
      headers: {
        "next-action": actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: this.baseUrl,
      },
      body: JSON.stringify(args),
    });
    return response.text();
  }
}

/** The id Next gave server action `exportedName` (from a file whose path contains `fileHint`). */
export function serverActionId(distDir: string, exportedName: string, fileHint: string): string {
  const manifest = JSON.parse(
    readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").includes(fileHint),
  );
  if (!found) throw new Error(`${exportedName} not found in the server reference manifest`);
  return found[0];
}

/** Waits until GET `url` answers 200 (a server starting), or throws after `timeoutMs`. */
export async function waitForOk(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
