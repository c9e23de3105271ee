import { beforeAll, describe, expect, it } from "vitest";
import { parseHistoryQuery, type HistoryQuery } from "./filter-schema";
import {
  createHistoryFixture,
  referenceFilter,
  type HistoryFixture,
} from "@/tests/support/history-fixture";
import { realisticSend } from "@/lib/demo-data/realistic-sends";

const { db } = await import("@/lib/db/client");
const { listSendsPage } = await import("./query/list-sends-page");
const { buildSendConditions } = await import("./query/send-conditions");

const END = new Date("2026-03-15T00:00:00Z");
const PAGE = 17;
const environmentSender = { label: "Environment sender", number: "+6281100000009" };
let fx: HistoryFixture;

beforeAll(async () => {
  fx = await createHistoryFixture(db, { count: 420, end: END, days: 10 });
});

function query(params: Record<string, string>): HistoryQuery {
  const parsed = parseHistoryQuery(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
}

async function page(q: HistoryQuery, recipientCandidateLimit?: number) {
  return listSendsPage(db, q, {
    timeZone: "Asia/Jakarta",
    pageSize: PAGE,
    environmentSender,
    recipientCandidateLimit,
  });
}

/** Every id of a filter, following "Older" links from the newest page to the last. */
async function walkOlder(params: Record<string, string>, recipientCandidateLimit?: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const result = await page(
      query(cursor ? { ...params, after: cursor } : params),
      recipientCandidateLimit,
    );
    ids.push(...result.rows.map((r) => r.id));
    if (!result.olderCursor) return ids;
    expect(result.rows).toHaveLength(PAGE);
    cursor = result.olderCursor;
  }
  throw new Error("paging did not end");
}

describe("keyset paging", () => {
  it("returns every send exactly once, newest first, across pages", async () => {
    const ids = await walkOlder({});
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(referenceFilter(fx.sends, {}).map((s) => s.id));
  });

  it("walks back to the newest page with Newer links", async () => {
    const expected = referenceFilter(fx.sends, {}).map((s) => s.id);
    // Start from the third page, go newer until the newest.
    let current = await page(query({}));
    current = await page(query({ after: current.olderCursor! }));
    current = await page(query({ after: current.olderCursor! }));
    expect(current.rows.map((r) => r.id)).toEqual(expected.slice(2 * PAGE, 3 * PAGE));
    const previous = await page(query({ before: current.newerCursor! }));
    expect(previous.rows.map((r) => r.id)).toEqual(expected.slice(PAGE, 2 * PAGE));
    expect(previous.newerCursor).not.toBeNull();
    // Fewer than a page newer than the second page: the newest page is shown.
    const newest = await page(query({ before: previous.newerCursor! }));
    expect(newest.rows.map((r) => r.id)).toEqual(expected.slice(0, PAGE));
    expect(newest.newerCursor).toBeNull();
  });

  it("describes each send with its sender, user and recipient results", async () => {
    const ids = await walkOlder({});
    const result = await page(query({}));
    for (const row of result.rows) {
      const sent = fx.sends.find((s) => s.id === row.id)!;
      expect(row.recipientCount).toBe(sent.recipients.length);
      expect(row.statusCounts.reduce((n, c) => n + c.count, 0)).toBe(sent.recipients.length);
      expect(row.recipients.length).toBe(Math.min(3, sent.recipients.length));
      if (sent.senderNumberId === null) expect(row.sender).toMatchObject(environmentSender);
      else expect(row.sender.label).toMatch(/^Line \d fixture$/);
      expect(row.user?.name).toMatch(/fixture$/);
    }
    expect(ids.length).toBeGreaterThan(PAGE);
  });

  it("stays stable when new sends arrive while paging", async () => {
    const first = await page(query({}));
    const expectedSecond = referenceFilter(fx.sends, {})
      .slice(PAGE, 2 * PAGE)
      .map((s) => s.id);
    const pools = { userIds: fx.userIds, senderIds: [fx.senderIds[0]!], customers: fx.customers };
    const fresh = await fx.add(
      [1, 2, 3, 4, 5].map((i) => realisticSend(fx.rng, new Date(END.getTime() + i * 1000), pools)),
    );
    const second = await page(query({ after: first.olderCursor! }));
    expect(second.rows.map((r) => r.id)).toEqual(expectedSecond);
    const newest = await page(query({}));
    expect(newest.rows.slice(0, 5).map((r) => r.id)).toEqual(fresh.map((s) => s.id).reverse());
  });
});

describe("filters", () => {
  const some = () => {
    const failed = fx.sends.find((s) => s.errorCode)!;
    const hsm = fx.sends.find((s) => s.templateName)!;
    const multi = fx.sends.find((s) => s.recipients.length > 1)!;
    return { failed, hsm, multi };
  };

  const cases: [string, () => Record<string, string>][] = [
    ["date range", () => ({ from: "2026-03-08", to: "2026-03-10" })],
    ["start date only", () => ({ from: "2026-03-12" })],
    ["end date only", () => ({ to: "2026-03-07" })],
    ["outcome sent", () => ({ outcome: "sent" })],
    ["outcome failed", () => ({ outcome: "failed" })],
    ["outcome partial", () => ({ outcome: "partial" })],
    ["outcome unknown", () => ({ outcome: "unknown" })],
    ["error code", () => ({ errorCode: some().failed.errorCode! })],
    ["kind", () => ({ kind: "image" })],
    ["template", () => ({ template: some().hsm.templateName! })],
    ["sender number", () => ({ sender: fx.senderIds[1]! })],
    ["environment sender", () => ({ sender: "env" })],
    ["user", () => ({ user: fx.userIds[2]! })],
    ["recipient result invalid", () => ({ status: "invalid" })],
    ["recipient result sent", () => ({ status: "sent" })],
    ["full recipient number", () => ({ recipient: some().multi.recipients[1]!.to })],
    [
      "recipient written 08…",
      () => ({ recipient: `0${some().multi.recipients[0]!.to.slice(2, 7)}` }),
    ],
    [
      "recipient written +62…",
      () => ({ recipient: `+62 ${some().multi.recipients[0]!.to.slice(2, 6)}` }),
    ],
    [
      "combined",
      () => ({
        from: "2026-03-06",
        to: "2026-03-13",
        kind: "hsm",
        sender: fx.senderIds[0]!,
        status: "sent",
      }),
    ],
  ];

  for (const [name, params] of cases) {
    it(`filters by ${name}`, async () => {
      const p = params();
      const expected = referenceFilter(fx.sends, query(p)).map((s) => s.id);
      expect(expected.length, "the fixture has matching sends").toBeGreaterThan(0);
      expect(expected.length, "the filter leaves sends out").toBeLessThan(fx.sends.length);
      expect(await walkOlder(p)).toEqual(expected);
      if (p.recipient || p.status) {
        // The other recipient plan (walk sends, check recipients) gives the same answer.
        expect(await walkOlder(p, 0)).toEqual(expected);
      }
    });
  }

  it("starts from the rarer recipient condition when the number matches many", async () => {
    // Every fixture number starts with 628: too many to start from with a limit of 60, while
    // invalid recipients are few, so the (status, createdAt) index drives the query.
    const p = { recipient: "0812", status: "invalid" };
    const recipients = fx.sends.flatMap((s) => s.recipients);
    const byNumber = recipients.filter((r) => r.to.startsWith("62812")).length;
    const byStatus = recipients.filter((r) => r.status === "invalid").length;
    expect(byNumber).toBeGreaterThan(60);
    expect(byStatus).toBeLessThanOrEqual(60);
    const expected = referenceFilter(fx.sends, query(p)).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await walkOlder(p, 60)).toEqual(expected);
  });

  it("starts from both recipient conditions together when each alone matches many (PostgreSQL)", async () => {
    const p = { recipient: "0812", status: "invalid" };
    const recipients = fx.sends.flatMap((s) => s.recipients);
    const both = recipients.filter((r) => r.to.startsWith("62812") && r.status === "invalid");
    const limit = Math.max(both.length, 1);
    expect(recipients.filter((r) => r.to.startsWith("62812")).length).toBeGreaterThan(limit);
    expect(recipients.filter((r) => r.status === "invalid").length).toBeGreaterThan(limit);
    const conditions = await buildSendConditions(db, query(p), "Asia/Jakarta", limit);
    // SQLite walks sends cheaply and keeps doing so (SqlDialect.cheapWalks).
    expect(conditions.recipientPlan).toBe(conditions.dialect.cheapWalks ? "exists" : "candidates");
    const expected = referenceFilter(fx.sends, query(p)).map((s) => s.id);
    expect(await walkOlder(p, limit)).toEqual(expected);
  });

  it("lists the matching recipient first when filtering by number", async () => {
    const target = some().multi.recipients[1]!.to;
    const result = await page(query({ recipient: target }));
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) expect(row.recipients[0]!.to).toBe(target);
  });

  it("finds nothing for a number nobody was sent to", async () => {
    const result = await page(query({ recipient: "+1 555 0100" }));
    expect(result).toMatchObject({ rows: [], olderCursor: null, newerCursor: null });
  });
});
