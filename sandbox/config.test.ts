import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { optionsFromEnv } from "./env";
import {
  API_KEY,
  NOW,
  PNG_BYTES,
  STRANGER,
  startTestSandbox,
  TOKEN,
  type TestSandbox,
} from "./testkit";

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  sandbox.setNow(NOW);
});

const configure = (body: unknown) => sandbox.post("/__sandbox/config", body);
const hsmWith = (token: string) =>
  sandbox.post("/whatsapp/sendHsm/welcome_msg", { token, to: STRANGER, param: ["a", "b"] });
const at = (ms: number) => sandbox.setNow(new Date(NOW.getTime() + ms));

describe("GET/POST /__sandbox/config", () => {
  it("shows the start-up configuration", async () => {
    const { status, body } = await sandbox.get("/__sandbox/config");
    expect(status).toBe(200);
    expect(body.config).toEqual({
      rateLimit: { max: 10_000, windowMs: 60_000, mode: "fixed" },
      helpdeskRateLimit: null,
      accounts: [{ token: TOKEN, validProduct: true }],
      apiKeys: [API_KEY],
      invalidParamData: "fields",
      strictLocation: false,
      helpdeskIgnoresPage: false,
      mediaTtlMs: null,
    });
  });

  it("changes the rate limit while running, per credential", async () => {
    const set = await configure({ rateLimit: { max: 2, windowMs: 1000 } });
    expect(set.body).toMatchObject({ ok: true, config: { rateLimit: { max: 2, windowMs: 1000 } } });
    expect((await hsmWith(TOKEN)).status).toBe(200);
    expect((await hsmWith(TOKEN)).status).toBe(200);
    const throttled = await hsmWith(TOKEN);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    // The helpdesk key is another credential with its own budget.
    expect((await sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=1001")).status).toBe(200);
    at(1000);
    expect((await hsmWith(TOKEN)).status).toBe(200);

    // A new limit takes effect at once and starts the counts afresh.
    await configure({ rateLimit: { max: 45, windowMs: 60_000 } });
    for (let i = 0; i < 45; i++) expect((await hsmWith(TOKEN)).status).toBe(200);
    const long = await hsmWith(TOKEN);
    expect(long.status).toBe(429);
    expect(long.headers.get("retry-after")).toBe("60");
  });

  it("keeps a sliding window to at most max in any window span; a fixed one does not", async () => {
    const statuses = async (mode: "fixed" | "sliding") => {
      await sandbox.reset();
      await configure({ rateLimit: { max: 2, windowMs: 1000, mode } });
      const result: number[] = [];
      for (const ms of [0, 900, 1000, 1100]) {
        at(ms);
        result.push((await hsmWith(TOKEN)).status);
      }
      return result;
    };
    expect(await statuses("fixed")).toEqual([200, 200, 200, 200]);
    expect(await statuses("sliding")).toEqual([200, 200, 200, 429]);
  });

  it("serves several tokens, each its own account, limit and profile", async () => {
    await configure({
      accounts: [
        { token: "token-a", number: "6281100000001", rateLimit: { max: 1, windowMs: 60_000 } },
        { token: "token-b", number: "6281100000002" },
        { token: "no-product", number: "6281100000003", validProduct: false },
      ],
    });
    expect((await hsmWith(TOKEN)).status).toBe(401); // replaced by the new list
    expect((await hsmWith("token-a")).body.responseCode).toBe("000");
    expect((await hsmWith("token-a")).status).toBe(429); // its own limit of 1
    expect((await hsmWith("token-b")).body.responseCode).toBe("000");
    expect((await hsmWith("token-b")).body.responseCode).toBe("000");
  });

  it("answers 726 to every send of an account without a valid product", async () => {
    await configure({ accounts: [{ token: TOKEN }, { token: "no-product", validProduct: false }] });
    const sends: [string, Record<string, unknown>][] = [
      ["/whatsapp/sendText", { to: STRANGER, message: "Halo" }],
      ["/whatsapp/sendHsm/welcome_msg", { to: STRANGER, param: ["a", "b"] }],
      ["/whatsapp/sendImage", { to: STRANGER, image: "https://example.com/a.jpg" }],
      ["/whatsapp/sendLocation", { to: STRANGER, latitude: 1, longitude: 2 }],
      // Refused before the request is even validated: the account cannot send at all.
      ["/whatsapp/sendText", { to: STRANGER }],
    ];
    for (const [path, body] of sends) {
      const res = await sandbox.post(path, { token: "no-product", ...body });
      expect(res.status, path).toBe(200);
      expect(res.body, path).toEqual({
        responseCode: "726",
        version: "1.5.18",
        data: null,
        message: "invalid_product",
      });
    }
    // Media storage is not a send; the spec shows no 726 for it.
    const upload = await sandbox.post("/whatsapp/uploadMedia", {
      token: "no-product",
      media: PNG_BYTES.toString("base64"),
    });
    expect(upload.body.responseCode).toBe("000");
    expect((await hsmWith(TOKEN)).body.responseCode).toBe("000");
    // A probe that messages nobody tells the two accounts apart.
    const probe = (token: string) =>
      sandbox.post("/whatsapp/sendText", { token, to: "0", message: "x" });
    expect((await probe(TOKEN)).body.data).toEqual([{ to: "62", msgId: null, status: "invalid" }]);
    expect((await probe("no-product")).body.responseCode).toBe("726");
  });

  it("accepts every configured helpdesk api-key and no other", async () => {
    await configure({ apiKeys: ["key-one", "key-two"] });
    const read = (key: string) =>
      sandbox.get("/api/v2/report/ticket/?ticketCode=1001", { "api-key": key });
    expect((await read("key-one")).status).toBe(200);
    expect((await read("key-two")).status).toBe(200);
    expect((await read(API_KEY)).status).toBe(401);
  });

  it("limits the helpdesk separately when helpdeskRateLimit is set", async () => {
    await configure({ helpdeskRateLimit: { max: 1, windowMs: 60_000 } });
    const read = () => sandbox.hd("GET", "/api/v2/report/ticket/?ticketCode=1001");
    expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(429);
    expect((await hsmWith(TOKEN)).status).toBe(200);
    expect((await hsmWith(TOKEN)).status).toBe(200);
  });

  it("returns to the start-up configuration on reset", async () => {
    await configure({ apiKeys: ["other"], rateLimit: { max: 1, windowMs: 1 } });
    await sandbox.reset();
    const { body } = await sandbox.get("/__sandbox/config");
    expect(body.config).toMatchObject({ apiKeys: [API_KEY], rateLimit: { max: 10_000 } });
  });

  it("refuses an invalid configuration and keeps the current one", async () => {
    for (const bad of [
      { rateLimit: { max: 0, windowMs: 1000 } },
      { accounts: [] },
      { accounts: [{ token: "a" }, { token: "a" }] },
      { unknownSetting: true },
    ]) {
      const res = await configure(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(typeof res.body.error).toBe("string");
    }
    expect((await sandbox.get("/__sandbox/config")).body.config.accounts).toEqual([
      { token: TOKEN, validProduct: true },
    ]);
  });
});

describe("startSandbox options", () => {
  it("take accounts, api-keys and limits (token and apiKey join the lists first)", async () => {
    const other = await startTestSandbox({
      token: "first",
      accounts: [{ token: "second", validProduct: false }],
      apiKeys: ["k2"],
      apiKey: "k1",
      rateLimit: { max: 50, windowMs: 1000 },
    });
    try {
      const { config } = (await other.get("/__sandbox/config")).body;
      expect(config.accounts).toEqual([
        { token: "first", validProduct: true },
        { token: "second", validProduct: false },
      ]);
      expect(config.apiKeys).toEqual(["k1", "k2"]);
      expect(config.rateLimit).toEqual({ max: 50, windowMs: 1000, mode: "fixed" });
    } finally {
      await other.close();
    }
  });

  it("refuse an invalid configuration at start", async () => {
    await expect(startTestSandbox({ rateLimit: { max: 0, windowMs: 1 } })).rejects.toThrow(
      /sandbox config/,
    );
  });
});

describe("SANDBOX_* environment", () => {
  it("reads the port, credentials, rate limit and a JSON configuration", () => {
    expect(
      optionsFromEnv({
        SANDBOX_PORT: "6401",
        SANDBOX_TOKEN: "t",
        SANDBOX_API_KEY: "k",
        SANDBOX_RATE_LIMIT: "50",
        SANDBOX_RATE_WINDOW_MS: "1000",
        SANDBOX_CONFIG: JSON.stringify({
          accounts: [{ token: "no-product", validProduct: false }],
          helpdeskRateLimit: { max: 5, windowMs: 1000 },
        }),
      }),
    ).toEqual({
      port: 6401,
      token: "t",
      apiKey: "k",
      rateLimit: { max: 50, windowMs: 1000 },
      accounts: [{ token: "no-product", validProduct: false }],
      helpdeskRateLimit: { max: 5, windowMs: 1000 },
    });
  });

  it("keeps the old meaning of SANDBOX_RATE_LIMIT alone: per minute", () => {
    expect(optionsFromEnv({ SANDBOX_RATE_LIMIT: "6000" })).toEqual({
      port: 4010,
      rateLimit: { max: 6000, windowMs: 60_000 },
    });
  });

  it("names every bad variable", () => {
    const read = () =>
      optionsFromEnv({
        SANDBOX_RATE_LIMIT: "many",
        SANDBOX_PORT: "-1",
        SANDBOX_CONFIG: '{"apiKeys":"one"}',
      });
    for (const name of ["SANDBOX_RATE_LIMIT", "SANDBOX_PORT", "SANDBOX_CONFIG: "]) {
      expect(read).toThrow(name);
    }
    expect(read).toThrow(/apiKeys/);
  });
});
