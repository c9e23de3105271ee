// Every message kind renders what the recipient will see (server-rendered markup: no browser
// needed). Kind-by-kind browser checks live in the composer's own tests.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sandboxTemplates } from "@/lib/templates/sandbox-templates";
import type { TemplateInput } from "@/lib/templates/schema";
import { MessagePreview } from "./message-preview";
import type { PreviewMessage } from "./preview-message";

function render(message: PreviewMessage, template?: TemplateInput) {
  const html = renderToStaticMarkup(
    <MessagePreview message={message} template={template} senderName="Toko Kabar" />,
  );
  // Text content, for assertions that do not depend on markup details.
  const text = html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
  return { html, text };
}

const template = (name: string) => sandboxTemplates.find((t) => t.name === name)!;
const templateDraft = {
  kind: "template" as const,
  templateId: "t1",
  bodyParams: [] as string[],
  buttons: [],
  cards: [],
};

describe("MessagePreview", () => {
  it("shows the sender and WhatsApp formatting of a text message", () => {
    const { html, text } = render({ kind: "text", body: "Halo *Budi*, _cek_ ~lama~" });
    expect(text).toContain("Toko Kabar");
    expect(html).toContain("<strong>Budi</strong>");
    expect(html).toContain("<em>cek</em>");
    expect(html).toContain("<s>lama</s>");
  });

  it("fills template parameters and marks the unfilled ones", () => {
    const { html, text } = render(
      { ...templateDraft, bodyParams: ["Toko Melati"] },
      template("welcome_msg"),
    );
    expect(text).toContain("selamat datang di Toko Melati");
    expect(html.match(/data-testid="unfilled-param"/g)).toHaveLength(1);
    expect(text).toContain("{{2}}");
  });

  it("shows a template's text header, footer and every button kind", () => {
    const t: TemplateInput = {
      ...template("hsm_text_dummy"),
      footer: "Salam",
      buttons: [
        { type: "url", text: "Lacak", url: "https://a.example/t/{{1}}" },
        { type: "phone", text: "Telepon", phone: "+62215550123" },
        { type: "copy_code", text: "Salin kode" },
      ],
    };
    const { text } = render(
      {
        ...templateDraft,
        headerParam: "INV-7",
        bodyParams: ["INV-7", "dikirim"],
        buttons: [
          { type: "url", index: 0, urlParam: "INV-7" },
          { type: "copy_code", index: 2, couponCode: "HEMAT10" },
        ],
      },
      t,
    );
    expect(text).toContain("Info pesanan INV-7");
    expect(text).toContain("Salam");
    expect(text).toContain("Lacak (https://a.example/t/INV-7)");
    expect(text).toContain("Telepon (+62215550123)");
    expect(text).toContain("Salin kode (HEMAT10)");
  });

  it("shows more than three buttons as two and 'See all options'", () => {
    const t: TemplateInput = {
      ...template("welcome_msg"),
      buttons: ["A", "B", "C", "D"].map((text) => ({ type: "quick_reply" as const, text })),
    };
    const { html, text } = render(templateDraft, t);
    expect(text).toContain("A B See all options");
    expect(text).not.toContain(" D ");
    expect(html).toContain('aria-expanded="false"');
  });

  it("shows header media: library preview, https URL, media ID tile, document name", () => {
    const image = render(
      {
        ...templateDraft,
        headerMedia: { source: "library", assetId: "a", name: "promo.jpg", previewUrl: "/m/a" },
      },
      template("hsm_media_dummy"),
    );
    expect(image.html).toContain('src="/m/a"');
    expect(image.html).toContain('alt="Image: promo.jpg"');

    const video = render(
      { ...templateDraft, headerMedia: { source: "url", url: "https://cdn.example/v.mp4" } },
      template("hsm_video_dummy"),
    );
    expect(video.html).toContain('<video src="https://cdn.example/v.mp4"');

    const byId = render(
      { ...templateDraft, headerMedia: { source: "id", mediaId: "334668083" } },
      template("hsm_media_dummy"),
    );
    expect(byId.html).toContain('aria-label="Image: Damcorp media 334668083"');

    const doc = render(
      {
        ...templateDraft,
        headerMedia: { source: "url", url: "https://cdn.example/r.pdf" },
        headerFilename: "Laporan Mei.pdf",
      },
      template("hsm_report_dummy"),
    );
    expect(doc.text).toContain("Laporan Mei.pdf PDF document");
  });

  it("shows a location header with its pin, name and coordinates", () => {
    const { text } = render(
      {
        ...templateDraft,
        headerLocation: {
          latitude: -6.2,
          longitude: 106.816666,
          name: "Kantor",
          address: "Jl. Sudirman",
        },
      },
      { ...template("welcome_msg"), headerKind: "location" },
    );
    expect(text).toContain("Kantor Jl. Sudirman -6.20000, 106.81667");
  });

  it("shows a limited-time offer strip and its code", () => {
    const { text } = render(
      { ...templateDraft, buttons: [{ type: "copy_code", index: 1, couponCode: "CARIBE25" }] },
      template("example_lto"),
    );
    expect(text).toContain("Offer expiry not set yet Code CARIBE25");
  });

  it("shows carousel cards with their media, text and buttons", () => {
    const { html, text } = render(
      {
        ...templateDraft,
        cards: [
          {
            media: { source: "url", url: "https://cdn.example/1.jpg" },
            bodyParams: ["Sepatu", "Rp99.000"],
            buttonPayloads: [{ index: 1, type: "url", payload: "sepatu" }],
          },
        ],
      },
      template("carousel_template_example"),
    );
    expect(html).toContain('aria-label="Carousel cards"');
    expect(html).toContain('aria-label="Card 1 of 3"');
    expect(html).toContain("<strong>Sepatu</strong> kini hanya Rp99.000");
    expect(text).toContain("Beli sekarang (https://tokokabar.example/produk/sepatu)");
    expect(text).toContain("No image chosen yet");
  });

  it("asks for a template when none is chosen", () => {
    expect(render(templateDraft).text).toContain("Choose a saved template");
  });

  it("shows reply buttons, a list's menu button and product messages", () => {
    const buttons = render({
      kind: "buttons",
      header: { type: "text", text: "Konfirmasi" },
      body: "Datang besok?",
      footer: "Balas",
      buttons: ["Ya", "Tidak"],
    });
    expect(buttons.text).toContain("Konfirmasi Datang besok? Balas");
    expect(buttons.text).toContain("Ya Tidak");

    const list = render({
      kind: "list",
      body: "Pilih menu",
      listTitle: "Menu",
      rows: [{ title: "Cek ongkir", description: "Tarif ke kota Anda" }],
    });
    expect(list.html).toMatch(/<button[^>]*aria-expanded="false"[^>]*>.*Menu<\/span><\/button>/);
    expect(list.text).not.toContain("Cek ongkir"); // the sheet opens on demand

    const product = render({
      kind: "product",
      body: "Produk baru",
      catalogId: "6395000000001",
      productRetailerId: "retailerda",
    });
    expect(product.text).toContain("Product retailerda Catalog 6395000000001 Produk baru");

    const productList = render({
      kind: "product_list",
      header: "Pilihan",
      body: "Lihat",
      catalogId: "6395000000001",
      sections: [{ title: "Populer", productRetailerIds: ["fgbid80y0f", "gq7up1s3xf"] }],
    });
    expect(productList.text).toContain("2 items");
    expect(productList.text).toContain("View items");
  });

  it("shows media messages: image with caption, audio, document, sticker", () => {
    const image = render({
      kind: "image",
      media: { source: "url", url: "https://cdn.example/a.png" },
      caption: "Lihat *ini*",
    });
    expect(image.html).toContain('src="https://cdn.example/a.png"');
    expect(image.html).toContain("<strong>ini</strong>");

    const audio = render({
      kind: "audio",
      media: { source: "url", url: "https://cdn.example/a.aac" },
    });
    expect(audio.html).toContain('aria-label="Play audio"');

    const doc = render({
      kind: "document",
      media: { source: "library", assetId: "d", name: "kontrak.pdf", mimeType: "application/pdf" },
    });
    expect(doc.text).toContain("kontrak.pdf PDF document");

    const sticker = render({
      kind: "sticker",
      media: { source: "url", url: "https://cdn.example/s.webp" },
    });
    expect(sticker.html).toContain('alt="Sticker: s.webp"');
    expect(sticker.html).not.toContain("bg-wa-bubble");
  });

  it("shows a location and a contact card", () => {
    const location = render({
      kind: "location",
      location: { latitude: "-6.175392", longitude: "106.827153", name: "Monas", address: "" },
    });
    expect(location.text).toContain("Monas -6.17539, 106.82715");

    const contact = render({ kind: "contact", name: "Sari", phone: "+6281234567890" });
    expect(contact.text).toContain("Sari +6281234567890 Message Add contact");
  });
});
