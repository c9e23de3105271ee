// A customer's stop word in a helpdesk conversation opts their number out, wherever Kabar reads
// that conversation: the ticket panel, the 24-hour check and the periodic sweep. Against the
// Damcorp sandbox over real HTTP (its /__sandbox/inbound puts the customer's message in the
// ticket) and a real SQLite file.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server";

const API_KEY = "opt-outs-int-api-key";
const sandbox = await startSandbox({
  port: 0,
  apiKey: API_KEY,
  rateLimit: { max: 10_000, windowMs: 60_000 },
});
process.env.DAMCORP_HELPDESK_URL = sandbox.url;
process.env.DAMCORP_WHATSAPP_URL = sandbox.url;
process.env.DAMCORP_HELPDESK_API_KEY = API_KEY;

const { loadTicketDetail } = await import("@/lib/tickets/load-ticket-detail");
const { getCustomerWindows } = await import("@/lib/composer/customer-window");
const { findOptedOutNumbers } = await import("./find-opted-out");
const { optInNumber } = await import("./opt-out-number");
const { sweepRecentTickets } = await import("./sweep-recent-tickets");
const { db } = await import("@/lib/db/client");
const { clearHelpdeskReads } = await import("@/lib/tickets/helpdesk-reads");

type StateTicket = {
  ticketCode: string;
  status: string;
  customerNumber: string;
  customerName: string;
  dateCreate: string;
};

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/__sandbox/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

/**
 * Customers with an open ticket created in the last two days (an inbound message joins it, and
 * the helpdesk lists tickets by the day they were created), distinct numbers.
 */
async function openTickets(): Promise<StateTicket[]> {
  const { tickets } = (await control("state")) as { tickets: StateTicket[] };
  const since = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const seen = new Set<string>();
  return tickets.filter((t) => {
    if (t.status === "close" || seen.has(t.customerNumber) || t.dateCreate.slice(0, 10) < since)
      return false;
    seen.add(t.customerNumber);
    return true;
  });
}

const say = (from: string, body: string, at?: Date) =>
  control("inbound", { from, body, ...(at ? { at: at.toISOString() } : {}) }) as Promise<{
    ticketCode: string | null;
  }>;

const e164 = (digits: string) => `+${digits}`;

const actor = {
  user: {
    id: "agent-int",
    email: "agent@int.test",
    name: "Agent",
    role: "agent" as const,
    sessionId: "s",
    timeZone: "Asia/Jakarta",
  },
  ip: "203.0.113.7",
};

beforeEach(async () => {
  // Helpdesk answers are shared for a few seconds; each test reads the sandbox afresh.
  clearHelpdeskReads();
  await control("reset", {});
  await db.optOut.deleteMany();
});
afterAll(async () => {
  await sandbox.close();
});

describe("stop words in helpdesk conversations", () => {
  it("opening the ticket opts the customer out, with the ticket as the source", async () => {
    const [ticket] = await openTickets();
    const answer = await say(ticket!.customerNumber, "  Stop! ");
    expect(answer.ticketCode).toBe(ticket!.ticketCode);
    await loadTicketDetail(ticket!.ticketCode);
    const optedOut = await findOptedOutNumbers([e164(ticket!.customerNumber)]);
    expect(optedOut.get(e164(ticket!.customerNumber))).toMatchObject({
      source: "ticket",
      ticketCode: ticket!.ticketCode,
      reason: `The customer wrote “Stop!” in ticket #${ticket!.ticketCode}.`,
    });
    // The customer is a contact too, and the audit trail says the customer did it.
    expect(
      await db.contact.findUnique({ where: { e164: e164(ticket!.customerNumber) } }),
    ).toMatchObject({
      source: expect.stringMatching(/helpdesk|import|manual/),
    });
    expect(
      await db.auditEvent.findFirst({
        where: { action: "contact.opted_out", target: `number ${e164(ticket!.customerNumber)}` },
      }),
    ).toMatchObject({ actorId: null });
  });

  it("a sentence with the word is not a stop message", async () => {
    const [ticket] = await openTickets();
    await say(ticket!.customerNumber, "stop sending me promos please");
    await loadTicketDetail(ticket!.ticketCode);
    expect((await findOptedOutNumbers([e164(ticket!.customerNumber)])).size).toBe(0);
  });

  it("after an explicit opt-in, the old STOP is not read again; a new one is", async () => {
    const [ticket] = await openTickets();
    const number = e164(ticket!.customerNumber);
    await say(ticket!.customerNumber, "BERHENTI", new Date(Date.now() - 60_000));
    await loadTicketDetail(ticket!.ticketCode);
    await optInNumber(number, "Asked by phone to get messages again", actor);
    await loadTicketDetail(ticket!.ticketCode);
    expect((await findOptedOutNumbers([number])).size).toBe(0);
    expect(await db.optOut.findUnique({ where: { e164: number } })).toMatchObject({
      state: "opted_in",
    });

    // The 24-hour check reads the conversation too.
    await say(ticket!.customerNumber, "unsubscribe", new Date(Date.now() + 60_000));
    await getCustomerWindows([number], { fresh: true });
    expect((await findOptedOutNumbers([number])).get(number)).toMatchObject({ source: "ticket" });
  });

  it("the sweep finds stop words in tickets nobody opened", async () => {
    const tickets = await openTickets();
    const [first, second] = tickets;
    await say(first!.customerNumber, "*STOP* 🙏");
    await say(second!.customerNumber, "halo kak");
    const result = await sweepRecentTickets();
    expect(result).toMatchObject({ ok: true, optedOut: 1 });
    const found = await findOptedOutNumbers([
      e164(first!.customerNumber),
      first!.customerNumber,
      e164(second!.customerNumber),
    ]);
    expect([...found.keys()]).toEqual([e164(first!.customerNumber), first!.customerNumber]);
    // Sweeping again changes nothing.
    expect(await sweepRecentTickets()).toMatchObject({ ok: true, optedOut: 0 });
  });
});
