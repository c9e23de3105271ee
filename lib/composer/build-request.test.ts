// Draft → request mapping for every kind. Expected bodies follow the spec's examples
// (/work/shared/spec/damcorp-api.txt) with concrete values; the token is the redaction marker.
import { describe, expect, it } from "vitest";
import { messageDraftSchema, type MessageDraft } from "./draft-schema";
import { e164Of } from "@/lib/phone/normalize";
import { planRequests } from "./build-request";
import { sandboxTemplates } from "@/tests/support/sandbox-templates";
import type { TemplateInput } from "@/lib/templates/schema";

const A = "+6281234567890";
const B = "+6285123456789";

function draft(input: unknown): MessageDraft {
  return messageDraftSchema.parse(input);
}

/** Requests for recipients written +62… (Kabar carries them as digits; the wire as E.164). */
function plan(input: unknown, to: string[] = [A], template?: TemplateInput) {
  const digits = to.map((n) => n.replace(/^\+/, ""));
  return planRequests(draft(input), digits, { template }).map(({ request, to: carried }) => ({
    path: request.path,
    kind: request.type,
    to: carried.map(e164Of),
    body: request.body,
  }));
}

function only(input: unknown, template?: TemplateInput, to: string[] = [A]) {
  const requests = plan(input, to, template);
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

const T = "[redacted]";

describe("session kinds go out once per recipient, with the documented body", () => {
  it("text", () => {
    const requests = plan({ kind: "text", body: "  Halo *Budi*  " }, [A, B]);
    expect(requests.map((r) => [r.path, r.kind, r.to])).toStrictEqual([
      ["/whatsapp/sendText", "text", [A]],
      ["/whatsapp/sendText", "text", [B]],
    ]);
    expect(requests[1]!.body).toStrictEqual({ token: T, to: B, message: "Halo *Budi*" });
  });

  it("reply buttons with a text header and a footer", () => {
    const request = only({
      kind: "buttons",
      header: { type: "text", text: "Hello!" },
      body: "Test",
      footer: "Thank you.",
      buttons: ["Yes", "No"],
    });
    expect(request.path).toBe("/whatsapp/sendInteractive");
    expect(request.kind).toBe("interactive");
    expect(request.body).toStrictEqual({
      token: T,
      to: A,
      message: "Test",
      type: "button",
      header: { type: "text", data: "Hello!" },
      buttons: [{ text: "Yes" }, { text: "No" }],
      footer: "Thank you.",
    });
  });

  it("reply buttons with a media header; an empty footer is left out", () => {
    const request = only({
      kind: "buttons",
      header: {
        type: "document",
        media: { source: "url", url: "https://example.com/menu.pdf" },
        filename: "Menu",
      },
      body: "Test",
      footer: "",
      buttons: ["Yes"],
    });
    expect(request.body).toStrictEqual({
      token: T,
      to: A,
      message: "Test",
      type: "button",
      header: { type: "document", data: "https://example.com/menu.pdf", filename: "Menu" },
      buttons: [{ text: "Yes" }],
    });
  });

  it("list with a header text", () => {
    const request = only({
      kind: "list",
      header: "Hi",
      body: "Test",
      listTitle: "Menu",
      rows: [
        { title: "Option 1", description: "description 1" },
        { title: "Option 2", description: "" },
      ],
    });
    expect(request.body).toStrictEqual({
      token: T,
      to: A,
      message: "Test",
      type: "list",
      list_title: "Menu",
      list: [{ title: "Option 1", description: "description 1" }, { title: "Option 2" }],
      header: { type: "text", data: "Hi" },
    });
  });

  it("single product", () => {
    const request = only({
      kind: "product",
      body: "Selamat datang, silahkan pilih menu",
      footer: "This is footer",
      catalogId: "6395000000001",
      productRetailerId: "retailerda",
    });
    expect(request.body).toStrictEqual({
      token: T,
      to: A,
      message: "Selamat datang, silahkan pilih menu",
      type: "product",
      product: { catalog_id: "6395000000001", product_retailer_id: "retailerda" },
      footer: "This is footer",
    });
  });

  it("multi product", () => {
    const request = only({
      kind: "product_list",
      header: "Hello!",
      body: "Selamat datang",
      footer: "This is footer",
      catalogId: "6395000000001",
      sections: [
        { title: "Bundles", productRetailerIds: ["1y3tm4siby", "55s66pcc4o"] },
        { title: "Premium", productRetailerIds: ["1y3tm4siby"] },
      ],
    });
    expect(request.body).toStrictEqual({
      token: T,
      to: A,
      message: "Selamat datang",
      type: "product_list",
      product_list: {
        catalog_id: "6395000000001",
        sections: [
          {
            title: "Bundles",
            product_items: [
              { product_retailer_id: "1y3tm4siby" },
              { product_retailer_id: "55s66pcc4o" },
            ],
          },
          { title: "Premium", product_items: [{ product_retailer_id: "1y3tm4siby" }] },
        ],
      },
      footer: "This is footer",
      header: { type: "text", data: "Hello!" },
    });
  });

  it("image, video, audio, document and sticker by URL, media ID and library file", () => {
    expect(
      only({ kind: "image", media: { source: "url", url: "https://x.test/a.jpg" }, caption: "Hi" })
        .body,
    ).toStrictEqual({ to: A, token: T, image: "https://x.test/a.jpg", caption: "Hi" });
    expect(
      only({ kind: "video", media: { source: "id", mediaId: "334668083" }, caption: "" }).body,
    ).toStrictEqual({ to: A, token: T, video: "334668083" });
    expect(
      only({ kind: "audio", media: { source: "library", assetId: "asset1", name: "a.aac" } }).body,
    ).toStrictEqual({ to: A, token: T, audio: "media-library:asset1" });
    expect(
      only({
        kind: "document",
        media: { source: "url", url: "https://x.test/r.pdf" },
        caption: "Laporan",
        filename: "Laporan Mei",
      }).body,
    ).toStrictEqual({
      to: A,
      token: T,
      document: "https://x.test/r.pdf",
      caption: "Laporan",
      filename: "Laporan Mei",
    });
    expect(
      only({ kind: "sticker", media: { source: "url", url: "https://x.test/s.webp" } }).body,
    ).toStrictEqual({ token: T, to: A, sticker: "https://x.test/s.webp" });
  });

  it("contact: the shared number is written as +62…", () => {
    expect(only({ kind: "contact", name: "John Doe", phone: "0812-3456-7890" }).body).toStrictEqual(
      { token: T, to: A, phone: "+6281234567890", name: "John Doe" },
    );
  });
});

describe("array kinds go out once, to every recipient", () => {
  it("location: coordinates as strings under header.data, param []", () => {
    const request = only(
      {
        kind: "location",
        location: {
          latitude: "37.483307",
          longitude: "122.148981",
          name: "Pablo Morales",
          address: "1 Hacker Way, Menlo Park, CA 94025",
        },
      },
      undefined,
      [A, B],
    );
    expect(request.path).toBe("/whatsapp/sendLocation");
    expect(request.body).toStrictEqual({
      token: T,
      to: [A, B],
      header: {
        type: "location",
        data: {
          latitude: "37.483307",
          longitude: "122.148981",
          name: "Pablo Morales",
          address: "1 Hacker Way, Menlo Park, CA 94025",
        },
      },
      param: [],
    });
  });

  it("a location needs its place name and address, on their fields", () => {
    const result = messageDraftSchema.safeParse({
      kind: "location",
      location: { latitude: "-6.2", longitude: "106.8", name: "", address: " " },
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toStrictEqual([
      ["location.name", "Place name is required"],
      ["location.address", "Address is required"],
    ]);
  });

  it("a blank latitude is required, not 0", () => {
    const result = messageDraftSchema.safeParse({
      kind: "location",
      location: { latitude: "", longitude: "1" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Latitude is required");
  });
});

const templateDraft = (values: Record<string, unknown>) => ({
  kind: "template",
  templateId: "t1",
  bodyParams: [],
  buttons: [],
  cards: [],
  ...values,
});

describe("templates (HSM)", () => {
  it("plain parameters (welcome_msg)", () => {
    const request = only(
      templateDraft({ bodyParams: ["Damcorp", "Team"] }),
      sandboxTemplates.welcome_msg,
      [A, B],
    );
    expect(request.path).toBe("/whatsapp/sendHsm/welcome_msg");
    expect(request.kind).toBe("hsm");
    expect(request.body).toStrictEqual({ token: T, to: [A, B], param: ["Damcorp", "Team"] });
  });

  it("a fixed text header is sent as data (hsm_text_dummy)", () => {
    const request = only(
      templateDraft({ bodyParams: ["dummy", "text"] }),
      sandboxTemplates.hsm_text_dummy,
    );
    expect(request.body).toStrictEqual({
      token: T,
      to: [A],
      param: ["dummy", "text"],
      header: { type: "text", data: "welcome" },
    });
  });

  it("a header parameter is sent as data", () => {
    const template = { ...sandboxTemplates.hsm_text_dummy, headerText: "Halo {{1}}" };
    const request = only(templateDraft({ headerParam: "Budi", bodyParams: ["a", "b"] }), template);
    expect(request.body).toMatchObject({ header: { type: "text", data: "Budi" } });
  });

  it("media headers: image, document with file name, video", () => {
    expect(
      only(
        templateDraft({
          headerMedia: { source: "url", url: "https://example.com/file.jpg" },
          bodyParams: ["Test"],
        }),
        sandboxTemplates.hsm_media_dummy,
      ).body,
    ).toStrictEqual({
      token: T,
      to: [A],
      param: ["Test"],
      header: { type: "image", data: "https://example.com/file.jpg" },
    });
    expect(
      only(
        templateDraft({
          headerMedia: { source: "url", url: "https://example.com/file.pdf" },
          headerFilename: "Dokumen API Damcorp",
          bodyParams: ["Test"],
        }),
        sandboxTemplates.hsm_report_dummy,
      ).body,
    ).toMatchObject({
      header: {
        type: "document",
        data: "https://example.com/file.pdf",
        filename: "Dokumen API Damcorp",
      },
    });
    expect(
      only(
        templateDraft({
          headerMedia: { source: "url", url: "https://example.com/file.mp4" },
          bodyParams: ["Test"],
        }),
        sandboxTemplates.hsm_video_dummy,
      ).body,
    ).toMatchObject({ header: { type: "video", data: "https://example.com/file.mp4" } });
  });

  it("a location header", () => {
    const template: TemplateInput = { ...sandboxTemplates.welcome_msg, headerKind: "location" };
    expect(
      only(
        templateDraft({
          headerLocation: { latitude: "-6.2", longitude: "106.8", name: "Toko", address: "" },
          bodyParams: ["a", "b"],
        }),
        template,
      ).body,
    ).toMatchObject({
      header: { type: "location", data: { latitude: "-6.2", longitude: "106.8", name: "Toko" } },
    });
  });

  it("limited-time offer with copy-code and URL buttons (example_lto)", () => {
    const expires = "2030-01-02T03:04:05.000Z";
    const request = only(
      templateDraft({
        headerMedia: { source: "url", url: "https://yoururlimage/image.jpg" },
        bodyParams: ["test", "5w", "we2323"],
        buttons: [
          { type: "copy_code", index: 0, couponCode: "CARIBE25" },
          { type: "url", index: 1, urlParam: "test2" },
        ],
        offerExpiresAt: expires,
      }),
      sandboxTemplates.example_lto,
    );
    expect(request.body).toStrictEqual({
      token: T,
      to: [A],
      param: ["test", "5w", "we2323"],
      header: { type: "image", data: "https://yoururlimage/image.jpg" },
      limited_time_offer: {
        type: "limited_time_offer",
        parameters: [
          {
            type: "limited_time_offer",
            limited_time_offer: { expiration_time_ms: Date.parse(expires) },
          },
        ],
      },
      buttons: [
        { type: "copy_code", coupon_code: "CARIBE25" },
        { type: "url", url_param: "test2" },
      ],
    });
  });

  it("combined buttons: the static quick reply is sent as {}", () => {
    const request = only(
      templateDraft({
        bodyParams: ["test", "5w", "we2323"],
        buttons: [
          { type: "copy_code", index: 1, couponCode: "222xx2122" },
          { type: "url", index: 2, urlParam: "test2" },
        ],
      }),
      sandboxTemplates.example_lto_combined,
    );
    expect(request.body).toMatchObject({
      buttons: [
        {},
        { type: "copy_code", coupon_code: "222xx2122" },
        { type: "url", url_param: "test2" },
      ],
    });
  });

  it("catalog multi-product button", () => {
    const request = only(
      templateDraft({
        bodyParams: ["test", "5w", "we2323"],
        buttons: [
          {
            type: "catalog",
            index: 0,
            thumbnailProductRetailerId: "fgbid80y0f",
            sections: [
              { title: "Popular Bundles", productRetailerIds: ["fgbid80y0f", "gq7up1s3xf"] },
              { title: "Premium Packages", productRetailerIds: ["w0xing60by"] },
            ],
          },
        ],
      }),
      sandboxTemplates.example_lto_catalog,
    );
    expect(request.body).toMatchObject({
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
    });
  });

  it("flow button and authentication code", () => {
    expect(
      only(
        templateDraft({
          bodyParams: ["test", "5w", "we2323"],
          buttons: [{ type: "flow", index: 0, flowToken: "FLOW_TOKENx" }],
        }),
        sandboxTemplates.example_flow,
      ).body,
    ).toMatchObject({ buttons: [{ type: "flow", action: { flow_token: "FLOW_TOKENx" } }] });
    expect(
      only(
        templateDraft({
          bodyParams: ["123456"],
          buttons: [{ type: "otp", index: 0, code: "123456" }],
        }),
        sandboxTemplates.copy_code,
      ).body,
    ).toStrictEqual({ token: T, to: [A], param: ["123456"], buttons: [{ text: "123456" }] });
  });

  it("interactive templates send the URL button as an object", () => {
    expect(
      only(
        templateDraft({
          bodyParams: ["*John Doe Office*"],
          buttons: [{ type: "url", index: 0, urlParam: "example" }],
        }),
        sandboxTemplates.ubah_alamat,
      ).body,
    ).toStrictEqual({
      token: T,
      to: [A],
      param: ["*John Doe Office*"],
      buttons: { type: "url", url_param: "example" },
    });
    expect(
      only(
        templateDraft({ buttons: [{ type: "url", index: 0, urlParam: "login" }] }),
        sandboxTemplates.auto_respon,
      ).body,
    ).toStrictEqual({ token: T, to: [A], param: [], buttons: { url_param: "login" } });
    expect(
      only(
        templateDraft({
          bodyParams: ["*EXAMPLEPAY*"],
          buttons: [{ type: "url", index: 0, urlParam: "examplepay" }],
        }),
        sandboxTemplates.konfirmasi_pembayaran,
      ).body,
    ).toStrictEqual({
      token: T,
      to: [A],
      param: ["*EXAMPLEPAY*"],
      header: { type: "text" },
      buttons: { url_param: "examplepay" },
    });
  });

  it("carousel: media IDs, card parameters, payloads; an empty quick-reply payload is left out", () => {
    const request = only(
      templateDraft({
        cards: [
          {
            media: { source: "id", mediaId: "24230790383178626" },
            bodyParams: ["20OFF", "sepatu"],
            buttonPayloads: [
              { index: 0, type: "quick_reply", payload: "59NqSd" },
              { index: 1, type: "url", payload: "last_chance_2023" },
            ],
          },
          {
            media: { source: "library", assetId: "vid1" },
            bodyParams: [],
            buttonPayloads: [{ index: 0, type: "quick_reply", payload: "" }],
          },
        ],
      }),
      sandboxTemplates.carousel_template_example,
    );
    expect(request.body).toStrictEqual({
      token: T,
      to: [A],
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
                  { type: "TEXT", text: "sepatu" },
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
          {
            card_index: 1,
            components: [
              {
                type: "HEADER",
                parameters: [{ type: "VIDEO", video: { id: "media-library:vid1" } }],
              },
            ],
          },
        ],
      },
    });
  });

  it("no request while the template is unknown", () => {
    expect(plan(templateDraft({ bodyParams: ["a"] }), [A], undefined)).toStrictEqual([]);
  });
});

describe("recipients", () => {
  it("no recipients, no requests", () => {
    expect(plan({ kind: "text", body: "Halo" }, [])).toStrictEqual([]);
  });
});
