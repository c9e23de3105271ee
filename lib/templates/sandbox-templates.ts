// Saved templates for every template of the Damcorp sandbox's registry (sandbox/templates.ts,
// sandbox/README.md), so a demo user can try each one from the composer. Placeholder counts match
// the sandbox's parameter counts; headers and buttons match what it accepts. Seeded by
// prisma/seed.ts (with toTemplateRowData from ./template-row).
import type { TemplateInput } from "./schema";

const base = {
  language: "id",
  headerKind: "none",
  buttons: [],
  buttonsFormat: "array",
  cards: [],
  offerExpiry: false,
} as const satisfies Partial<TemplateInput>;

const shop = "https://tokokabar.example";

export const sandboxTemplates: TemplateInput[] = [
  {
    ...base,
    name: "welcome_msg",
    category: "UTILITY",
    body: "Halo, selamat datang di *{{1}}*! 👋\nKami siap membantu Anda setiap hari pukul 08.00–21.00 WIB.\n\nSalam hangat,\n{{2}}",
  },
  {
    ...base,
    name: "hsm_media_dummy",
    category: "MARKETING",
    headerKind: "image",
    body: "Halo! Ada promo spesial untuk Anda: *{{1}}*.\nTunjukkan pesan ini di kasir toko kami untuk mendapatkan potongannya.",
    footer: "Balas STOP untuk berhenti menerima promo",
  },
  {
    ...base,
    name: "hsm_report_dummy",
    category: "UTILITY",
    headerKind: "document",
    body: "Berikut laporan *{{1}}* Anda. Silakan buka dokumen terlampir dan hubungi kami jika ada pertanyaan.",
  },
  {
    ...base,
    name: "hsm_video_dummy",
    category: "MARKETING",
    headerKind: "video",
    body: "Tonton video singkat ini untuk melihat cara memakai *{{1}}* dengan mudah. 🎬",
  },
  {
    ...base,
    name: "hsm_text_dummy",
    category: "UTILITY",
    headerKind: "text",
    headerText: "Info pesanan {{1}}",
    body: "Pesanan Anda nomor *{{1}}* saat ini berstatus _{{2}}_.\nTerima kasih sudah berbelanja di Toko Kabar.",
  },
  {
    // The spec uses this one name for its limited-time offer, coupon code and combined-button
    // examples: a static quick reply beside a copy-code and a dynamic URL button covers them all.
    ...base,
    name: "example_lto",
    category: "MARKETING",
    headerKind: "image",
    body: "Promo *{{1}}* hanya berlaku {{2}}! 🎉\nPakai kode *{{3}}* saat checkout untuk potongan harga.",
    footer: "Syarat dan ketentuan berlaku",
    buttons: [
      { type: "quick_reply", text: "Tidak tertarik" },
      { type: "copy_code", text: "Salin kode promo" },
      { type: "url", text: "Belanja sekarang", url: `${shop}/promo/{{1}}` },
    ],
    offerExpiry: true,
  },
  {
    ...base,
    name: "example_flow",
    category: "MARKETING",
    body: "Halo {{1}}, lengkapi formulir *{{2}}* sebelum {{3}} agar pesanan Anda segera kami proses.",
    buttons: [{ type: "flow", text: "Isi formulir" }],
  },
  {
    ...base,
    name: "carousel_template_example",
    category: "MARKETING",
    body: "Lihat produk pilihan minggu ini! 🛍️ Geser untuk melihat semuanya.",
    cards: [
      {
        headerKind: "image",
        body: "*{{1}}* kini hanya {{2}}. Stok terbatas!",
        buttons: [
          { type: "quick_reply", text: "Info lebih lanjut" },
          { type: "url", text: "Beli sekarang", url: `${shop}/produk/{{1}}` },
        ],
      },
      {
        headerKind: "image",
        body: "*{{1}}* hemat {{2}} khusus minggu ini.",
        buttons: [
          { type: "quick_reply", text: "Info lebih lanjut" },
          { type: "url", text: "Beli sekarang", url: `${shop}/produk/{{1}}` },
        ],
      },
      {
        headerKind: "image",
        body: "Paket *{{1}}* mulai {{2}}, gratis ongkir.",
        buttons: [
          { type: "quick_reply", text: "Info lebih lanjut" },
          { type: "url", text: "Beli sekarang", url: `${shop}/produk/{{1}}` },
        ],
      },
    ],
  },
  {
    ...base,
    name: "copy_code",
    category: "AUTHENTICATION",
    body: "*{{1}}* adalah kode verifikasi Anda. Demi keamanan, jangan berikan kode ini kepada siapa pun.",
    footer: "Kode ini berlaku 5 menit.",
    buttons: [{ type: "otp", text: "Salin kode" }],
  },
  {
    // The spec's example sends its URL parameter as {"type": "url", "url_param": …}.
    ...base,
    name: "ubah_alamat",
    category: "UTILITY",
    body: "Halo, alamat pengiriman untuk *{{1}}* masih dapat diubah sebelum paket dikirim. Ketuk tombol di bawah untuk mengubahnya.",
    buttons: [{ type: "url", text: "Ubah alamat", url: `${shop}/alamat/{{1}}` }],
    buttonsFormat: "object_typed",
  },
  {
    ...base,
    name: "konfirmasi_penerimaan_barang",
    category: "UTILITY",
    body: "Halo {{1}}, pesanan Anda nomor *{{2}}* saat ini dalam tahap _{{3}}_.\nKami akan mengabari Anda lagi saat paket sudah diterima.",
    buttons: [
      { type: "quick_reply", text: "Sudah diterima" },
      { type: "quick_reply", text: "Belum diterima" },
    ],
  },
  {
    // The spec's example sends {"url_param": "login"}: an object without a type.
    ...base,
    name: "auto_respon",
    category: "UTILITY",
    body: "Terima kasih telah menghubungi Toko Kabar. Pesan Anda sudah kami terima dan akan segera dibalas oleh tim kami.\nUntuk melihat status pesanan, silakan masuk melalui tautan di bawah.",
    buttons: [{ type: "url", text: "Masuk ke akun", url: `${shop}/{{1}}` }],
    buttonsFormat: "object",
  },
  {
    // A fixed header: the spec's example sends {"type": "text"} without data.
    ...base,
    name: "konfirmasi_pembayaran",
    category: "UTILITY",
    headerKind: "text",
    headerText: "Konfirmasi Pembayaran",
    body: "Pembayaran Anda melalui *{{1}}* telah kami terima. Terima kasih! Pesanan Anda akan segera kami proses.",
    buttons: [{ type: "url", text: "Lihat detail", url: `${shop}/pembayaran/{{1}}` }],
    buttonsFormat: "object",
  },
  {
    ...base,
    name: "fu_phone_web",
    category: "UTILITY",
    body: "Halo {{1}}, kami menindaklanjuti permintaan Anda melalui {{2}}.\nAda lagi yang bisa kami bantu? Hubungi kami lewat telepon atau situs web.",
    buttons: [
      { type: "phone", text: "Telepon kami", phone: "+62215550123" },
      { type: "url", text: "Kunjungi situs", url: shop },
    ],
  },
];
