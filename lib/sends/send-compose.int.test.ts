// The send pipeline end to end: real database, the Damcorp sandbox over HTTP, the delivery engine
// running in this process as it does in the Kabar server. The action needs a session, so the
// service is called directly with a user row (the action's guard is covered by
// tests/access-control.int.test.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const sandbox = await vi.hoisted(async () => {
  const { startSandbox } = await import("@/sandbox/server");
  const started = await startSandbox({ port: 0 });
  process.env.DAMCORP_WHATSAPP_URL = started.url;
  process.env.DAMCORP_HELPDESK_URL = started.url;
  // Timeouts, dropped connections and 500s are the delivery engine's tests' (lib/delivery): here a
  // busy machine must not turn a slow answer into an unknown outcome.
  process.env.DAMCORP_TIMEOUT_MS = "10000";
  // Composer tests send to several numbers at once; pacing is the engine's own tests' business.
  process.env.KABAR_DEFAULT_SEND_RATE = "1000/second";
  return started;
});

import { db } from "@/lib/db/client";
import { sealSecret } from "@/lib/security/secrets";
import { toTemplateRowData } from "@/lib/templates/template-row";
import type { TemplateInput } from "@/lib/templates/schema";
import { ExpectedError } from "@/lib/errors/expected-error";
import { toFieldErrors } from "@/lib/errors/field-errors";
import { planRequests } from "@/lib/composer/build-request";
import { composeSchema, messageDraftSchema } from "@/lib/composer/draft-schema";
import { sandboxTemplates } from "@/tests/support/sandbox-templates";
import { startDeliveryEngine } from "@/lib/delivery/engine";
import type { DeliveryWorker } from "@/lib/delivery/worker";
import { enqueueDeliveries } from "@/lib/delivery/enqueue";
import { buildMessageRequest, checkMessageRequest } from "@/lib/damcorp";
import { cancelCompose } from "./cancel-compose";
import { getComposeState } from "./get-compose-state";
import { submitCompose as submitParsed, type SubmitOptions } from "./send-compose";

const TOKEN = "sandbox-token";

/** As the send action does: the compose parsed once (refused with field errors), then sent. */
function submitCompose(raw: unknown, actor: { userId: string }, options?: SubmitOptions) {
  const parsed = composeSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    return Promise.reject(
      new ExpectedError("invalid_input", "Some fields need attention.", { fieldErrors }),
    );
  }
  return submitParsed(parsed.data, actor, options);
}
const url = sandbox.url.replace(/\/$/, "");

type Logged = { path: string; body: unknown; status: number | null };

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}
async function requests(path?: string): Promise<Logged[]> {
  const { requests: all } = (await control("/__sandbox/requests")) as { requests: Logged[] };
  return all.filter((r) => !r.path.startsWith("/__sandbox") && (!path || r.path === path));
}
const inbound = (from: string) => control("/__sandbox/inbound", { from, body: "Halo" });
const fault = (f: Record<string, unknown>) => control("/__sandbox/faults", f);

let userId: string;
let senderId: string;
const templateIds = new Map<string, string>();

async function saveTemplate(key: string, template: TemplateInput): Promise<string> {
  const row = await db.template.create({ data: toTemplateRowData(template) });
  templateIds.set(key, row.id);
  return row.id;
}

beforeAll(async () => {
  userId = (
    await db.user.create({
      data: { email: "sender@test.kabar", name: "Sender", role: "agent", passwordHash: "x" },
    })
  ).id;
  senderId = (
    await db.senderNumber.create({
      data: {
        label: "Sandbox",
        number: "+6281100000001",
        tokenCipher: sealSecret(TOKEN),
        tokenLast4: "oken",
        isDefault: true,
      },
    })
  ).id;
  for (const [key, template] of Object.entries(sandboxTemplates)) await saveTemplate(key, template);
});
let engine: DeliveryWorker;
beforeAll(async () => {
  engine = await startDeliveryEngine({ pollMs: 20 });
});
afterAll(async () => {
  await engine.stop();
  await sandbox.close();
});
beforeEach(async () => {
  await control("/__sandbox/reset", {});
});

let counter = 0;
/** A unique, valid Indonesian mobile number. */
function freshNumber(): string {
  counter += 1;
  return `+62812${String(Date.now() % 1e4).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
}

function compose(message: unknown, recipients: string[], extra: Record<string, unknown> = {}) {
  return {
    idempotencyKey: crypto.randomUUID(),
    senderId,
    recipients: recipients.join("\n"),
    message,
    ...extra,
  };
}

const tpl = (key: keyof typeof sandboxTemplates, values: Record<string, unknown> = {}) => ({
  kind: "template",
  templateId: templateIds.get(key),
  bodyParams: [],
  buttons: [],
  cards: [],
  ...values,
});

/** What build-request says the body is, with the real token: the sandbox must receive exactly this. */
function expectedBodies(
  message: unknown,
  to: string[],
  template?: TemplateInput,
): { path: string; body: Record<string, unknown> }[] {
  const digits = to.map((n) => n.replace(/^\+/, ""));
  return planRequests(messageDraftSchema.parse(message), digits, { template }).map((plan) => ({
    path: plan.request.path,
    body: { ...plan.request.body, token: TOKEN },
  }));
}

const future = new Date(Date.now() + 3 * 86_400_000).toISOString();

/** A media ID the sandbox knows: uploaded like the media library does. */
async function uploadedMediaId(): Promise<string> {
  const response = await fetch(`${url}/whatsapp/uploadMedia`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: TOKEN, media: "https://cdn.example.com/upload.jpg" }),
  });
  const answer = (await response.json()) as { data: { id: string }[] };
  return answer.data[0]!.id;
}

const everyKind: {
  name: string;
  message: () => unknown;
  template?: keyof typeof sandboxTemplates;
  session: boolean;
}[] = [
  {
    name: "text",
    session: true,
    message: () => ({ kind: "text", body: "Halo *Budi*, pesanan Anda dikirim." }),
  },
  {
    name: "reply buttons with media header and footer",
    session: true,
    message: () => ({
      kind: "buttons",
      header: { type: "image", media: { source: "url", url: "https://cdn.example.com/menu.jpg" } },
      body: "Apakah pesanan sudah diterima?",
      footer: "Terima kasih",
      buttons: ["Sudah", "Belum"],
    }),
  },
  {
    name: "list",
    session: true,
    message: () => ({
      kind: "list",
      header: "Menu",
      body: "Pilih layanan",
      listTitle: "Lihat menu",
      rows: [{ title: "Cek pesanan", description: "Status pengiriman" }, { title: "Bantuan" }],
    }),
  },
  {
    name: "single product",
    session: true,
    message: () => ({
      kind: "product",
      body: "Produk pilihan",
      footer: "Stok terbatas",
      catalogId: "6395000000001",
      productRetailerId: "retailerda",
    }),
  },
  {
    name: "multi product",
    session: true,
    message: () => ({
      kind: "product_list",
      header: "Katalog",
      body: "Pilih produk",
      catalogId: "6395000000001",
      sections: [{ title: "Populer", productRetailerIds: ["fgbid80y0f", "gq7up1s3xf"] }],
    }),
  },
  {
    name: "image by URL",
    session: true,
    message: () => ({
      kind: "image",
      media: { source: "url", url: "https://cdn.example.com/a.jpg" },
      caption: "Foto",
    }),
  },
  {
    name: "document",
    session: true,
    message: () => ({
      kind: "document",
      media: { source: "url", url: "https://cdn.example.com/r.pdf" },
      caption: "Laporan",
      filename: "Laporan Mei",
    }),
  },
  {
    name: "audio by URL",
    session: true,
    message: () => ({
      kind: "audio",
      media: { source: "url", url: "https://cdn.example.com/a.aac" },
    }),
  },
  {
    name: "image by Damcorp media ID",
    session: true,
    message: async () => ({
      kind: "image",
      media: { source: "id", mediaId: await uploadedMediaId() },
    }),
  },
  {
    name: "video",
    session: true,
    message: () => ({
      kind: "video",
      media: { source: "url", url: "https://cdn.example.com/v.mp4" },
    }),
  },
  {
    name: "sticker",
    session: true,
    message: () => ({
      kind: "sticker",
      media: { source: "url", url: "https://cdn.example.com/s.webp" },
    }),
  },
  {
    name: "location",
    session: true,
    message: () => ({
      kind: "location",
      location: {
        latitude: "-6.175392",
        longitude: "106.827153",
        name: "Monas",
        address: "Jakarta Pusat",
      },
    }),
  },
  {
    name: "contact",
    session: true,
    message: () => ({ kind: "contact", name: "John Doe", phone: "0812-1111-2222" }),
  },
  {
    name: "template welcome_msg",
    session: false,
    template: "welcome_msg",
    message: () => tpl("welcome_msg", { bodyParams: ["Toko Kabar", "Tim CS"] }),
  },
  {
    name: "template with fixed text header",
    session: false,
    template: "hsm_text_dummy",
    message: () => tpl("hsm_text_dummy", { bodyParams: ["123", "dikirim"] }),
  },
  {
    name: "template with image header",
    session: false,
    template: "hsm_media_dummy",
    message: () =>
      tpl("hsm_media_dummy", {
        headerMedia: { source: "url", url: "https://cdn.example.com/promo.jpg" },
        bodyParams: ["Budi"],
      }),
  },
  {
    name: "template with document header",
    session: false,
    template: "hsm_report_dummy",
    message: () =>
      tpl("hsm_report_dummy", {
        headerMedia: { source: "url", url: "https://cdn.example.com/r.pdf" },
        headerFilename: "Dokumen API Damcorp",
        bodyParams: ["Mei"],
      }),
  },
  {
    name: "template with video header",
    session: false,
    template: "hsm_video_dummy",
    message: () =>
      tpl("hsm_video_dummy", {
        headerMedia: { source: "url", url: "https://cdn.example.com/v.mp4" },
        bodyParams: ["sepatu"],
      }),
  },
  {
    name: "limited-time offer",
    session: false,
    template: "example_lto",
    message: () =>
      tpl("example_lto", {
        headerMedia: { source: "url", url: "https://cdn.example.com/lto.jpg" },
        bodyParams: ["test", "5w", "we2323"],
        buttons: [
          { type: "copy_code", index: 0, couponCode: "CARIBE25" },
          { type: "url", index: 1, urlParam: "test2" },
        ],
        offerExpiresAt: future,
      }),
  },
  {
    name: "combined buttons",
    session: false,
    template: "example_lto_combined",
    message: () =>
      tpl("example_lto_combined", {
        bodyParams: ["test", "5w", "we2323"],
        buttons: [
          { type: "copy_code", index: 1, couponCode: "222xx2122" },
          { type: "url", index: 2, urlParam: "test2" },
        ],
      }),
  },
  {
    name: "catalog button",
    session: false,
    template: "example_lto_catalog",
    message: () =>
      tpl("example_lto_catalog", {
        bodyParams: ["a", "b", "c"],
        buttons: [
          {
            type: "catalog",
            index: 0,
            thumbnailProductRetailerId: "fgbid80y0f",
            sections: [
              { title: "Popular Bundles", productRetailerIds: ["fgbid80y0f", "gq7up1s3xf"] },
            ],
          },
        ],
      }),
  },
  {
    name: "flow",
    session: false,
    template: "example_flow",
    message: () =>
      tpl("example_flow", {
        bodyParams: ["Budi", "pendaftaran", "Jumat"],
        buttons: [{ type: "flow", index: 0, flowToken: "FLOW_TOKENx" }],
      }),
  },
  {
    name: "carousel",
    session: false,
    template: "carousel_template_example",
    message: () =>
      tpl("carousel_template_example", {
        cards: [
          {
            media: { source: "id", mediaId: "24230790383178626" },
            bodyParams: ["20%", "sepatu"],
            buttonPayloads: [
              { index: 0, type: "quick_reply", payload: "59NqSd" },
              { index: 1, type: "url", payload: "last_chance_2023" },
            ],
          },
          {
            media: { source: "id", mediaId: "24230790383178627" },
            bodyParams: [],
            buttonPayloads: [],
          },
        ],
      }),
  },
  {
    name: "authentication code",
    session: false,
    template: "copy_code",
    message: () =>
      tpl("copy_code", {
        bodyParams: ["123456"],
        buttons: [{ type: "otp", index: 0, code: "123456" }],
      }),
  },
  {
    name: "interactive template with typed URL object",
    session: false,
    template: "ubah_alamat",
    message: () =>
      tpl("ubah_alamat", {
        bodyParams: ["Kantor"],
        buttons: [{ type: "url", index: 0, urlParam: "example" }],
      }),
  },
  {
    name: "interactive template with fixed header",
    session: false,
    template: "konfirmasi_pembayaran",
    message: () =>
      tpl("konfirmasi_pembayaran", {
        bodyParams: ["EXAMPLEPAY"],
        buttons: [{ type: "url", index: 0, urlParam: "examplepay" }],
      }),
  },
];

describe("every kind", () => {
  for (const c of everyKind) {
    it(`${c.name}: the sandbox receives exactly the request view's body, every recipient sent`, async () => {
      const to = [freshNumber(), freshNumber()];
      if (c.session) for (const n of to) await inbound(n);
      const message = await c.message();
      const state = await submitCompose(compose(message, to), { userId });

      const template = c.template ? sandboxTemplates[c.template] : undefined;
      const expected = expectedBodies(message, to, template);
      const received = (await requests()).filter((r) => r.path !== "/whatsapp/uploadMedia");
      // Requests to several recipients leave side by side: compare them in one order.
      const byTo = (a: { body: unknown }, b: { body: unknown }) =>
        JSON.stringify((a.body as { to: unknown }).to).localeCompare(
          JSON.stringify((b.body as { to: unknown }).to),
        );
      expect(received.map((r) => ({ path: r.path, body: r.body })).sort(byTo)).toStrictEqual(
        [...expected].sort(byTo),
      );
      expect(received.every((r) => r.status === 200)).toBe(true);

      expect(state.done).toBe(true);
      expect(state.duplicate).toBe(false);
      expect(state.sends).toHaveLength(expected.length);
      for (const send of state.sends) expect(send.outcome).toBe("sent");
      const recipients = state.sends.flatMap((s) => s.recipients);
      expect(recipients.map((r) => r.number).sort()).toStrictEqual([...to].sort());
      for (const r of recipients)
        expect(r).toMatchObject({ status: "sent", msgId: expect.any(String) });

      // History keeps the body as sent, token redacted.
      const rows = await db.send.findMany({ where: { composeId: state.composeId } });
      for (const row of rows) {
        const stored = JSON.parse(row.requestBody) as { to: unknown };
        const sent = expected.find((e) => JSON.stringify(e.body.to) === JSON.stringify(stored.to));
        expect(stored).toStrictEqual({ ...sent?.body, token: "[redacted]" });
        expect(row).toMatchObject({
          outcome: "sent",
          httpStatus: 200,
          responseCode: "000",
          attempts: 1,
          userId,
        });
        expect(row.completedAt).toBeInstanceOf(Date);
        expect(row.summary).toBeTruthy();
        expect(row.requestHash).toMatch(/^[0-9a-f]{64}$/);
      }
    });
  }

  it("session messages go once per recipient (one Send each, sharing the compose id); templates once for all", async () => {
    const to = [freshNumber(), freshNumber(), freshNumber()];
    for (const n of to) await inbound(n);
    const text = await submitCompose(compose({ kind: "text", body: "Halo" }, to), { userId });
    const rows = await db.send.findMany({
      where: { composeId: text.composeId },
      include: { recipients: true },
    });
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.idempotencyKey).sort()).toStrictEqual(
      to.map((n) => `${text.composeId}:${n.slice(1)}`).sort(),
    );
    expect(rows.every((r) => r.recipientCount === 1 && r.recipients.length === 1)).toBe(true);

    const hsm = await submitCompose(compose(tpl("welcome_msg", { bodyParams: ["a", "b"] }), to), {
      userId,
    });
    const hsmRows = await db.send.findMany({
      where: { composeId: hsm.composeId },
      include: { recipients: true },
    });
    expect(hsmRows).toHaveLength(1);
    expect(hsmRows[0]).toMatchObject({
      idempotencyKey: hsm.composeId,
      recipientCount: 3,
      kind: "hsm",
      templateName: "welcome_msg",
    });
    expect(hsmRows[0]!.recipients.map((r) => r.to).sort()).toStrictEqual(
      to.map((n) => n.slice(1)).sort(),
    );
  });
});

describe("per-recipient outcomes and rejections", () => {
  it("records invalid and failed recipients inside a 000 answer", async () => {
    const good = freshNumber();
    const state = await submitCompose(
      compose(tpl("welcome_msg", { bodyParams: ["a", "b"] }), [good, "+6834002", "+6281299990000"]),
      { userId },
    );
    expect(state.sends).toHaveLength(1);
    expect(state.sends[0]!.outcome).toBe("partial");
    const byNumber = Object.fromEntries(state.sends[0]!.recipients.map((r) => [r.number, r]));
    expect(byNumber[good]).toMatchObject({
      status: "sent",
      msgId: expect.any(String),
      reason: null,
    });
    expect(byNumber["+6834002"]).toMatchObject({
      status: "invalid",
      msgId: null,
      reason: expect.stringMatching(/not valid/),
    });
    expect(byNumber["+6281299990000"]).toMatchObject({
      status: "failed",
      msgId: null,
      reason: expect.stringMatching(/could not send/),
    });
  });

  it("keeps Damcorp's own words (error_msg) for a failed template recipient, beside the reason", async () => {
    const good = freshNumber();
    const state = await submitCompose(
      compose(
        tpl("example_flow", {
          bodyParams: ["Budi", "pendaftaran", "Jumat"],
          buttons: [{ type: "flow", index: 0, flowToken: "FLOW_TOKENx" }],
        }),
        [good, "+6281299990000"],
      ),
      { userId },
    );
    const byNumber = Object.fromEntries(state.sends[0]!.recipients.map((r) => [r.number, r]));
    expect(byNumber[good]).toMatchObject({ status: "sent", damcorpMessage: null });
    expect(byNumber["+6281299990000"]).toMatchObject({
      status: "failed",
      errorCode: "999",
      damcorpMessage: "General Error / Unknown error",
      reason: expect.stringMatching(/\S/),
    });
    const rows = await db.sendRecipient.findMany({ where: { sendId: state.sends[0]!.id } });
    expect(rows.find((r) => r.to === "6281299990000")?.damcorpMessage).toBe(
      "General Error / Unknown error",
    );
  });

  it("a 721 that names the refused fields gives them to the composer", async () => {
    // Kabar's own check asks for a place's name and address, so nothing Kabar builds meets this
    // refusal: the checked request loses them on the way, standing in for any field a Damcorp
    // reading refuses that Kabar's check lets through.
    await control("/__sandbox/config", { strictLocation: true });
    try {
      const to = freshNumber();
      const checked = checkMessageRequest(
        buildMessageRequest({
          type: "location",
          input: { to: [to], latitude: -6.175392, longitude: 106.827153, name: "T", address: "J" },
        }),
      );
      if (!checked.ok) throw new Error("the table refused the test request");
      const body = structuredClone(checked.request.body) as {
        header: { data: Record<string, unknown> };
      };
      delete body.header.data.name;
      delete body.header.data.address;
      const request = { ...checked.request, body } as typeof checked.request;
      const composeId = crypto.randomUUID();
      await enqueueDeliveries(
        db,
        [
          {
            idempotencyKey: crypto.randomUUID(),
            composeId,
            userId,
            senderKey: senderId,
            request,
            to: [to.replace(/^\+/, "")],
            media: [],
            priority: "interactive",
            requestHash: "test",
            summary: "location",
            templateName: null,
            draft: null,
            ticketCode: null,
          },
        ],
        { rateOf: () => ({ limit: 1000, periodMs: 1000 }) },
      );
      let state = await getComposeState(composeId);
      for (let i = 0; i < 500 && !state.done; i++) {
        await new Promise((r) => setTimeout(r, 20));
        state = await getComposeState(composeId);
      }
      expect(state.sends[0]).toMatchObject({
        outcome: "failed",
        errorCode: "721",
        refusedFields: ["header.data.name", "header.data.address"],
        errorMessage: expect.stringMatching(/Damcorp refused: name \(header\.data\.name\)/),
      });
    } finally {
      await control("/__sandbox/config", { strictLocation: false });
    }
  });

  it("records a partly closed window: 470 on one recipient of a template-free session send", async () => {
    const open = freshNumber();
    const closed = freshNumber();
    await inbound(open);
    const state = await submitCompose(
      compose(
        {
          kind: "location",
          location: { latitude: "1", longitude: "2", name: "Toko", address: "Jl. Merdeka 1" },
        },
        [open, closed],
      ),
      { userId },
    );
    const byNumber = Object.fromEntries(state.sends[0]!.recipients.map((r) => [r.number, r]));
    expect(byNumber[open]).toMatchObject({ status: "sent" });
    expect(byNumber[closed]).toMatchObject({
      status: "failed",
      errorCode: "470",
      reason: expect.stringMatching(/24 hours/),
      damcorpMessage: expect.stringMatching(/^Message failed to send because more than 24 hours/),
    });
  });

  it.each([
    {
      code: "725",
      reason: /template/i,
      make: async () =>
        tpl("welcome_msg", {
          templateId: await saveTemplate("unknown", {
            ...sandboxTemplates.welcome_msg,
            name: "no_such_template",
          }),
          bodyParams: ["a", "b"],
        }),
    },
    {
      code: "2000",
      reason: /parameters/i,
      make: async () =>
        tpl("welcome_msg", {
          templateId: await saveTemplate("one_param", {
            ...sandboxTemplates.welcome_msg,
            body: "Halo {{1}}",
          }),
          bodyParams: ["a"],
        }),
    },
    { code: "470", reason: /24 hours/, make: async () => ({ kind: "text", body: "Halo" }) },
  ])("records rejection $code with its reason in plain words", async ({ code, reason, make }) => {
    const to = freshNumber();
    const state = await submitCompose(compose(await make(), [to]), { userId });
    const send = state.sends[0]!;
    expect(send).toMatchObject({
      outcome: "failed",
      errorCode: code,
      errorMessage: expect.stringMatching(reason),
    });
    expect(send.recipients).toMatchObject([
      { number: to, status: "error", errorCode: code, reason: expect.stringMatching(reason) },
    ]);
    const row = await db.send.findUniqueOrThrow({ where: { id: send.id } });
    expect(row).toMatchObject({ responseCode: code, httpStatus: 200, attempts: 1 });
    expect(JSON.parse(row.responseBody ?? "{}")).toMatchObject({ responseCode: code });
  });

  it("a 429 with a long Retry-After answers at once with the wait, which can be cancelled", async () => {
    const to = [freshNumber(), freshNumber()];
    for (const n of to) await inbound(n);
    await fault({ path: "/whatsapp/sendText", status: 429, retryAfter: 600, times: 2 });
    // A sender of its own: its pace waits for 10 minutes after this.
    const paused = await db.senderNumber.create({
      data: {
        label: "Throttled",
        number: "+6281100000077",
        tokenCipher: sealSecret(TOKEN),
        tokenLast4: "oken",
      },
    });
    const input = compose({ kind: "text", body: "Halo" }, to, { senderId: paused.id });
    const started = Date.now();
    const state = await submitCompose(input, { userId }, { waitMs: 5_000, timeZone: "UTC" });
    expect(Date.now() - started).toBeLessThan(4_000); // it said so, instead of waiting out its wait
    expect(state).toMatchObject({ done: false, queued: 2 });
    for (const send of state.sends) {
      expect(send.outcome).toBe("queued");
      expect(send.waiting).toMatchObject({ reason: "rate_limited", until: expect.any(String) });
      expect(send.recipients[0]!.reason).toMatch(
        /^Not sent yet: waiting for Damcorp's rate limit until \d\d:\d\d:\d\d\.$/,
      );
    }
    const log = await requests("/whatsapp/sendText");
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((r) => r.status === 429)).toBe(true);

    const actor = { user: { id: userId, email: "sender@test.kabar" }, ip: null } as never;
    expect(await cancelCompose(input.idempotencyKey, actor)).toStrictEqual({ cancelled: 2 });
    const rows = await db.send.findMany({
      where: { composeId: input.idempotencyKey },
      include: { recipients: true },
    });
    expect(rows.map((r) => [r.outcome, r.recipients[0]?.status])).toStrictEqual([
      ["cancelled", "cancelled"],
      ["cancelled", "cancelled"],
    ]);
  });
});

describe("an expired Damcorp media ID", () => {
  it("a typed media ID Damcorp does not know is said plainly, not 'could not send to this number'", async () => {
    const to = freshNumber();
    await inbound(to);
    const state = await submitCompose(
      compose(
        {
          kind: "image",
          media: { source: "id", mediaId: "9bacdef0-ae01-5aaa-aaa9-e0c678910abc" },
          caption: "",
        },
        [to],
      ),
      { userId },
    );
    expect(state.sends[0]).toMatchObject({ outcome: "failed", errorCode: "media_expired" });
    expect(state.sends[0]!.recipients).toMatchObject([
      {
        status: "failed",
        errorCode: "media_expired",
        reason: expect.stringMatching(
          /^Damcorp does not know media ID 9bacdef0-ae01-5aaa-aaa9-e0c678910abc \(media IDs expire/,
        ),
      },
    ]);
    expect(state.sends[0]!.recipients[0]!.reason).not.toMatch(/to this number/);
  });

  it("a library file's forgotten ID is dropped, and sending again sends the file itself", async () => {
    const { addUploadedMedia } = await import("@/lib/media/add-uploaded-media");
    const { makePng } = await import("@/tests/support/media-files");
    const bytes = makePng(Date.now() % 1000);
    const saved = await addUploadedMedia(
      new Blob([new Uint8Array(bytes)]).stream(),
      { name: "Promo.png", declaredSize: bytes.length },
      { id: userId },
    );
    const oldId = await uploadedMediaId();
    await db.mediaAsset.update({ where: { id: saved.asset.id }, data: { damcorpId: oldId } });
    await control("/__sandbox/reset", {}); // Damcorp forgets the ID, as it does after a while
    const to = freshNumber();
    await inbound(to);
    const image = { kind: "image", media: { source: "library", assetId: saved.asset.id } };

    const first = await submitCompose(compose(image, [to]), { userId });
    expect(first.sends[0]).toMatchObject({ outcome: "failed", errorCode: "media_expired" });
    expect(first.sends[0]!.recipients[0]!.reason).toMatch(
      /no longer knows the media ID of “Promo\.png”.*Send again sends the library file itself/,
    );
    expect(
      (await db.mediaAsset.findUniqueOrThrow({ where: { id: saved.asset.id } })).damcorpId,
    ).toBeNull();

    const again = await submitCompose(compose(image, [to]), { userId });
    expect(again.sends[0]).toMatchObject({ outcome: "sent" });
    const sent = (await requests("/whatsapp/sendImage")).at(-1)!.body as { image: string };
    expect(sent.image).toMatch(/^data:image\/png;base64,/);
  });
});

describe("never twice", () => {
  it("20 simultaneous submissions of one compose make exactly one request; all get the same send", async () => {
    const to = freshNumber();
    const input = compose(tpl("welcome_msg", { bodyParams: ["Toko", "CS"] }), [to]);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submitCompose(input, { userId })),
    );
    expect(await requests("/whatsapp/sendHsm/welcome_msg")).toHaveLength(1);
    const ids = new Set(results.map((r) => r.sends[0]?.id));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.done && r.sends[0]?.outcome === "sent")).toBe(true);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await db.send.count({ where: { composeId: input.idempotencyKey } })).toBe(1);
  });

  it("a resubmit after it was sent returns the recorded outcome and sends nothing", async () => {
    const to = [freshNumber(), freshNumber()];
    for (const n of to) await inbound(n);
    const input = compose({ kind: "text", body: "Sekali saja" }, to);
    const first = await submitCompose(input, { userId });
    const again = await submitCompose(input, { userId });
    expect(again.duplicate).toBe(true);
    expect(again.sends.map((s) => s.id)).toStrictEqual(first.sends.map((s) => s.id));
    expect(await requests("/whatsapp/sendText")).toHaveLength(2);
  });

  it("the same key with other content is refused and nothing is sent", async () => {
    const to = freshNumber();
    await inbound(to);
    const input = compose({ kind: "text", body: "Satu" }, [to]);
    await submitCompose(input, { userId });
    for (const changed of [
      { ...input, message: { kind: "text", body: "Dua" } },
      { ...input, recipients: `${to}\n${freshNumber()}` },
    ]) {
      await expect(submitCompose(changed, { userId })).rejects.toMatchObject({
        code: "idempotency_conflict",
        message: expect.stringMatching(/already submitted with different content/),
      });
    }
    expect(await requests("/whatsapp/sendText")).toHaveLength(1);
  });
});

describe("checked on the server before anything is recorded", () => {
  async function refusal(input: unknown): Promise<ExpectedError> {
    const before = await db.send.count();
    const error = await submitCompose(input, { userId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(await db.send.count()).toBe(before);
    expect(await requests()).toHaveLength(0);
    return error as ExpectedError;
  }

  it("a parameter-count mismatch names the field", async () => {
    const error = await refusal(
      compose(tpl("welcome_msg", { bodyParams: ["only one"] }), [freshNumber()]),
    );
    expect(error.fieldErrors).toStrictEqual({
      "message.bodyParams": [
        "This template needs 2 body parameters; 1 were given. Pick the template again.",
      ],
    });
  });

  it("an empty parameter, an invalid recipient, an unknown sender", async () => {
    const error = await refusal({
      ...compose(tpl("welcome_msg", { bodyParams: ["a", ""] }), [freshNumber(), "0812"]),
      senderId: "gone",
    });
    expect(error.fieldErrors).toMatchObject({
      "message.bodyParams.1": ["Body parameter {{2}} is required"],
      recipients: [expect.stringMatching(/^Fix or remove the invalid number: “0812”/)],
      senderId: ["This sender number no longer exists. Pick another one."],
    });
  });

  it("the draft schema's own limits", async () => {
    const error = await refusal(
      compose({ kind: "buttons", body: "b", buttons: ["A very long button title"] }, [
        freshNumber(),
      ]),
    );
    expect(error.fieldErrors).toMatchObject({
      "message.buttons.0": ["Button can be at most 20 characters"],
    });
  });
});

describe("secrets", () => {
  it("no token reaches the database", async () => {
    const rows = await db.send.findMany();
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      for (const text of [row.requestBody, row.responseBody ?? "", row.draft ?? ""]) {
        expect(text).not.toContain(TOKEN);
      }
    }
  });
});
