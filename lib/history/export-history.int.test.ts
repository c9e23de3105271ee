import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { parseHistoryQuery, filterOf, type HistoryFilter } from "./filter-schema";
import {
  createHistoryFixture,
  referenceFilter,
  type HistoryFixture,
} from "@/tests/support/history-fixture";

let currentUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => currentUser,
  currentRequestIp: async () => "203.0.113.7",
}));

const { db } = await import("@/lib/db/client");
const { exportHistory } = await import("./export-history");
const { exportColumns, exportSendsCsv } = await import("./query/export-sends-csv");
const { buildSendConditions } = await import("./query/send-conditions");
const { GET } = await import("@/app/api/history/export/route");

const END = new Date("2026-03-15T00:00:00Z");

/** Whoever exports: times come in their zone. */
const exporter = {
  user: {
    id: "exporter",
    email: "exporter@history.test",
    name: "E",
    role: "viewer" as const,
    sessionId: "s",
    timeZone: "Asia/Jakarta",
  },
  ip: null,
};
let fx: HistoryFixture;

beforeAll(async () => {
  fx = await createHistoryFixture(db, {
    count: 260,
    end: END,
    days: 10,
    tag: "export",
  });
});

function filter(params: Record<string, string>): HistoryFilter {
  const parsed = parseHistoryQuery(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return filterOf(parsed.query);
}

/** The bytes as text, keeping the byte-order mark (Response.text() would drop it). */
async function readAll(stream: ReadableStream<Uint8Array> | Response): Promise<string> {
  const bytes = await (stream instanceof Response ? stream : new Response(stream)).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("CSV export", () => {
  it("holds a header and one row per matching send, newest first", async () => {
    const f = filter({ from: "2026-03-07", to: "2026-03-12", kind: "hsm" });
    const result = await exportHistory(f, exporter, END);
    const [header, ...rows] = parseCsv(await readAll(result.body));
    const expected = referenceFilter(fx.sends, f);
    expect(header).toEqual(exportColumns("Asia/Jakarta"));
    expect(result.total).toBe(expected.length);
    expect(rows.map((r) => r[2])).toEqual(expected.map((s) => s.id));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["Template"]));
    expect(result.fileName).toBe(
      "kabar-history_2026-03-07_to_2026-03-12_hsm_exported-2026-03-15_0700.csv",
    );
  });

  it("writes each send's details in words", async () => {
    const failed = fx.sends.find((s) => s.outcome === "failed" && s.errorCode === "725");
    const target = failed ?? fx.sends.find((s) => s.outcome === "failed")!;
    const f = filter({ errorCode: target.errorCode! });
    const [header, ...rows] = parseCsv(await readAll((await exportHistory(f, exporter)).body));
    const row = rows.find((r) => r[2] === target.id)!;
    const cell = (name: string) => row[header!.indexOf(name)];
    const jakarta = new Date(target.createdAt.getTime() + 7 * 3600_000).toISOString();
    expect(cell("Time (Asia/Jakarta)")).toBe(`${jakarta.slice(0, 10)} ${jakarta.slice(11, 19)}`);
    expect(cell("Time (UTC)")).toBe(target.createdAt.toISOString());
    expect(cell("Outcome")).toBe("Failed");
    expect(cell("Error code")).toBe(target.errorCode);
    expect(cell("Reason")).not.toBe("");
    expect(cell("Recipients")).toBe(String(target.recipients.length));
    expect(cell("Not sent")).toBe(String(target.recipients.length));
    expect(cell("Recipient results")).toBe(
      target.recipients.map((r) => `${r.to} error ${target.errorCode}`).join("; "),
    );
    expect(cell("Attempts")).toBe(String(target.attempts));
  });

  it("writes what Damcorp said for each recipient it did not send to", async () => {
    const target = fx.sends.find((s) => s.outcome === "failed" && s.recipients.length > 1)!;
    const [first, second] = await db.sendRecipient.findMany({
      where: { sendId: target.id },
      orderBy: { id: "asc" },
      take: 2,
    });
    await db.sendRecipient.update({
      where: { id: first!.id },
      data: { damcorpMessage: 'Message failed to send, because of "quota"; retry later' },
    });
    await db.sendRecipient.update({
      where: { id: second!.id },
      data: { damcorpMessage: "=HYPERLINK(1)" },
    });
    const f = filter({ errorCode: target.errorCode! });
    const [header, ...rows] = parseCsv(await readAll((await exportHistory(f, exporter)).body));
    const row = rows.find((r) => r[2] === target.id)!;
    expect(row[header!.indexOf("Damcorp said")]).toBe(
      `${first!.to}: Message failed to send, because of "quota"; retry later; ${second!.to}: =HYPERLINK(1)`,
    );
    const silent = rows.find((r) => r[2] !== target.id)!;
    expect(silent[header!.indexOf("Damcorp said")]).toBe("");
  });

  it("pages through the database in batches without losing or repeating rows", async () => {
    const f = filter({ status: "sent" });
    const conditions = await buildSendConditions(db, f, "Asia/Jakarta");
    const chunks: string[] = [];
    const options = { timeZone: "Asia/Jakarta", environmentSender: { label: "Env", number: null } };
    for await (const chunk of exportSendsCsv(db, conditions, { ...options, batchSize: 7 })) {
      chunks.push(chunk);
    }
    const [, ...rows] = parseCsv(chunks.join(""));
    expect(chunks.length).toBeGreaterThan(10);
    expect(rows.map((r) => r[2])).toEqual(referenceFilter(fx.sends, f).map((s) => s.id));
  });

  it("stops reading the database when the download is cancelled", async () => {
    const result = await exportHistory(filter({}), exporter);
    const reader = result.body.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    await expect(reader.read()).resolves.toMatchObject({ done: true });
  });
});

describe("GET /api/history/export", () => {
  beforeAll(async () => {
    const user = await db.user.create({
      data: { email: "viewer.export@history.test", name: "V", role: "viewer", passwordHash: "!" },
    });
    currentUser = {
      id: user.id,
      email: user.email,
      name: "V",
      role: "viewer",
      sessionId: "s",
      timeZone: "Asia/Jakarta",
    };
  });

  it("streams the filter as a CSV attachment to a viewer", async () => {
    const response = await GET(
      new Request("http://kabar.test/api/history/export?outcome=unknown&from=2026-03-05", {
        headers: { "x-forwarded-for": "203.0.113.8" },
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="kabar-history_2026-03-05_to_today_unknown_exported-[\d_-]+\.csv"$/,
    );
    const [, ...rows] = parseCsv(await readAll(response));
    const expected = referenceFilter(fx.sends, filter({ outcome: "unknown", from: "2026-03-05" }));
    expect(expected.length).toBeGreaterThan(0);
    expect(response.headers.get("X-Total-Count")).toBe(String(expected.length));
    expect(rows.map((r) => r[2])).toEqual(expected.map((s) => s.id));
    const audited = await db.auditEvent.findFirst({
      where: { action: "history.exported", actorId: currentUser!.id },
    });
    expect(audited).toMatchObject({ target: `${expected.length} sends`, ip: "203.0.113.8" });
  });

  it("refuses a filter with a mistake, naming the field", async () => {
    const response = await GET(new Request("http://kabar.test/api/history/export?recipient=0"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      fieldErrors: { recipient: ["Type at least 3 digits of the number"] },
    });
  });
});
