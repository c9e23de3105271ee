import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
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

const hsm = (template: string, body: Record<string, unknown>) =>
  sandbox.wa(`/whatsapp/sendHsm/${template}`, { to: "+628123456789", ...body });

const card = (index: number, withHeader = true) => ({
  card_index: index,
  components: [
    ...(withHeader
      ? [{ type: "HEADER", parameters: [{ type: "IMAGE", image: { id: "24230790383178626" } }] }]
      : []),
    { type: "BODY", parameters: [{ type: "TEXT", text: "20OFF" }] },
    {
      type: "BUTTON",
      sub_type: "QUICK_REPLY",
      index: "0",
      parameters: [{ type: "PAYLOAD", payload: "59NqSd" }],
    },
    {
      type: "button",
      sub_type: "URL",
      index: 1,
      parameters: [{ type: "payload", payload: "last_chance_2023" }],
    },
  ],
});

/** Each documented example request, with the placeholders filled in. */
const DOCUMENTED: [string, Record<string, unknown>][] = [
  ["welcome_msg", { param: ["Damcorp", "Team"] }],
  [
    "hsm_media_dummy",
    {
      to: ["+6285123456789"],
      param: ["Test"],
      header: { type: "image", data: "https://example.com/file.jpg" },
    },
  ],
  [
    "hsm_report_dummy",
    {
      param: ["Test"],
      header: {
        type: "document",
        data: "https://example.com/file.pdf",
        filename: "Dokumen API Damcorp",
      },
    },
  ],
  [
    "hsm_video_dummy",
    { param: ["Test"], header: { type: "video", data: "https://example.com/file.mp4" } },
  ],
  ["hsm_text_dummy", { param: ["dummy", "text"], header: { type: "text", data: "welcome" } }],
  [
    "example_lto",
    {
      param: ["test", "5w", "we2323"],
      header: { type: "image", data: "https://yoururlimage/image.jpg" },
      limited_time_offer: {
        type: "limited_time_offer",
        parameters: [
          { type: "limited_time_offer", limited_time_offer: { expiration_time_ms: 1209600000 } },
        ],
      },
      buttons: [
        { type: "copy_code", coupon_code: "CARIBE25" },
        { type: "url", url_param: "test2" },
      ],
    },
  ],
  [
    "example_lto",
    { param: ["test", "5w", "we2323"], buttons: [{ type: "copy_code", coupon_code: "222xx2122" }] },
  ],
  [
    "example_lto",
    {
      param: ["test", "5w", "we2323"],
      buttons: [
        {
          type: "catalog",
          action: {
            thumbnail_product_retailer_id: "fgbid80y0f",
            sections: [
              {
                title: "Popular Bundles",
                product_items: [
                  { product_retailer_id: "fgbid80y0f" },
                  { product_retailer_id: "gq7up1s3xf" },
                ],
              },
              { title: "Premium Packages", product_items: [{ product_retailer_id: "w0xing60by" }] },
            ],
          },
        },
      ],
    },
  ],
  ["example_lto", { param: ["test", "5w", "we2323"] }],
  [
    "example_lto",
    {
      param: ["test", "5w", "we2323"],
      buttons: [
        {},
        { type: "copy_code", coupon_code: "222xx2122" },
        { type: "url", url_param: "test2" },
      ],
    },
  ],
  [
    "example_flow",
    {
      param: ["test", "5w", "we2323"],
      buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }],
    },
  ],
  [
    "carousel_template_example",
    { to: ["6281234567890"], param: [], carousel: { type: "CAROUSEL", cards: [card(0), card(1)] } },
  ],
  ["copy_code", { to: ["+6285123456789"], param: ["123456"], buttons: [{ text: "123456" }] }],
  ["ubah_alamat", { param: ["*John Doe Office*"], buttons: { type: "url", url_param: "example" } }],
  [
    "konfirmasi_penerimaan_barang",
    { param: ["*John Doe Office*", "*123456*", "*packing process*"] },
  ],
  ["auto_respon", { param: [], buttons: { url_param: "login" } }],
  [
    "konfirmasi_pembayaran",
    { param: ["*EXAMPLEPAY*"], header: { type: "text" }, buttons: { url_param: "examplepay" } },
  ],
  ["fu_phone_web", { param: ["*John Doe*", "*we*"] }],
];

describe("sendHsm", () => {
  it.each(DOCUMENTED.map(([name, body], i) => [`${i}:${name}`, name, body] as const))(
    "accepts the documented example %s",
    async (_label, name, body) => {
      const res = await hsm(name, body);
      expect(res.status).toBe(200);
      expect(res.body.responseCode, res.body.message).toBe("000");
      expect(res.body.data[0]).toMatchObject({ msgId: expect.any(String), status: "sent" });
    },
  );

  it("is not subject to the 24-hour window", async () => {
    const res = await hsm("welcome_msg", { to: STRANGER, param: ["a", "b"] });
    expect(res.body.data).toEqual([{ to: STRANGER, msgId: expect.any(String), status: "sent" }]);
  });

  it("adds error_status, error_msg and trxid on the newer template variants", async () => {
    const res = await hsm("example_flow", {
      to: ["628123456789", "62812345"],
      param: ["a", "b", "c"],
    });
    expect(res.body.data[0]).toEqual({
      to: "628123456789",
      msgId: expect.any(String),
      status: "sent",
      error_status: null,
      error_msg: null,
      trxid: expect.any(Number),
    });
    expect(res.body.data[1]).toMatchObject({
      to: "62812345",
      msgId: null,
      status: "invalid",
      trxid: null,
    });
  });

  it("answers 725 for an unknown template", async () => {
    const res = await hsm("no_such_template", { param: [] });
    expect(res.body).toEqual({
      responseCode: "725",
      version: expect.any(String),
      data: null,
      message: "invalid template",
    });
  });

  it("answers 725 for a wrong, missing or unexpected header", async () => {
    const wrongKind = await hsm("hsm_media_dummy", {
      param: ["x"],
      header: { type: "video", data: "https://x/v.mp4" },
    });
    expect(wrongKind.body.responseCode).toBe("725");
    const missing = await hsm("hsm_report_dummy", { param: ["x"] });
    expect(missing.body.responseCode).toBe("725");
    const unexpected = await hsm("welcome_msg", {
      param: ["a", "b"],
      header: { type: "text", data: "x" },
    });
    expect(unexpected.body.responseCode).toBe("725");
  });

  it("answers 725 when a required button is missing or the template has none", async () => {
    expect((await hsm("ubah_alamat", { param: ["x"] })).body.responseCode).toBe("725");
    expect((await hsm("copy_code", { param: ["123456"] })).body.responseCode).toBe("725");
    const extra = await hsm("welcome_msg", {
      param: ["a", "b"],
      buttons: [{ type: "url", url_param: "x" }],
    });
    expect(extra.body.responseCode).toBe("725");
    const flowOnLto = await hsm("example_lto", {
      param: ["a", "b", "c"],
      buttons: [{ type: "flow" }],
    });
    expect(flowOnLto.body.responseCode).toBe("725");
  });

  it("accepts the table spellings params / url_params / button", async () => {
    const res = await hsm("ubah_alamat", { params: ["x"], buttons: { url_params: "login" } });
    expect(res.body.responseCode).toBe("000");
    const auth = await hsm("copy_code", { param: ["123456"], button: [{ text: "123456" }] });
    expect(auth.body.responseCode).toBe("000");
  });

  it("answers 2000 when the parameter count does not match", async () => {
    for (const param of [[], ["only one"], ["a", "b", "c"]]) {
      const res = await hsm("welcome_msg", { param });
      expect(res.body).toMatchObject({
        responseCode: "2000",
        data: null,
        message: "Template Param Count Mismatch",
      });
    }
    const missing = await hsm("welcome_msg", {});
    expect(missing.body.responseCode).toBe("2000");
  });

  it("answers 721 for ill-typed values", async () => {
    expect((await hsm("welcome_msg", { param: ["a", 2] })).body.responseCode).toBe("721");
    expect((await hsm("welcome_msg", { param: ["a", "b"], to: 628123 })).body.responseCode).toBe(
      "721",
    );
    const longCoupon = await hsm("example_lto", {
      param: ["a", "b", "c"],
      buttons: [{ type: "copy_code", coupon_code: "X".repeat(16) }],
    });
    expect(longCoupon.body.responseCode).toBe("721");
  });

  it("answers 726 for products not in the sandbox catalog", async () => {
    const res = await hsm("example_lto", {
      param: ["a", "b", "c"],
      buttons: [
        {
          type: "catalog",
          action: { sections: [{ title: "t", product_items: [{ product_retailer_id: "zzz" }] }] },
        },
      ],
    });
    expect(res.body).toMatchObject({ responseCode: "726", message: "invalid_product" });
  });

  it("checks carousel cards: media header required, at most 10 cards", async () => {
    const noHeader = await hsm("carousel_template_example", {
      param: [],
      carousel: { type: "CAROUSEL", cards: [card(0, false)] },
    });
    expect(noHeader.body.responseCode).toBe("725");
    const tooMany = await hsm("carousel_template_example", {
      param: [],
      carousel: { type: "CAROUSEL", cards: Array.from({ length: 11 }, (_, i) => card(i)) },
    });
    expect(tooMany.body.responseCode).toBe("721");
    const missing = await hsm("carousel_template_example", { param: [] });
    expect(missing.body.responseCode).toBe("725");
  });
});
