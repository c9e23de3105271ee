import { describe, expect, it, vi } from "vitest";
import { createDamcorpClient } from "../client";
import { fakeFetch, type FakeStep } from "@/tests/support/fake-fetch";
import { downloadedMediaSchema, downloadMedia, uploadMedia } from "./media";

const TOKEN = "tok_MEDIA_SECRET";

function setup(steps: FakeStep[]) {
  const fake = fakeFetch(steps);
  const client = createDamcorpClient({
    whatsappUrl: "http://wa.test",
    helpdeskUrl: "http://hd.test",
    token: TOKEN,
    fetch: fake.fetch,
    sleep: vi.fn(async () => {}),
    timeoutMs: 30,
  });
  return { client, calls: fake.calls };
}

const uploaded = {
  responseCode: "000",
  version: "1.4.87",
  data: [{ id: "334668083xxxxxxx" }],
  message: "success",
};

describe("uploadMedia", () => {
  it("sends multipart/form-data with token and the media file", async () => {
    const { client, calls } = setup([{ json: uploaded }]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await uploadMedia(client, { media: { data: png, filename: "stamp.png" } });
    expect(result).toMatchObject({ outcome: "accepted", mediaId: "334668083xxxxxxx" });
    const form = calls[0]?.body;
    expect(form).toBeInstanceOf(FormData);
    if (!(form instanceof FormData)) return;
    expect(form.get("token")).toBe(TOKEN);
    const file = form.get("media");
    expect(file).toBeInstanceOf(Blob);
    if (!(file instanceof File)) return;
    expect(file.name).toBe("stamp.png");
    expect(file.type).toBe("image/png");
    expect(new Uint8Array(await file.arrayBuffer())).toStrictEqual(png);
    expect(calls[0]?.headers["content-type"]).toBeUndefined();
    expect(result.request).toStrictEqual({
      method: "POST",
      url: "http://wa.test/whatsapp/uploadMedia",
      body: {
        token: "[redacted]",
        media: { filename: "stamp.png", contentType: "image/png", size: 4 },
      },
    });
  });

  it("accepts a URL as the media", async () => {
    const { client, calls } = setup([{ json: uploaded }]);
    const url =
      "https://previews.123rf.com/images/aquir/aquir1311/aquir131100316/23569861-sample-grunge-red-round-stamp.jpg";
    await uploadMedia(client, { media: url });
    const form = calls[0]?.body as FormData;
    expect(form.get("media")).toBe(url);
  });

  it("refuses other formats before sending", async () => {
    const { client, calls } = setup([]);
    const result = await uploadMedia(client, {
      media: { data: new Uint8Array([1]), filename: "a.gif" },
    });
    expect(result).toMatchObject({
      outcome: "not_sent",
      reason: "invalid_request",
      issues: [{ path: "media.contentType", message: "Only JPEG and PNG images can be uploaded" }],
    });
    expect(calls).toHaveLength(0);
  });
});

describe("downloadMedia", () => {
  it("GETs with token and id in the query and decodes base64", async () => {
    const { client, calls } = setup([
      { json: { responseCode: "000", version: "1.2.2", data: "aGVsbG8=", message: "success" } },
    ]);
    const result = await downloadMedia(client, { id: "9bacdef-ae01" });
    expect(calls[0]?.url).toBe(
      `http://wa.test/whatsapp/downloadMedia?token=${TOKEN}&id=9bacdef-ae01`,
    );
    expect(calls[0]?.method).toBe("GET");
    expect(result).toMatchObject({
      outcome: "accepted",
      media: { base64: "aGVsbG8=", contentType: undefined },
    });
    if (result.outcome === "accepted")
      expect(new TextDecoder().decode(result.media.bytes)).toBe("hello");
    expect(result.request.url).toBe(
      "http://wa.test/whatsapp/downloadMedia?token=%5Bredacted%5D&id=9bacdef-ae01",
    );
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it("reads a data: URL's type", () => {
    expect(downloadedMediaSchema.parse("data:image/png;base64,aGk=")).toMatchObject({
      base64: "aGk=",
      contentType: "image/png",
    });
    expect(downloadedMediaSchema.parse("").bytes).toHaveLength(0);
    expect(downloadedMediaSchema.safeParse("not base64!").success).toBe(false);
  });

  it("an unknown media ID is rejected with Damcorp's code", async () => {
    const { client } = setup([
      { status: 404, json: { responseCode: "404", data: null, message: "not found" } },
    ]);
    expect(await downloadMedia(client, { id: "nope" })).toMatchObject({
      outcome: "rejected",
      code: "404",
    });
  });
});
