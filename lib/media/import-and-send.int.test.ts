// Import by Damcorp media ID, what a send gets for a library item (resolveMediaForSend), the file
// answers (previews, ranges, public sticker links) and the list filters — against the sandbox
// and a real SQLite file.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  chunkedStream,
  createUser,
  dataDir,
  db,
  removeSenders,
  sandbox,
  useDefaultSender,
} from "@/tests/support/media-setup";
import { makeJpeg, makeOgg, makePdf, makePng, makeWebp, padTo } from "@/tests/support/media-files";

const { addUploadedMedia } = await import("./add-uploaded-media");
const { importMediaById } = await import("./import-media-by-id");
const { resolveMediaForSend } = await import("./resolve-media-for-send");
const { deleteMedia, restoreMedia } = await import("./delete-media");
const { listMedia } = await import("./list-media");
const { getMediaOrThrow } = await import("./get-media");
const { mediaFileResponse } = await import("./media-file-response");
const { openPublicSticker } = await import("./open-public-sticker");
const { uploadMedia, sendDocument, sendAudio, sendImage, sendSticker } =
  await import("@/lib/damcorp");

const CUSTOMER = "628527927011"; // inside the sandbox's 24-hour window (sandbox/README.md)
let seed = 5000;
const nextSeed = () => (seed += 1);

afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  await useDefaultSender();
});

async function upload(bytes: Uint8Array, name: string) {
  const user = await createUser();
  const { stream } = chunkedStream(bytes);
  return addUploadedMedia(stream, { name, declaredSize: bytes.length }, user);
}

function decodeDataUrl(value: string): { type: string; bytes: Buffer } {
  const match = /^data:([^;]+);base64,(.*)$/s.exec(value);
  if (!match) throw new Error(`not a data URL: ${value.slice(0, 40)}`);
  return { type: match[1]!, bytes: Buffer.from(match[2]!, "base64") };
}

describe("import by Damcorp media ID", () => {
  it("downloads the bytes and files them with source import and that ID", async () => {
    const user = await createUser();
    // Media that reached Damcorp some other way: a document sent as base64 gets a mediaId.
    const pdf = makePdf(nextSeed());
    const sent = await sendDocument(sandbox.client(), {
      to: CUSTOMER,
      document: `data:application/pdf;base64,${pdf.toString("base64")}`,
      filename: "Invoice",
    });
    expect(sent.outcome).toBe("accepted");
    const mediaId = sent.outcome === "accepted" ? sent.recipients[0]!.mediaId! : "";

    const saved = await importMediaById(
      { mediaId, name: "Invoice March" },
      { user, ip: "203.0.113.5" },
    );
    expect(saved).toMatchObject({ duplicate: false });
    expect(
      await db.auditEvent.findFirst({ where: { action: "media.imported", actorId: user.id } }),
    ).toMatchObject({ target: `media ${saved.asset.id}`, ip: "203.0.113.5" });
    expect(saved.asset).toMatchObject({
      kind: "document",
      mimeType: "application/pdf",
      name: "Invoice March.pdf",
      source: "import",
      damcorpId: mediaId,
      size: pdf.length,
    });
    const row = await getMediaOrThrow(saved.asset.id);
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(path.join(dataDir(), row.storagePath))).equals(pdf)).toBe(true);
    expect(await sandbox.lastRequest("/whatsapp/downloadMedia")).toMatchObject({
      query: { id: mediaId },
    });
  });

  it("names an unnamed import after its ID and type", async () => {
    const user = await createUser();
    const png = makePng(nextSeed());
    const uploaded = await uploadMedia(sandbox.client(), {
      media: { data: png, filename: "x.png" },
    });
    const mediaId = uploaded.outcome === "accepted" ? uploaded.mediaId : "";
    const saved = await importMediaById({ mediaId }, { user, ip: null });
    expect(saved.asset).toMatchObject({
      name: `damcorp-${mediaId}.png`,
      kind: "image",
      damcorpId: mediaId,
    });
  });

  it("finds the existing item when the bytes are already in the library, and gives it the ID", async () => {
    const jpeg = makeJpeg(nextSeed());
    await removeSenders(); // so the first copy gets no Damcorp ID of its own
    const local = await upload(jpeg, "local.jpg");
    expect(local.asset.damcorpId).toBeNull();
    await useDefaultSender();
    const uploaded = await uploadMedia(sandbox.client(), {
      media: { data: jpeg, filename: "x.jpg" },
    });
    const mediaId = uploaded.outcome === "accepted" ? uploaded.mediaId : "";

    const saved = await importMediaById({ mediaId }, { user: await createUser(), ip: null });
    expect(saved).toMatchObject({ duplicate: true });
    expect(saved.asset).toMatchObject({
      id: local.asset.id,
      name: "local.jpg",
      damcorpId: mediaId,
    });
  });

  it("says so when Damcorp has no such media", async () => {
    const user = await createUser();
    await expect(
      importMediaById({ mediaId: "1234567890123456" }, { user, ip: null }),
    ).rejects.toMatchObject({
      code: "not_found_at_damcorp",
      message: expect.stringContaining("Damcorp has no media with ID 1234567890123456"),
    });
  });

  it("words a failed download as a download: nothing imported, no message sent", async () => {
    const user = await createUser();
    await sandbox.fault({ path: "/whatsapp/downloadMedia", status: 401, times: 1 });
    const refused = importMediaById({ mediaId: "1234567890123456" }, { user, ip: null });
    await expect(refused).rejects.toMatchObject({
      code: "damcorp_failed",
      message:
        "Damcorp refused to give the media (401 · Not authorised). Nothing was imported, and no message was sent. Ask a Kabar administrator to check the default sender number's token.",
    });
    await sandbox.fault({ path: "/whatsapp/downloadMedia", dropConnection: true, times: 5 });
    const dropped = await importMediaById({ mediaId: "1234567890123456" }, { user, ip: null }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(dropped).toMatch(
      /^Kabar could not get the media from Damcorp \(.+\)\. Nothing was imported, and no message was sent\. Try again in a moment\.$/,
    );
    expect(dropped).not.toMatch(/may or may not have been sent|contact's chat/);
  });

  it("refuses media Damcorp only knows by web address", async () => {
    const sent = await sendImage(sandbox.client(), {
      to: CUSTOMER,
      image: "https://example.com/promo.jpg",
    });
    const mediaId = sent.outcome === "accepted" ? sent.recipients[0]!.mediaId! : "";
    await expect(
      importMediaById({ mediaId }, { user: await createUser(), ip: null }),
    ).rejects.toMatchObject({
      code: "no_bytes",
    });
  });

  it("needs a sender number", async () => {
    await removeSenders();
    await expect(
      importMediaById({ mediaId: "1234567890123456" }, { user: await createUser(), ip: null }),
    ).rejects.toMatchObject({
      code: "no_sender",
    });
  });
});

describe("resolveMediaForSend", () => {
  it("gives an image's Damcorp media ID, which the sandbox accepts in sendImage", async () => {
    const saved = await upload(makePng(nextSeed()), "promo.png");
    const resolved = await resolveMediaForSend(saved.asset.id);
    expect(resolved).toEqual({
      media: saved.asset.damcorpId,
      via: "media_id",
      kind: "image",
      name: "promo.png",
      mimeType: "image/png",
      size: saved.asset.size,
    });
    const sent = await sendImage(sandbox.client(), { to: CUSTOMER, image: resolved.media });
    expect(sent).toMatchObject({ outcome: "accepted", allSent: true });
  });

  it("gives other kinds as a base64 data URL read from disk, byte for byte", async () => {
    const pdf = padTo(makePdf(nextSeed()), 700 * 1024 + 1); // several read chunks, not a multiple of 3
    const saved = await upload(pdf, "Catalogue.pdf");
    const resolved = await resolveMediaForSend(saved.asset.id);
    expect(resolved).toMatchObject({ via: "data_url", kind: "document", name: "Catalogue.pdf" });
    const decoded = decodeDataUrl(resolved.media);
    expect(decoded.type).toBe("application/pdf");
    expect(decoded.bytes.equals(pdf)).toBe(true);

    const sent = await sendDocument(sandbox.client(), {
      to: CUSTOMER,
      document: resolved.media,
      filename: resolved.name,
    });
    expect(sent).toMatchObject({ outcome: "accepted", allSent: true });
    // The sandbox stored exactly these bytes under the returned mediaId.
    const mediaId = sent.outcome === "accepted" ? sent.recipients[0]!.mediaId! : "";
    const { downloadMedia } = await import("@/lib/damcorp");
    const back = await downloadMedia(sandbox.client(), { id: mediaId });
    expect(back.outcome === "accepted" && Buffer.from(back.media.bytes).equals(pdf)).toBe(true);
  });

  it("sends audio as data too", async () => {
    const saved = await upload(makeOgg(nextSeed()), "voice.ogg");
    const resolved = await resolveMediaForSend(saved.asset.id);
    expect(resolved.via).toBe("data_url");
    const sent = await sendAudio(sandbox.client(), { to: CUSTOMER, audio: resolved.media });
    expect(sent).toMatchObject({ outcome: "accepted", allSent: true });
  });

  it("gives stickers a signed .webp link that opens the file, and nothing else", async () => {
    const webp = makeWebp(nextSeed());
    const saved = await upload(webp, "smile.webp");
    const resolved = await resolveMediaForSend(saved.asset.id);
    expect(resolved.via).toBe("url");
    const url = new URL(resolved.media);
    expect(url.origin).toBe("https://kabar.example.test");
    expect(url.pathname).toBe(`/api/media/public/${saved.asset.id}.webp`);

    const sent = await sendSticker(sandbox.client(), { to: CUSTOMER, sticker: resolved.media });
    expect(sent).toMatchObject({ outcome: "accepted", allSent: true });

    const file = `${saved.asset.id}.webp`;
    const opened = await openPublicSticker(new Request(resolved.media), file);
    expect(opened?.status).toBe(200);
    expect(opened?.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await opened!.arrayBuffer()).equals(webp)).toBe(true);

    const tampered = new URL(resolved.media);
    // Change the first character to a different one (a signature may already start with "x").
    const signed = tampered.searchParams.get("signature")!;
    tampered.searchParams.set(
      "signature",
      `${signed.startsWith("x") ? "y" : "x"}${signed.slice(1)}`,
    );
    expect(await openPublicSticker(new Request(tampered), file)).toBeNull();
    const expired = new URL(resolved.media);
    expired.searchParams.set("expires", String(Date.now() - 1000));
    expect(await openPublicSticker(new Request(expired), file)).toBeNull();

    // A valid link for a non-sticker id does not open it.
    const pdf = await upload(makePdf(nextSeed()), "secret.pdf");
    const forged = new URL(resolved.media.replace(saved.asset.id, pdf.asset.id));
    expect(await openPublicSticker(new Request(forged), `${pdf.asset.id}.webp`)).toBeNull();
  });

  it("refuses a deleted item until it is restored", async () => {
    const user = await createUser();
    const saved = await upload(makePdf(nextSeed()), "old.pdf");
    await deleteMedia(saved.asset.id, { user, ip: null });
    const audited = (action: string) =>
      db.auditEvent.count({ where: { action, target: `media ${saved.asset.id}` } });
    expect(await audited("media.deleted")).toBe(1);
    await expect(resolveMediaForSend(saved.asset.id)).rejects.toMatchObject({
      code: "media_deleted",
      message: "“old.pdf” was deleted from the media library. Restore it or choose another file.",
    });
    await restoreMedia(saved.asset.id, { user, ip: null });
    expect(await audited("media.restored")).toBe(1);
    await expect(resolveMediaForSend(saved.asset.id)).resolves.toMatchObject({ via: "data_url" });
  });

  it("refuses a file that is over the kind's limit on disk, and a missing file", async () => {
    await removeSenders();
    const saved = await upload(makePng(nextSeed()), "grown.png");
    const row = await getMediaOrThrow(saved.asset.id);
    const file = path.join(dataDir(), row.storagePath);
    await writeFile(file, padTo(makePng(1), 5 * 1024 * 1024 + 1));
    await expect(resolveMediaForSend(saved.asset.id)).rejects.toMatchObject({ code: "too_large" });
    const { rm } = await import("node:fs/promises");
    await rm(file);
    await expect(resolveMediaForSend(saved.asset.id)).rejects.toMatchObject({
      message: "The file of “grown.png” is missing from Kabar's data folder. Upload it again.",
    });
  });

  it("says when the id is unknown", async () => {
    await expect(resolveMediaForSend("nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("file answers", () => {
  it("serves images inline with their type, name and ranges; documents as downloads", async () => {
    const png = makePng(nextSeed(), 24);
    const image = await getMediaOrThrow((await upload(png, "Foto “toko”.png")).asset.id);
    const whole = await mediaFileResponse(new Request("http://k/x"), image, { cache: "private" });
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("image/png");
    expect(whole.headers.get("content-length")).toBe(String(png.length));
    expect(whole.headers.get("content-disposition")).toBe(
      `inline; filename="Foto _toko_.png"; filename*=UTF-8''Foto%20%E2%80%9Ctoko%E2%80%9D.png`,
    );
    expect(Buffer.from(await whole.arrayBuffer()).equals(png)).toBe(true);

    const part = await mediaFileResponse(
      new Request("http://k/x", { headers: { range: "bytes=8-15" } }),
      image,
      { cache: "private" },
    );
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 8-15/${png.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(png.subarray(8, 16))).toBe(true);

    const beyond = await mediaFileResponse(
      new Request("http://k/x", { headers: { range: `bytes=${png.length}-` } }),
      image,
      { cache: "private" },
    );
    expect(beyond.status).toBe(416);

    const doc = await getMediaOrThrow((await upload(makePdf(nextSeed()), "a.pdf")).asset.id);
    const docResponse = await mediaFileResponse(new Request("http://k/x"), doc, {
      cache: "private",
    });
    expect(docResponse.headers.get("content-disposition")).toMatch(/^attachment;/);
    await docResponse.arrayBuffer();
  });
});

describe("listMedia", () => {
  it("filters by kind and name, newest first, and shows deleted items only on request", async () => {
    await db.mediaAsset.deleteMany();
    const user = await createUser();
    const a = await upload(makePng(nextSeed()), "Lebaran banner.png");
    const b = await upload(makePdf(nextSeed()), "lebaran price list.pdf");
    const c = await upload(makeOgg(nextSeed()), "jingle.ogg");
    await deleteMedia(c.asset.id, { user, ip: null });

    expect((await listMedia({})).items.map((i) => i.id)).toEqual([b.asset.id, a.asset.id]);
    expect((await listMedia({ kind: "image" })).items.map((i) => i.id)).toEqual([a.asset.id]);
    expect((await listMedia({ q: "LEBARAN" })).items.map((i) => i.id)).toEqual([
      b.asset.id,
      a.asset.id,
    ]);
    expect((await listMedia({ q: "price", kind: "document" })).items).toHaveLength(1);
    const withDeleted = await listMedia({ deleted: true });
    expect(withDeleted.items.map((i) => i.id)).toEqual([c.asset.id, b.asset.id, a.asset.id]);
    expect(withDeleted.items[0]?.deletedAt).not.toBeNull();
    expect(withDeleted.truncated).toBe(false);
  });
});
