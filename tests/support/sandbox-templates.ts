// Saved templates for every template the Damcorp sandbox knows (sandbox/README.md), shaped as
// the spec's examples use them. Shared by the composer's unit, integration and browser tests.
import type { TemplateInput } from "@/lib/templates/schema";

const base = {
  language: "id",
  category: "UTILITY",
  headerKind: "none",
  buttons: [],
  buttonsFormat: "array",
  cards: [],
  offerExpiry: false,
} as const satisfies Partial<TemplateInput>;

export const sandboxTemplates = {
  welcome_msg: { ...base, name: "welcome_msg", body: "Halo {{1}}, selamat datang di {{2}}!" },
  hsm_text_dummy: {
    ...base,
    name: "hsm_text_dummy",
    headerKind: "text",
    headerText: "welcome",
    body: "Pesanan {{1}} sedang {{2}}.",
  },
  hsm_media_dummy: {
    ...base,
    name: "hsm_media_dummy",
    category: "MARKETING",
    headerKind: "image",
    body: "Promo spesial untuk {{1}}.",
  },
  hsm_report_dummy: {
    ...base,
    name: "hsm_report_dummy",
    headerKind: "document",
    body: "Berikut laporan Anda: {{1}}",
  },
  hsm_video_dummy: {
    ...base,
    name: "hsm_video_dummy",
    category: "MARKETING",
    headerKind: "video",
    body: "Tonton video berikut: {{1}}",
  },
  /** The spec's limited-time offer: image header, copy-code and URL buttons, an expiry. */
  example_lto: {
    ...base,
    name: "example_lto",
    category: "MARKETING",
    headerKind: "image",
    body: "Promo {{1}} berlaku {{2}}! Gunakan kode {{3}}.",
    buttons: [
      { type: "copy_code", text: "Salin kode" },
      { type: "url", text: "Belanja", url: "https://shop.example.com/promo/{{1}}" },
    ],
    offerExpiry: true,
  },
  /** The spec's combined buttons: a static quick reply beside copy-code and URL buttons. */
  example_lto_combined: {
    ...base,
    name: "example_lto",
    category: "MARKETING",
    body: "Promo {{1}} berlaku {{2}}! Gunakan kode {{3}}.",
    buttons: [
      { type: "quick_reply", text: "Tidak, terima kasih" },
      { type: "copy_code", text: "Salin kode" },
      { type: "url", text: "Belanja", url: "https://shop.example.com/promo/{{1}}" },
    ],
  },
  /** The spec's catalog multi-product template. */
  example_lto_catalog: {
    ...base,
    name: "example_lto",
    category: "MARKETING",
    body: "Promo {{1}} berlaku {{2}}! Gunakan kode {{3}}.",
    buttons: [{ type: "catalog", text: "Lihat katalog" }],
  },
  example_flow: {
    ...base,
    name: "example_flow",
    category: "MARKETING",
    body: "Halo {{1}}, isi formulir {{2}} sebelum {{3}}.",
    buttons: [{ type: "flow", text: "Isi formulir" }],
  },
  carousel_template_example: {
    ...base,
    name: "carousel_template_example",
    category: "MARKETING",
    body: "Lihat produk pilihan minggu ini!",
    cards: [
      {
        headerKind: "image",
        body: "Diskon {{1}} untuk {{2}}",
        buttons: [
          { type: "quick_reply", text: "Mau" },
          { type: "url", text: "Beli", url: "https://shop.example.com/p/{{1}}" },
        ],
      },
      {
        headerKind: "video",
        body: "Koleksi baru",
        buttons: [{ type: "quick_reply", text: "Mau" }],
      },
    ],
  },
  copy_code: {
    ...base,
    name: "copy_code",
    category: "AUTHENTICATION",
    body: "{{1}} adalah kode verifikasi Anda.",
    buttons: [{ type: "otp", text: "Salin kode" }],
  },
  ubah_alamat: {
    ...base,
    name: "ubah_alamat",
    body: "Alamat pengiriman {{1}} dapat diubah melalui tautan di bawah.",
    buttons: [{ type: "url", text: "Ubah alamat", url: "https://shop.example.com/alamat/{{1}}" }],
    buttonsFormat: "object_typed",
  },
  auto_respon: {
    ...base,
    name: "auto_respon",
    body: "Terima kasih telah menghubungi kami. Silakan masuk melalui tautan di bawah.",
    buttons: [{ type: "url", text: "Masuk", url: "https://shop.example.com/{{1}}" }],
    buttonsFormat: "object",
  },
  konfirmasi_pembayaran: {
    ...base,
    name: "konfirmasi_pembayaran",
    headerKind: "text",
    headerText: "Payment Confirmation",
    body: "Pembayaran melalui {{1}} telah kami terima.",
    buttons: [{ type: "url", text: "Lihat", url: "https://shop.example.com/bayar/{{1}}" }],
    buttonsFormat: "object",
  },
  konfirmasi_penerimaan_barang: {
    ...base,
    name: "konfirmasi_penerimaan_barang",
    body: "Halo {{1}}, pesanan {{2}} sedang dalam tahap {{3}}.",
  },
  fu_phone_web: {
    ...base,
    name: "fu_phone_web",
    body: "Halo {{1}}, kami menindaklanjuti permintaan Anda ({{2}}).",
  },
} satisfies Record<string, TemplateInput>;

export type SandboxTemplateKey = keyof typeof sandboxTemplates;

/** The Template row columns for a saved template (JSON columns as text). */
export function templateRow(template: TemplateInput) {
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    headerKind: template.headerKind,
    headerText: template.headerText ?? null,
    body: template.body,
    footer: template.footer ?? null,
    buttons: JSON.stringify(template.buttons),
    buttonsFormat: template.buttonsFormat,
    cards: JSON.stringify(template.cards),
    offerExpiry: template.offerExpiry,
  };
}
