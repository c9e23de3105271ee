import { env } from "@/lib/env";
import { clientAddress } from "./trusted-proxies";

/**
 * The caller's address: the rightmost X-Forwarded-For hop that is not one of
 * KABAR_TRUSTED_PROXIES (lib/http/trusted-proxies.ts), or null when none can be read.
 */
export function clientIpFrom(headers: { get(name: string): string | null }): string | null {
  return clientAddress(headers.get("x-forwarded-for"), env.KABAR_TRUSTED_PROXIES);
}
