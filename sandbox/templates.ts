// The approved-template registry, built from every template name the spec's examples use. Each
// entry records what a request must supply, so the sandbox can answer 725 / 2000 like Damcorp.

export const HEADER_KINDS = ["image", "document", "video", "text"] as const;
export type HeaderKind = (typeof HEADER_KINDS)[number];

/** Button kinds a template can take dynamic values for. "static" is the spec's `{}` placeholder. */
export const BUTTON_KINDS = ["url", "copy_code", "catalog", "static", "flow", "otp"] as const;
export type ButtonKind = (typeof BUTTON_KINDS)[number];

export const CATEGORIES = ["MARKETING", "UTILITY", "AUTHENTICATION"] as const;

export interface TemplateSpec {
  name: string;
  category: (typeof CATEGORIES)[number];
  language: string;
  /** Body with {{n}} placeholders; informational (shown by /__sandbox/state). */
  body: string;
  paramCount: number;
  header: { kind: HeaderKind; required: boolean; variable: boolean } | null;
  buttons: { allowed: readonly ButtonKind[]; required: boolean; max: number } | null;
  limitedTimeOffer: boolean;
  carousel: boolean;
  /** Newer examples answer with error_status / error_msg / trxid per recipient. */
  extendedResponse: boolean;
}

const base = {
  language: "id",
  header: null,
  buttons: null,
  limitedTimeOffer: false,
  carousel: false,
  extendedResponse: false,
} as const;

export const TEMPLATES: readonly TemplateSpec[] = [
  {
    ...base,
    name: "welcome_msg",
    category: "UTILITY",
    paramCount: 2,
    body: "Selamat datang di {{1}}! Salam dari {{2}}.",
  },
  {
    ...base,
    name: "hsm_media_dummy",
    category: "MARKETING",
    paramCount: 1,
    body: "Halo, ini contoh pesan gambar: {{1}}",
    header: { kind: "image", required: true, variable: true },
  },
  {
    ...base,
    name: "hsm_report_dummy",
    category: "UTILITY",
    paramCount: 1,
    body: "Berikut laporan Anda: {{1}}",
    header: { kind: "document", required: true, variable: true },
  },
  {
    ...base,
    name: "hsm_video_dummy",
    category: "MARKETING",
    paramCount: 1,
    body: "Tonton video berikut: {{1}}",
    header: { kind: "video", required: true, variable: true },
  },
  {
    ...base,
    name: "hsm_text_dummy",
    category: "UTILITY",
    paramCount: 2,
    body: "Ini pesan {{1}} dengan header {{2}}",
    header: { kind: "text", required: true, variable: true },
  },
  {
    // The spec reuses this one name for its LTO, coupon, multi-product and combined-button
    // examples, and only the LTO example sends a header, so the header is optional here.
    ...base,
    name: "example_lto",
    category: "MARKETING",
    paramCount: 3,
    body: "Promo {{1}} berlaku {{2}}! Gunakan kode {{3}}.",
    header: { kind: "image", required: false, variable: true },
    buttons: { allowed: ["static", "copy_code", "url", "catalog"], required: false, max: 10 },
    limitedTimeOffer: true,
    extendedResponse: true,
  },
  {
    ...base,
    name: "example_flow",
    category: "MARKETING",
    paramCount: 3,
    body: "Halo {{1}}, isi formulir {{2}} sebelum {{3}}.",
    buttons: { allowed: ["flow"], required: false, max: 1 },
    extendedResponse: true,
  },
  {
    ...base,
    name: "carousel_template_example",
    category: "MARKETING",
    paramCount: 0,
    body: "Lihat produk pilihan minggu ini!",
    carousel: true,
    extendedResponse: true,
  },
  {
    ...base,
    name: "copy_code",
    category: "AUTHENTICATION",
    paramCount: 1,
    body: "{{1}} adalah kode verifikasi Anda. Jangan berikan kode ini kepada siapa pun.",
    buttons: { allowed: ["otp"], required: true, max: 1 },
  },
  {
    ...base,
    name: "ubah_alamat",
    category: "UTILITY",
    paramCount: 1,
    body: "Alamat pengiriman {{1}} dapat diubah melalui tautan di bawah.",
    buttons: { allowed: ["url"], required: true, max: 1 },
  },
  {
    ...base,
    name: "konfirmasi_penerimaan_barang",
    category: "UTILITY",
    paramCount: 3,
    body: "Halo {{1}}, pesanan {{2}} sedang dalam tahap {{3}}.",
  },
  {
    ...base,
    name: "auto_respon",
    category: "UTILITY",
    paramCount: 0,
    body: "Terima kasih telah menghubungi kami. Silakan masuk melalui tautan di bawah.",
    buttons: { allowed: ["url"], required: true, max: 1 },
  },
  {
    ...base,
    name: "konfirmasi_pembayaran",
    category: "UTILITY",
    paramCount: 1,
    body: "Pembayaran melalui {{1}} telah kami terima.",
    // The example sends {"type":"text"} without data: a fixed header text, not a variable.
    header: { kind: "text", required: false, variable: false },
    buttons: { allowed: ["url"], required: true, max: 1 },
  },
  {
    ...base,
    name: "fu_phone_web",
    category: "UTILITY",
    paramCount: 2,
    body: "Halo {{1}}, kami menindaklanjuti permintaan Anda ({{2}}).",
  },
];
