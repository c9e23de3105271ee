// Uploads end to end on a real SQLite file, a real data folder and the real Damcorp sandbox:
// streaming to disk with hashing and limits, deduplication, and Damcorp's uploadMedia round trip.
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  chunkedStream,
  createUser,
  dataDir,
  db,
  endlessStream,
  removeSenders,
  sandbox,
  tempFiles,
  useDefaultSender,
} from "@/tests/support/media-setup";
import { makeMp4, makePdf, makePng, makeText, padTo } from "@/tests/support/media-files";

let currentUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => currentUser,
  currentRequestIp: async () => "203.0.113.5",
}));

const { addUploadedMedia } = await import("./add-uploaded-media");
const { retryDamcorpUpload } = await import("./retry-damcorp-upload");
const { deleteMedia } = await import("./delete-media");
const { listMedia } = await import("./list-media");
const { downloadMedia } = await import("@/lib/damcorp");
const { POST: uploadRoute } = await import("@/app/api/media/upload/route");
const { sweepStaleTempFiles } = await import("./sweep-temp-files");

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
let seed = 1000;
const nextSeed = () => (seed += 1);

afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.reset();
  await useDefaultSender();
});

function upload(
  bytes: Uint8Array,
  name: string,
  user: { id: string },
  extra: { chunk?: number; declaredSize?: number | null } = {},
) {
  const { stream } = chunkedStream(bytes, extra.chunk);
  return addUploadedMedia(
    stream,
    {
      name,
      claimedType: null,
      declaredSize: extra.declaredSize === undefined ? bytes.length : extra.declaredSize,
    },
    user,
  );
}

describe("streaming upload to disk", () => {
  it("writes the file under the data folder, named by its SHA-256, in small chunks", async () => {
    const user = await createUser();
    const bytes = padTo(makePdf(nextSeed()), 3 * MB + 17);
    const saved = await upload(bytes, "Price list.pdf", user, { chunk: 16 * 1024 });

    expect(saved).toMatchObject({
      duplicate: false,
      restored: false,
      damcorp: { status: "not_needed" },
    });
    expect(saved.asset).toMatchObject({
      kind: "document",
      name: "Price list.pdf",
      mimeType: "application/pdf",
      size: bytes.length,
      source: "upload",
      damcorpId: null,
      createdByName: user.name,
      deletedAt: null,
    });
    const row = await db.mediaAsset.findUniqueOrThrow({ where: { id: saved.asset.id } });
    expect(row.sha256).toBe(sha256(bytes));
    expect(row.storagePath).toBe(`media/${row.sha256}`);
    expect(row.createdById).toBe(user.id);
    const onDisk = await readFile(path.join(dataDir(), row.storagePath));
    expect(onDisk.equals(bytes)).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it("stops reading as soon as a stream without a declared size passes the kind's limit", async () => {
    const user = await createUser();
    const { stream, counter } = endlessStream(makePng(nextSeed()));
    await expect(
      addUploadedMedia(stream, { name: "huge.png", declaredSize: null }, user),
    ).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringContaining("larger than the 5 MB WhatsApp allows for images"),
    });
    // Read just past 5 MB (plus the chunk a web stream queues ahead), then cancelled.
    expect(counter.pulled).toBeLessThanOrEqual(5 * MB + 2 * 64 * 1024 + 1024);
    expect(counter.cancelled).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it("refuses a declared size over the limit after the first bytes, before reading on", async () => {
    const user = await createUser();
    const bytes = padTo(makeMp4(nextSeed()), 17 * MB);
    const { stream, counter } = chunkedStream(bytes);
    await expect(
      addUploadedMedia(stream, { name: "clip.mp4", declaredSize: bytes.length }, user),
    ).rejects.toMatchObject({
      code: "too_large",
      message: "At 17 MB, the file is larger than the 16 MB WhatsApp allows for videos.",
    });
    // The first chunk, plus the one a web stream queues ahead: not the 17 MB.
    expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024);
    expect(await tempFiles()).toEqual([]);
  });

  it("refuses a body over 100 MB by its declared size without reading it", async () => {
    const user = await createUser();
    const { stream, counter } = chunkedStream(makePdf(nextSeed()));
    await expect(
      addUploadedMedia(stream, { name: "big.pdf", declaredSize: 101 * MB }, user),
    ).rejects.toMatchObject({ code: "too_large" });
    expect(counter.pulled).toBe(0);
  });

  it("judges the bytes, not the name: text named .png is refused with the reason", async () => {
    const user = await createUser();
    const before = await db.mediaAsset.count();
    await expect(upload(makeText(nextSeed()), "photo.png", user)).rejects.toMatchObject({
      code: "type_mismatch",
      message: "The file is named like a PNG image, but its content is not one.",
    });
    expect(await db.mediaAsset.count()).toBe(before);
    expect(await tempFiles()).toEqual([]);
  });

  it("stores a PNG named .html under .png, and serves it so", async () => {
    const user = await createUser();
    const saved = await upload(makePng(nextSeed()), "promo.html", user);
    expect(saved.asset).toMatchObject({ name: "promo.png", mimeType: "image/png", kind: "image" });
    const { mediaFileResponse } = await import("./media-file-response");
    const { withCreatorName } = await import("./to-media-item");
    const row = await db.mediaAsset.update({
      where: { id: saved.asset.id },
      data: { name: "stored-before.html" }, // as a row stored before names followed the type
      include: withCreatorName,
    });
    const answer = await mediaFileResponse(new Request("http://kabar.test/file"), row, {
      download: true,
      cache: "private",
    });
    expect(answer.headers.get("content-type")).toBe("image/png");
    expect(answer.headers.get("content-disposition")).toBe(
      `attachment; filename="stored-before.png"; filename*=UTF-8''stored-before.png`,
    );
    await answer.body?.cancel();
  });

  it("refuses an image that does not decode before Damcorp gets it: a truncated PNG", async () => {
    const user = await createUser();
    const before = await db.mediaAsset.count();
    const whole = makePng(nextSeed());
    for (const bytes of [whole.subarray(0, 11), whole.subarray(0, whole.length - 20)]) {
      await expect(upload(bytes, "cut.png", user)).rejects.toMatchObject({
        code: "damaged_image",
        message: expect.stringMatching(/^The image cannot be read: it is damaged or cut short/),
      });
    }
    expect(await db.mediaAsset.count()).toBe(before);
    expect(await tempFiles()).toEqual([]);
    const uploads = (await sandbox.requests()).filter((r) => r.path === "/whatsapp/uploadMedia");
    expect(uploads).toEqual([]);
  });

  it("refuses a body cut short of its declared length", async () => {
    const user = await createUser();
    const bytes = makePdf(nextSeed());
    await expect(
      upload(bytes, "cut.pdf", user, { declaredSize: bytes.length + 500 }),
    ).rejects.toMatchObject({
      code: "incomplete",
      message: expect.stringContaining("The upload was cut short"),
    });
    expect(await tempFiles()).toEqual([]);
  });
});

describe("temp files of uploads that never finished", () => {
  it("are swept once they are a day old, and fresh ones are left alone", async () => {
    const { mkdir, writeFile } = await import("node:fs/promises");
    const dir = path.join(dataDir(), "media", "tmp");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "crashed.part"), "half an upload");
    const later = Date.now() + 2 * 60 * 60 * 1000; // past the hourly throttle, file 2 h old
    expect(await sweepStaleTempFiles(later)).toBe(0);
    expect(await tempFiles()).toEqual(["crashed.part"]);
    const nextDay = Date.now() + 26 * 60 * 60 * 1000;
    expect(await sweepStaleTempFiles(nextDay)).toBe(1);
    expect(await tempFiles()).toEqual([]);
  });
});

describe("deduplication by content hash", () => {
  it("returns the existing item for the same bytes, and restores it when it was deleted", async () => {
    const user = await createUser();
    const bytes = makePdf(nextSeed());
    const first = await upload(bytes, "first.pdf", user);
    const again = await upload(bytes, "renamed copy.pdf", user);
    expect(again).toMatchObject({ duplicate: true, restored: false });
    expect(again.asset.id).toBe(first.asset.id);
    expect(again.asset.name).toBe("first.pdf");

    await deleteMedia(first.asset.id, { user, ip: null });
    expect((await listMedia({})).items.map((i) => i.id)).not.toContain(first.asset.id);
    const restored = await upload(bytes, "third.pdf", user);
    expect(restored).toMatchObject({ duplicate: true, restored: true });
    expect(restored.asset.deletedAt).toBeNull();

    expect(await db.mediaAsset.count({ where: { sha256: sha256(bytes) } })).toBe(1);
    const files = await readdir(path.join(dataDir(), "media"));
    expect(files.filter((f) => f === sha256(bytes))).toHaveLength(1);
  });

  it("keeps one row when the same bytes arrive twice at once", async () => {
    const user = await createUser();
    const bytes = makePdf(nextSeed());
    const [a, b] = await Promise.all([upload(bytes, "a.pdf", user), upload(bytes, "b.pdf", user)]);
    expect(a.asset.id).toBe(b.asset.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
  });
});

describe("Damcorp uploadMedia", () => {
  it("uploads images with the default sender's token; the media ID downloads back to the same bytes", async () => {
    const user = await createUser();
    const bytes = makePng(nextSeed(), 32);
    const saved = await upload(bytes, "banner", user);
    expect(saved.damcorp).toEqual({ status: "uploaded", message: null });
    expect(saved.asset.name).toBe("banner.png");
    expect(saved.asset.damcorpId).toMatch(/^\d{16}$/);

    const request = await sandbox.lastRequest("/whatsapp/uploadMedia");
    expect(request?.body).toMatchObject({
      fields: { token: "sandbox-token" },
      files: [
        { field: "media", filename: "banner.png", contentType: "image/png", size: bytes.length },
      ],
    });

    const downloaded = await downloadMedia(sandbox.client(), { id: saved.asset.damcorpId! });
    expect(downloaded.outcome).toBe("accepted");
    if (downloaded.outcome === "accepted") {
      expect(Buffer.from(downloaded.media.bytes).equals(bytes)).toBe(true);
    }
  });

  it("does not send other kinds to uploadMedia (it takes JPEG/PNG only)", async () => {
    const user = await createUser();
    await upload(makeMp4(nextSeed()), "clip.mp4", user);
    expect(await sandbox.lastRequest("/whatsapp/uploadMedia")).toBeUndefined();
  });

  it("keeps the image when no sender is set up, and uploads it on retry once one is", async () => {
    const user = await createUser();
    await removeSenders();
    const saved = await upload(makePng(nextSeed()), "no-sender.png", user);
    expect(saved.damcorp.status).toBe("skipped");
    expect(saved.damcorp.message).toContain("No sender number is set up");
    expect(saved.asset.damcorpId).toBeNull();

    await useDefaultSender();
    const retried = await retryDamcorpUpload(saved.asset.id);
    expect(retried.damcorp.status).toBe("uploaded");
    expect(retried.asset.damcorpId).toMatch(/^\d{16}$/);
  });

  it("says why when Damcorp refuses, and keeps the image", async () => {
    const user = await createUser();
    await useDefaultSender("not-the-sandbox-token");
    const saved = await upload(makePng(nextSeed()), "refused.png", user);
    expect(saved.damcorp.status).toBe("failed");
    expect(saved.damcorp.message).toMatch(
      /^Damcorp did not take the image\. Damcorp did not accept the API token/,
    );
    expect(saved.asset.damcorpId).toBeNull();
    expect(saved.asset.kind).toBe("image");
  });

  it("uploads again when the same image comes back without an ID", async () => {
    const user = await createUser();
    await removeSenders();
    const bytes = makePng(nextSeed());
    const first = await upload(bytes, "later.png", user);
    expect(first.asset.damcorpId).toBeNull();
    await useDefaultSender();
    const again = await upload(bytes, "later.png", user);
    expect(again).toMatchObject({ duplicate: true, damcorp: { status: "uploaded" } });
    expect(again.asset.damcorpId).toMatch(/^\d{16}$/);
  });
});

describe("POST /api/media/upload", () => {
  function request(bytes: Uint8Array, name: string, query = "") {
    return new Request(`http://kabar.test/api/media/upload${query}`, {
      method: "POST",
      headers: {
        "content-type": "application/octet-stream",
        "content-length": String(bytes.length),
        "x-file-name": encodeURIComponent(name),
      },
      body: chunkedStream(bytes).stream,
      duplex: "half",
    } as RequestInit);
  }

  it("streams the body into the library and answers 201, then 200 for the same bytes", async () => {
    currentUser = await createUser("agent");
    const bytes = makePdf(nextSeed());
    const created = await uploadRoute(request(bytes, "Menu Ramadan ✨.pdf"), {});
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.asset).toMatchObject({ name: "Menu Ramadan ✨.pdf", kind: "document" });
    const again = await uploadRoute(request(bytes, "other.pdf"), {});
    expect(again.status).toBe(200);
    expect((await again.json()).duplicate).toBe(true);
  });

  it("refuses another kind than the one asked for, with the reason", async () => {
    currentUser = await createUser("agent");
    const response = await uploadRoute(request(makePdf(nextSeed()), "doc.pdf", "?kind=image"), {});
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "wrong_kind",
      error: "This is a PDF document. Choose an image (JPEG or PNG).",
    });
  });

  it("refuses viewers", async () => {
    currentUser = await createUser("viewer");
    const before = await db.mediaAsset.count();
    const response = await uploadRoute(request(makePdf(nextSeed()), "doc.pdf"), {});
    expect(response.status).toBe(403);
    expect(await db.mediaAsset.count()).toBe(before);
  });
});
