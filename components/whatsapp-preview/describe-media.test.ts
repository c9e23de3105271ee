import { describe, expect, it } from "vitest";
import { describeMedia, typeLabel } from "./describe-media";

describe("describeMedia", () => {
  it("shows a library item through its preview URL", () => {
    expect(
      describeMedia({
        source: "library",
        assetId: "a1",
        name: "brosur-promo.pdf",
        mimeType: "application/pdf",
        previewUrl: "/api/media/a1/content",
      }),
    ).toEqual({ src: "/api/media/a1/content", name: "brosur-promo.pdf", type: "PDF" });
  });

  it("shows an https URL itself and names the file after its last path segment", () => {
    expect(
      describeMedia({ source: "url", url: "https://cdn.example/files/Laporan%20Mei.pdf" }),
    ).toEqual({
      src: "https://cdn.example/files/Laporan%20Mei.pdf",
      name: "Laporan Mei.pdf",
      type: "PDF",
    });
  });

  it("does not load plain-http URLs (the page's CSP blocks them) but names them", () => {
    const view = describeMedia({ source: "url", url: "http://cdn.example/a.jpg" });
    expect(view.src).toBeUndefined();
    expect(view.placeholder).toBe("http://cdn.example/a.jpg");
  });

  it("shows a bare media ID as a placeholder tile", () => {
    expect(describeMedia({ source: "id", mediaId: "3346680831234567" })).toEqual({
      name: "Damcorp media 3346680831234567",
      type: "",
      placeholder: "Damcorp media 3346680831234567",
    });
  });

  it("says when nothing is chosen", () => {
    expect(describeMedia(undefined, "Document").placeholder).toBe("Not chosen yet");
  });
});

describe("typeLabel", () => {
  it("prefers the MIME type, then the extension", () => {
    expect(
      typeLabel("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "x"),
    ).toBe("XLSX");
    expect(typeLabel(undefined, "video.mp4")).toBe("MP4");
    expect(typeLabel("image/png", "noext")).toBe("PNG");
    expect(typeLabel(undefined, "noext")).toBe("");
  });
});
