// Expected bodies are copied by hand from the spec's sendHsm examples
// (/work/shared/spec/damcorp-api.txt), placeholders replaced by concrete values.
import { describe, expect, it } from "vitest";
import { sendHsmBodySchema } from "../schemas/hsm";
import { buildHsmBody } from "./hsm";

const TOKEN = "<token>";

function expectValid(body: unknown) {
  const result = sendHsmBodySchema.safeParse(body);
  expect(result.success ? [] : result.error.issues).toStrictEqual([]);
}

describe("HSM bodies match the spec", () => {
  it("plain params (welcome_msg)", () => {
    const body = buildHsmBody(
      { templateName: "welcome_msg", to: "+628567712345", params: ["Damcorp", "Team"] },
      TOKEN,
    );
    expect(body).toStrictEqual({ token: TOKEN, to: "+628567712345", param: ["Damcorp", "Team"] });
    expectValid(body);
  });

  it("header image, recipients as an array", () => {
    const body = buildHsmBody(
      {
        templateName: "hsm_media_dummy",
        to: ["+6285123456789"],
        params: ["Test"],
        header: { type: "image", url: "https://example.com/file.jpg" },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: ["+6285123456789"],
      token: TOKEN,
      param: ["Test"],
      header: { type: "image", data: "https://example.com/file.jpg" },
    });
    expectValid(body);
  });

  it("header document with filename", () => {
    const body = buildHsmBody(
      {
        templateName: "hsm_report_dummy",
        to: ["+6285123456789"],
        params: ["Test"],
        header: {
          type: "document",
          url: "https://example.com/file.pdf",
          filename: "Dokumen API Damcorp",
        },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: ["+6285123456789"],
      token: TOKEN,
      param: ["Test"],
      header: {
        type: "document",
        data: "https://example.com/file.pdf",
        filename: "Dokumen API Damcorp",
      },
    });
    expectValid(body);
  });

  it("header video", () => {
    const body = buildHsmBody(
      {
        templateName: "hsm_video_dummy",
        to: ["+6285123456789"],
        params: ["Test"],
        header: { type: "video", url: "https://example.com/file.mp4" },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: ["+6285123456789"],
      token: TOKEN,
      param: ["Test"],
      header: { type: "video", data: "https://example.com/file.mp4" },
    });
    expectValid(body);
  });

  it("header text", () => {
    const body = buildHsmBody(
      {
        templateName: "hsm_text_dummy",
        to: ["+6285123456789"],
        params: ["dummy", "text"],
        header: { type: "text", text: "welcome" },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      to: ["+6285123456789"],
      token: TOKEN,
      param: ["dummy", "text"],
      header: { type: "text", data: "welcome" },
    });
    expectValid(body);
  });

  it("location header (same place shape as sendLocation)", () => {
    const body = buildHsmBody(
      {
        templateName: "welcome_msg",
        to: "+6281234567890",
        params: ["a", "b"],
        header: {
          type: "location",
          latitude: "-6.2",
          longitude: "106.8",
          name: "Kantor",
          address: "Jl. Sudirman 1",
        },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      param: ["a", "b"],
      header: {
        type: "location",
        data: { latitude: "-6.2", longitude: "106.8", name: "Kantor", address: "Jl. Sudirman 1" },
      },
    });
    expectValid(body);
  });

  it("limited-time offer with image header, copy_code and url buttons", () => {
    const body = buildHsmBody(
      {
        templateName: "example_lto",
        to: "+628123456789",
        params: ["test", "5w", "we2323"],
        header: { type: "image", url: "https://yoururlimage/image.jpg" },
        limitedTimeOffer: { expirationTimeMs: 1209600000 },
        buttons: [
          { type: "copy_code", couponCode: "CARIBE25" },
          { type: "url", urlParam: "test2" },
        ],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+628123456789",
      param: ["test", "5w", "we2323"],
      header: { type: "image", data: "https://yoururlimage/image.jpg" },
      limited_time_offer: {
        type: "limited_time_offer",
        parameters: [
          {
            type: "limited_time_offer",
            limited_time_offer: { expiration_time_ms: 1209600000 },
          },
        ],
      },
      buttons: [
        { type: "copy_code", coupon_code: "CARIBE25" },
        { type: "url", url_param: "test2" },
      ],
    });
    expectValid(body);
  });

  it("coupon code", () => {
    const body = buildHsmBody(
      {
        templateName: "example_lto",
        to: "+628123456789",
        params: ["test", "5w", "we2323"],
        buttons: [{ type: "copy_code", couponCode: "222xx2122" }],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+628123456789",
      param: ["test", "5w", "we2323"],
      buttons: [{ type: "copy_code", coupon_code: "222xx2122" }],
    });
    expectValid(body);
  });

  it("catalog multi-product button", () => {
    const body = buildHsmBody(
      {
        templateName: "example_lto",
        to: "+628123456789",
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
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+628123456789",
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
              {
                title: "Premium Packages",
                product_items: [{ product_retailer_id: "w0xing60by" }],
              },
            ],
          },
        },
      ],
    });
    expectValid(body);
  });

  it("combined buttons: static {} then dynamic ones", () => {
    const body = buildHsmBody(
      {
        templateName: "example_lto",
        to: "+628123456789",
        params: ["test", "5w", "we2323"],
        buttons: [
          { type: "static" },
          { type: "copy_code", couponCode: "222xx2122" },
          { type: "url", urlParam: "test2" },
        ],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+628123456789",
      param: ["test", "5w", "we2323"],
      buttons: [
        {},
        { type: "copy_code", coupon_code: "222xx2122" },
        { type: "url", url_param: "test2" },
      ],
    });
    expectValid(body);
  });

  it("flow button", () => {
    const body = buildHsmBody(
      {
        templateName: "example_flow",
        to: "+628123456789",
        params: ["test", "5w", "we2323"],
        buttons: [{ type: "flow", flowToken: "FLOW_TOKENx" }],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+628123456789",
      param: ["test", "5w", "we2323"],
      buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }],
    });
    expectValid(body);
  });

  it("carousel: CAROUSEL with cards of HEADER / BODY / BUTTON components", () => {
    const body = buildHsmBody(
      {
        templateName: "carousel_template_example",
        to: ["6281234567890"],
        carousel: [
          {
            header: { type: "image", id: "24230790383178626" },
            bodyParams: ["20OFF", "Sale"],
            buttons: [
              { type: "quick_reply", index: 0, payload: "59NqSd" },
              { type: "url", index: 1, payload: "last_chance_2023" },
            ],
          },
        ],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: ["6281234567890"],
      param: [],
      carousel: {
        type: "CAROUSEL",
        cards: [
          {
            card_index: 0,
            components: [
              {
                type: "HEADER",
                parameters: [{ type: "IMAGE", image: { id: "24230790383178626" } }],
              },
              {
                type: "BODY",
                parameters: [
                  { type: "TEXT", text: "20OFF" },
                  { type: "TEXT", text: "Sale" },
                ],
              },
              {
                type: "BUTTON",
                sub_type: "QUICK_REPLY",
                index: "0",
                parameters: [{ type: "PAYLOAD", payload: "59NqSd" }],
              },
              {
                type: "button",
                sub_type: "URL",
                index: "1",
                parameters: [{ type: "payload", payload: "last_chance_2023" }],
              },
            ],
          },
        ],
      },
    });
    expectValid(body);
  });

  it("carousel numbers cards by position and allows a video header without body", () => {
    const body = buildHsmBody(
      {
        templateName: "carousel_template_example",
        to: ["6281234567890"],
        carousel: [{ header: { type: "image", id: "1" } }, { header: { type: "video", id: "2" } }],
      },
      TOKEN,
    );
    expect(body.carousel?.cards).toStrictEqual([
      {
        card_index: 0,
        components: [{ type: "HEADER", parameters: [{ type: "IMAGE", image: { id: "1" } }] }],
      },
      {
        card_index: 1,
        components: [{ type: "HEADER", parameters: [{ type: "VIDEO", video: { id: "2" } }] }],
      },
    ]);
    expectValid(body);
  });

  it("authentication: buttons [{text: code}]", () => {
    const body = buildHsmBody(
      {
        templateName: "copy_code",
        to: ["+6285123456789"],
        params: ["123456"],
        buttons: [{ type: "otp", code: "123456" }],
      },
      "eyJ0eXAiOiJKV1QiLCxxxxxxxxxxxxx",
    );
    expect(body).toStrictEqual({
      to: ["+6285123456789"],
      token: "eyJ0eXAiOiJKV1QiLCxxxxxxxxxxxxx",
      param: ["123456"],
      buttons: [{ text: "123456" }],
    });
    expectValid(body);
  });

  it("interactive template A (ubah_alamat): buttons as an OBJECT {type: url, url_param}", () => {
    const body = buildHsmBody(
      {
        templateName: "ubah_alamat",
        to: "+6285123456789",
        params: ["*John Doe Office*"],
        buttons: { type: "url", urlParam: "example" },
      },
      "eyJ0eXAiOiJKVxxxxx",
    );
    expect(body).toStrictEqual({
      token: "eyJ0eXAiOiJKVxxxxx",
      to: "+6285123456789",
      param: ["*John Doe Office*"],
      buttons: { type: "url", url_param: "example" },
    });
    expectValid(body);
  });

  it("interactive template B (konfirmasi_penerimaan_barang): params only", () => {
    const body = buildHsmBody(
      {
        templateName: "konfirmasi_penerimaan_barang",
        to: "+6285123456789",
        params: ["*John Doe Office*", "*123456*", "*packing process*"],
      },
      "eyJ0eXAiOiJKVxxxxx",
    );
    expect(body).toStrictEqual({
      token: "eyJ0eXAiOiJKVxxxxx",
      to: "+6285123456789",
      param: ["*John Doe Office*", "*123456*", "*packing process*"],
    });
    expectValid(body);
  });

  it("interactive template C (auto_respon): empty params, buttons {url_param}", () => {
    const body = buildHsmBody(
      {
        templateName: "auto_respon",
        to: "+6285123456789",
        params: [],
        buttons: { urlParam: "login" },
      },
      "eyJ0eXAiOiJKVxxxxx",
    );
    expect(body).toStrictEqual({
      token: "eyJ0eXAiOiJKVxxxxx",
      to: "+6285123456789",
      param: [],
      buttons: { url_param: "login" },
    });
    expectValid(body);
  });

  it("interactive template D (konfirmasi_pembayaran): header {type: text} without data", () => {
    const body = buildHsmBody(
      {
        templateName: "konfirmasi_pembayaran",
        to: "+6285123456789",
        params: ["*EXAMPLEPAY*"],
        header: { type: "text" },
        buttons: { urlParam: "examplepay" },
      },
      "eyJ0eXAiOiJKVxxxxx",
    );
    expect(body).toStrictEqual({
      token: "eyJ0eXAiOiJKVxxxxx",
      to: "+6285123456789",
      param: ["*EXAMPLEPAY*"],
      header: { type: "text" },
      buttons: { url_param: "examplepay" },
    });
    expectValid(body);
  });

  it("interactive template E (fu_phone_web): params only", () => {
    const body = buildHsmBody(
      { templateName: "fu_phone_web", to: "+6285123456789", params: ["*John Doe*", "*we*"] },
      "eyJ0eXAiOiJKVxxxxx",
    );
    expect(body).toStrictEqual({
      token: "eyJ0eXAiOiJKVxxxxx",
      to: "+6285123456789",
      param: ["*John Doe*", "*we*"],
    });
    expectValid(body);
  });

  it("no params means param: []", () => {
    expect(buildHsmBody({ templateName: "auto_respon", to: "+62812" }, TOKEN)).toStrictEqual({
      token: TOKEN,
      to: "+62812",
      param: [],
    });
  });
});
