import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/cursor";
import { filterOf, historyHref, parseHistoryQuery } from "./filter-schema";

describe("parseHistoryQuery", () => {
  it("parses every filter and drops empty ones", () => {
    const parsed = parseHistoryQuery(
      new URLSearchParams({
        from: "2026-03-01",
        to: "2026-03-05",
        outcome: "failed",
        status: "invalid",
        errorCode: "725",
        kind: "hsm",
        template: "order_confirmation",
        sender: "env",
        user: "cmuser0001",
        recipient: "0812 34",
        empty: "",
        outcomeless: "",
      }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      query: {
        from: "2026-03-01",
        to: "2026-03-05",
        outcome: "failed",
        status: "invalid",
        errorCode: "725",
        kind: "hsm",
        template: "order_confirmation",
        sender: "env",
        user: "cmuser0001",
        recipient: "6281234",
      },
    });
  });

  it("takes the first value of a repeated parameter (Next's searchParams)", () => {
    const parsed = parseHistoryQuery({ kind: ["image", "text"], outcome: undefined });
    expect(parsed).toMatchObject({ ok: true, query: { kind: "image" } });
  });

  it("names each field that is wrong and keeps what was typed", () => {
    const parsed = parseHistoryQuery({
      from: "2026-02-30",
      outcome: "delivered",
      recipient: "08x",
      kind: "fax",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      from: "This date does not exist",
      outcome: "Choose an outcome from the list",
      recipient: "Type digits only (spaces, dashes and a leading + are fine)",
      kind: "Choose a message kind from the list",
    });
    expect(parsed.values.recipient).toBe("08x");
  });

  it("refuses an end date before the start date", () => {
    const parsed = parseHistoryQuery({ from: "2026-03-05", to: "2026-03-01" });
    expect(parsed).toMatchObject({
      ok: false,
      errors: { to: "The end date is before the start date" },
    });
  });

  it("reads cursors and refuses forged ones", () => {
    const at = new Date("2026-03-01T10:00:00.123Z");
    const parsed = parseHistoryQuery({ after: encodeCursor({ at, id: "cabc123" }) });
    expect(parsed).toMatchObject({ ok: true, query: { after: { at, id: "cabc123" } } });
    expect(parsed.ok && filterOf(parsed.query)).toEqual({});
    expect(parseHistoryQuery({ before: "1' OR 1=1" }).ok).toBe(false);
  });

  it("builds links that parse back to the same filter", () => {
    const href = historyHref({ from: "2026-03-01", errorCode: "725", template: "a b&c" });
    expect(href).toBe("/history?from=2026-03-01&errorCode=725&template=a+b%26c");
    const parsed = parseHistoryQuery(new URL(href, "http://x").searchParams);
    expect(parsed).toMatchObject({ ok: true, query: { template: "a b&c" } });
  });
});
