import { beforeAll, describe, expect, it } from "vitest";
import { SEND_OUTCOMES } from "@/lib/vocabulary/sends";
import {
  createHistoryFixture,
  referenceFilter,
  type HistoryFixture,
} from "@/tests/support/history-fixture";
import { parseOverviewRange } from "./range-schema";
import { loadOverview } from "./query/load-overview";
import { rollupCovers } from "./query/rollup-queries";
import { rebuildOverviewRollup } from "./rebuild-rollup";

const { db } = await import("@/lib/db/client");
const { getOverview } = await import("./get-overview");

const END = new Date("2026-03-15T00:00:00Z");
let fx: HistoryFixture;

beforeAll(async () => {
  fx = await createHistoryFixture(db, {
    count: 500,
    end: END,
    days: 14,
    tag: "overview",
  });
});

/** Counts by key of the sends a history filter returns (the links' promise). */
function countBy<T>(items: T[], key: (item: T) => string | null | undefined) {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe("overview", () => {
  const range = { from: "2026-03-05", to: "2026-03-12" };

  it("counts sends per day by outcome in the viewer's zone", async () => {
    const data = await getOverview(range, "Asia/Jakarta");
    expect(data.days.map((d) => d.day)).toEqual([
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
    ]);
    for (const day of data.days) {
      for (const outcome of SEND_OUTCOMES) {
        const expected = referenceFilter(fx.sends, { from: day.day, to: day.day, outcome });
        expect(day[outcome], `${day.day} ${outcome}`).toBe(expected.length);
      }
    }
    expect(data.totals.all).toBe(referenceFilter(fx.sends, range).length);
    expect(data.totals.failed).toBe(
      referenceFilter(fx.sends, { ...range, outcome: "failed" }).length,
    );
  });

  it("moves sends across days with the zone", async () => {
    const jakarta = await getOverview(range, "Asia/Jakarta");
    const london = await getOverview(range, "Europe/London");
    const inLondon = fx.sends.filter((s) => {
      const t = s.createdAt.getTime();
      return t >= Date.parse("2026-03-05T00:00:00Z") && t < Date.parse("2026-03-13T00:00:00Z");
    });
    expect(london.totals.all).toBe(inLondon.length);
    expect(london.totals.all).not.toBe(jakarta.totals.all);
  });

  it("breaks failures down by code, and unreached recipients by result", async () => {
    const data = await getOverview(range, "Asia/Jakarta");
    const inRange = referenceFilter(fx.sends, range);
    const codes = countBy(inRange, (s) => s.errorCode);
    const sendReasons = data.failureReasons.filter((r) => r.unit === "sends");
    expect(new Map(sendReasons.map((r) => [r.code, r.count]))).toEqual(codes);
    for (const reason of sendReasons) {
      // Each bar's count is what its link into History shows.
      expect(reason.count).toBe(
        referenceFilter(fx.sends, { ...range, errorCode: reason.code }).length,
      );
      expect(reason.title).not.toMatch(/^Damcorp error/);
    }
    const recipients = inRange.flatMap((s) => s.recipients);
    const invalid = data.failureReasons.find((r) => r.code === "invalid");
    expect(invalid?.count ?? 0).toBe(recipients.filter((r) => r.status === "invalid").length);
    expect(invalid?.title).toBe("Invalid number");
    const counts = data.failureReasons.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("ranks templates and totals senders, the environment sender included", async () => {
    const data = await getOverview(range, "Asia/Jakarta");
    const inRange = referenceFilter(fx.sends, range);
    const templates = [...countBy(inRange, (s) => s.templateName)].sort((a, b) => b[1] - a[1]);
    expect(data.templates.map((t) => t.count)).toEqual(templates.slice(0, 10).map(([, n]) => n));
    for (const t of data.templates) {
      expect(t.count).toBe(referenceFilter(fx.sends, { ...range, template: t.name }).length);
    }
    const senders = countBy(inRange, (s) => s.senderNumberId ?? "env");
    expect(new Map(data.senders.map((s) => [s.id, s.count]))).toEqual(senders);
    expect(data.senders.find((s) => s.id === "env")?.label).toBe("Environment sender");
    expect(data.senders.find((s) => s.id === fx.senderIds[0])?.label).toBe("Line 1 overview");
  });

  const environmentSender = { label: "Environment sender", number: null };
  const fromRollup = (timeZone: string) => loadOverview(db, range, { timeZone, environmentSender });
  const fromSends = (timeZone: string) =>
    loadOverview(db, range, { timeZone, environmentSender, fromSends: true });

  it("reads whole-hour days from the hourly rollup, which says what the sends say", async () => {
    expect(rollupCovers(range, "Asia/Jakarta")).toBe(true);
    expect(rollupCovers(range, "Asia/Makassar")).toBe(true);
    // India's days start at half past an hour: the overview counts the sends themselves.
    expect(rollupCovers(range, "Asia/Kolkata")).toBe(false);
    expect(await fromRollup("Asia/Jakarta")).toEqual(await fromSends("Asia/Jakarta"));
    expect(await fromRollup("Asia/Kolkata")).toEqual(await fromSends("Asia/Kolkata"));
  });

  it("keeps the rollup exact as results change and sends go, and a rebuild changes nothing", async () => {
    const inRange = referenceFilter(fx.sends, range);
    const failed = inRange.filter((s) => s.outcome === "failed").slice(0, 3);
    for (const send of failed) {
      await db.send.update({
        where: { id: send.id },
        data: { outcome: "sent", errorCode: null, templateName: "rollup_moved" },
      });
    }
    const withRecipients = inRange.find((s) => s.recipients.some((r) => r.status === "invalid"));
    if (withRecipients) {
      await db.sendRecipient.updateMany({
        where: { sendId: withRecipients.id, status: "invalid" },
        data: { status: "sent" },
      });
    }
    const gone = inRange.find((s) => !failed.includes(s) && s !== withRecipients)!;
    await db.send.delete({ where: { id: gone.id } });

    const expected = await fromSends("Asia/Jakarta");
    expect(expected.templates.find((t) => t.name === "rollup_moved")?.count).toBe(failed.length);
    expect(await fromRollup("Asia/Jakarta")).toEqual(expected);
    const rebuilt = await rebuildOverviewRollup(db);
    expect(rebuilt.rows).toBeGreaterThan(0);
    expect(await fromRollup("Asia/Jakarta")).toEqual(expected);
  });

  it("defaults to the last 30 days and refuses a reversed or too long range", () => {
    const now = new Date("2026-03-15T03:00:00Z");
    expect(parseOverviewRange({}, "Asia/Jakarta", now)).toMatchObject({
      ok: true,
      range: { from: "2026-02-14", to: "2026-03-15" },
    });
    expect(parseOverviewRange({ from: "2026-03-10", to: "2026-03-01" }, "UTC", now)).toMatchObject({
      ok: false,
      errors: { to: "The end date is before the start date" },
    });
    expect(parseOverviewRange({ from: "2024-01-01", to: "2026-03-01" }, "UTC", now)).toMatchObject({
      ok: false,
      errors: { from: "Choose at most 366 days" },
    });
  });
});
