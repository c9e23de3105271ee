// The board's helpdesk reads shared between users, against the Damcorp sandbox over real HTTP:
// one helpdesk call serves everyone asking for the same list, a 429's Retry-After is respected
// by not asking at all until then, and the last good list is kept and handed out with its age.
import "@/tests/support/test-env";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ExpectedError } from "@/lib/errors/expected-error";
import { startSandbox } from "@/sandbox/server";

const API_KEY = "shared-reads-int-api-key";
const sandbox = await startSandbox({
  port: 0,
  apiKey: API_KEY,
  rateLimit: { max: 10_000, windowMs: 60_000 },
});
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_API_KEY = API_KEY;
process.env.KABAR_HELPDESK_CACHE_SECONDS = "30";

const { loadTicketColumn } = await import("./load-ticket-column");
const { loadTicketDetail } = await import("./load-ticket-detail");
const { closeHelpdeskTicket } = await import("./close-helpdesk-ticket");
const { clearHelpdeskReads, invalidateHelpdeskReads } = await import("./helpdesk-reads");

const actor = {
  user: {
    id: "user-int-test",
    email: "agent@int.test",
    name: "Agent",
    role: "agent" as const,
    sessionId: "int-test",
    timeZone: "Asia/Jakarta",
  },
  ip: "203.0.113.7",
};

/** A refusal as a value (loads throw an ExpectedError when there is nothing good to show). */
const settled = <T>(work: Promise<T>) =>
  work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: error as ExpectedError }),
  );

const ALL = { from: "2000-01-01", to: "2100-12-31", page: 1, perPage: 20 };

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

/** Helpdesk calls the sandbox has seen on a path (its log, control calls excluded). */
async function helpdeskCalls(path: string): Promise<number> {
  const log = (await control(`requests?path=${path}`)) as { requests: unknown[] };
  return log.requests.length;
}

beforeEach(async () => {
  await control("reset", {});
  clearHelpdeskReads();
});
afterAll(async () => {
  await sandbox.close();
});

describe("shared helpdesk reads", () => {
  it("serve every user asking for the same list from one helpdesk call", async () => {
    const together = await Promise.all(
      Array.from({ length: 30 }, () => loadTicketColumn({ status: "open", ...ALL })),
    );
    for (let i = 0; i < 10; i++) await loadTicketColumn({ status: "open", ...ALL });
    expect(await helpdeskCalls("/api/v2/report/tickets/open")).toBe(1);
    expect(together[0]!.stale).toBeNull();
    const codes = (page: (typeof together)[number]) => page.tickets.map((t) => t.code);
    expect(new Set(together.map((page) => JSON.stringify(codes(page)))).size).toBe(1);
    // Another list is another call.
    await loadTicketColumn({ status: "open", ...ALL, perPage: 10 });
    expect(await helpdeskCalls("/api/v2/report/tickets/open")).toBe(2);
  });

  it("respect a 429's Retry-After: no helpdesk call until then, the last good list shown with its age", async () => {
    const good = await loadTicketColumn({ status: "open", ...ALL });
    await invalidateHelpdeskReads(); // as if its freshness ran out
    await control("faults", { path: "/api/v2/report/tickets/open", status: 429, retryAfter: 30 });

    const limited = await loadTicketColumn({ status: "open", ...ALL });
    expect(limited.tickets).toEqual(good.tickets);
    expect(limited.fetchedAt).toBe(good.fetchedAt);
    expect(limited.stale).toMatchObject({
      problem: {
        code: "429",
        meaning: expect.stringMatching(/limiting how often Kabar may ask/),
      },
    });
    const waitMs = Date.parse(limited.stale!.retryAt!) - Date.now();
    expect(waitMs).toBeGreaterThan(25_000);
    expect(waitMs).toBeLessThanOrEqual(30_000);

    const before = (await control("requests")) as { requests: unknown[] };
    // Everyone keeps refreshing, other lists and the panel too: none reaches the helpdesk.
    const during = await Promise.all([
      ...Array.from({ length: 10 }, () => settled(loadTicketColumn({ status: "open", ...ALL }))),
      settled(loadTicketColumn({ status: "closed", ...ALL })),
      settled(loadTicketDetail("1060")),
    ]);
    const after = (await control("requests")) as { requests: unknown[] };
    expect(after.requests.length).toBe(before.requests.length);
    // A list never loaded before has nothing to show: it says why, and when Kabar asks again.
    for (const unloaded of [during[10]!, during[11]!]) {
      if (unloaded.ok) throw new Error("a list never loaded was shown");
      expect(unloaded.error).toMatchObject({ code: "helpdesk_failed", problem: { code: "429" } });
      expect(Date.parse(unloaded.error.retryAt!) - Date.now()).toBeGreaterThan(25_000);
    }
  });

  it("say the list could not be loaded when the helpdesk is down from the first load, and hold off", async () => {
    await control("faults", { path: "/api/v2/report/tickets/processing", status: 500, times: 5 });
    const down = await settled(loadTicketColumn({ status: "processing", ...ALL }));
    expect(down).toMatchObject({
      ok: false,
      error: {
        code: "helpdesk_failed",
        message: "The helpdesk had an internal problem, so the tickets could not be loaded.",
      },
    });
    await Promise.all(
      Array.from({ length: 10 }, () => settled(loadTicketColumn({ status: "processing", ...ALL }))),
    );
    expect(await helpdeskCalls("/api/v2/report/tickets/processing")).toBe(1);
  });

  it("are asked again after a ticket is closed through Kabar", async () => {
    const before = await loadTicketColumn({ status: "open", ...ALL });
    const ticket = before.tickets.find((t) => t.customerNumber)!;
    await closeHelpdeskTicket(
      { ticketCode: ticket.code, userNumber: ticket.customerNumber! },
      actor,
    );
    const after = await loadTicketColumn({ status: "open", ...ALL });
    expect(after.tickets.map((t) => t.code)).not.toContain(ticket.code);
    const closed = await loadTicketColumn({ status: "closed", ...ALL });
    expect(closed.tickets.map((t) => t.code)).toContain(ticket.code);
  });
});
