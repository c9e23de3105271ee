import { describe, expect, it } from "vitest";
import {
  clientAddress,
  NO_TRUSTED_PROXIES,
  normaliseAddress,
  parseTrustedProxies,
  type TrustedProxies,
} from "./trusted-proxies";

function trusted(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("clientAddress", () => {
  it("without trusted proxies believes only the last hop, never what the client wrote", () => {
    // The client sent "203.0.113.9"; the proxy in front of Kabar appended what it saw.
    expect(clientAddress("203.0.113.9, 198.51.100.4", NO_TRUSTED_PROXIES)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4", NO_TRUSTED_PROXIES)).toBe("198.51.100.4");
    expect(clientAddress(null, NO_TRUSTED_PROXIES)).toBeNull();
  });

  it("passes over trusted proxies from the right to the first hop that is not one", () => {
    const proxies = trusted("10.0.0.0/8, 192.0.2.7");
    expect(clientAddress("203.0.113.9, 198.51.100.4, 10.1.2.3", proxies)).toBe("198.51.100.4");
    expect(clientAddress("198.51.100.4, 192.0.2.7, 10.0.0.1", proxies)).toBe("198.51.100.4");
    // Only proxies: the one farthest from Kabar is what is known of the client.
    expect(clientAddress("10.0.0.5, 10.0.0.1", proxies)).toBe("10.0.0.5");
  });

  it("stops at a hop it cannot read instead of trusting what lies left of it", () => {
    const proxies = trusted("10.0.0.0/8");
    expect(clientAddress("198.51.100.4, unknown, 10.0.0.1", proxies)).toBeNull();
    expect(clientAddress("198.51.100.4, , 10.0.0.1", proxies)).toBeNull();
  });

  it("reads the forms proxies write: ports, brackets, IPv6 and IPv4-mapped IPv6", () => {
    const proxies = trusted("fd00::/8, 10.0.0.1");
    expect(clientAddress("198.51.100.4:5123, [fd00::1]:443", proxies)).toBe("198.51.100.4");
    expect(clientAddress("2001:db8::5, ::ffff:10.0.0.1", proxies)).toBe("2001:db8::5");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("::FFFF:192.0.2.1")).toBe("192.0.2.1");
  });
});

describe("parseTrustedProxies", () => {
  it("takes addresses and networks of both families", () => {
    const proxies = trusted(" 10.0.0.0/8 ,192.0.2.7,fd00::/8 ");
    expect(proxies.entries).toStrictEqual(["10.0.0.0/8", "192.0.2.7", "fd00::/8"]);
    expect(proxies.includes("10.200.3.4")).toBe(true);
    expect(proxies.includes("192.0.2.8")).toBe(false);
    expect(proxies.includes("fd12::1")).toBe(true);
    expect(proxies.includes("not an address")).toBe(false);
  });

  it("names the entry it cannot read", () => {
    for (const bad of [
      "10.0.0.0/33",
      "proxy.internal",
      "10.0.0.0/8/1",
      "fd00::/129",
      "10.0.0.0/x",
    ]) {
      expect(parseTrustedProxies(`192.0.2.7, ${bad}`)).toStrictEqual({
        error: `“${bad}” is not an IP address or a network such as 10.0.0.0/8`,
      });
    }
  });
});
