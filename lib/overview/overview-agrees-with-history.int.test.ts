// Every figure on the overview links into History with a filter; this holds each figure against
// what History's own queries (the ones its list and export run) count for that filter, on a seeded
// database, from the sends and from the hourly rollup. The reference in get-overview.int.test.ts is
// a JavaScript re-implementation; this one is History itself, so the two screens cannot drift apart.
import { beforeAll, describe, expect, it } from "vitest";
import { SEND_OUTCOMES } from "@/lib/vocabulary/sends";
import { historySearch, type HistoryFilterField } from "@/lib/history/filter-href";
import { filterOf, parseHistoryQuery } from "@/lib/history/filter-schema";
import { and, buildSendConditions, sendSource } from "@/lib/history/query/send-conditions";
import { countSends } from "@/lib/history/query/select-sends";
import { createHistoryFixture } from "@/tests/support/history-fixture";
import type { OverviewData } from "./overview-data";
import { loadOverview } from "./query/load-overview";
import { rebuildOverviewRollup } from "./rebuild-rollup";

const { db } = await import("@/lib/db/client");

const END = new Date("2026-03-15T00:00:00Z");
const ZONE = "Asia/Jakarta";
const range = { from: "2026-03-03", to: "2026-03-12" };
const environmentSender = { label: "Environment", number: null };

beforeAll(async () => {
  await createHistoryFixture(db, { count: 400, end: END, days: 14, tag: "agree" });
  await rebuildOverviewRollup(db);
});

type Values = Partial<Record<HistoryFilterField, string>>;

async function conditionsOf(values: Values) {
  const parsed = parseHistoryQuery(Object.fromEntries(new URLSearchParams(historySearch(values))));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildSendConditions(db, filterOf(parsed.query), ZONE);
}

/** Sends History lists for the filter (its list's and export's count). */
async function historySends(values: Values): Promise<number> {
  return countSends(db, await conditionsOf(values));
}

/** Recipients with `status` inside the sends History lists for the filter. */
async function historyRecipients(values: Values, status: string): Promise<number> {
  const source = sendSource(await conditionsOf(values));
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM "SendRecipient" rr WHERE rr."status" = ${status}
      AND rr."sendId" IN (SELECT s."id" FROM ${source.from} WHERE ${and(source.where)})`;
  return Number(rows[0]?.n ?? 0);
}

async function expectAgreement(data: OverviewData) {
  expect(data.totals.all).toBeGreaterThan(0);
  expect(data.totals.all).toBe(await historySends(range));
  for (const outcome of SEND_OUTCOMES) {
    expect(data.totals[outcome], outcome).toBe(await historySends({ ...range, outcome }));
  }
  for (const day of data.days) {
    const one = { from: day.day, to: day.day };
    const dayTotal = SEND_OUTCOMES.reduce((sum, o) => sum + day[o], 0);
    expect(dayTotal, day.day).toBe(await historySends(one));
    for (const outcome of SEND_OUTCOMES) {
      expect(day[outcome], `${day.day} ${outcome}`).toBe(await historySends({ ...one, outcome }));
    }
  }
  expect(data.failureReasons.length).toBeGreaterThan(0);
  for (const reason of data.failureReasons) {
    if (reason.unit === "sends") {
      expect(reason.count, reason.code).toBe(
        await historySends({ ...range, errorCode: reason.code }),
      );
    } else {
      // A recipient result counts recipients; its link lists the sends that hold them.
      expect(reason.count, reason.code).toBe(
        await historyRecipients({ ...range, status: reason.code }, reason.code),
      );
      expect(await historySends({ ...range, status: reason.code })).toBeLessThanOrEqual(
        reason.count,
      );
    }
  }
  expect(data.templates.length).toBeGreaterThan(0);
  for (const template of data.templates) {
    expect(template.count, template.name).toBe(
      await historySends({ ...range, template: template.name }),
    );
  }
  expect(data.senders.length).toBeGreaterThan(0);
  for (const sender of data.senders) {
    expect(sender.count, sender.id).toBe(await historySends({ ...range, sender: sender.id }));
  }
}

describe("the overview agrees with History", () => {
  it("counted from the sends", async () => {
    await expectAgreement(
      await loadOverview(db, range, { timeZone: ZONE, environmentSender, fromSends: true }),
    );
  });

  it("counted from the hourly rollup", async () => {
    await expectAgreement(await loadOverview(db, range, { timeZone: ZONE, environmentSender }));
  });
});
