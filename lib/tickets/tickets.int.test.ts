// The board's services against the Damcorp sandbox over real HTTP, with a fresh database and
// the helpdesk api-key from the environment (as a headless deployment sets it).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";
import { ExpectedError } from "@/lib/actions/errors";

const API_KEY = "tickets-int-api-key";
const sandbox = await startSandbox({
  port: 0,
  apiKey: API_KEY,
  rateLimit: { max: 10_000, windowMs: 60_000 },
});
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_API_KEY = API_KEY;

const { loadTicketColumn } = await import("./load-ticket-column");
const { loadTicketDetail } = await import("./load-ticket-detail");
const { openHelpdeskTicket } = await import("./open-helpdesk-ticket");
const { closeHelpdeskTicket } = await import("./close-helpdesk-ticket");
const { openTicketSchema } = await import("./schema");

type StateTicket = {
  ticketCode: string;
  status: "open" | "processing" | "close";
  dateCreate: string;
  customerName: string;
  customerNumber: string;
  messages: { dateCreate: string; type: string; body: string }[];
};

const actor = { id: "user-int-test" };

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
      const result = await loadTicketColumn({ status: column, ...ALL, page: 1, perPage: 100 });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const expected = expectedCodes(tickets, status, ALL.from, ALL.to);
      expect(result.page.total).toBe(expected.length);
      expect(result.page.tickets.map((t) => t.code)).toEqual(expected);
      expect(result.page.tickets.every((t) => t.status === column)).toBe(true);
    }
    const first = tickets[0]!;
    const card = await loadTicketColumn({
      status: first.status === "close" ? "closed" : first.status,
      ...ALL,
      page: 1,
      perPage: 100,
    });
    const shown = card.ok ? card.page.tickets.find((t) => t.code === first.ticketCode) : undefined;
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
    if (!page1.ok || !page2.ok) throw new Error("the helpdesk refused a page");
    expect(page1.page.total).toBe(expected.length);
    expect([...page1.page.tickets, ...page2.page.tickets].map((t) => t.code)).toEqual(
      expected.slice(0, 6),
    );

    const requests = (await control("requests?path=/api/v2/report/tickets/closed")) as {
      requests: { query: Record<string, string> }[];
    };
    expect(requests.requests.at(-1)?.query).toMatchObject({
      start_date: from,
      end_date: to,
      with_message: "false",
      per_page: "3",
      page: "2",
    });
  });

  it("turns a helpdesk failure into plain words for the board", async () => {
    await control("faults", { path: "/api/v2/report/tickets/open", status: 500, times: 1 });
    const failed = await loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 });
    expect(failed).toMatchObject({
      ok: false,
      problem: {
        code: "500",
        title: "Damcorp server error",
        meaning: "The helpdesk had an internal problem, so the tickets could not be loaded.",
        action: "This is usually temporary. If it lasts, contact Damcorp support.",
      },
    });

    await control("faults", { path: "/api/v2/report/tickets/open", status: 401, times: 1 });
    const refused = await loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 });
    expect(refused).toMatchObject({
      ok: false,
      problem: {
        code: "401",
        meaning: expect.stringMatching(/api-key/),
        action: expect.stringMatching(/api-key/),
      },
    });

    await control("faults", {
      path: "/api/v2/report/tickets/open",
      dropConnection: true,
      times: 5,
    });
    const dropped = await loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 });
    expect(dropped).toMatchObject({
      ok: false,
      problem: {
        meaning: "The connection to the helpdesk broke, so the tickets could not be loaded.",
      },
    });

    expect((await loadTicketColumn({ status: "open", ...ALL, page: 1, perPage: 20 })).ok).toBe(
      true,
    );
  });
});

describe("the conversation panel", () => {
  it("loads the whole conversation with who wrote each message", async () => {
    const ticket = (await stateTickets()).find((t) =>
      t.messages.some((m) => m.type === "OPERATOR_ANSWER"),
    )!;
    const result = await loadTicketDetail(ticket.ticketCode);
    if (!result.ok) throw new Error("not loaded");
    const authors = { USER_ANSWER: "customer", OPERATOR_ANSWER: "operator" } as Record<
      string,
      string
    >;
    expect(result.ticket.messages.map((m) => [m.author, m.body])).toEqual(
      ticket.messages.map((m) => [authors[m.type] ?? "bot", m.body]),
    );
    const lastCustomer = ticket.messages.filter((m) => m.type === "USER_ANSWER").at(-1)!;
    expect(result.ticket.lastCustomerMessageAt).toBe(jakarta(lastCustomer.dateCreate));
  });

  it("says when the helpdesk has no such ticket", async () => {
    expect(await loadTicketDetail("987654")).toEqual({ ok: false, notFound: true });
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
    const detail = await loadTicketDetail(ticket.ticketCode);
    expect(detail.ok && detail.ticket.status).toBe("closed");

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

  it("does not claim to know when the helpdesk's answer is lost", async () => {
    const ticket = await activeTicket();
    await control("faults", { path: "/api/v2/ticket/close", status: 500, times: 1 });
    const error = await expectRefusal(
      closeHelpdeskTicket(
        { ticketCode: ticket.ticketCode, userNumber: ticket.customerNumber },
        actor,
      ),
    );
    expect(error.message).toMatch(/may or may not have been closed/);
  });
});
