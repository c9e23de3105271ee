// Realistic send history for the scale seed and for tests: a seeded random generator and one
// send at a time in the shapes the composer records (kinds, templates, outcomes, error codes,
// recipients). Plain Node, no "@/" imports, so scripts and browser tests can use it too.
import { newId, type RecipientFixture, type SendFixture } from "./send-writer";

export type Rng = () => number;

/** mulberry32: a small seeded generator, so two runs with one seed write the same history. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1]![0];
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const kinds = [
  ["hsm", 45],
  ["text", 25],
  ["interactive", 8],
  ["image", 8],
  ["document", 6],
  ["location", 2],
  ["video", 2],
  ["audio", 1.5],
  ["contact", 1.5],
  ["sticker", 1],
] as const;

const templates = [
  ["order_confirmation", 22],
  ["payment_reminder", 16],
  ["delivery_update", 14],
  ["otp_login", 12],
  ["appointment_reminder", 8],
  ["promo_flash_sale", 7],
  ["invoice_ready", 6],
  ["feedback_request", 5],
  ["welcome_message", 4],
  ["ticket_update", 3],
  ["account_verification", 2],
  ["subscription_renewal", 1],
] as const;

const texts = [
  "Halo Kak, pesanan Anda sedang kami proses ya.",
  "Terima kasih sudah menghubungi kami, ada yang bisa dibantu?",
  "Mohon kirimkan foto bukti transfer agar bisa kami cek.",
  "Paket Anda sudah dikirim hari ini dengan nomor resi JNE0123456789.",
  "Baik Kak, kami teruskan ke tim teknis dan kabari secepatnya.",
  "Jadwal servis Anda besok pukul 10.00 WIB di cabang Kemang.",
] as const;

/** Whole-send failures with their weight, by whether the message is a template. */
const templateFailures = [
  ["725", 30],
  ["2000", 15],
  ["729", 12],
  ["1009", 8],
  ["2001", 6],
  ["429", 10],
  ["503", 6],
  ["500", 5],
  ["721", 8],
] as const;
const sessionFailures = [
  ["470", 45],
  ["721", 12],
  ["729", 10],
  ["429", 12],
  ["503", 8],
  ["500", 6],
  ["410", 7],
] as const;
const unknownReasons = [
  ["timeout", 70],
  ["connection_lost", 20],
  ["unparsable_response", 10],
] as const;

const plainReason: Record<string, string> = {
  "725":
    "The template is not linked to this WhatsApp number or does not match the approved template.",
  "2000": "The number of parameters sent does not match the template.",
  "729": "The account's credit or quota has run out.",
  "1009": "A value has the wrong type or format.",
  "2001": "The template does not exist for this language and locale.",
  "429": "Damcorp is limiting how fast this account can send.",
  "503": "Damcorp is temporarily offline for maintenance. Nothing was sent.",
  "500": "Damcorp had an internal problem; the message may or may not have gone out.",
  "721": "Damcorp did not accept one of the values sent.",
  "470": "The contact has not written to this number in the last 24 hours.",
  "410": "What was asked for has been removed from Damcorp's servers.",
  timeout: "Damcorp did not answer in time. The message may or may not have been sent.",
  connection_lost: "The connection to Damcorp broke after the request was sent.",
  unparsable_response: "Damcorp answered with something Kabar could not read.",
};

const pathOf: Record<string, string> = {
  text: "/whatsapp/sendText",
  interactive: "/whatsapp/sendInteractive",
  image: "/whatsapp/sendImage",
  document: "/whatsapp/sendDocument",
  audio: "/whatsapp/sendAudio",
  video: "/whatsapp/sendVideo",
  sticker: "/whatsapp/sendSticker",
  location: "/whatsapp/sendLocation",
  contact: "/whatsapp/sendContact",
};

/** A pool of customers: Indonesian mobile numbers, so one number recurs across sends. */
export function customerNumbers(rng: Rng, count: number): string[] {
  const prefixes = [
    "62811",
    "62812",
    "62813",
    "62821",
    "62822",
    "62852",
    "62857",
    "62878",
    "62896",
  ];
  return Array.from({ length: count }, () => {
    const prefix = prefixes[int(rng, 0, prefixes.length - 1)]!;
    return prefix + String(int(rng, 0, 10 ** int(rng, 7, 8) - 1)).padStart(7, "0");
  });
}

function bodyOf(kind: string, to: string, rng: Rng): unknown {
  const token = "[redacted]";
  switch (kind) {
    case "hsm":
      return { token, to, param: [`INV-${int(rng, 10000, 99999)}`, `Rp${int(rng, 50, 900)}.000`] };
    case "text":
      return { token, to, message: texts[int(rng, 0, texts.length - 1)] };
    case "interactive":
      return {
        token,
        to,
        type: "button",
        body: { text: "Apakah pesanan ini sudah sesuai?" },
        action: {
          buttons: [
            { type: "reply", reply: { id: "yes", title: "Ya, sesuai" } },
            { type: "reply", reply: { id: "no", title: "Ada yang salah" } },
          ],
        },
      };
    case "image":
      return {
        token,
        to,
        image: "https://cdn.example.co.id/promo/banner.jpg",
        caption: "Promo minggu ini",
      };
    case "document":
      return { token, to, document: `media-${int(rng, 1000, 9999)}`, filename: "invoice.pdf" };
    case "audio":
      return { token, to, audio: "https://cdn.example.co.id/voice/greeting.ogg" };
    case "video":
      return {
        token,
        to,
        video: "https://cdn.example.co.id/video/tutorial.mp4",
        caption: "Cara aktivasi",
      };
    case "sticker":
      return { token, to, sticker: "https://cdn.example.co.id/sticker/thanks.webp" };
    case "location":
      return {
        token,
        to,
        lat: -6.2607,
        long: 106.7816,
        name: "Toko Kemang",
        address: "Jl. Kemang Raya 8",
      };
    default:
      return {
        token,
        to,
        contacts: [{ name: { formatted_name: "CS Toko" }, phones: [{ phone: "+6281100000001" }] }],
      };
  }
}

function summaryOf(kind: string, template: string | null, body: unknown): string {
  const b = body as Record<string, unknown>;
  if (kind === "hsm") return `Template ${template}`;
  if (typeof b.message === "string") return b.message;
  if (typeof b.caption === "string") return b.caption;
  if (typeof b.filename === "string") return b.filename;
  if (kind === "location") return String(b.name);
  if (kind === "interactive") return "Apakah pesanan ini sudah sesuai?";
  return kind;
}

export interface SeedPools {
  userIds: string[];
  senderIds: (string | null)[];
  customers: string[];
}

/** One realistic send at `createdAt`, drawn with `rng` from the pools. */
export function realisticSend(rng: Rng, createdAt: Date, pools: SeedPools): SendFixture {
  const kind = pick(rng, kinds);
  const template = kind === "hsm" ? pick(rng, templates) : null;
  const size = pick(rng, [
    [1, 85],
    [int(rng, 2, 5), 12],
    [int(rng, 10, 30), 1.5],
  ] as const);
  const numbers = new Set<string>();
  while (numbers.size < size)
    numbers.add(pools.customers[int(rng, 0, pools.customers.length - 1)]!);
  const to = [...numbers];

  const outcome = pick(rng, [
    ["sent", 86],
    ["failed", 8.5],
    ["partial", size > 1 ? 30 : 0],
    ["unknown", 1.5],
  ] as const);
  const at = createdAt.getTime();
  const msgId = () => `wamid.${newId(at).slice(1, 21)}`;
  let recipients: RecipientFixture[];
  let errorCode: string | null = null;
  let responseCode: string | null = "000";
  let httpStatus: number | null = 200;
  let attempts = 1;
  if (outcome === "sent") {
    recipients = to.map((n) => ({ to: n, status: "sent", msgId: msgId() }));
  } else if (outcome === "partial") {
    recipients = to.map((n, i) =>
      i === 0 || rng() < 0.7
        ? { to: n, status: "sent", msgId: msgId() }
        : rng() < 0.75
          ? { to: n, status: "invalid" }
          : // As lib/sends/record-result.ts keeps it: Damcorp's error_status, when it gave one.
            { to: n, status: "failed", errorCode: rng() < 0.5 ? "131026" : null },
    );
  } else if (outcome === "failed") {
    errorCode = pick(rng, kind === "hsm" ? templateFailures : sessionFailures);
    responseCode = /^\d+$/.test(errorCode) ? errorCode : null;
    httpStatus =
      errorCode === "429" ? 429 : errorCode === "503" ? 503 : errorCode === "500" ? 500 : 200;
    attempts = errorCode === "429" || errorCode === "503" ? int(rng, 2, 4) : 1;
    recipients = to.map((n) => ({ to: n, status: "error", errorCode }));
  } else {
    errorCode = pick(rng, unknownReasons);
    responseCode = null;
    httpStatus = errorCode === "unparsable_response" ? 200 : null;
    recipients = to.map((n) => ({ to: n, status: "unknown" }));
  }
  if (outcome === "sent" && rng() < 0.04) attempts = 2; // a 429 waited out, then accepted

  const body = bodyOf(kind, to.join(","), rng);
  const responseBody =
    outcome === "unknown"
      ? null
      : responseCode === "000"
        ? {
            responseCode: "000",
            version: "v1.0",
            message: "success",
            data: recipients.map((r) => ({ to: r.to, msgId: r.msgId ?? null, status: r.status })),
          }
        : {
            responseCode: errorCode,
            version: "v1.0",
            message: plainReason[errorCode ?? ""] ?? "error",
            data: null,
          };

  return {
    kind,
    templateName: template,
    summary: summaryOf(kind, template, body),
    path: kind === "hsm" ? `/whatsapp/sendHsm/${template}` : pathOf[kind]!,
    requestBody: body,
    responseBody,
    httpStatus,
    responseCode,
    outcome,
    errorCode,
    errorMessage: errorCode ? (plainReason[errorCode] ?? null) : null,
    attempts,
    ticketCode: rng() < 0.1 ? `TCK-${int(rng, 100000, 999999)}` : null,
    userId: pools.userIds[Math.floor(rng() ** 1.6 * pools.userIds.length)]!,
    senderNumberId: pick(
      rng,
      pools.senderIds.map(
        (id, i) => [id, i === 0 ? 50 : i === pools.senderIds.length - 1 ? 3 : 20] as const,
      ),
    ),
    createdAt,
    completedAt: new Date(at + int(rng, 180, 2500) + (attempts - 1) * 2000),
    recipients,
  };
}

/** Send times over `days` days up to `end`, busier in Jakarta's working hours; sorted. */
export function sendTimes(rng: Rng, count: number, days: number, end: Date): Float64Array {
  const start = end.getTime() - days * 86_400_000;
  const times = new Float64Array(count);
  const hourWeight = (utcHour: number) => {
    const local = (utcHour + 7) % 24; // Asia/Jakarta
    return local >= 8 && local < 21 ? 1 : local >= 6 && local < 23 ? 0.35 : 0.06;
  };
  for (let i = 0; i < count;) {
    const t = start + rng() * (end.getTime() - start);
    if (rng() < hourWeight(new Date(t).getUTCHours())) times[i++] = Math.floor(t);
  }
  return times.sort();
}
