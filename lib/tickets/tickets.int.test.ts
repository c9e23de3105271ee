// The board's services against the Damcorp sandbox over real HTTP, with a fresh database and
// the helpdesk api-key from the environment (as a headless deployment sets it).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";
import { ExpectedError } from "@/lib/errors/expected-error";

const API_KEY = "tickets-int-api-key";
const sandbox = await startSandbox({
  port: 0,
  apiKey: API_KEY,
  rateLimit: { max: 10_000, windowMs: 60_000 },
});
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_API_KEY = API_KEY;
// Every read goes to the helpdesk here; sharing between users is tested in helpdesk-reads.int.test.ts.
process.env.KABAR_HELPDESK_CACHE_SECONDS = "0";

const { loadTicketColumn } = await import("./load-ticket-column");
const { loadTicketDetail } = await import("./load-ticket-detail");
const { openHelpdeskTicket } = await import("./open-helpdesk-ticket");
const { closeHelpdeskTicket } = await import("./close-helpdesk-ticket");
const { openTicketSchema } = await import("./schema");
const { clearHelpdeskReads } = await import("./helpdesk-reads");
const { db } = await import("@/lib/db/client");

/** The audit trail's events of one action, oldest first. */
const audited = (action: string) =>
  db.auditEvent.findMany({ where: { action }, orderBy: { at: "asc" } });

type StateTicket = {
  ticketCode: string;
  status: "open" | "processing" | "close";
  dateCreate: string;
  customerName: string;
  customerNumber: string;
  messages: { dateCreate: string; type: string; body: string }[];
};

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

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

async function stateTickets(): Promise<StateTicket[]> {
  return ((await control("state")) as { tickets: StateTicket[] }).tickets;
}

/** The helpdesk's own list for a status and days (dateCreate's day, both ends included). */
function expectedCodes(
  tickets: StateTicket[],
  status: StateTicket["status"],
  from: string,
  to: string,
) {
  return tickets
    .filter(
      (t) =>
        t.status === status && t.dateCreate.slice(0, 10) >= from && t.dateCreate.slice(0, 10) <= to,
    )
    .sort((a, b) => b.dateCreate.localeCompare(a.dateCreate))
    .map((t) => t.ticketCode);
}

/** The instant of a zone-less helpdesk time in the sandbox's zone (Asia/Jakarta, UTC+7). */
const jakarta = (wall: string) => new Date(`${wall.replace(" ", "T")}+07:00`).toISOString();

const ALL = { from: "2000-01-01", to: "2100-12-31" };

async function expectRefusal(promise: Promise<unknown>): Promise<ExpectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

beforeEach(async () => {
  await control("reset", {});
  clearHelpdeskReads();
});
afterAll(async () => {
  await sandbox.close();
});

describe("loading the board", () => {
  it("lists each column with the helpdesk's total, newest first, times read in its zone", async () => {
    const tickets = await stateTickets();
    for (const [column, status] of [
      ["open", "open"],
      ["processing", "processing"],
      ["closed", "close"],
    ] as const) {
      const page = await loadTicketColumn({ status: column, ...ALL, page: 1, perPage: 100 });
      const expected = expectedCodes(tickets, status, ALL.from, ALL.to);
      expect(page.total).toBe(expected.length);
      expect(page.tickets.map((t) => t.code)).toEqual(expected);
      expect(page.tickets.every((t) => t.status === column)).toBe(true);
    }
    const first = tickets[0]!;
    const card = await loadTicketColumn({
      status: first.status === "close" ? "closed" : first.status,
      ...ALL,
      page: 1,
      perPage: 100,
    });
    const shown = card.tickets.find((t) => t.code === first.ticketCode);
    expect(shown).toMatchObject({
      customerName: first.customerName,
      customerNumber: first.customerNumber,
      createdAt: jakarta(first.dateCreate),
      responses: first.messages.length,
    });
  });

  it("filters by the days tickets were created and pages with per_page", async () => {
    const tickets = await stateTickets();
    const days = [
      ...new Set(tickets.filter((t) => t.status === "close").map((t) => t.dateCreate.slice(0, 10))),
    ].sort();
    const from = days[Math.floor(days.length / 3)]!;
    const to = days.at(-1)!;
    const expected = expectedCodes(tickets, "close", from, to);
    expect(expected.length).toBeGreaterThan(3);

    const page1 = await loadTicketColumn({ status: "closed", from, to, page: 1, perPage: 3 });
    const page2 = await loadTicketColumn({ status: "closed", from, to, page: 2, perPage: 3 });
    expect(page1.total).toBe(expected.length);
    expect([...page1.tickets, ...page2.tickets].map((t) => t.code)).toEqual(expected.slice(0, 6));

    const requests = (await control("requests?path=/api/v2/report/tickets/closed")) as {
      requests: { query: Record<string, string> }[];
    };
    expect(requests.requests.find((r) => r.query.page === "2")?.query).toMatchObject({
      start_date: from,
      end_date: to,
      with_message: "false",
      per_page: "3",
      page: "2",
    });
  });

  it("detects a helpdesk that ignores page and says so instead of repeating page 1", async () => {
    const request = { status: "closed" as const, ...ALL, perPage: 3 };
    const normal = await loadTicketColumn({ ...request, page: 2 });
    expect(normal.pagingIgnored).toBe(false);
    expect(normal.tickets).toHaveLength(3);

    await control("config", { helpdeskIgnoresPage: true });
    const first = await loadTicketColumn({ ...request, page: 1 });
    const second = await loadTicketColumn({ ...request, page: 2 });
    expect(first.pagingIgnored).toBe(false);
    expect(first.tickets).toHaveLength(3);
    expect(second).toMatchObject({ pagingIgnored: true, tickets: [], total: first.total });
  });

  it("turns a helpdesk failure into plain words for the board", async () => {
    await control("faults", { path: "/api/v2/report/tickets/open", status: 500, times: 1 });
    const failed = await expectRefusal(
      loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 }),
    );
    expect(failed).toMatchObject({
      code: "helpdesk_failed",
      message: "The helpdesk had an internal problem, so the tickets could not be loaded.",
      problem: {
        code: "500",
        title: "Damcorp server error",
        meaning: "The helpdesk had an internal problem, so the tickets could not be loaded.",
        action: "This is usually temporary. If it lasts, contact Damcorp support.",
      },
    });

    await control("faults", { path: "/api/v2/report/tickets/open", status: 401, times: 1 });
    const refused = await expectRefusal(
      loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 }),
    );
    // The helpdesk's 401 is about its api-key, never a sender number's token.
    expect(refused).toMatchObject({
      code: "helpdesk_failed",
      problem: {
        code: "401",
        title: "Helpdesk api-key not accepted",
        meaning:
          "The helpdesk did not accept Kabar's helpdesk api-key, so the tickets could not be loaded.",
        action: "Ask a Kabar administrator to check the helpdesk api-key in Settings.",
      },
    });

    await control("faults", {
      path: "/api/v2/report/tickets/open",
      dropConnection: true,
      times: 5,
    });
    const dropped = await expectRefusal(
      loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 }),
    );
    expect(dropped).toMatchObject({
      problem: {
        meaning: "The connection to the helpdesk broke, so the tickets could not be loaded.",
      },
    });

    const after = await loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 });
    expect(after.total).toBeGreaterThan(0);
  });
});

describe("the conversation panel", () => {
  it("loads the whole conversation with who wrote each message", async () => {
    const ticket = (await stateTickets()).find((t) =>
      t.messages.some((m) => m.type === "OPERATOR_ANSWER"),
    )!;
    const detail = await loadTicketDetail(ticket.ticketCode);
    const authors = { USER_ANSWER: "customer", OPERATOR_ANSWER: "operator" } as Record<
      string,
      string
    >;
    expect(detail.messages.map((m) => [m.author, m.body])).toEqual(
      ticket.messages.map((m) => [authors[m.type] ?? "bot", m.body]),
    );
    const lastCustomer = ticket.messages.filter((m) => m.type === "USER_ANSWER").at(-1)!;
    expect(detail.lastCustomerMessageAt).toBe(jakarta(lastCustomer.dateCreate));
  });

  it("says when the helpdesk has no such ticket", async () => {
    const missing = await expectRefusal(loadTicketDetail("987654"));
    expect(missing).toMatchObject({ code: "not_found", message: expect.stringMatching(/#987654/) });
  });
});

describe("opening a ticket", () => {
  const form = (userNumber: string, extra: Record<string, string> = {}) =>
    openTicketSchema.parse({
      userNumber,
      userName: "Budi Int",
      issue: "Paket belum sampai",
      tag: "pengiriman",
      ...extra,
    });

  it("opens it and finds its code; a second one shows the ticket that is still open", async () => {
    const opened = await openHelpdeskTicket(form("0812 7777 1001", { group: "3" }), actor);
    const created = (await stateTickets()).find((t) => t.customerNumber === "6281277771001");
    expect(created?.status).toBe("open");
    expect(opened).toEqual({ kind: "opened", ticketCode: created?.ticketCode });
    expect((await audited("ticket.opened")).at(-1)).toMatchObject({
      actorId: actor.user.id,
      target: `ticket ${created?.ticketCode}`,
      ip: actor.ip,
    });

    const again = await openHelpdeskTicket(form("+62 812-7777-1001"), actor);
    expect(again).toEqual({
      kind: "exists",
      existing: { code: created?.ticketCode, status: "open", customerNumber: "6281277771001" },
    });
  });

  it("puts the helpdesk's refusals on the right field", async () => {
    const group = await expectRefusal(
      openHelpdeskTicket(form("0812 7777 1002", { group: "9" }), actor),
    );
    expect(group.code).toBe("invalid_param_group");
    expect(group.fieldErrors?.group?.[0]).toMatch(/no group with this ID/);

    // A real number (Saint Helena) that the helpdesk refuses: too few digits for it.
    const number = await expectRefusal(openHelpdeskTicket(form("+290 22158"), actor));
    expect(number.code).toBe("invalid_param");
    expect(Object.keys(number.fieldErrors ?? {})).toEqual(["userNumber"]);
    expect((await stateTickets()).some((t) => t.customerNumber === "6281277771002")).toBe(false);
  });
});

describe("closing a ticket", () => {
  async function activeTicket(): Promise<StateTicket> {
    return (await stateTickets()).find((t) => t.status !== "close")!;
  }

  it("closes it in the helpdesk", async () => {
    const ticket = await activeTicket();
    await closeHelpdeskTicket(
      { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
      actor,
    );
    const after = (await stateTickets()).find((t) => t.ticketCode === ticket.ticketCode);
    expect(after?.status).toBe("close");
    expect((await audited("ticket.closed")).at(-1)).toMatchObject({
      actorId: actor.user.id,
      target: `ticket ${ticket.ticketCode}`,
    });
    expect((await loadTicketDetail(ticket.ticketCode)).status).toBe("closed");

    const twice = await expectRefusal(
      closeHelpdeskTicket(
        { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
        actor,
      ),
    );
    expect(twice).toMatchObject({
      code: "ticket_already_closed",
      message: expect.stringMatching(/already closed/),
    });
  });

  it("refuses a number that is not the ticket's customer, and leaves the ticket open", async () => {
    const ticket = await activeTicket();
    const error = await expectRefusal(
      closeHelpdeskTicket({ ticketCode: ticket.ticketCode, userNumber: "6281299990001" }, actor),
    );
    expect(error.code).toBe("invalid_param");
    expect(error.fieldErrors?.userNumber?.[0]).toMatch(/not the ticket's customer/);
    expect((await stateTickets()).find((t) => t.ticketCode === ticket.ticketCode)?.status).toBe(
      ticket.status,
    );
  });

  it("says so when the ticket does not exist or the helpdesk is down", async () => {
    const missing = await expectRefusal(
      closeHelpdeskTicket({ ticketCode: "987654", userNumber: "628123456789" }, actor),
    );
    expect(missing).toMatchObject({
      code: "ticket_not_found",
      message: expect.stringMatching(/no ticket with this code/),
    });

    const ticket = await activeTicket();
    await control("faults", { path: "/api/v2/ticket/close", status: 503, times: 10 });
    const down = await expectRefusal(
      closeHelpdeskTicket(
        { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
        actor,
      ),
    );
    expect(down.message).toMatch(/offline for maintenance/);
    expect((await stateTickets()).find((t) => t.ticketCode === ticket.ticketCode)?.status).toBe(
      ticket.status,
    );
  });

  it("after a 500, reads the ticket back and says it is still open", async () => {
    const ticket = await activeTicket();
    await control("faults", { path: "/api/v2/ticket/close", status: 500, times: 1 });
    const error = await expectRefusal(
      closeHelpdeskTicket(
        { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
        actor,
      ),
    );
    const column = ticket.status === "open" ? "open" : "processing";
    expect(error.message).toBe(
      `The helpdesk did not confirm the close, and when Kabar read the ticket back it was still ${column}. You can try again.`,
    );
  });

  it("does not claim to know when neither the close nor the check is answered", async () => {
    const ticket = await activeTicket();
    await control("faults", { path: "/api/v2/ticket/close", status: 500, times: 1 });
    await control("faults", { path: "/api/v2/report/ticket", status: 500, times: 3 });
    const error = await expectRefusal(
      closeHelpdeskTicket(
        { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
        actor,
      ),
    );
    expect(error.message).toMatch(/may or may not have been closed/);
  });
});
