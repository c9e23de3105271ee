import { NextResponse, type NextRequest } from "next/server";
import { checkServerActionRequest } from "@/lib/security/action-request";
import { buildCsp, hstsHeader, staticSecurityHeaders } from "@/lib/security/csp";

// Runs before every page and route: sets the per-request CSP nonce and security headers.
// It does NOT decide access: every page, action and route checks the session itself
// (lib/auth/guard.ts), so a forged x-middleware-subrequest header that skips this gains nothing.
export async function proxy(request: NextRequest) {
  // Next answers a foreign Origin or an undecodable server-action body with HTTP 500 from its
  // own decoding, before Kabar's code runs: refuse those here, in plain words.
  // (Route handlers under /api are not server actions; Next decodes actions on pages only.)
  const refusal = request.nextUrl.pathname.startsWith("/api/")
    ? null
    : await checkServerActionRequest(request);
  if (refusal) {
    const response = new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
    for (const [name, value] of Object.entries(staticSecurityHeaders))
      response.headers.set(name, value);
    return response;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders))
    response.headers.set(name, value);
  if (process.env.NODE_ENV === "production" && request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", hstsHeader);
  }
  return response;
}

export const config = {
  // /api/media/upload and /api/contacts/imports/upload stream large bodies to disk: running the proxy would buffer them in memory
  // and cut them at 10 MB. That route sets its own headers.
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|api/media/upload|api/contacts/imports/upload).*)",
    },
  ],
};
