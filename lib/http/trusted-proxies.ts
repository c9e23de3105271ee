// Which X-Forwarded-For hops Kabar believes (KABAR_TRUSTED_PROXIES). Every proxy appends the
// address it was reached from; `next start` adds the socket's address only when the request had
// no X-Forwarded-For. So the list is read from the right: hops that are trusted proxies are
// passed over, and the first one that is not is the client. Anything left of it was written by
// the client itself and proves nothing. Pure (node:net only): unit-tested, shared by env and app.
import { BlockList, isIP } from "node:net";

export type TrustedProxies = {
  /** The entries as configured ("10.0.0.0/8", "192.0.2.7"), for messages. */
  readonly entries: readonly string[];
  readonly includes: (address: string) => boolean;
};

export const NO_TRUSTED_PROXIES: TrustedProxies = { entries: [], includes: () => false };

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** Strips what proxies add around an address: brackets, an IPv4 port, IPv4-mapped IPv6. */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address : null;
}

/**
 * "10.0.0.0/8, 192.0.2.7, fd00::/8" → the trusted proxies; an error message naming the first
 * entry that is neither an address nor a network.
 */
export function parseTrustedProxies(text: string): TrustedProxies | { error: string } {
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const list = new BlockList();
  for (const entry of entries) {
    const [base = "", bits, ...rest] = entry.split("/");
    const address = normaliseAddress(base);
    const family = address ? familyOf(address) : null;
    const max = family === "ipv6" ? 128 : 32;
    const prefix = bits === undefined ? max : Number(bits);
    if (
      !address ||
      rest.length > 0 ||
      !/^\d*$/.test(bits ?? "") ||
      !(prefix >= 0 && prefix <= max)
    ) {
      return { error: `“${entry}” is not an IP address or a network such as 10.0.0.0/8` };
    }
    list.addSubnet(address, prefix, family!);
  }
  return {
    entries,
    includes: (address) => {
      const normalised = normaliseAddress(address);
      return normalised !== null && list.check(normalised, familyOf(normalised));
    },
  };
}

/**
 * The client's address from an X-Forwarded-For value: the rightmost hop that is not a trusted
 * proxy (null when there is no readable hop). With no trusted proxies that is the last hop: the
 * address of whoever reached Kabar, or what the one proxy in front of it saw.
 */
export function clientAddress(forwardedFor: string | null, trusted: TrustedProxies): string | null {
  if (!forwardedFor) return null;
  const hops = forwardedFor.split(",").map(normaliseAddress);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    // An unreadable hop was written by someone Kabar cannot vouch for: stop there.
    if (hop === null || hop === undefined) return null;
    if (!trusted.includes(hop) || i === 0) return hop;
  }
  return null;
}
