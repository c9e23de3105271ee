import { describe, expect, it } from "vitest";
import { formatNumber, formatRupiah } from "./numbers";

describe("numbers by language", () => {
  it("groups thousands with a dot in Indonesian and a comma in English", () => {
    expect(formatNumber(4096, "id")).toBe("4.096");
    expect(formatNumber(4096, "en")).toBe("4,096");
    expect(formatNumber(1234567.5, "id")).toBe("1.234.567,5");
    expect(formatNumber(12, "id")).toBe("12");
  });

  it("writes whole Rupiah", () => {
    expect(formatRupiah(15000, "id")).toBe("Rp\u00a015.000");
    expect(formatRupiah(1250000, "en")).toBe("Rp\u00a01,250,000");
    expect(formatRupiah(99.6, "id")).toBe("Rp\u00a0100");
  });
});
