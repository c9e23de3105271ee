// Expected bodies are copied by hand from the spec's sendInteractive examples.
import { describe, expect, it } from "vitest";
import { sendInteractiveBodySchema } from "../schemas/whatsapp-session";
import { buildInteractiveBody } from "./interactive";

const TOKEN = "<token>";

function expectValid(body: unknown) {
  const result = sendInteractiveBodySchema.safeParse(body);
  expect(result.success ? [] : result.error.issues).toStrictEqual([]);
}

describe("interactive bodies match the spec", () => {
  it("reply buttons", () => {
    const body = buildInteractiveBody(
      { type: "button", to: "+6281234567890", message: "Test", buttons: ["Yes", "No"] },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "button",
      buttons: [{ text: "Yes" }, { text: "No" }],
    });
    expectValid(body);
  });

  it("reply buttons with header text", () => {
    const body = buildInteractiveBody(
      {
        type: "button",
        to: "+6281234567890",
        message: "Test",
        header: { type: "text", text: "Hello!" },
        buttons: ["Yes", "No"],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "button",
      header: { type: "text", data: "Hello!" },
      buttons: [{ text: "Yes" }, { text: "No" }],
    });
    expectValid(body);
  });

  it.each([
    ["image", "https://cloud-bucket.damcorp.id/whatsapp/test/menu.jpg"],
    ["video", "https://example.com/file.mp4"],
    ["document", "https://example.com/file.pdf"],
  ] as const)("reply buttons with %s header", (type, url) => {
    const body = buildInteractiveBody(
      {
        type: "button",
        to: "+6281234567890",
        message: "Test",
        header: { type, url },
        buttons: ["Yes", "No"],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "button",
      header: { type, data: url },
      buttons: [{ text: "Yes" }, { text: "No" }],
    });
    expectValid(body);
  });

  it("reply buttons with footer", () => {
    const body = buildInteractiveBody(
      {
        type: "button",
        to: "+6281234567890",
        message: "Test",
        buttons: ["Yes", "No"],
        footer: "Thank you.",
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "button",
      buttons: [{ text: "Yes" }, { text: "No" }],
      footer: "Thank you.",
    });
    expectValid(body);
  });

  it("list message", () => {
    const body = buildInteractiveBody(
      {
        type: "list",
        to: "+6281234567890",
        message: "Test",
        listTitle: "Menu",
        rows: [
          { title: "Option 1", description: "description 1" },
          { title: "Option 2", description: "Description 2" },
        ],
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "list",
      list_title: "Menu",
      list: [
        { title: "Option 1", description: "description 1" },
        { title: "Option 2", description: "Description 2" },
      ],
    });
    expectValid(body);
  });

  it("list message with header text", () => {
    const body = buildInteractiveBody(
      {
        type: "list",
        to: "+6281234567890",
        message: "Test",
        listTitle: "Menu",
        rows: [
          { title: "Option 1", description: "description 1" },
          { title: "Option 2", description: "description 2" },
        ],
        header: { type: "text", text: "Hi" },
      },
      TOKEN,
    );
    expect(body).toStrictEqual({
      token: TOKEN,
      to: "+6281234567890",
      message: "Test",
      type: "list",
      list_title: "Menu",
      list: [
        { title: "Option 1", description: "description 1" },
        { title: "Option 2", description: "description 2" },
      ],
      header: { type: "text", data: "Hi" },
    });
    expectValid(body);
  });

  it("single product", () => {
    const body = buildInteractiveBody(
      {
        type: "product",
        to: "6281234567890",
        message: "Selamat datang, silahkan pilih menu",
        catalogId: "6395xxxxxxxx",
        productRetailerId: "retailerda",
        footer: "This is footer",
      },
      "T0k3N",
    );
    expect(body).toStrictEqual({
      token: "T0k3N",
      to: "6281234567890",
      message: "Selamat datang, silahkan pilih menu",
      type: "product",
      product: { catalog_id: "6395xxxxxxxx", product_retailer_id: "retailerda" },
      footer: "This is footer",
    });
    expectValid(body);
  });

  it("multi product (product_list)", () => {
    const body = buildInteractiveBody(
      {
        type: "product_list",
        to: "6281234567890",
        message: "Selamat datang, silahkan pilih menu",
        catalogId: "6395xxxxxxxx",
        sections: [
          { title: "the-section-title", productRetailerIds: ["1y3tm4siby", "55s66pcc4o"] },
          { title: "the-section-title", productRetailerIds: ["1y3tm4siby"] },
        ],
        footer: "This is footer",
        header: { type: "text", text: "Hello!" },
      },
      "T0k3N",
    );
    expect(body).toStrictEqual({
      token: "T0k3N",
      to: "6281234567890",
      message: "Selamat datang, silahkan pilih menu",
      type: "product_list",
      product_list: {
        catalog_id: "6395xxxxxxxx",
        sections: [
          {
            title: "the-section-title",
            product_items: [
              { product_retailer_id: "1y3tm4siby" },
              { product_retailer_id: "55s66pcc4o" },
            ],
          },
          {
            title: "the-section-title",
            product_items: [{ product_retailer_id: "1y3tm4siby" }],
          },
        ],
      },
      footer: "This is footer",
      header: { type: "text", data: "Hello!" },
    });
    expectValid(body);
  });
});
