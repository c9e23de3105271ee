import { describe, expect, it } from "vitest";
import { matchesSearch } from "./search";
import type { TicketCard } from "./types";

const card: TicketCard = {
  code: "1060",
  status: "processing",
  problem: "Barang yang diterima tidak sesuai pesanan",
  customerName: "Arif Rahman",
  customerNumber: "628527927011",
  operatorName: "Sari Wulandari",
  responses: 5,
  createdAt: "2026-11-26T11:36:02.000Z",
  closedAt: null,
};

describe("search over loaded tickets", () => {
  it("matches customer name, problem and code, in any case, every word", () => {
    expect(matchesSearch(card, "arif")).toBe(true);
    expect(matchesSearch(card, "RAHMAN arif")).toBe(true);
    expect(matchesSearch(card, "tidak sesuai")).toBe(true);
    expect(matchesSearch(card, "#1060")).toBe(true);
    expect(matchesSearch(card, "arif budi")).toBe(false);
    expect(matchesSearch(card, "Sari")).toBe(false); // the operator is not searched
  });

  it("matches the number however it is typed", () => {
    for (const typed of [
      "628527927011",
      "08527927011",
      "0852-7927-011",
      "+62 852 7927",
      "8527927",
    ]) {
      expect(matchesSearch(card, typed), typed).toBe(true);
    }
    expect(matchesSearch(card, "0811")).toBe(false);
  });

  it("lets an empty query through", () => {
    expect(matchesSearch(card, "  ")).toBe(true);
  });
});
