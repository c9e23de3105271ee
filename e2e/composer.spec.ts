// The composer in the browser: for each message kind, fill the form, see the preview, send, and
// check both what the Damcorp sandbox received (the exact body) and what Kabar shows.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "../tests/support/e2e/auth";
import { gotoComposer } from "../tests/support/e2e/composer";
import { e2eDatabaseFile, e2eSandboxUrl } from "../scripts/lib/test-env.mjs";

const TOKEN = "sandbox-token";

// The offer expiry is typed in the browser's zone; fix it so the expected instant is known.
test.use({ timezoneId: "Asia/Jakarta" });

type Logged = { path: string; body: Record<string, unknown>; status: number | null };

async function sandboxRequests(request: APIRequestContext, path?: string): Promise<Logged[]> {
  const response = await request.get(`${e2eSandboxUrl}/__sandbox/requests`);
  const { requests } = (await response.json()) as { requests: Logged[] };
  return requests.filter((r) => !r.path.startsWith("/__sandbox") && (!path || r.path === path));
}

/** The WhatsApp requests the sandbox receives while `act` runs (helpdesk reads left out). */
async function received(request: APIRequestContext, act: () => Promise<void>): Promise<Logged[]> {
  const before = (await sandboxRequests(request)).length;
  await act();
  return (await sandboxRequests(request))
    .slice(before)
    .filter((r) => r.path.startsWith("/whatsapp/"));
}

/** A customer message: opens the sandbox's 24-hour window for session messages. */
async function openWindow(request: APIRequestContext, digits: string) {
  await request.post(`${e2eSandboxUrl}/__sandbox/inbound`, {
    data: { from: digits, body: "Halo" },
  });
}

let counter = 0;
/** A unique, valid Indonesian mobile number: as typed, as E.164, as Damcorp's digits. */
function customer() {
  counter += 1;
  const eight = `${String(Date.now() % 1e4).padStart(4, "0")}${String(counter).padStart(4, "0")}`;
  return {
    typed: `0812 ${eight.slice(0, 4)} ${eight.slice(4)}`,
    e164: `+62812${eight}`,
    digits: `62812${eight}`,
  };
}

/** A customer inside the 24-hour window. */
async function sessionCustomer(request: APIRequestContext) {
  const to = customer();
  await openWindow(request, to.digits);
  return to;
}

type TemplateRow = {
  name: string;
  body: string;
  category?: string;
  headerKind?: string;
  headerText?: string;
  buttons?: unknown[];
  buttonsFormat?: string;
  cards?: unknown[];
  offerExpiry?: boolean;
};

/** Saves a template straight into the e2e database (each test makes its own). */
function saveTemplate(template: TemplateRow): string {
  const id = `e2e${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  const now = new Date().toISOString().replace("Z", "+00:00");
  const db = new Database(e2eDatabaseFile);
  try {
    db.prepare(
      `INSERT INTO Template (id, name, language, category, headerKind, headerText, body, footer, buttons, buttonsFormat, cards, offerExpiry, createdAt, updatedAt)
       VALUES (?, ?, 'id', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      template.name,
      template.category ?? "UTILITY",
      template.headerKind ?? "none",
      template.headerText ?? null,
      template.body,
      JSON.stringify(template.buttons ?? []),
      template.buttonsFormat ?? "array",
      JSON.stringify(template.cards ?? []),
      template.offerExpiry ? 1 : 0,
      now,
      now,
    );
  } finally {
    db.close();
  }
  return id;
}

async function openComposer(page: Page, query = "") {
  await signIn(page, "agent");
  await gotoComposer(page, query);
}

async function chooseKind(page: Page, label: string) {
  await page.getByLabel("Message type").selectOption({ label });
}

const preview = (page: Page) => page.getByRole("region", { name: "WhatsApp preview" });
const outcome = (page: Page) => page.getByRole("region", { name: "Outcome" });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Sends and waits for the outcome headline. */
async function send(page: Page, headline = "Sent") {
  await page.getByRole("button", { name: /^Send( to \d+ recipients)?$/ }).click();
  await expect(outcome(page).getByRole("status")).toHaveText(headline);
}

async function expectSentTo(page: Page, numbers: string[]) {
  const list = outcome(page).getByRole("list", { name: "Recipients' outcomes" });
  for (const number of numbers) {
    const item = list.getByRole("listitem").filter({ hasText: number });
    await expect(item).toContainText("✓ Sent");
    await expect(item).toContainText("Message ID");
    await expect(
      item.getByRole("link", { name: `History of the send to ${number}` }),
    ).toHaveAttribute("href", /^\/history\/[\w-]+$/);
  }
}

test.describe("every message kind", () => {
  test("text", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await expect(page.getByRole("list", { name: "Recipients as read" })).toContainText(to.e164);
    await field(page, "Message").fill("Halo *Budi*, pesanan Anda sudah dikirim.");
    await expect(preview(page).locator("strong", { hasText: "Budi" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Request" })).toContainText("/whatsapp/sendText");

    const log = await received(request, () => send(page));
    expect(log.map((r) => [r.path, r.body])).toStrictEqual([
      [
        "/whatsapp/sendText",
        { token: TOKEN, to: to.e164, message: "Halo *Budi*, pesanan Anda sudah dikirim." },
      ],
    ]);
    await expectSentTo(page, [to.e164]);
    await page.screenshot({ path: "/tmp/composer-text-sent.png", fullPage: true });
  });

  test("template with parameters, to two recipients in one request", async ({ page, request }) => {
    const id = saveTemplate({ name: "welcome_msg", body: "Halo {{1}}, selamat datang di {{2}}!" });
    const [a, b] = [customer(), customer()];
    await openComposer(page);
    await field(page, "Recipients").fill(`${a.typed}\n${b.e164}`);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Body parameter {{1}}").fill("Budi");
    await field(page, "Body parameter {{2}}").fill("Toko Kabar");
    await expect(preview(page)).toContainText("Halo Budi, selamat datang di Toko Kabar!");

    const log = await received(request, () => send(page, "Sent to all 2 recipients"));
    expect(log.map((r) => [r.path, r.body])).toStrictEqual([
      [
        "/whatsapp/sendHsm/welcome_msg",
        { token: TOKEN, to: [a.e164, b.e164], param: ["Budi", "Toko Kabar"] },
      ],
    ]);
    await expectSentTo(page, [a.e164, b.e164]);
  });

  test("template with image header, coupon and URL buttons and an offer expiry", async ({
    page,
    request,
  }) => {
    const id = saveTemplate({
      name: "example_lto",
      category: "MARKETING",
      headerKind: "image",
      body: "Promo {{1}} berlaku {{2}}! Gunakan kode {{3}}.",
      buttons: [
        { type: "copy_code", text: "Salin kode" },
        { type: "url", text: "Belanja", url: "https://shop.example.com/promo/{{1}}" },
      ],
      offerExpiry: true,
    });
    const to = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Header image address").fill("https://cdn.example.com/promo.jpg");
    await field(page, "Body parameter {{1}}").fill("Lebaran");
    await field(page, "Body parameter {{2}}").fill("3 hari");
    await field(page, "Body parameter {{3}}").fill("KABAR25");
    await field(page, "Coupon code for “Salin kode”").fill("KABAR25");
    await field(page, "URL parameter for “Belanja”").fill("lebaran");
    await field(page, "Offer expires at").fill("2030-01-02T10:00");
    await expect(preview(page)).toContainText(
      "Promo Lebaran berlaku 3 hari! Gunakan kode KABAR25.",
    );
    await expect(preview(page)).toContainText("Belanja");

    const log = await received(request, () => send(page));
    expect(log.map((r) => r.body)).toStrictEqual([
      {
        token: TOKEN,
        to: [to.e164],
        param: ["Lebaran", "3 hari", "KABAR25"],
        header: { type: "image", data: "https://cdn.example.com/promo.jpg" },
        limited_time_offer: {
          type: "limited_time_offer",
          parameters: [
            {
              type: "limited_time_offer",
              limited_time_offer: { expiration_time_ms: Date.parse("2030-01-02T10:00:00+07:00") },
            },
          ],
        },
        buttons: [
          { type: "copy_code", coupon_code: "KABAR25" },
          { type: "url", url_param: "lebaran" },
        ],
      },
    ]);
    await expectSentTo(page, [to.e164]);
  });

  test("carousel template: a media ID, parameters and payloads per card", async ({
    page,
    request,
  }) => {
    const id = saveTemplate({
      name: "carousel_template_example",
      category: "MARKETING",
      body: "Lihat produk pilihan minggu ini!",
      cards: [
        {
          headerKind: "image",
          body: "Diskon {{1}}",
          buttons: [
            { type: "quick_reply", text: "Mau" },
            { type: "url", text: "Beli", url: "https://shop.example.com/p/{{1}}" },
          ],
        },
      ],
    });
    const to = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Card 1 image media ID").fill("24230790383178626");
    await field(page, "Card 1 parameter {{1}}").fill("20%");
    await field(page, "Card 1 “Mau” payload").fill("59NqSd");
    await field(page, "Card 1 “Beli” URL value").fill("sepatu");
    await expect(preview(page)).toContainText("Diskon 20%");

    const log = await received(request, () => send(page));
    expect(log.map((r) => [r.path, r.body])).toStrictEqual([
      [
        "/whatsapp/sendHsm/carousel_template_example",
        {
          token: TOKEN,
          to: [to.e164],
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
                  { type: "BODY", parameters: [{ type: "TEXT", text: "20%" }] },
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
                    parameters: [{ type: "payload", payload: "sepatu" }],
                  },
                ],
              },
            ],
          },
        },
      ],
    ]);
    await expectSentTo(page, [to.e164]);
  });

  test("authentication template: the one-time code", async ({ page, request }) => {
    const id = saveTemplate({
      name: "copy_code",
      category: "AUTHENTICATION",
      body: "{{1}} adalah kode verifikasi Anda.",
      buttons: [{ type: "otp", text: "Salin kode" }],
    });
    const to = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Body parameter {{1}}").fill("123456");
    await field(page, "One-time code for “Salin kode”").fill("123456");
    await expect(preview(page)).toContainText("123456 adalah kode verifikasi Anda.");
    const log = await received(request, () => send(page));
    expect(log.map((r) => r.body)).toStrictEqual([
      { token: TOKEN, to: [to.e164], param: ["123456"], buttons: [{ text: "123456" }] },
    ]);
  });

  test("reply buttons with a text header and a footer, once per recipient", async ({
    page,
    request,
  }) => {
    const [a, b] = [await sessionCustomer(request), await sessionCustomer(request)];
    await openComposer(page);
    await field(page, "Recipients").fill(`${a.typed}, ${b.typed}`);
    await chooseKind(page, "Reply buttons");
    await field(page, "Header").selectOption("text");
    await field(page, "Header text").fill("Konfirmasi");
    await field(page, "Message").fill("Apakah pesanan sudah diterima?");
    await field(page, "Footer").fill("Terima kasih");
    await field(page, "Button 1").fill("Sudah");
    await field(page, "Button 2").fill("Belum");
    await page.getByRole("button", { name: "Add button" }).click();
    await field(page, "Button 3").fill("Tanya CS");
    await expect(page.getByRole("button", { name: "Add button" })).toBeDisabled();
    await expect(preview(page)).toContainText("Apakah pesanan sudah diterima?");
    await expect(preview(page)).toContainText("Tanya CS");

    const log = await received(request, () => send(page, "Sent to all 2 recipients"));
    const body = (to: string) => ({
      token: TOKEN,
      to,
      message: "Apakah pesanan sudah diterima?",
      type: "button",
      header: { type: "text", data: "Konfirmasi" },
      buttons: [{ text: "Sudah" }, { text: "Belum" }, { text: "Tanya CS" }],
      footer: "Terima kasih",
    });
    // One request each; the engine sends them side by side, so they may arrive in either order.
    const byRecipient = (r: { body: unknown }) => String((r.body as { to?: unknown }).to);
    expect(
      [...log]
        .sort((x, y) => byRecipient(x).localeCompare(byRecipient(y)))
        .map((r) => [r.path, r.body]),
    ).toStrictEqual([a.e164, b.e164].sort().map((to) => ["/whatsapp/sendInteractive", body(to)]));
    await expectSentTo(page, [a.e164, b.e164]);
  });

  test("list with a header and rows", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "List");
    await field(page, "Header").fill("Menu");
    await field(page, "Message").fill("Pilih layanan");
    await field(page, "Menu button").fill("Lihat menu");
    await field(page, "Row 1 title").fill("Cek pesanan");
    await field(page, "Row 1 description").fill("Status pengiriman");
    await page.getByRole("button", { name: "Add row" }).click();
    await field(page, "Row 2 title").fill("Bantuan");
    await expect(preview(page)).toContainText("Pilih layanan");
    await expect(preview(page)).toContainText("Lihat menu");

    const log = await received(request, () => send(page));
    expect(log.map((r) => r.body)).toStrictEqual([
      {
        token: TOKEN,
        to: to.e164,
        message: "Pilih layanan",
        type: "list",
        list_title: "Lihat menu",
        list: [{ title: "Cek pesanan", description: "Status pengiriman" }, { title: "Bantuan" }],
        header: { type: "text", data: "Menu" },
      },
    ]);
  });

  test("single product", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Single product");
    await field(page, "Message").fill("Produk pilihan minggu ini");
    await field(page, "Footer").fill("Stok terbatas");
    await field(page, "Catalog ID").fill("6395000000001");
    await field(page, "Product ID").fill("retailerda");
    await expect(preview(page)).toContainText("Produk pilihan minggu ini");
    const log = await received(request, () => send(page));
    expect(log.map((r) => r.body)).toStrictEqual([
      {
        token: TOKEN,
        to: to.e164,
        message: "Produk pilihan minggu ini",
        type: "product",
        product: { catalog_id: "6395000000001", product_retailer_id: "retailerda" },
        footer: "Stok terbatas",
      },
    ]);
  });

  test("multi product", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Multi product");
    await field(page, "Header").fill("Katalog");
    await field(page, "Message").fill("Pilih produk favorit");
    await field(page, "Catalog ID").fill("6395000000001");
    await field(page, "Section 1 title").fill("Populer");
    await field(page, "Section 1 product 1 ID").fill("fgbid80y0f");
    await page.getByRole("button", { name: "Add product to section 1" }).click();
    await field(page, "Section 1 product 2 ID").fill("gq7up1s3xf");
    await expect(preview(page)).toContainText("Pilih produk favorit");
    const log = await received(request, () => send(page));
    expect(log.map((r) => r.body)).toStrictEqual([
      {
        token: TOKEN,
        to: to.e164,
        message: "Pilih produk favorit",
        type: "product_list",
        product_list: {
          catalog_id: "6395000000001",
          sections: [
            {
              title: "Populer",
              product_items: [
                { product_retailer_id: "fgbid80y0f" },
                { product_retailer_id: "gq7up1s3xf" },
              ],
            },
          ],
        },
        header: { type: "text", data: "Katalog" },
      },
    ]);
  });

  const mediaCases = [
    {
      kind: "Image",
      fill: async (page: Page) => {
        await field(page, "Image address").fill("https://cdn.example.com/foto.jpg");
        await field(page, "Caption").fill("Foto produk");
      },
      shows: "Foto produk",
      path: "/whatsapp/sendImage",
      body: (to: string) => ({
        to,
        token: TOKEN,
        image: "https://cdn.example.com/foto.jpg",
        caption: "Foto produk",
      }),
    },
    {
      kind: "Document",
      fill: async (page: Page) => {
        await field(page, "Document address").fill("https://cdn.example.com/laporan.pdf");
        await field(page, "Caption").fill("Laporan bulanan");
        await field(page, "File name").fill("Laporan Mei");
      },
      shows: "Laporan Mei",
      path: "/whatsapp/sendDocument",
      body: (to: string) => ({
        to,
        token: TOKEN,
        document: "https://cdn.example.com/laporan.pdf",
        caption: "Laporan bulanan",
        filename: "Laporan Mei",
      }),
    },
    {
      kind: "Audio",
      fill: async (page: Page) =>
        field(page, "Audio address").fill("https://cdn.example.com/pesan.aac"),
      shows: null,
      path: "/whatsapp/sendAudio",
      body: (to: string) => ({ to, token: TOKEN, audio: "https://cdn.example.com/pesan.aac" }),
    },
    {
      kind: "Video",
      fill: async (page: Page) => {
        await field(page, "Video address").fill("https://cdn.example.com/cara-pakai.mp4");
        await field(page, "Caption").fill("Cara pakai");
      },
      shows: "Cara pakai",
      path: "/whatsapp/sendVideo",
      body: (to: string) => ({
        to,
        token: TOKEN,
        video: "https://cdn.example.com/cara-pakai.mp4",
        caption: "Cara pakai",
      }),
    },
    {
      kind: "Sticker",
      fill: async (page: Page) => {
        await page.getByRole("radio", { name: "Web address" }).check();
        await field(page, "Sticker address").fill("https://cdn.example.com/senyum.webp");
      },
      shows: null,
      path: "/whatsapp/sendSticker",
      body: (to: string) => ({ token: TOKEN, to, sticker: "https://cdn.example.com/senyum.webp" }),
    },
  ];
  for (const c of mediaCases) {
    test(`${c.kind.toLowerCase()}`, async ({ page, request }) => {
      const to = await sessionCustomer(request);
      await openComposer(page);
      await field(page, "Recipients").fill(to.typed);
      await chooseKind(page, c.kind);
      await c.fill(page);
      if (c.shows) await expect(preview(page)).toContainText(c.shows);
      const log = await received(request, () => send(page));
      expect(log.map((r) => [r.path, r.body])).toStrictEqual([[c.path, c.body(to.e164)]]);
      await expectSentTo(page, [to.e164]);
    });
  }

  test("location, to two recipients in one request", async ({ page, request }) => {
    const [a, b] = [await sessionCustomer(request), await sessionCustomer(request)];
    await openComposer(page);
    await field(page, "Recipients").fill(`${a.typed}\n${b.typed}`);
    await chooseKind(page, "Location");
    await field(page, "Latitude").fill("-6.175392");
    await field(page, "Longitude").fill("106.827153");
    await field(page, "Place name").fill("Monas");
    await field(page, "Address").fill("Gambir, Jakarta Pusat");
    await expect(preview(page)).toContainText("Monas");
    const log = await received(request, () => send(page, "Sent to all 2 recipients"));
    expect(log.map((r) => [r.path, r.body])).toStrictEqual([
      [
        "/whatsapp/sendLocation",
        {
          token: TOKEN,
          to: [a.e164, b.e164],
          header: {
            type: "location",
            data: {
              latitude: "-6.175392",
              longitude: "106.827153",
              name: "Monas",
              address: "Gambir, Jakarta Pusat",
            },
          },
          param: [],
        },
      ],
    ]);
    await expectSentTo(page, [a.e164, b.e164]);
  });

  test("a location needs its place name and address before it is sent", async ({
    page,
    request,
  }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Location");
    await field(page, "Latitude").fill("-6.175392");
    await field(page, "Longitude").fill("106.827153");
    const log = await received(request, async () => {
      await page.getByRole("button", { name: "Send" }).click();
      await expect(field(page, "Place name")).toHaveAccessibleDescription(/Place name is required/);
      await expect(field(page, "Address")).toHaveAccessibleDescription(/Address is required/);
    });
    expect(log).toHaveLength(0);
  });

  test("contact", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Contact");
    await field(page, "Contact name").fill("Dewi CS");
    await field(page, "Contact phone").fill("0813-1111-2222");
    await expect(preview(page)).toContainText("Dewi CS");
    const log = await received(request, () => send(page));
    expect(log.map((r) => [r.path, r.body])).toStrictEqual([
      [
        "/whatsapp/sendContact",
        { token: TOKEN, to: to.e164, phone: "+6281311112222", name: "Dewi CS" },
      ],
    ]);
  });
});

test.describe("safety", () => {
  test("an invalid recipient is flagged as you type; duplicates are merged", async ({
    page,
    request,
  }) => {
    await openComposer(page);
    const recipients = field(page, "Recipients");
    await recipients.fill("0812 3456 7890, +62 812-3456-7890\n0812");
    const chips = page.getByRole("list", { name: "Recipients as read" });
    await expect(chips.getByRole("listitem").filter({ hasText: "+6281234567890" })).toContainText(
      "entered 2 times",
    );
    await expect(chips.getByRole("listitem").filter({ hasText: "✕" })).toContainText(
      "0812: The number is too short",
    );
    await expect(page.getByText("1 number, 1 invalid, 1 duplicate merged")).toBeVisible();
    await expect(recipients).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/^Fix or remove the invalid number: “0812”/)).toBeVisible();

    await field(page, "Message").fill("Halo");
    const log = await received(request, async () => {
      await page.getByRole("button", { name: "Send" }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "Fix the highlighted fields" }),
      ).toBeVisible();
    });
    expect(log).toHaveLength(0);
  });

  test("a missing template parameter is named next to its field before anything is sent", async ({
    page,
    request,
  }) => {
    const id = saveTemplate({ name: "welcome_msg", body: "Halo {{1}}, selamat datang di {{2}}!" });
    const to = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Body parameter {{1}}").fill("Budi");
    await expect(preview(page).getByTestId("unfilled-param")).toHaveText("{{2}}");
    const log = await received(request, async () => {
      await page.getByRole("button", { name: "Send" }).click();
      const second = field(page, "Body parameter {{2}}");
      await expect(second).toHaveAttribute("aria-invalid", "true");
      await expect(second).toHaveAccessibleDescription(/Body parameter \{\{2\}\} is required/);
      await expect(second).toBeFocused();
    });
    expect(log).toHaveLength(0);
    await field(page, "Body parameter {{2}}").fill("Toko Kabar");
    await expect(field(page, "Body parameter {{2}}")).not.toHaveAttribute("aria-invalid", "true");
  });

  test("a double click sends once", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await field(page, "Message").fill("Sekali saja, ya.");
    const log = await received(request, async () => {
      await page.getByRole("button", { name: "Send" }).dblclick();
      await expect(outcome(page).getByRole("status")).toHaveText("Sent");
    });
    expect(log.filter((r) => r.path === "/whatsapp/sendText")).toHaveLength(1);
  });

  test("a reload after sending shows the outcome again and never sends twice", async ({
    page,
    request,
  }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await field(page, "Message").fill("Tidak dua kali.");
    const log = await received(request, async () => {
      await send(page);
      await page.reload();
      await expect(outcome(page).getByRole("status")).toHaveText("Sent");
      await expect(field(page, "Message")).toHaveValue("Tidak dua kali.");
      await expect(page.getByRole("button", { name: "New message" })).toBeVisible();
    });
    expect(log).toHaveLength(1);

    // "Send again" is a deliberate, confirmed second send with a new key.
    const again = await received(request, async () => {
      await page.getByRole("button", { name: "Send again…" }).click();
      const dialog = page.getByRole("dialog", { name: "Send this message again?" });
      await expect(dialog).toContainText("Sending again delivers a second copy");
      await dialog.getByRole("button", { name: "Send again" }).click();
      await expect(outcome(page).getByRole("status")).toHaveText("Sent");
    });
    expect(again).toHaveLength(1);
  });

  test("a rate limit is waited out, and the button says so", async ({ page, request }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await field(page, "Message").fill("Sabar menunggu.");
    await request.post(`${e2eSandboxUrl}/__sandbox/faults`, {
      data: { path: "/whatsapp/sendText", status: 429, retryAfter: 6, times: 1 },
    });
    await page.getByRole("button", { name: "Send" }).click();
    await expect(
      page.getByRole("button", { name: /^Waiting for Damcorp's rate limit until \d\d:\d\d:\d\d/ }),
    ).toBeVisible({ timeout: 5000 });
    await expect(outcome(page).getByRole("status")).toHaveText("Sent", { timeout: 15_000 });
    const log = await sandboxRequests(request, "/whatsapp/sendText");
    expect(log.slice(-2).map((r) => r.status)).toStrictEqual([429, 200]);
  });

  test("no answer in time is shown as unknown, and sending again warns", async ({
    page,
    request,
  }) => {
    // The e2e server waits DAMCORP_TIMEOUT_MS (5 s in scripts/lib/test-env.mjs) for an answer.
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await field(page, "Message").fill("Apakah sampai?");
    await request.post(`${e2eSandboxUrl}/__sandbox/faults`, {
      data: { path: "/whatsapp/sendText", delayMs: 6_000, times: 1 },
    });
    const log = await received(request, async () => {
      await page.getByRole("button", { name: "Send" }).click();
      await expect(outcome(page).getByRole("status")).toHaveText("Outcome unknown", {
        timeout: 15_000,
      });
    });
    expect(log).toHaveLength(1); // not retried: it may have arrived
    const item = outcome(page).getByRole("listitem").filter({ hasText: to.e164 });
    await expect(item).toContainText("Unknown");
    await expect(outcome(page)).toContainText(
      "Damcorp may or may not have sent this; check with the customer before resending.",
    );
    await page.getByRole("button", { name: "Send again…" }).click();
    const dialog = page.getByRole("dialog", { name: "Send this message again?" });
    await expect(dialog).toContainText("The outcome is unknown for 1 recipient.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
  });

  test("each recipient's own outcome: sent, invalid, not delivered", async ({ page, request }) => {
    const id = saveTemplate({ name: "welcome_msg", body: "Halo {{1}}, selamat datang di {{2}}!" });
    const good = customer();
    await openComposer(page);
    // Niue's 7-digit numbers are valid numbers, but not WhatsApp's; the sandbox fails …0000.
    await field(page, "Recipients").fill(`${good.typed}\n+683 4002\n0812 9999 0000`);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Body parameter {{1}}").fill("Budi");
    await field(page, "Body parameter {{2}}").fill("Toko Kabar");
    await send(page, "Sent to 1 of 3 recipients");
    const item = (number: string) =>
      outcome(page).getByRole("listitem").filter({ hasText: number });
    await expect(item(good.e164)).toContainText("✓ Sent");
    await expect(item("+6834002")).toContainText("Invalid number");
    await expect(item("+6834002")).toContainText("not valid or not registered on WhatsApp");
    await expect(item("+6281299990000")).toContainText("Not delivered");
    await expect(item("+6281299990000")).toContainText("could not send the message to this number");

    // Send again offers the one that can still be reached.
    const again = await received(request, async () => {
      await page.getByRole("button", { name: "Send again…" }).click();
      const dialog = page.getByRole("dialog", { name: "Send this message again?" });
      await expect(dialog.getByRole("radio", { name: "Only the 1 not reached" })).toBeChecked();
      await dialog.getByRole("button", { name: "Send again" }).click();
      await expect(outcome(page).getByRole("status")).toHaveText("Not sent");
    });
    expect(again.map((r) => r.body.to)).toStrictEqual([["+6281299990000"]]);
  });

  test("a failed recipient shows Damcorp's own words beside the reason, here and in History", async ({
    page,
  }) => {
    const id = saveTemplate({
      name: "example_flow",
      category: "MARKETING",
      body: "Halo {{1}}, isi formulir {{2}} sebelum {{3}}.",
      buttons: [{ type: "flow", text: "Isi formulir" }],
    });
    const good = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(`${good.typed}\n0812 9999 0000`);
    await chooseKind(page, "Template (HSM)");
    await field(page, "Template").selectOption(id);
    await field(page, "Body parameter {{1}}").fill("Budi");
    await field(page, "Body parameter {{2}}").fill("pendaftaran");
    await field(page, "Body parameter {{3}}").fill("Jumat");
    await field(page, "Flow token for “Isi formulir”").fill("FLOW_TOKENx");
    await send(page, "Sent to 1 of 2 recipients");
    const failed = outcome(page).getByRole("listitem").filter({ hasText: "+6281299990000" });
    await expect(failed).toContainText("Not delivered");
    await expect(failed).toContainText("code 999");
    await expect(failed).toContainText("Damcorp said: “General Error / Unknown error”");
    await expect(
      outcome(page).getByRole("listitem").filter({ hasText: good.e164 }),
    ).not.toContainText("Damcorp said");

    await failed.getByRole("link", { name: "History of the send to +6281299990000" }).click();
    const row = page
      .getByRole("region", { name: "Result per recipient" })
      .getByRole("row")
      .filter({ hasText: "6281299990000" });
    await expect(row).toContainText("General error");
    await expect(row).toContainText("Damcorp said: “General Error / Unknown error”");
  });

  test("an image by a media ID Damcorp no longer knows says so, not that the number failed", async ({
    page,
    request,
  }) => {
    const to = await sessionCustomer(request);
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await chooseKind(page, "Image");
    await page.getByRole("radio", { name: "Damcorp media ID" }).check();
    await field(page, "Image media ID").fill("9bacdef0-ae01-5aaa-aaa9-e0c678910abc");
    await send(page, "Not sent");
    const item = outcome(page).getByRole("listitem").filter({ hasText: to.e164 });
    await expect(item).toContainText(
      "Damcorp does not know media ID 9bacdef0-ae01-5aaa-aaa9-e0c678910abc (media IDs expire after a while",
    );
    await expect(item).not.toContainText("could not send the message to this number");
  });

  test("726 from an account without a valid product says it is the account's problem", async ({
    page,
    request,
  }) => {
    const to = await sessionCustomer(request);
    const accounts = (validProduct: boolean) =>
      request.post(`${e2eSandboxUrl}/__sandbox/config`, {
        data: { accounts: [{ token: "sandbox-token", validProduct }] },
      });
    await accounts(false);
    try {
      await openComposer(page);
      await field(page, "Recipients").fill(to.typed);
      await field(page, "Message").fill("Halo");
      await send(page, "Not sent");
      const item = outcome(page).getByRole("listitem").filter({ hasText: to.e164 });
      await expect(item).toContainText("code 726");
      await expect(item).toContainText("a problem with the Damcorp account");
      await expect(item).not.toContainText("Check the catalog and product IDs");
    } finally {
      await accounts(true);
    }
  });

  test("a rejection is shown in plain words", async ({ page }) => {
    const to = customer(); // never wrote: the sandbox answers 470
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    await field(page, "Message").fill("Halo");
    await send(page, "Not sent");
    const item = outcome(page).getByRole("listitem").filter({ hasText: to.e164 });
    await expect(item).toContainText("Not sent");
    await expect(item).toContainText("code 470");
    await expect(item).toContainText("has not written to this number in the last 24 hours");
  });
});

test.describe("24-hour rule and links from the helpdesk", () => {
  test("a number the helpdesk has no recent conversation with is not called closed; switch to a template", async ({
    page,
  }) => {
    const to = customer();
    await openComposer(page);
    await field(page, "Recipients").fill(to.typed);
    const notice = page.getByRole("status", { name: "24-hour rule" });
    await expect(notice).toContainText(
      "No recent conversation found in the helpdesk for this customer, so Kabar does not know when they last wrote. A session message may be refused",
    );
    await expect(notice).not.toContainText("Outside the 24-hour window");
    await expect(notice).toContainText(
      `${to.e164}: no conversation in the helpdesk in the last 7 days`,
    );
    await notice.getByRole("button", { name: "Switch to a template" }).click();
    await expect(page.getByLabel("Message type")).toHaveValue("template");
    await expect(field(page, "Template")).toBeVisible();
  });

  test("a customer whose last message is older than 24 hours is outside the window", async ({
    page,
    request,
  }) => {
    const state = (await (await request.get(`${e2eSandboxUrl}/__sandbox/state`)).json()) as {
      window: { number: string; inWindow: boolean; lastCustomerMessageAt: string | null }[];
      tickets: { customerNumber: string; dateCreate: string }[];
    };
    const weekAgo = Date.now() - 6 * 86_400_000;
    const recent = new Set(
      state.tickets
        .filter((t) => Date.parse(t.dateCreate.replace(" ", "T") + "+07:00") > weekAgo)
        .map((t) => t.customerNumber),
    );
    const outside = state.window.find(
      (w) => !w.inWindow && w.lastCustomerMessageAt && recent.has(w.number),
    )!;
    await openComposer(page);
    await field(page, "Recipients").fill(`+${outside.number}`);
    const notice = page.getByRole("status", { name: "24-hour rule" });
    await expect(notice).toContainText(
      "Outside the 24-hour window. This customer has not written in the last 24 hours",
    );
    await expect(notice).toContainText(/last wrote .+ ago/);
  });

  test("a customer inside the window, opened from a ticket link", async ({ page, request }) => {
    const state = (await (await request.get(`${e2eSandboxUrl}/__sandbox/state`)).json()) as {
      tickets: { ticketCode: string; customerNumber: string; status: string }[];
    };
    const ticket = state.tickets.find((t) => t.status !== "close")!;
    await openWindow(request, ticket.customerNumber);
    await openComposer(page, `?to=%2B${ticket.customerNumber}&ticket=${ticket.ticketCode}`);
    await expect(field(page, "Recipients")).toHaveValue(`+${ticket.customerNumber}`);
    await expect(
      page.getByText(`Replying to helpdesk ticket #${ticket.ticketCode}.`),
    ).toBeVisible();
    await expect(page.getByText("The customer wrote within the last 24 hours")).toBeVisible();
  });

  test("a viewer cannot open the composer", async ({ page }) => {
    await signIn(page, "viewer");
    await page.goto("/composer");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByLabel("Recipients")).toHaveCount(0);
  });
});
