import { describe, expect, it } from "vitest";
import { checkMediaFile, judgeMediaType } from "./check-media-file";
import {
  acceptAttribute,
  describeLimits,
  formatBytes,
  maxBytesFor,
  MAX_MEDIA_BYTES,
} from "./rules";
import { SNIFF_BYTES, sniffMediaType, typeFromName } from "./sniff";
import {
  makeAac,
  makeAmr,
  makeAnimatedWebp,
  makeDocx,
  makeJpeg,
  makeMp3,
  makeMp4,
  makeOgg,
  makeOle,
  makePdf,
  makePng,
  makeText,
  makeWebp,
} from "@/tests/support/media-files";

const MB = 1024 * 1024;
const head = (bytes: Buffer) => new Uint8Array(bytes.subarray(0, SNIFF_BYTES));
const sniff = (bytes: Buffer, name: string, claimedType?: string) =>
  sniffMediaType(head(bytes), { name, claimedType })?.mimeType ?? null;

describe("sniffMediaType reads the bytes, not the name", () => {
  it.each([
    ["JPEG", makeJpeg(), "x.bin", "image/jpeg"],
    ["PNG", makePng(), "x.bin", "image/png"],
    ["PDF", makePdf(), "x.bin", "application/pdf"],
    ["WebP", makeWebp(), "x.bin", "image/webp"],
    ["MP4", makeMp4(), "x.bin", "video/mp4"],
    ["3GPP", makeMp4(0, 64, "3gp5"), "x.bin", "video/3gpp"],
    ["M4A by brand", makeMp4(0, 64, "M4A "), "x.bin", "audio/mp4"],
    ["OGG", makeOgg(), "x.bin", "audio/ogg"],
    ["MP3 with ID3", makeMp3(), "x.bin", "audio/mpeg"],
    ["AAC ADTS", makeAac(), "x.bin", "audio/aac"],
    ["AMR", makeAmr(), "x.bin", "audio/amr"],
  ])("%s", (_label, bytes, name, expected) => {
    expect(sniff(bytes, name)).toBe(expected);
  });

  it("uses the name only to choose between formats sharing a container", () => {
    expect(sniff(makeMp4(), "voice.m4a")).toBe("audio/mp4");
    expect(sniff(makeMp4(), "clip", "audio/x-m4a")).toBe("audio/mp4");
    expect(sniff(makeDocx(), "report.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    // No hint: the package's part names tell it is a Word file.
    expect(sniff(makeDocx(), "report")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(sniff(makeOle(), "budget.xls")).toBe("application/vnd.ms-excel");
    expect(sniff(makeOle(), "mystery")).toBeNull();
  });

  it("accepts plain text only when it is named or claimed as text", () => {
    expect(sniff(makeText(), "notes.txt")).toBe("text/plain");
    expect(sniff(makeText(), "notes", "text/plain")).toBe("text/plain");
    expect(sniff(makeText(), "notes.csv", "text/csv")).toBeNull();
    expect(sniff(Buffer.from([0x61, 0x00, 0x62]), "nul.txt")).toBeNull();
    expect(sniff(Buffer.from([0xc3, 0x28]), "bad-utf8.txt")).toBeNull();
  });

  it("tolerates a character cut in half at the end of the sniffed prefix", () => {
    const text = Buffer.concat([Buffer.alloc(SNIFF_BYTES - 1, 0x61), Buffer.from("é", "utf8")]);
    expect(sniff(text, "long.txt")).toBe("text/plain");
  });

  it("tells still and animated WebP apart", () => {
    expect(sniffMediaType(head(makeWebp()), { name: "s.webp" })?.animated).toBe(false);
    expect(sniffMediaType(head(makeAnimatedWebp(300)), { name: "s.webp" })?.animated).toBe(true);
  });

  it("refuses look-alikes: plain ZIP, QuickTime, random bytes", () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("photos/a.jpg")]);
    expect(sniff(zip, "archive.zip")).toBeNull();
    expect(sniff(makeMp4(0, 64, "qt  "), "clip.mov")).toBeNull();
    expect(sniff(Buffer.from("MZ\x90\x00executable"), "setup.exe")).toBeNull();
  });

  it("maps file names to types", () => {
    expect(typeFromName("Photo.JPG")).toBe("image/jpeg");
    expect(typeFromName("song.opus")).toBe("audio/ogg");
    expect(typeFromName("README")).toBeNull();
  });
});

describe("checkMediaFile", () => {
  const check = (
    bytes: Buffer,
    name: string,
    extra: { size?: number; expectedKind?: "image" } = {},
  ) =>
    checkMediaFile({
      head: head(bytes),
      name,
      size: extra.size ?? bytes.length,
      expectedKind: extra.expectedKind,
    });

  it("accepts each kind with its type", () => {
    expect(check(makePng(), "a.png")).toMatchObject({
      ok: true,
      kind: "image",
      mimeType: "image/png",
    });
    expect(check(makeMp4(), "a.mp4")).toMatchObject({ ok: true, kind: "video" });
    expect(check(makeOgg(), "a.ogg")).toMatchObject({ ok: true, kind: "audio" });
    expect(check(makePdf(), "a.pdf")).toMatchObject({ ok: true, kind: "document" });
    expect(check(makeWebp(), "a.webp")).toMatchObject({ ok: true, kind: "sticker" });
  });

  it("applies WhatsApp's limit per kind, at the byte", () => {
    expect(check(makePng(), "a.png", { size: 5 * MB }).ok).toBe(true);
    expect(check(makePng(), "a.png", { size: 5 * MB + 1 })).toMatchObject({
      ok: false,
      code: "too_large",
      reason: "The file is slightly larger than the 5 MB WhatsApp allows for images.",
    });
    expect(check(makePng(), "a.png", { size: 6.2 * MB })).toMatchObject({
      reason: "At 6.2 MB, the file is larger than the 5 MB WhatsApp allows for images.",
    });
    expect(check(makeMp4(), "a.mp4", { size: 16 * MB + 1 })).toMatchObject({ code: "too_large" });
    expect(check(makeOgg(), "a.ogg", { size: 16 * MB }).ok).toBe(true);
    expect(check(makePdf(), "a.pdf", { size: 100 * MB }).ok).toBe(true);
    expect(check(makePdf(), "a.pdf", { size: 100 * MB + 1 })).toMatchObject({ code: "too_large" });
  });

  it("gives stickers 100 KB, or 500 KB when animated", () => {
    expect(check(makeWebp(), "s.webp", { size: 100 * 1024 }).ok).toBe(true);
    expect(check(makeWebp(), "s.webp", { size: 100 * 1024 + 1 })).toMatchObject({
      code: "too_large",
      reason: expect.stringContaining("100 KB WhatsApp allows for stickers (500 KB if animated)"),
    });
    expect(check(makeAnimatedWebp(300), "s.webp", { size: 400 * 1024 }).ok).toBe(true);
    expect(check(makeAnimatedWebp(300), "s.webp", { size: 500 * 1024 + 1 })).toMatchObject({
      code: "too_large",
      reason: expect.stringContaining("500 KB WhatsApp allows for animated stickers"),
    });
  });

  it("says why a wrongly typed file is refused", () => {
    expect(check(makeText(), "photo.png")).toEqual({
      ok: false,
      code: "type_mismatch",
      reason: "The file is named like a PNG image, but its content is not one.",
    });
    expect(check(makePdf(), "photo.png")).toMatchObject({
      code: "type_mismatch",
      reason:
        "The file is named like a PNG image, but its content is a PDF document. Rename it to end in .pdf and try again.",
    });
    expect(check(Buffer.from("MZ\x90\x00"), "setup.exe")).toMatchObject({
      code: "unsupported_type",
      reason: expect.stringMatching(
        /^“\.exe” files cannot be sent on WhatsApp\. Use images \(JPEG or PNG\)/,
      ),
    });
    expect(check(Buffer.alloc(0), "empty.pdf")).toMatchObject({ code: "empty" });
  });

  it("lets a JPEG named .png through (same kind), and an audio-only .mp4", () => {
    expect(check(makeJpeg(), "photo.png")).toMatchObject({ ok: true, mimeType: "image/jpeg" });
    expect(check(makeMp4(0, 64, "M4A "), "voice.mp4")).toMatchObject({ ok: true, kind: "audio" });
  });

  it("refuses another kind when one is expected", () => {
    expect(check(makePdf(), "a.pdf", { expectedKind: "image" })).toMatchObject({
      code: "wrong_kind",
      reason: "This is a PDF document. Choose an image (JPEG or PNG).",
    });
  });

  it("judges the type from the head alone (the server's first step)", () => {
    expect(judgeMediaType({ head: head(makePng()), name: "a.png" })).toMatchObject({
      ok: true,
      maxBytes: 5 * MB,
    });
  });
});

describe("rules helpers", () => {
  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(100 * 1024)).toBe("100 KB");
    expect(formatBytes(1.5 * MB)).toBe("1.5 MB");
    expect(formatBytes(16 * MB)).toBe("16 MB");
  });

  it("knows the largest file and the per-type limits", () => {
    expect(MAX_MEDIA_BYTES).toBe(100 * MB);
    expect(maxBytesFor("image/webp", true)).toBe(500 * 1024);
    expect(maxBytesFor("audio/amr")).toBe(16 * MB);
  });

  it("builds accept attributes and limit hints", () => {
    expect(acceptAttribute("image")).toBe("image/jpeg,.jpg,.jpeg,image/png,.png");
    expect(describeLimits("sticker")).toEqual(["Stickers: WebP, up to 100 KB (500 KB animated)"]);
    expect(describeLimits()).toHaveLength(5);
  });
});
