import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { optionsFromEnv } from "./env";
import { STRANGER, startTestSandbox, type TestSandbox } from "./testkit";

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
});

const register = (body: unknown) => sandbox.post("/__sandbox/templates", body);
const hsm = (name: string, body: Record<string, unknown> = {}) =>
  sandbox.wa(`/whatsapp/sendHsm/${name}`, { to: STRANGER, ...body });
const names = async () =>
  (await sandbox.get("/__sandbox/templates")).body.templates.map((t: { name: string }) => t.name);

describe("POST /__sandbox/templates", () => {
  it("registers a template that sendHsm then checks like a built-in one", async () => {
    expect((await hsm("promo_juni", { param: ["a", "b"] })).body.responseCode).toBe("725");
    const res = await register({ name: "promo_juni", paramCount: 2 });
    expect(res.status).toBe(200);
    expect(res.body.templates[0]).toMatchObject({
      name: "promo_juni",
      paramCount: 2,
      header: null,
    });
    const sent = await hsm("promo_juni", { param: ["Budi", "Toko Maju"] });
    expect(sent.body.data).toEqual([{ to: STRANGER, msgId: expect.any(String), status: "sent" }]);
    expect((await hsm("promo_juni", { param: ["Budi"] })).body.responseCode).toBe("2000");
  });

  it("takes the parameter count from the body's placeholders", async () => {
    await register({ name: "tagihan", body: "Halo {{1}}, tagihan {{2}} jatuh tempo {{3}}." });
    expect((await hsm("tagihan", { param: ["a", "b", "c"] })).body.responseCode).toBe("000");
    const mismatch = await register({ name: "x", paramCount: 1, body: "{{1}} {{2}}" });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error).toMatch(/paramCount 1 but/);
    expect((await register({ name: "y" })).body.error).toMatch(/paramCount or body/);
  });

  it("checks the header kind and the buttons the template has", async () => {
    await register({
      templates: [
        { name: "promo_gambar", paramCount: 1, header: "image", buttons: ["quick_reply", "url"] },
        {
          name: "konfirmasi",
          paramCount: 0,
          header: { kind: "text", required: false, variable: false },
        },
      ],
    });
    const image = { type: "image", data: "https://example.com/promo.jpg" };
    const buttons = [{}, { type: "url", url_param: "juni" }];
    expect(
      (await hsm("promo_gambar", { param: ["a"], header: image, buttons })).body.data[0],
    ).toMatchObject({ status: "sent" });
    // Missing header, wrong header kind, no buttons although the URL needs its value: 725.
    for (const body of [
      { param: ["a"], buttons },
      { param: ["a"], header: { type: "video", data: "https://example.com/a.mp4" }, buttons },
      { param: ["a"], header: image },
    ]) {
      expect((await hsm("promo_gambar", body)).body.responseCode, JSON.stringify(body)).toBe("725");
    }
    expect((await hsm("konfirmasi")).body.responseCode).toBe("000");
    expect((await hsm("konfirmasi", { header: { type: "text" } })).body.responseCode).toBe("000");
  });

  it("replaces a known name, lists all, and with replace keeps only the given ones", async () => {
    await register({ name: "welcome_msg", paramCount: 1 });
    expect((await hsm("welcome_msg", { param: ["a"] })).body.responseCode).toBe("000");
    expect(await names()).toContain("hsm_media_dummy");
    await register({ templates: [{ name: "only_one", paramCount: 0 }], replace: true });
    expect(await names()).toEqual(["only_one"]);
    expect((await hsm("welcome_msg", { param: ["a", "b"] })).body.responseCode).toBe("725");
    // Reset returns to the start-up registry.
    await sandbox.reset();
    expect(await names()).toContain("welcome_msg");
    expect(await names()).not.toContain("only_one");
    const state = (await sandbox.get("/__sandbox/state")).body;
    expect(state.templates.map((t: { name: string }) => t.name)).toEqual(await names());
  });

  it("refuses malformed templates and changes nothing", async () => {
    for (const bad of [
      { name: "a/b", paramCount: 0 },
      { name: "a", paramCount: -1 },
      { name: "a", paramCount: 0, header: "gif" },
      { name: "a", paramCount: 0, buttons: ["teleport"] },
      {
        templates: [
          { name: "a", paramCount: 0 },
          { name: "a", paramCount: 1 },
        ],
      },
      { templates: [{ name: "a", paramCount: 0 }], extra: true },
    ]) {
      const res = await register(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect(await names()).not.toContain("a");
  });
});

describe("startSandbox({ templates })", () => {
  it("starts knowing the given templates, with or without the built-in ones", async () => {
    const rehearsal = await startTestSandbox({
      templates: [{ name: "campaign_juni", body: "Halo {{1}}!", header: "document" }],
      builtInTemplates: false,
    });
    try {
      const call = (name: string, body: Record<string, unknown>) =>
        rehearsal.wa(`/whatsapp/sendHsm/${name}`, { to: STRANGER, ...body });
      const header = { type: "document", data: "https://example.com/a.pdf", filename: "a" };
      expect((await call("campaign_juni", { param: ["Sari"], header })).body.responseCode).toBe(
        "000",
      );
      expect((await call("welcome_msg", { param: ["a", "b"] })).body.responseCode).toBe("725");
      await rehearsal.reset();
      expect((await call("campaign_juni", { param: ["Sari"], header })).body.responseCode).toBe(
        "000",
      );
    } finally {
      await rehearsal.close();
    }
  });

  it("refuses to start with a malformed template", async () => {
    await expect(startTestSandbox({ templates: [{ name: "" }] })).rejects.toThrow(/templates/);
  });

  it("reads SANDBOX_TEMPLATES", () => {
    const templates = [{ name: "t", paramCount: 1 }];
    expect(optionsFromEnv({ SANDBOX_TEMPLATES: JSON.stringify(templates) }).templates).toEqual(
      templates,
    );
    expect(() => optionsFromEnv({ SANDBOX_TEMPLATES: '[{"name":1}]' })).toThrow(
      /SANDBOX_TEMPLATES/,
    );
  });
});
