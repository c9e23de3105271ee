import { beforeAll, describe, expect, it } from "vitest";
import { parseAuditQuery, type AuditQuery } from "./list-audit-events.schema";

const { db } = await import("@/lib/db/client");
const { listAuditActions, listAuditEvents } = await import("./list-audit-events");

const actions = ["auth.sign_in", "auth.sign_in_failed", "user.created", "access.denied"];
const actors = ["Ayu.Admin@demo.kabar", "budi@demo.kabar", null];
const start = Date.parse("2026-03-01T00:00:00Z");

interface Event {
  id: string;
  at: Date;
  action: string;
  actorEmail: string | null;
}
const events: Event[] = [];

beforeAll(async () => {
  for (let i = 0; i < 130; i++) {
    // Every fifth event shares its time with the one before: paging orders them by id.
    const at = new Date(start + Math.floor(i - (i % 5 === 4 ? 1 : 0)) * 3 * 3600_000);
    const row = await db.auditEvent.create({
      data: {
        at,
        action: actions[i % actions.length]!,
        actorEmail: actors[i % actors.length] ?? null,
        target: `target-${i}`,
        ip: "203.0.113.1",
        detail: JSON.stringify({ n: i }),
      },
    });
    events.push({ id: row.id, at, action: row.action, actorEmail: row.actorEmail });
  }
});

function query(params: Record<string, string>): AuditQuery {
  const parsed = parseAuditQuery(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
}

function reference(f: { from?: number; to?: number; action?: string; actor?: string }) {
  return events
    .filter(
      (e) =>
        (f.from === undefined || e.at.getTime() >= f.from) &&
        (f.to === undefined || e.at.getTime() < f.to) &&
        (!f.action || e.action === f.action) &&
        (!f.actor || (e.actorEmail ?? "").toLowerCase().includes(f.actor.toLowerCase())),
    )
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1))
    .map((e) => e.id);
}

async function walk(params: Record<string, string>) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await listAuditEvents(
      query(cursor ? { ...params, after: cursor } : params),
      "Asia/Jakarta",
      9,
    );
    ids.push(...page.rows.map((r) => r.id));
    if (!page.olderCursor) return ids;
    cursor = page.olderCursor;
  }
  throw new Error("paging did not end");
}

describe("listAuditEvents", () => {
  it("pages through every event once, newest first", async () => {
    expect(await walk({})).toEqual(reference({}));
  });

  it("goes back to newer pages", async () => {
    const first = await listAuditEvents(query({}), "UTC", 9);
    const second = await listAuditEvents(query({ after: first.olderCursor! }), "UTC", 9);
    const third = await listAuditEvents(query({ after: second.olderCursor! }), "UTC", 9);
    const back = await listAuditEvents(query({ before: third.newerCursor! }), "UTC", 9);
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
  });

  it("filters by date range in the viewer's zone", async () => {
    // Jakarta days: 3 March 00:00 +07:00 = 2 March 17:00 UTC.
    const ids = await walk({ from: "2026-03-03", to: "2026-03-05" });
    expect(ids).toEqual(
      reference({
        from: Date.parse("2026-03-02T17:00:00Z"),
        to: Date.parse("2026-03-05T17:00:00Z"),
      }),
    );
    expect(ids.length).toBeGreaterThan(0);
  });

  it("filters by action and by part of the actor's email, any case", async () => {
    expect(await walk({ action: "user.created" })).toEqual(reference({ action: "user.created" }));
    const byActor = await walk({ actor: "ayu.ADMIN" });
    expect(byActor).toEqual(reference({ actor: "ayu.admin" }));
    expect(byActor.length).toBeGreaterThan(0);
    expect(await walk({ action: "access.denied", actor: "budi" })).toEqual(
      reference({ action: "access.denied", actor: "budi" }),
    );
  });

  it("lists the actions that occur", async () => {
    expect(await listAuditActions()).toEqual([...actions].sort());
  });

  it("refuses filters with mistakes", () => {
    expect(parseAuditQuery({ action: "DROP TABLE", to: "2026-13-01" })).toMatchObject({
      ok: false,
      errors: { action: "Choose an action from the list", to: "This date does not exist" },
    });
  });
});
