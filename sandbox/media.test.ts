import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  NOW,
  numberInWindow,
  PNG_BYTES,
  startTestSandbox,
  TOKEN,
  type TestSandbox,
} from "./testkit";

let sandbox: TestSandbox;
let reachable: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  sandbox.setNow(NOW);
  await sandbox.reset();
  reachable = await numberInWindow(sandbox);
});

const JPEG_BYTES = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from("fake-jpeg-body"),
  Buffer.from([0xff, 0xd9]),
]);

async function uploadMultipart(bytes: Buffer, filename = "photo.png", token = TOKEN) {
  const form = new FormData();
  form.set("token", token);
  form.set("media", new Blob([new Uint8Array(bytes)], { type: "image/png" }), filename);
  const response = await fetch(`${sandbox.url}/whatsapp/uploadMedia`, {
    method: "POST",
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

const download = (id: string, token = TOKEN) =>
  sandbox.get(
    `/whatsapp/downloadMedia?token=${encodeURIComponent(token)}&id=${encodeURIComponent(id)}`,
  );

describe("uploadMedia / downloadMedia", () => {
  it("round-trips the exact bytes of a multipart upload", async () => {
    const uploaded = await uploadMultipart(PNG_BYTES);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ responseCode: "000", message: "success" });
    expect(uploaded.body.data).toEqual([{ id: expect.stringMatching(/^\d{16}$/) }]);
    const id = uploaded.body.data[0].id as string;

    const downloaded = await download(id);
    expect(downloaded.body.responseCode).toBe("000");
    expect(Buffer.from(downloaded.body.data, "base64").equals(PNG_BYTES)).toBe(true);
  });

  it("accepts JSON with base64, a data URL or an image URL", async () => {
    for (const media of [
      JPEG_BYTES.toString("base64"),
      `data:image/png;base64,${PNG_BYTES.toString("base64")}`,
      "https://previews.123rf.com/images/aquir/sample-stamp.jpg",
    ]) {
      const res = await sandbox.wa("/whatsapp/uploadMedia", { media });
      expect(res.body.responseCode, media.slice(0, 30)).toBe("000");
    }
    const viaBase64 = await sandbox.wa("/whatsapp/uploadMedia", {
      media: JPEG_BYTES.toString("base64"),
    });
    const back = await download(viaBase64.body.data[0].id);
    expect(Buffer.from(back.body.data, "base64").equals(JPEG_BYTES)).toBe(true);
  });

  it("answers 721 for anything but JPEG or PNG", async () => {
    const gif = await uploadMultipart(Buffer.from("GIF89a-not-allowed"), "a.gif");
    expect(gif.body.responseCode).toBe("721");
    const pdfUrl = await sandbox.wa("/whatsapp/uploadMedia", {
      media: "https://example.com/a.pdf",
    });
    expect(pdfUrl.body.responseCode).toBe("721");
    const none = await sandbox.wa("/whatsapp/uploadMedia", {});
    expect(none.body.responseCode).toBe("721");
  });

  it("requires the token for both directions", async () => {
    expect((await uploadMultipart(PNG_BYTES, "a.png", "wrong")).status).toBe(401);
    const uploaded = await uploadMultipart(PNG_BYTES);
    expect((await download(uploaded.body.data[0].id, "wrong")).status).toBe(401);
  });

  it("answers responseCode 404 (HTTP 200) for an unknown media id", async () => {
    const res = await download("9999999999999999");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ responseCode: "404", data: null, message: "media_not_found" });
  });
});

describe("media in send endpoints", () => {
  it("reuses an uploaded media id", async () => {
    const id = (await uploadMultipart(PNG_BYTES)).body.data[0].id as string;
    const res = await sandbox.wa("/whatsapp/sendImage", { to: reachable, image: id, caption: "c" });
    expect(res.body.data[0]).toMatchObject({ mediaId: id, status: "sent" });
  });

  it("stores base64 sends so downloadMedia can return them", async () => {
    const res = await sandbox.wa("/whatsapp/sendDocument", {
      to: reachable,
      document: `data:application/pdf;base64,${Buffer.from("%PDF-1.4 test").toString("base64")}`,
      filename: "Documentation",
    });
    const mediaId = res.body.data[0].mediaId as string;
    expect(mediaId).toMatch(/^[0-9a-f-]{36}$/);
    const back = await download(mediaId);
    expect(Buffer.from(back.body.data, "base64").toString()).toBe("%PDF-1.4 test");
  });

  it('answers data "" when downloading media known only by URL', async () => {
    const res = await sandbox.wa("/whatsapp/sendAudio", {
      to: reachable,
      audio: "https://example.com/a.aac",
    });
    const back = await download(res.body.data[0].mediaId);
    expect(back.body).toMatchObject({ responseCode: "000", data: "" });
  });

  it('marks recipients failed with mediaId "" for an unknown media id', async () => {
    const res = await sandbox.wa("/whatsapp/sendImage", {
      to: reachable,
      image: "65aa4574-668a-4f16-a193-184f01084680",
    });
    expect(res.body.responseCode).toBe("000");
    expect(res.body.data[0]).toEqual({ to: reachable, msgId: null, mediaId: "", status: "failed" });
  });
});

describe("media ids expire", () => {
  const upload = async () => {
    const res = await sandbox.wa("/whatsapp/uploadMedia", { media: PNG_BYTES.toString("base64") });
    return res.body.data[0].id as string;
  };
  const sendImage = (image: string) =>
    sandbox.wa("/whatsapp/sendImage", { to: [reachable, "6281234"], image });
  const forget = (body?: unknown) => sandbox.post("/__sandbox/media/forget", body ?? "");

  it("forgets one id: sends with it fail per recipient like an unknown id, download says 404", async () => {
    const kept = await upload();
    const gone = await upload();
    expect((await sendImage(gone)).body.data[0]).toMatchObject({ status: "sent", mediaId: gone });

    const res = await forget({ id: gone });
    expect(res.body).toEqual({ ok: true, forgotten: [gone], unknown: [] });
    const failed = await sendImage(gone);
    expect(failed.body.responseCode).toBe("000");
    expect(failed.body.data).toEqual([
      { to: reachable, msgId: null, mediaId: "", status: "failed" },
      { to: "6281234", msgId: null, mediaId: null, status: "invalid" },
    ]);
    expect((await download(gone)).body).toMatchObject({
      responseCode: "404",
      message: "media_not_found",
    });
    expect((await sendImage(kept)).body.data[0].status).toBe("sent");
    expect((await sandbox.state()).media.map((m) => m.id)).toEqual([kept]);
  });

  it("forgets every id with an empty body, and reports ids it did not know", async () => {
    const a = await upload();
    const b = await upload();
    expect((await forget({ ids: [b, "999"] })).body).toEqual({
      ok: true,
      forgotten: [b],
      unknown: ["999"],
    });
    expect((await forget()).body).toEqual({ ok: true, forgotten: [a], unknown: [] });
    expect((await sandbox.state()).media).toEqual([]);
    expect((await forget({ id: 5 })).status).toBe(400);
  });

  it("fails template and interactive media headers that name a forgotten id", async () => {
    const id = await upload();
    const hsm = () =>
      sandbox.wa("/whatsapp/sendHsm/hsm_media_dummy", {
        to: reachable,
        param: ["x"],
        header: { type: "image", data: id },
      });
    const interactive = () =>
      sandbox.wa("/whatsapp/sendInteractive", {
        to: reachable,
        type: "button",
        message: "Pilih",
        header: { type: "image", data: id },
        buttons: [{ text: "Ya" }],
      });
    expect((await hsm()).body.data[0].status).toBe("sent");
    expect((await interactive()).body.data[0].status).toBe("sent");
    await forget({ id });
    expect((await hsm()).body.data).toEqual([{ to: reachable, msgId: null, status: "failed" }]);
    expect((await interactive()).body.data).toEqual([
      { to: reachable, msgId: null, status: "failed" },
    ]);
  });

  it("forgets ids older than mediaTtlMs on the sandbox clock", async () => {
    await sandbox.post("/__sandbox/config", { mediaTtlMs: 60_000 });
    const old = await upload();
    sandbox.setNow(new Date(NOW.getTime() + 30_000));
    const fresh = await upload();
    expect((await download(old)).body.responseCode).toBe("000");
    sandbox.setNow(new Date(NOW.getTime() + 60_000));
    expect((await download(old)).body.responseCode).toBe("404");
    expect((await sendImage(old)).body.data[0].status).toBe("failed");
    expect((await download(fresh)).body.responseCode).toBe("000");
    expect((await sandbox.state()).media.map((m) => m.id)).toEqual([fresh]);
  });
});
