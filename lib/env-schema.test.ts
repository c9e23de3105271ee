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
