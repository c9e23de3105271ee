import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CATALOG_ID } from "./catalog";
import { numberInWindow, STRANGER, startTestSandbox, TOKEN, type TestSandbox } from "./testkit";
import { WINDOW_MESSAGE } from "./whatsapp/recipients";

let sandbox: TestSandbox;
let reachable: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  reachable = await numberInWindow(sandbox);
});

describe("sendText", () => {
  it("answers the documented success envelope", async () => {
    const res = await sandbox.wa("/whatsapp/sendText", { to: reachable, message: "Halo" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.body).toMatchObject({ responseCode: "000", message: "success" });
    expect(typeof res.body.version).toBe("string");
    expect(res.body.data).toEqual([{ to: reachable, msgId: expect.any(String), status: "sent" }]);
  });

  it("normalises Indonesian numbers in every documented form", async () => {
    const local = reachable.slice(2); // 8xx…
    for (const to of [`0${local}`, local, `+${reachable}`, reachable]) {
      await sandbox.post("/__sandbox/inbound", { from: reachable, body: "hi" });
      const res = await sandbox.wa("/whatsapp/sendText", { to, message: "x" });
      expect(res.body.data[0]).toMatchObject({ to: reachable, status: "sent" });
    }
  });

  it("reproduces the trap: invalid and failed recipients still get HTTP 200 / 000", async () => {
    const res = await sandbox.wa("/whatsapp/sendText", {
      to: [reachable, "6281234", "62812abc5678", "6281299990000", "1234567890123456"],
      message: "Halo",
    });
    expect(res.status).toBe(200);
    expect(res.body.responseCode).toBe("000");
    expect(res.body.data.map((d: { status: string }) => d.status)).toEqual([
      "sent",
      "invalid",
      "invalid",
      "failed",
      "invalid",
    ]);
    expect(res.body.data[1]).toEqual({ to: "6281234", msgId: null, status: "invalid" });
    expect(res.body.data[3]).toEqual({ to: "6281299990000", msgId: null, status: "failed" });
  });

  it("gives each recipient its own msgId", async () => {
    await sandbox.post("/__sandbox/inbound", { from: STRANGER, body: "halo" });
    const res = await sandbox.wa("/whatsapp/sendText", { to: [reachable, STRANGER], message: "x" });
    const [a, b] = res.body.data;
    expect(a.msgId).not.toBe(b.msgId);
  });

  it("rejects a wrong or missing token with HTTP 401", async () => {
    for (const body of [
      { token: "nope", to: reachable, message: "x" },
      { to: reachable, message: "x" },
    ]) {
      const res = await sandbox.post("/whatsapp/sendText", body);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ responseCode: "401", data: null, message: "unauthorized" });
    }
  });

  it("answers 721 for missing or oversized fields", async () => {
    const missing = await sandbox.wa("/whatsapp/sendText", { to: reachable });
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ responseCode: "721", data: ["message"] });
    expect(missing.body.message).toMatch(/^invalid_parameter: message/);
    const long = await sandbox.wa("/whatsapp/sendText", {
      to: reachable,
      message: "a".repeat(4097),
    });
    expect(long.body.responseCode).toBe("721");
    const noTo = await sandbox.wa("/whatsapp/sendText", { to: [], message: "x" });
    expect(noTo.body).toMatchObject({ responseCode: "721", data: ["to"] });
  });

  it("answers 406 for a body that is not JSON", async () => {
    const garbage = await sandbox.post("/whatsapp/sendText", "token=sandbox-token&to=1", {
      "content-type": "application/json",
    });
    expect(garbage.status).toBe(406);
    expect(garbage.body.responseCode).toBe("406");
    const plain = await sandbox.post("/whatsapp/sendText", JSON.stringify({ token: TOKEN }), {
      "content-type": "text/plain",
    });
    expect(plain.status).toBe(406);
  });

  it("answers 405 for a wrong method and 404 for an unknown path", async () => {
    const wrong = await sandbox.get("/whatsapp/sendText");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    expect(wrong.body.responseCode).toBe("405");
    const unknown = await sandbox.wa("/whatsapp/sendFax", {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.responseCode).toBe("404");
  });
});

describe("24-hour window (470)", () => {
  it("refuses a session message to a customer who never wrote", async () => {
    const res = await sandbox.wa("/whatsapp/sendText", { to: STRANGER, message: "Halo" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: "470", data: null, message: WINDOW_MESSAGE });
  });

  it("opens the window with an inbound message and closes it 24 hours later", async () => {
    await sandbox.post("/__sandbox/inbound", {
      from: "0812-9999-8888".replace(/-/g, ""),
      body: "Halo",
    });
    const inside = await sandbox.wa("/whatsapp/sendText", { to: STRANGER, message: "Balasan" });
    expect(inside.body.data[0].status).toBe("sent");

    await sandbox.post("/__sandbox/inbound", {
      from: STRANGER,
      body: "lama",
      at: new Date(Date.parse("2025-06-15T05:00:00Z") - 24 * 3_600_000 - 1000).toISOString(),
    });
    sandbox.setNow(new Date("2025-06-16T05:00:01Z"));
    try {
      const after = await sandbox.wa("/whatsapp/sendText", { to: STRANGER, message: "Lagi" });
      expect(after.body.responseCode).toBe("470");
    } finally {
      sandbox.setNow(new Date("2025-06-15T05:00:00Z"));
    }
  });

  it("marks only the recipients outside the window when some are inside", async () => {
    const res = await sandbox.wa("/whatsapp/sendText", { to: [reachable, STRANGER], message: "x" });
    expect(res.body.responseCode).toBe("000");
    expect(res.body.data[0].status).toBe("sent");
    expect(res.body.data[1]).toEqual({
      to: STRANGER,
      msgId: null,
      status: "failed",
      error_status: "470",
      error_msg: WINDOW_MESSAGE,
    });
  });

  it("applies to every session endpoint", async () => {
    const calls: [string, Record<string, unknown>][] = [
      ["/whatsapp/sendInteractive", { type: "button", message: "x", buttons: [{ text: "Ya" }] }],
      ["/whatsapp/sendImage", { image: "https://example.com/a.jpg" }],
      ["/whatsapp/sendDocument", { document: "https://example.com/a.pdf" }],
      ["/whatsapp/sendAudio", { audio: "https://example.com/a.aac" }],
      ["/whatsapp/sendVideo", { video: "https://example.com/a.mp4" }],
      ["/whatsapp/sendSticker", { sticker: "https://example.com/a.webp" }],
      ["/whatsapp/sendLocation", { latitude: "-6.2", longitude: "106.8" }],
      ["/whatsapp/sendContact", { phone: "+62123456789", name: "John Doe" }],
    ];
    for (const [path, body] of calls) {
      const res = await sandbox.wa(path, { to: STRANGER, ...body });
      expect(res.body.responseCode, path).toBe("470");
    }
  });
});

describe("sendInteractive", () => {
  const send = (body: Record<string, unknown>) =>
    sandbox.wa("/whatsapp/sendInteractive", { to: reachable, message: "Test", ...body });

  it("accepts the documented button, list, product and product_list examples", async () => {
    const bodies = [
      { type: "button", buttons: [{ text: "Yes" }, { text: "No" }] },
      { type: "button", header: { type: "text", data: "Hello!" }, buttons: [{ text: "Yes" }] },
      {
        type: "button",
        header: { type: "image", data: "https://x.test/menu.jpg" },
        buttons: [{ text: "Yes" }],
      },
      { type: "button", buttons: [{ text: "Yes" }], footer: "Thank you." },
      {
        type: "list",
        list_title: "Menu",
        list: [{ title: "Option 1", description: "description 1" }, { title: "Option 2" }],
        header: { type: "text", data: "Hi" },
      },
      {
        type: "product",
        product: { catalog_id: CATALOG_ID, product_retailer_id: "retailerda" },
        footer: "f",
      },
      {
        type: "product_list",
        product_list: {
          catalog_id: CATALOG_ID,
          sections: [
            {
              title: "the-section-title",
              product_items: [
                { product_retailer_id: "1y3tm4siby" },
                { product_retailer_id: "55s66pcc4o" },
              ],
            },
          ],
        },
        header: { type: "text", data: "Hello!" },
      },
    ];
    for (const body of bodies) {
      const res = await send(body);
      expect(res.body.responseCode, JSON.stringify(body)).toBe("000");
      expect(res.body.data[0].status).toBe("sent");
    }
  });

  it("answers 721 for limits the spec and WhatsApp impose", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Option ${i}` }));
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { type: "button", buttons: [{ text: "1" }, { text: "2" }, { text: "3" }, { text: "4" }] },
        ["buttons"],
      ],
      [{ type: "button", buttons: [{ text: "x".repeat(21) }] }, ["buttons.0.text"]],
      [{ type: "button", buttons: [] }, ["buttons"]],
      [{ type: "list", list_title: "Menu", list: rows(11) }, ["list"]],
      [{ type: "list", list_title: "Menu", list: [{ title: "x".repeat(25) }] }, ["list.0.title"]],
      [
        { type: "list", list_title: "Menu", list: [{ title: "ok", description: "d".repeat(73) }] },
        ["list.0.description"],
      ],
      [{ type: "carousel" }, ["type"]],
      [{ type: "button", message: "m".repeat(1025), buttons: [{ text: "ok" }] }, ["message"]],
    ];
    for (const [body, fields] of cases) {
      const res = await send(body);
      expect(res.status).toBe(200);
      expect(res.body.responseCode, JSON.stringify(body).slice(0, 80)).toBe("721");
      expect(res.body.data, JSON.stringify(body).slice(0, 80)).toEqual(fields);
    }
  });

  it("answers 726 for an unknown catalog or product", async () => {
    const unknownProduct = await send({
      type: "product",
      product: { catalog_id: CATALOG_ID, product_retailer_id: "nope" },
    });
    expect(unknownProduct.body).toMatchObject({
      responseCode: "726",
      data: null,
      message: "invalid_product",
    });
    const unknownCatalog = await send({
      type: "product_list",
      product_list: {
        catalog_id: "6395xxxxxxxx",
        sections: [{ title: "t", product_items: [{ product_retailer_id: "1y3tm4siby" }] }],
      },
    });
    expect(unknownCatalog.body.responseCode).toBe("726");
  });
});

describe("media, location and contact sends", () => {
  it("returns a mediaId per recipient and mirrors the spec's failed/invalid media shapes", async () => {
    const res = await sandbox.wa("/whatsapp/sendImage", {
      to: [reachable, "62812345", "6281299990000"],
      image: "https://example.com/file.jpg",
      caption: "Test",
    });
    const [sent, invalid, failed] = res.body.data;
    expect(sent).toEqual({
      to: reachable,
      msgId: expect.any(String),
      mediaId: expect.any(String),
      status: "sent",
    });
    expect(invalid).toEqual({ to: "62812345", msgId: null, mediaId: null, status: "invalid" });
    expect(failed).toEqual({ to: "6281299990000", msgId: null, mediaId: "", status: "failed" });
  });

  it("answers 721 for a caption over 1024 characters", async () => {
    const res = await sandbox.wa("/whatsapp/sendVideo", {
      to: reachable,
      video: "https://example.com/a.mp4",
      caption: "c".repeat(1025),
    });
    expect(res.body.responseCode).toBe("721");
  });

  it("accepts the location both nested in header.data and at the top level", async () => {
    const nested = await sandbox.wa("/whatsapp/sendLocation", {
      to: [reachable],
      header: {
        type: "location",
        data: {
          latitude: "37.483307",
          longitude: "122.148981",
          name: "Pablo Morales",
          address: "1 Hacker Way",
        },
      },
      param: [],
    });
    expect(nested.body.data[0].status).toBe("sent");
    const flat = await sandbox.wa("/whatsapp/sendLocation", {
      to: reachable,
      latitude: 37.75,
      longitude: -122.42,
    });
    expect(flat.body.data[0].status).toBe("sent");
    const missing = await sandbox.wa("/whatsapp/sendLocation", { to: reachable, latitude: "1" });
    expect(missing.body.responseCode).toBe("721");
  });

  it("sends a contact and requires phone and name", async () => {
    const ok = await sandbox.wa("/whatsapp/sendContact", {
      to: reachable,
      phone: "+62123456789",
      name: "John Doe",
    });
    expect(ok.body.data[0]).toEqual({ to: reachable, msgId: expect.any(String), status: "sent" });
    const bad = await sandbox.wa("/whatsapp/sendContact", { to: reachable, name: "John Doe" });
    expect(bad.body.responseCode).toBe("721");
  });

  it("returns a mediaId for stickers", async () => {
    const res = await sandbox.wa("/whatsapp/sendSticker", {
      to: reachable,
      sticker: "https://x.test/s.webp",
    });
    expect(res.body.data[0]).toEqual({
      to: reachable,
      msgId: expect.any(String),
      mediaId: expect.any(String),
      status: "sent",
    });
  });
});
