// Contract tests: every WhatsApp client function against the Damcorp sandbox over real HTTP.
// Each success case also checks the exact body the sandbox received.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DamcorpClient } from "./client";
import type { SendResult } from "./results";
import { SANDBOX_TOKEN, startHarness, type SandboxHarness } from "@/tests/support/sandbox-harness";
import { buildHsmBody, type SendHsmInput } from "./whatsapp/hsm";
import { buildInteractiveBody, type SendInteractiveInput } from "./whatsapp/interactive";
import { downloadMedia, uploadMedia } from "./whatsapp/media";
import {
  sendAudio,
  sendContact,
  sendDocument,
  sendHsm,
  sendImage,
  sendInteractive,
  sendLocation,
  sendSticker,
  sendText,
  sendVideo,
} from "./whatsapp/messages";

const CUSTOMER = "+6281234567890";
const CUSTOMER_DIGITS = "6281234567890";

let sandbox: SandboxHarness;
let client: DamcorpClient;

beforeAll(async () => {
  sandbox = await startHarness();
  client = sandbox.client();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.reset();
});

function expectAllSent(result: SendResult, to = CUSTOMER_DIGITS) {
  expect(result).toMatchObject({ outcome: "accepted", responseCode: "000", allSent: true });
  if (result.outcome === "accepted") {
    expect(result.recipients).toHaveLength(1);
    expect(result.recipients[0]).toMatchObject({ to, status: "sent" });
    expect(result.recipients[0]?.msgId).toEqual(expect.any(String));
  }
}

async function receivedBody(path: string): Promise<unknown> {
  return (await sandbox.lastRequest(path))?.body;
}

/** The sandbox's catalog (sandbox/README.md); the spec only shows the placeholder "6395xxxxxxxx". */
const SANDBOX_CATALOG_ID = "6395000000001";

describe("sendText", () => {
  it("is refused with 470 outside the 24-hour window (HTTP 200 + responseCode)", async () => {
    const result = await sendText(client, { to: CUSTOMER, message: "Halo" });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "470",
      httpStatus: 200,
      error: { title: "24-hour window closed", retryable: "no" },
    });
  });

  it("is accepted inside the window, with exactly the documented body", async () => {
    await sandbox.inbound(CUSTOMER);
    const result = await sendText(client, {
      to: CUSTOMER,
      message: "Halo, pesanan Anda sudah dikirim",
    });
    expectAllSent(result);
    expect(await receivedBody("/whatsapp/sendText")).toStrictEqual({
      token: SANDBOX_TOKEN,
      to: CUSTOMER,
      message: "Halo, pesanan Anda sudah dikirim",
    });
    expect(result.request.body).toStrictEqual({
      token: "[redacted]",
      to: CUSTOMER,
      message: "Halo, pesanan Anda sudah dikirim",
    });
  });

  it("a failing number comes back as status failed under 000/success", async () => {
    await sandbox.inbound("+6281234560000");
    const result = await sendText(client, { to: "+6281234560000", message: "Halo" });
    expect(result).toMatchObject({
      outcome: "accepted",
      responseCode: "000",
      allSent: false,
      recipients: [{ to: "6281234560000", status: "failed", error: { code: "failed" } }],
    });
  });

  it("a wrong token is rejected with 401", async () => {
    const result = await sendText(client.withCredentials({ token: "wrong-token" }), {
      to: CUSTOMER,
      message: "x",
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "401",
      error: { title: "Not authorised" },
    });
    expect(JSON.stringify(result)).not.toContain("wrong-token");
  });
});

describe("sendHsm", () => {
  it("per-recipient invalid / failed / sent in one 000 answer — never collapsed", async () => {
    const result = await sendHsm(client, {
      templateName: "welcome_msg",
      to: ["+6281234", "+6281234560000", CUSTOMER],
      params: ["Damcorp", "Team"],
    });
    expect(result).toMatchObject({ outcome: "accepted", responseCode: "000", allSent: false });
    if (result.outcome !== "accepted") return;
    expect(result.recipients.map((r) => [r.to, r.status])).toStrictEqual([
      ["6281234", "invalid"],
      ["6281234560000", "failed"],
      [CUSTOMER_DIGITS, "sent"],
    ]);
    expect(result.recipients[0]?.error?.code).toBe("invalid");
    expect(result.recipients[2]?.error).toBeUndefined();
  });

  const variants: Array<[string, SendHsmInput]> = [
    ["plain params", { templateName: "welcome_msg", to: CUSTOMER, params: ["Damcorp", "Team"] }],
    [
      "header image",
      {
        templateName: "hsm_media_dummy",
        to: [CUSTOMER],
        params: ["Test"],
        header: { type: "image", url: "https://example.com/file.jpg" },
      },
    ],
    [
      "header document",
      {
        templateName: "hsm_report_dummy",
        to: [CUSTOMER],
        params: ["Test"],
        header: {
          type: "document",
          url: "https://example.com/file.pdf",
          filename: "Dokumen API Damcorp",
        },
      },
    ],
    [
      "header video",
      {
        templateName: "hsm_video_dummy",
        to: [CUSTOMER],
        params: ["Test"],
        header: { type: "video", url: "https://example.com/file.mp4" },
      },
    ],
    [
      "header text",
      {
        templateName: "hsm_text_dummy",
        to: [CUSTOMER],
        params: ["dummy", "text"],
        header: { type: "text", text: "welcome" },
      },
    ],
    [
      "limited-time offer",
      {
        templateName: "example_lto",
        to: CUSTOMER,
        params: ["test", "5w", "we2323"],
        header: { type: "image", url: "https://example.com/image.jpg" },
        limitedTimeOffer: { expirationTimeMs: 1209600000 },
        buttons: [
          { type: "copy_code", couponCode: "CARIBE25" },
          { type: "url", urlParam: "test2" },
        ],
      },
    ],
    [
      "coupon code",
      {
        templateName: "example_lto",
        to: CUSTOMER,
        params: ["test", "5w", "we2323"],
        buttons: [{ type: "copy_code", couponCode: "222xx2122" }],
      },
    ],
    [
      "catalog multi-product",
      {
        templateName: "example_lto",
        to: CUSTOMER,
        params: ["test", "5w", "we2323"],
        buttons: [
          {
            type: "catalog",
            thumbnailProductRetailerId: "fgbid80y0f",
            sections: [
              { title: "Popular Bundles", productRetailerIds: ["fgbid80y0f", "gq7up1s3xf"] },
              { title: "Premium Packages", productRetailerIds: ["w0xing60by"] },
            ],
          },
        ],
      },
    ],
    [
      "combined static + dynamic buttons",
      {
        templateName: "example_lto",
        to: CUSTOMER,
        params: ["test", "5w", "we2323"],
        buttons: [
          { type: "static" },
          { type: "copy_code", couponCode: "222xx2122" },
          { type: "url", urlParam: "test2" },
        ],
      },
    ],
    [
      "flow button",
      {
        templateName: "example_flow",
        to: CUSTOMER,
        params: ["test", "5w", "we2323"],
        buttons: [{ type: "flow", flowToken: "FLOW_TOKENx" }],
      },
    ],
    [
      "carousel",
      {
        templateName: "carousel_template_example",
        to: [CUSTOMER_DIGITS],
        carousel: [
          {
            header: { type: "image", id: "24230790383178626" },
            bodyParams: ["20OFF", "last chance"],
            buttons: [
              { type: "quick_reply", index: 0, payload: "59NqSd" },
              { type: "url", index: 1, payload: "last_chance_2023" },
            ],
          },
          { header: { type: "image", id: "24230790383178627" }, bodyParams: ["10OFF", "new"] },
        ],
      },
    ],
    [
      "authentication",
      {
        templateName: "copy_code",
        to: [CUSTOMER],
        params: ["123456"],
        buttons: [{ type: "otp", code: "123456" }],
      },
    ],
    [
      "interactive A: buttons object with type",
      {
        templateName: "ubah_alamat",
        to: CUSTOMER,
        params: ["*John Doe Office*"],
        buttons: { type: "url", urlParam: "example" },
      },
    ],
    [
      "interactive B: params only",
      {
        templateName: "konfirmasi_penerimaan_barang",
        to: CUSTOMER,
        params: ["*John Doe Office*", "*123456*", "*packing process*"],
      },
    ],
    [
      "interactive C: empty params, {url_param}",
      { templateName: "auto_respon", to: CUSTOMER, params: [], buttons: { urlParam: "login" } },
    ],
    [
      "interactive D: header {type: text} + {url_param}",
      {
        templateName: "konfirmasi_pembayaran",
        to: CUSTOMER,
        params: ["*EXAMPLEPAY*"],
        header: { type: "text" },
        buttons: { urlParam: "examplepay" },
      },
    ],
    [
      "interactive E: params only",
      { templateName: "fu_phone_web", to: CUSTOMER, params: ["*John Doe*", "*we*"] },
    ],
  ];

  it.each(variants)("%s: accepted, body received exactly as built", async (_name, input) => {
    const result = await sendHsm(client, input);
    expectAllSent(result, CUSTOMER_DIGITS);
    expect(await receivedBody(`/whatsapp/sendHsm/${input.templateName}`)).toStrictEqual(
      buildHsmBody(input, SANDBOX_TOKEN),
    );
  });

  it("templates need no 24-hour window", async () => {
    expectAllSent(
      await sendHsm(client, {
        templateName: "welcome_msg",
        to: "+6281311112222",
        params: ["a", "b"],
      }),
      "6281311112222",
    );
  });

  it("an unknown template is 725", async () => {
    const result = await sendHsm(client, {
      templateName: "no_such_template",
      to: CUSTOMER,
      params: ["a"],
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "725",
      error: { title: "Invalid template" },
    });
  });

  it("a wrong parameter count is 2000", async () => {
    const result = await sendHsm(client, {
      templateName: "welcome_msg",
      to: CUSTOMER,
      params: ["only one"],
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "2000",
      error: { title: "Wrong number of template parameters" },
    });
  });

  it("an unknown catalog product is 726", async () => {
    const result = await sendHsm(client, {
      templateName: "example_lto",
      to: CUSTOMER,
      params: ["test", "5w", "we2323"],
      buttons: [
        {
          type: "catalog",
          thumbnailProductRetailerId: "nope000000",
          sections: [{ title: "X", productRetailerIds: ["nope000000"] }],
        },
      ],
    });
    expect(result).toMatchObject({
      outcome: "rejected",
      code: "726",
      error: { title: "No valid product on the account" },
    });
  });
});

describe("sendInteractive", () => {
  beforeEach(async () => {
    await sandbox.inbound(CUSTOMER);
  });

  const variants: Array<[string, SendInteractiveInput]> = [
    ["reply buttons", { type: "button", to: CUSTOMER, message: "Test", buttons: ["Yes", "No"] }],
    [
      "reply buttons + header text",
      {
        type: "button",
        to: CUSTOMER,
        message: "Test",
        header: { type: "text", text: "Hello!" },
        buttons: ["Yes", "No"],
      },
    ],
    [
      "reply buttons + header image",
      {
        type: "button",
        to: CUSTOMER,
        message: "Test",
        header: { type: "image", url: "https://cloud-bucket.damcorp.id/whatsapp/test/menu.jpg" },
        buttons: ["Yes", "No"],
      },
    ],
    [
      "reply buttons + header document",
      {
        type: "button",
        to: CUSTOMER,
        message: "Test",
        header: { type: "document", url: "https://example.com/menu.pdf", filename: "Menu" },
        buttons: ["Yes"],
      },
    ],
    [
      "reply buttons + header video",
      {
        type: "button",
        to: CUSTOMER,
        message: "Test",
        header: { type: "video", url: "https://example.com/menu.mp4" },
        buttons: ["Yes"],
      },
    ],
    [
      "reply buttons + footer",
      {
        type: "button",
        to: CUSTOMER,
        message: "Test",
        buttons: ["Yes", "No"],
        footer: "Thank you.",
      },
    ],
    [
      "list",
      {
        type: "list",
        to: CUSTOMER,
        message: "Test",
        listTitle: "Menu",
        rows: [
          { title: "Option 1", description: "description 1" },
          { title: "Option 2", description: "Description 2" },
        ],
      },
    ],
    [
      "list + header text",
      {
        type: "list",
        to: CUSTOMER,
        message: "Test",
        listTitle: "Menu",
        rows: [{ title: "Option 1" }],
        header: { type: "text", text: "Hi" },
      },
    ],
    [
      "single product",
      {
        type: "product",
        to: CUSTOMER,
        message: "Selamat datang, silahkan pilih menu",
        catalogId: SANDBOX_CATALOG_ID,
        productRetailerId: "retailerda",
        footer: "This is footer",
      },
    ],
    [
      "multi product",
      {
        type: "product_list",
        to: CUSTOMER,
        message: "Selamat datang, silahkan pilih menu",
        catalogId: SANDBOX_CATALOG_ID,
        sections: [
          { title: "the-section-title", productRetailerIds: ["1y3tm4siby", "55s66pcc4o"] },
          { title: "the-section-title", productRetailerIds: ["1y3tm4siby"] },
        ],
        footer: "This is footer",
        header: { type: "text", text: "Hello!" },
      },
    ],
  ];

  async function sendsAsBuilt(input: SendInteractiveInput) {
    const result = await sendInteractive(client, input);
    expectAllSent(result);
    expect(await receivedBody("/whatsapp/sendInteractive")).toStrictEqual(
      buildInteractiveBody(input, SANDBOX_TOKEN),
    );
  }

  for (const [name, input] of variants) {
    it(`${name}: accepted, body received exactly as built`, () => sendsAsBuilt(input));
  }

  it("an unknown product is 726", async () => {
    const result = await sendInteractive(client, {
      type: "product",
      to: CUSTOMER,
      message: "x",
      catalogId: SANDBOX_CATALOG_ID,
      productRetailerId: "unknown-product",
    });
    expect(result).toMatchObject({ outcome: "rejected", code: "726" });
  });

  it("an unknown catalog is 726", async () => {
    // The spec's "6395xxxxxxxx" is a placeholder for the business's own catalog.
    const result = await sendInteractive(client, {
      type: "product",
      to: CUSTOMER,
      message: "x",
      catalogId: "6395xxxxxxxx",
      productRetailerId: "retailerda",
    });
    expect(result).toMatchObject({ outcome: "rejected", code: "726" });
  });

  it("is refused with 470 for a number outside the window", async () => {
    const result = await sendInteractive(client, {
      type: "button",
      to: "+6281399998888",
      message: "Test",
      buttons: ["Yes"],
    });
    expect(result).toMatchObject({ outcome: "rejected", code: "470" });
  });
});

describe("media, sticker, location, contact", () => {
  beforeEach(async () => {
    await sandbox.inbound(CUSTOMER);
  });

  it("sendImage", async () => {
    const result = await sendImage(client, {
      to: CUSTOMER,
      image: "https://example.com/a.jpg",
      caption: "Test send image",
    });
    expectAllSent(result);
    if (result.outcome === "accepted")
      expect(result.recipients[0]?.mediaId).toEqual(expect.any(String));
    expect(await receivedBody("/whatsapp/sendImage")).toStrictEqual({
      to: CUSTOMER,
      token: SANDBOX_TOKEN,
      image: "https://example.com/a.jpg",
      caption: "Test send image",
    });
  });

  it("sendDocument", async () => {
    const input = {
      to: CUSTOMER,
      document: "data:application/pdf;base64,JVBERi0xLjQK",
      caption: "Invoice",
      filename: "Invoice",
    };
    expectAllSent(await sendDocument(client, input));
    expect(await receivedBody("/whatsapp/sendDocument")).toStrictEqual({
      ...input,
      token: SANDBOX_TOKEN,
    });
  });

  it("sendAudio", async () => {
    const input = { to: CUSTOMER, audio: "https://example.com/a.aac" };
    expectAllSent(await sendAudio(client, input));
    expect(await receivedBody("/whatsapp/sendAudio")).toStrictEqual({
      ...input,
      token: SANDBOX_TOKEN,
    });
  });

  it("sendVideo", async () => {
    const input = { to: CUSTOMER, video: "https://example.com/a.mp4", caption: "Test send video" };
    expectAllSent(await sendVideo(client, input));
    expect(await receivedBody("/whatsapp/sendVideo")).toStrictEqual({
      ...input,
      token: SANDBOX_TOKEN,
    });
  });

  it("sendSticker", async () => {
    const input = { to: CUSTOMER, sticker: "https://example.com/s.webp" };
    expectAllSent(await sendSticker(client, input));
    expect(await receivedBody("/whatsapp/sendSticker")).toStrictEqual({
      token: SANDBOX_TOKEN,
      ...input,
    });
  });

  it("sendLocation: to as an array, place under header.data, param []", async () => {
    const result = await sendLocation(client, {
      to: CUSTOMER,
      latitude: -6.175392,
      longitude: 106.827153,
      name: "Monas",
      address: "Gambir, Jakarta Pusat",
    });
    expectAllSent(result);
    expect(await receivedBody("/whatsapp/sendLocation")).toStrictEqual({
      token: SANDBOX_TOKEN,
      to: [CUSTOMER],
      header: {
        type: "location",
        data: {
          latitude: "-6.175392",
          longitude: "106.827153",
          name: "Monas",
          address: "Gambir, Jakarta Pusat",
        },
      },
      param: [],
    });
  });

  it("sendContact", async () => {
    const input = { to: CUSTOMER, phone: "+62123456789", name: "John Doe" };
    expectAllSent(await sendContact(client, input));
    expect(await receivedBody("/whatsapp/sendContact")).toStrictEqual({
      token: SANDBOX_TOKEN,
      ...input,
    });
  });

  it("invalid recipient under 000 for media too", async () => {
    const result = await sendImage(client, { to: "6281234", image: "https://example.com/a.jpg" });
    expect(result).toMatchObject({
      outcome: "accepted",
      allSent: false,
      recipients: [{ to: "6281234", status: "invalid" }],
    });
  });
});

describe("uploadMedia / downloadMedia", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

  it("uploads a file as multipart and downloads it back as base64", async () => {
    const uploaded = await uploadMedia(client, { media: { data: png, filename: "stamp.png" } });
    expect(uploaded).toMatchObject({ outcome: "accepted", mediaId: expect.any(String) });
    if (uploaded.outcome !== "accepted") return;
    const received = await sandbox.lastRequest("/whatsapp/uploadMedia");
    expect(String(received?.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);

    const downloaded = await downloadMedia(client, { id: uploaded.mediaId });
    expect(downloaded).toMatchObject({ outcome: "accepted" });
    if (downloaded.outcome === "accepted") expect(downloaded.media.bytes).toStrictEqual(png);
    const get = await sandbox.lastRequest("/whatsapp/downloadMedia");
    expect(get).toMatchObject({
      method: "GET",
      query: { token: SANDBOX_TOKEN, id: uploaded.mediaId },
    });
    expect(downloaded.request.url).not.toContain(SANDBOX_TOKEN);
  });

  it("uploads by URL", async () => {
    const result = await uploadMedia(client, { media: "https://example.com/stamp.jpg" });
    expect(result).toMatchObject({ outcome: "accepted", mediaId: expect.any(String) });
  });

  it("an unknown media ID is refused", async () => {
    const result = await downloadMedia(client, { id: "does-not-exist" });
    expect(result.outcome).toBe("rejected");
  });

  it("a wrong token is 401", async () => {
    const result = await uploadMedia(client.withCredentials({ token: "nope" }), {
      media: { data: png, filename: "a.png" },
    });
    expect(result).toMatchObject({ outcome: "rejected", code: "401" });
  });
});
