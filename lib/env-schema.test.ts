import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const required = {
  NEXTAUTH_SECRET: "s".repeat(32),
  KABAR_SECRET_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("parseEnv", () => {
  it("fills the documented defaults", () => {
    const env = parseEnv(required);
    expect(env.DATABASE_URL).toBe("file:./data/kabar.db");
    expect(env.DAMCORP_WHATSAPP_URL).toBe("http://127.0.0.1:4010");
    expect(env.DAMCORP_HELPDESK_URL).toBe("http://127.0.0.1:4010");
    expect(env.PORT).toBe(3000);
    expect(env.KABAR_TIME_ZONE).toBe("Asia/Jakarta");
    expect(env.HELPDESK_TIME_ZONE).toBe("Asia/Jakarta");
  });

  it("names every wrong or missing variable", () => {
    expect(() => parseEnv({ DAMCORP_WHATSAPP_URL: "not a url", PORT: "x" })).toThrow(
      /DAMCORP_WHATSAPP_URL[\s\S]*PORT[\s\S]*KABAR_SECRET_KEY[\s\S]*NEXTAUTH_SECRET|NEXTAUTH_SECRET/,
    );
    try {
      parseEnv({ ...required, HELPDESK_TIME_ZONE: "Mars/Olympus" });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain("HELPDESK_TIME_ZONE");
    }
  });

  it("rejects a secret key that is not 32 bytes", () => {
    expect(() => parseEnv({ ...required, KABAR_SECRET_KEY: "short" })).toThrow(/KABAR_SECRET_KEY/);
  });

  it("treats an empty token as unset", () => {
    expect(parseEnv({ ...required, DAMCORP_TOKEN: "" }).DAMCORP_TOKEN).toBeUndefined();
  });
});

describe("KABAR_HOST and KABAR_TRUSTED_PROXIES", () => {
  it("bind to this machine and trust no proxy by default", () => {
    const env = parseEnv(required);
    expect(env.KABAR_HOST).toBe("127.0.0.1");
    expect(env.KABAR_TRUSTED_PROXIES.entries).toStrictEqual([]);
    expect(env.KABAR_TRUSTED_PROXIES.includes("127.0.0.1")).toBe(false);
  });

  it("take an address or host name to bind to, and a list of proxies", () => {
    const env = parseEnv({
      ...required,
      KABAR_HOST: "0.0.0.0",
      KABAR_TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.7",
    });
    expect(env.KABAR_HOST).toBe("0.0.0.0");
    expect(env.KABAR_TRUSTED_PROXIES.includes("10.9.8.7")).toBe(true);
    expect(parseEnv({ ...required, KABAR_HOST: "kabar-web-1" }).KABAR_HOST).toBe("kabar-web-1");
    expect(parseEnv({ ...required, KABAR_HOST: "::" }).KABAR_HOST).toBe("::");
  });

  it("refuse what they cannot read, naming the variable and the entry", () => {
    expect(() => parseEnv({ ...required, KABAR_HOST: "http://0.0.0.0" })).toThrow(/KABAR_HOST/);
    expect(() => parseEnv({ ...required, KABAR_TRUSTED_PROXIES: "10.0.0.0/8, lb" })).toThrow(
      /KABAR_TRUSTED_PROXIES: “lb” is not an IP address/,
    );
  });
});
