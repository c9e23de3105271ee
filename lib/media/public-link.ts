import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { ExpectedError } from "@/lib/errors/expected-error";
import { decodeKey } from "@/lib/env-schema";
import { env } from "@/lib/env";

// Damcorp takes stickers only as a web address ("Sticker url"), so Kabar hands it a link it can
// fetch without a session: signed with a key derived from KABAR_SECRET_KEY, for one item, until
// it expires. Nothing else is reachable this way.

/** WhatsApp fetches at send time; a week leaves room for retries and queued deliveries. */
export const PUBLIC_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

let linkKey: Buffer | undefined;
function key(): Buffer {
  linkKey ??= Buffer.from(
    hkdfSync("sha256", decodeKey(env.KABAR_SECRET_KEY)!, "", "kabar media public links", 32),
  );
  return linkKey;
}

function signature(id: string, expires: number): string {
  return createHmac("sha256", key()).update(`${id}.${expires}`).digest("base64url");
}

/** Checks a link's signature and expiry (constant-time comparison). */
export function verifyPublicMediaLink(
  id: string,
  expires: number,
  given: string,
  now = Date.now(),
): boolean {
  if (!Number.isSafeInteger(expires) || expires < now) return false;
  const expected = Buffer.from(signature(id, expires));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The public address of one item's file, ending in its type's extension (Damcorp checks .webp). */
export function publicMediaUrl(id: string, extension: string, now = Date.now()): string {
  const base = env.NEXTAUTH_URL;
  if (!base) {
    throw new ExpectedError(
      "no_public_url",
      "Stickers are sent as a web address Damcorp fetches from Kabar, and Kabar's public address is not set. An admin can set NEXTAUTH_URL.",
    );
  }
  const expires = now + PUBLIC_LINK_TTL_MS;
  const url = new URL(`/api/media/public/${encodeURIComponent(id)}${extension}`, base);
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("signature", signature(id, expires));
  return url.toString();
}
