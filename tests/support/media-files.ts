// Small, header-valid media files made in code for the unit, integration and browser tests
// (no binary fixtures in the repository). Test-only: nothing in the app imports this.
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG of `size`×`size` pixels in one colour; `seed` changes the colour (and so the bytes),
 * which keeps tests independent of the deduplication by content hash.
 */
export function makePng(seed = 0, size = 16): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const [r, g, b] = [(seed * 53) % 256, (120 + seed * 97) % 256, (200 + seed * 31) % 256];
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(size * 3).fill(Buffer.from([r, g, b])),
  ]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(pixels)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A valid 1×1 baseline JPEG; `seed` is written into a comment segment to vary the bytes. */
export function makeJpeg(seed = 0): Buffer {
  const base = Buffer.from(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////" +
      "////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB" +
      "PxA=",
    "base64",
  );
  const text = Buffer.from(`kabar test ${seed}`, "ascii");
  const comment = Buffer.alloc(4);
  comment.set([0xff, 0xfe], 0);
  comment.writeUInt16BE(text.length + 2, 2);
  // SOI, then the comment, then the rest of the original file.
  return Buffer.concat([base.subarray(0, 2), comment, text, base.subarray(2)]);
}

/** A minimal PDF with one empty page. */
export function makePdf(seed = 0): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% kabar test ${seed}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n` +
      "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
      "trailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}

function riff(form: string, chunks: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from(form, "ascii"), ...chunks]);
  const header = Buffer.alloc(8);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(type, 0, "ascii");
  header.writeUInt32LE(data.length, 4);
  const pad = data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0);
  return Buffer.concat([header, data, pad]);
}

/** A valid 1×1 lossless WebP (a still sticker); `padTo` grows it with a trailing EXIF chunk. */
export function makeWebp(seed = 0, padTo = 0): Buffer {
  const vp8l = Buffer.from("LwAAABAHEBERiIj+BwA=", "base64").subarray(0, 13); // 1×1 lossless
  const chunks = [riffChunk("VP8L", vp8l)];
  const small = riff("WEBP", chunks);
  const tagBytes = Math.max(4, padTo - small.length - 8);
  const tag = Buffer.alloc(tagBytes);
  tag.write(`kabar ${seed}`, 0, "ascii");
  return riff("WEBP", [...chunks, riffChunk("EXIF", tag)]);
}

/** The header of an animated WebP (VP8X with the animation flag and an ANIM chunk). */
export function makeAnimatedWebp(size: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x02; // animation flag
  const anim = Buffer.alloc(6);
  const filler = Buffer.alloc(Math.max(0, size - 50));
  return riff("WEBP", [
    riffChunk("VP8X", vp8x),
    riffChunk("ANIM", anim),
    riffChunk("ANMF", filler),
  ]);
}

function isoBox(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + data.length, 0);
  header.write(type, 4, "ascii");
  return Buffer.concat([header, data]);
}

/** An MP4 (or 3GP / M4A by `brand`) with an ftyp box and an empty mdat of `size` bytes. */
export function makeMp4(seed = 0, size = 64, brand = "isom"): Buffer {
  const ftyp = isoBox(
    "ftyp",
    Buffer.concat([
      Buffer.from(brand, "ascii"),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from("isomiso2mp41"),
    ]),
  );
  const free = isoBox("free", Buffer.from(`kabar ${seed}`, "ascii"));
  return Buffer.concat([ftyp, free, isoBox("mdat", Buffer.alloc(Math.max(0, size - 48)))]);
}

/** An Ogg page header followed by an Opus identification header. */
export function makeOgg(seed = 0): Buffer {
  const page = Buffer.alloc(28);
  page.write("OggS", 0, "ascii");
  page[5] = 0x02; // beginning of stream
  page.writeUInt32LE(seed, 14); // serial number
  page[26] = 1;
  page[27] = 19;
  const opusHead = Buffer.concat([
    Buffer.from("OpusHead", "ascii"),
    Buffer.from([1, 1, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0]),
  ]);
  return Buffer.concat([page, opusHead]);
}

/** An MP3: an ID3v2 tag then one MPEG-1 layer III frame header. */
export function makeMp3(seed = 0): Buffer {
  const tag = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 10]);
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  frame.write(`kabar ${seed}`, 8, "ascii");
  return Buffer.concat([tag, Buffer.alloc(10), frame]);
}

/** One AAC ADTS frame header. */
export function makeAac(seed = 0): Buffer {
  const frame = Buffer.alloc(64);
  frame.set([0xff, 0xf1, 0x50, 0x80, 0x08, 0x1f, 0xfc]);
  frame.write(`kabar ${seed}`, 16, "ascii");
  return frame;
}

export function makeAmr(seed = 0): Buffer {
  return Buffer.concat([Buffer.from("#!AMR\n", "ascii"), Buffer.from(`kabar ${seed}`)]);
}

/** The start of an OOXML (.docx) package: a ZIP local header for [Content_Types].xml. */
export function makeDocx(seed = 0): Buffer {
  const header = Buffer.alloc(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 20, 0]);
  const name = Buffer.from("[Content_Types].xml", "ascii");
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, Buffer.from(`<Types seed="${seed}"/>word/document.xml`)]);
}

/** The start of a legacy Office (OLE compound) file. */
export function makeOle(seed = 0): Buffer {
  return Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from(`kabar ${seed}`),
  ]);
}

export function makeText(seed = 0): Buffer {
  return Buffer.from(`Halo! Ini catatan uji ${seed} — tanpa masalah.\n`, "utf8");
}

/** Repeats `file` with trailing filler up to `size` bytes (the header stays valid). */
export function padTo(file: Buffer, size: number): Buffer {
  return size <= file.length ? file : Buffer.concat([file, Buffer.alloc(size - file.length)]);
}
