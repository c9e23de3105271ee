import { describe, expect, it } from "vitest";
import { cleanMediaName } from "./clean-media-name";
import { contentDisposition, parseRange } from "./http-headers";

describe("cleanMediaName", () => {
  it("keeps a normal name as it is", () => {
    expect(cleanMediaName("Menu Ramadan ✨.pdf", "application/pdf")).toBe("Menu Ramadan ✨.pdf");
  });

  it("drops folders, control characters and extra spaces", () => {
    expect(cleanMediaName("C:\\Users\\ayu\\promo.png", "image/png")).toBe("promo.png");
    expect(cleanMediaName("../../etc/passwd", "text/plain")).toBe("passwd.txt");
    expect(cleanMediaName("a\u0000b\n  c.jpg", "image/jpeg")).toBe("ab c.jpg");
  });

  it("adds the type's ending when there is none, and names nameless files", () => {
    expect(cleanMediaName("banner", "image/png")).toBe("banner.png");
    expect(cleanMediaName("   ", "video/mp4")).toBe("media.mp4");
    expect(cleanMediaName("..", "application/pdf")).toBe("media.pdf");
  });

  it("ends in the extension of the type read from the bytes, whatever the name said", () => {
    expect(cleanMediaName("promo.html", "image/png")).toBe("promo.png");
    expect(cleanMediaName("invoice.pdf.exe", "application/pdf")).toBe("invoice.pdf.pdf");
    expect(cleanMediaName("photo.JPEG", "image/jpeg")).toBe("photo.JPEG");
    expect(cleanMediaName("photo.jpg", "image/png")).toBe("photo.png");
  });

  it("shortens long names but keeps their ending", () => {
    const name = cleanMediaName(
      `${"x".repeat(300)}.docx`,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(name).toHaveLength(180);
    expect(name.endsWith("….docx")).toBe(true);
  });
});

describe("parseRange", () => {
  it("reads single byte ranges", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange("bytes=990-5000", 1000)).toEqual({ start: 990, end: 999 });
  });

  it("answers the whole file without a usable header, and 416 for impossible ranges", () => {
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange("bytes=0-1,5-6", 1000)).toBeNull();
    expect(parseRange("bytes=1000-", 1000)).toBe("invalid");
    expect(parseRange("bytes=5-4", 1000)).toBe("invalid");
    expect(parseRange("bytes=-0", 1000)).toBe("invalid");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("attachment", 'Daftar "harga" é.pdf')).toBe(
      `attachment; filename="Daftar _harga_ _.pdf"; filename*=UTF-8''Daftar%20%22harga%22%20%C3%A9.pdf`,
    );
  });
});
