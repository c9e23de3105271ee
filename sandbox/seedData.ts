// Fixture vocabulary for the seeded helpdesk: plausible Indonesian customers and support topics.

export const CUSTOMER_NAMES: readonly string[] = [
  "Budi Santoso",
  "Siti Rahmawati",
  "Andi Wijaya",
  "Dewi Lestari",
  "Rudi Hartono",
  "Putri Maharani",
  "Agung Nugroho",
  "Indah Permatasari",
  "Yusuf Hidayat",
  "Ratna Sari",
  "Eko Prasetyo",
  "Nur Aisyah",
  "Hendra Gunawan",
  "Wulan Safitri",
  "Fajar Ramadhan",
  "Lina Marlina",
  "Bayu Saputra",
  "Maya Anggraini",
  "Rizky Firmansyah",
  "Ayu Kartika",
  "Teguh Wibowo",
  "Nadia Putri",
  "Arif Rahman",
  "Sri Wahyuni",
  "Doni Kurniawan",
  "Mega Puspita",
  "Irfan Hakim",
  "Yuni Astuti",
  "Galih Saputro",
  "Citra Ayuningtyas",
  "Hadi Susanto",
  "Fitria Ningsih",
  "Reza Pahlevi",
  "Tika Amelia",
  "Joko Susilo",
  "Rini Susanti",
  "Adi Kusuma",
  "Novi Rahayu",
  "Wahyu Hidayat",
  "Dian Sastro",
];

/** Indonesian mobile prefixes after the 62 country code (Telkomsel, Indosat, XL, Tri, Smartfren). */
export const MOBILE_PREFIXES: readonly string[] = [
  "811",
  "812",
  "813",
  "821",
  "822",
  "852",
  "853",
  "856",
  "857",
  "858",
  "877",
  "878",
  "895",
  "896",
  "881",
];

export const GREETINGS: readonly string[] = [
  "Halo",
  "Selamat pagi",
  "Selamat siang",
  "Permisi min",
  "Halo kak",
  "Assalamualaikum",
  "Sore min",
];

export interface Topic {
  tag: string;
  group: string;
  problem: string;
  followUps: readonly string[];
  operatorReplies: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    tag: "pengiriman",
    group: "3",
    problem: "Paket saya belum sampai padahal sudah 5 hari",
    followUps: [
      "Nomor resinya JNE0123456789",
      "Di aplikasi statusnya masih di gudang transit",
      "Kira-kira kapan sampainya ya?",
    ],
    operatorReplies: [
      "Baik kak, kami cek dulu ke pihak ekspedisi ya",
      "Paket kakak sedang dalam perjalanan, estimasi tiba besok",
      "Mohon maaf atas keterlambatannya kak",
    ],
  },
  {
    tag: "pembayaran",
    group: "2",
    problem: "Sudah transfer tapi status pesanan masih menunggu pembayaran",
    followUps: ["Transfer via BCA jam 10 tadi", "Ini bukti transfernya", "Nominalnya Rp 250.000"],
    operatorReplies: [
      "Boleh dikirimkan bukti transfernya kak?",
      "Pembayaran sudah kami verifikasi, pesanan segera diproses",
      "Terima kasih kak, mohon ditunggu 1x24 jam",
    ],
  },
  {
    tag: "refund",
    group: "2",
    problem: "Refund saya belum masuk ke rekening",
    followUps: ["Pengajuan refund tanggal 3 kemarin", "Rekening Mandiri atas nama saya sendiri"],
    operatorReplies: [
      "Refund diproses maksimal 7 hari kerja kak",
      "Sudah kami eskalasi ke tim keuangan ya kak",
    ],
  },
  {
    tag: "akun",
    group: "1",
    problem: "Tidak bisa login ke aplikasi, katanya password salah",
    followUps: ["Sudah coba reset tapi email tidak masuk", "Email saya pakai gmail"],
    operatorReplies: [
      "Silakan cek folder spam ya kak",
      "Link reset password sudah kami kirim ulang",
    ],
  },
  {
    tag: "produk",
    group: "1",
    problem: "Barang yang diterima tidak sesuai pesanan",
    followUps: ["Saya pesan warna hitam yang datang biru", "Ini fotonya kak", "Bisa ditukar?"],
    operatorReplies: [
      "Mohon maaf kak, boleh kirimkan foto barangnya?",
      "Bisa kak, kurir akan menjemput barangnya besok",
    ],
  },
  {
    tag: "promo",
    group: "1",
    problem: "Voucher diskon tidak bisa dipakai saat checkout",
    followUps: ["Kodenya HEMAT50", "Muncul tulisan voucher tidak berlaku"],
    operatorReplies: [
      "Voucher tersebut minimal belanja Rp 100.000 kak",
      "Sudah kami aktifkan ulang, silakan dicoba kembali",
    ],
  },
  {
    tag: "alamat",
    group: "3",
    problem: "Mau ganti alamat pengiriman pesanan",
    followUps: ["Alamat baru Jl. Merdeka No. 10, Bandung", "Pesanannya belum dikirim kan?"],
    operatorReplies: ["Baik kak, alamat sudah kami perbarui", "Pesanan belum dikirim, aman kak"],
  },
  {
    tag: "tagihan",
    group: "2",
    problem: "Tagihan bulan ini dobel",
    followUps: ["Kena potong dua kali di kartu kredit", "Tanggal 1 dan tanggal 2"],
    operatorReplies: [
      "Kami cek transaksinya dulu ya kak",
      "Kelebihan bayar akan dikembalikan ke kartu kakak",
    ],
  },
];

export const IMAGE_CAPTIONS: readonly string[] = [
  "Ini fotonya kak",
  "Bukti transfer",
  "Screenshot errornya",
];
